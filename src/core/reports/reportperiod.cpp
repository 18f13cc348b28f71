#include "reports/reportperiod.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

constexpr qint64 kHourMs = 3600000;

qint64 startOfDay(const QDate &date, const QTimeZone &zone) {
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

QDateTime local(qint64 ms, const QTimeZone &zone) {
    return QDateTime::fromMSecsSinceEpoch(ms, zone);
}

// Monday of ISO week `week` of ISO year `year`.
QDate isoWeekMonday(int year, int week) {
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek() + 7 * qint64(week - 1));
}

int isoWeeksIn(int year) {
    return QDate(year, 12, 28).weekNumber();
}

// The start of the local hour `hour` of `date`, or nothing when the zone skips that hour.
std::optional<qint64> hourStart(const QDate &date, int hour, const QTimeZone &zone) {
    const QDateTime t(date, QTime(hour, 0), zone);
    if (!t.isValid())
        return std::nullopt;
    const QDateTime back = local(t.toMSecsSinceEpoch(), zone);
    if (back.date() != date || back.time() != QTime(hour, 0))
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

} // namespace

QString reportPeriodKindKey(ReportPeriodKind kind) {
    switch (kind) {
    case ReportPeriodKind::Hour:
        return QStringLiteral("hour");
    case ReportPeriodKind::Day:
        return QStringLiteral("day");
    case ReportPeriodKind::Week:
        return QStringLiteral("week");
    case ReportPeriodKind::Month:
        return QStringLiteral("month");
    case ReportPeriodKind::Range:
        return QStringLiteral("range");
    }
    return {};
}

std::optional<ReportPeriodKind> reportPeriodKindFromKey(const QString &key) {
    for (const ReportPeriodKind k :
         {ReportPeriodKind::Hour, ReportPeriodKind::Day, ReportPeriodKind::Week,
          ReportPeriodKind::Month, ReportPeriodKind::Range})
        if (reportPeriodKindKey(k) == key)
            return k;
    return std::nullopt;
}

ReportPeriod ReportPeriod::make(ReportPeriodKind kind, qint64 startMs, qint64 endMs,
                                const QTimeZone &zone) {
    ReportPeriod p;
    p.m_kind = kind;
    p.m_startMs = startMs;
    p.m_endMs = endMs;
    p.m_zone = zone;
    return p;
}

QDate ReportPeriod::localStartDate() const {
    return local(m_startMs, m_zone).date();
}

bool ReportPeriod::parse(ReportPeriodKind kind, const QString &at, const QTimeZone &zone,
                         ReportPeriod &out, QString &error) {
    if (!zone.isValid()) {
        error = tr("The business calendar's time zone is not valid.");
        return false;
    }
    const QString text = at.trimmed();
    const QString shown = text.left(40);
    switch (kind) {
    case ReportPeriodKind::Hour: {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})$"));
        const auto m = re.match(text);
        const QDate date = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(),
                                                m.captured(3).toInt())
                                        : QDate();
        const int hour = m.hasMatch() ? m.captured(4).toInt() : -1;
        if (!date.isValid() || hour < 0 || hour > 23) {
            error =
                tr("\"%1\" is not an hour: expected YYYY-MM-DDTHH, e.g. 2026-03-08T14.").arg(shown);
            return false;
        }
        const std::optional<qint64> start = hourStart(date, hour, zone);
        if (!start) {
            error = tr("The hour %1 does not exist in the time zone %2 (the clocks skip it).")
                        .arg(shown, QString::fromUtf8(zone.id()));
            return false;
        }
        out = make(kind, *start, *start + kHourMs, zone);
        return true;
    }
    case ReportPeriodKind::Day: {
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = re.match(text).hasMatch()
                               ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd"))
                               : QDate();
        if (!date.isValid()) {
            error = tr("\"%1\" is not a day: expected YYYY-MM-DD, e.g. 2026-12-04.").arg(shown);
            return false;
        }
        out = containing(kind, startOfDay(date, zone), zone);
        return true;
    }
    case ReportPeriodKind::Week: {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
        const auto m = re.match(text);
        const int year = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int week = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (!m.hasMatch() || year < 1 || week < 1) {
            error = tr("\"%1\" is not an ISO week: expected YYYY-Www, e.g. 2026-W05.").arg(shown);
            return false;
        }
        if (week > isoWeeksIn(year)) {
            error = tr("The year %1 has no ISO week %2: it has %3 weeks.")
                        .arg(year)
                        .arg(week)
                        .arg(isoWeeksIn(year));
            return false;
        }
        const QDate monday = isoWeekMonday(year, week);
        out = make(kind, startOfDay(monday, zone), startOfDay(monday.addDays(7), zone), zone);
        return true;
    }
    case ReportPeriodKind::Month: {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto m = re.match(text);
        const QDate first =
            m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
        if (!first.isValid()) {
            error = tr("\"%1\" is not a month: expected YYYY-MM, e.g. 2026-02.").arg(shown);
            return false;
        }
        out = make(kind, startOfDay(first, zone), startOfDay(first.addMonths(1), zone), zone);
        return true;
    }
    case ReportPeriodKind::Range:
        break;
    }
    error = tr("A range is given by its two ends, not by one text.");
    return false;
}

bool ReportPeriod::range(const QString &from, const QString &to, const QTimeZone &zone,
                         ReportPeriod &out, QString &error) {
    if (!zone.isValid()) {
        error = tr("The business calendar's time zone is not valid.");
        return false;
    }
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression timeRe(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto instant = [&](const QString &raw, bool isEnd, qint64 &ms) {
        const QString text = raw.trimmed();
        if (dateRe.match(text).hasMatch()) {
            const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
            if (d.isValid()) {
                ms = startOfDay(isEnd ? d.addDays(1) : d, zone);
                return true;
            }
        }
        const auto m = timeRe.match(text);
        if (m.hasMatch()) {
            QDateTime t;
            if (!m.captured(3).isEmpty()) {
                t = QDateTime::fromString(text, Qt::ISODate);
            } else {
                const QDate d = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
                const QTime tm = QTime::fromString(m.captured(2), Qt::ISODate);
                if (d.isValid() && tm.isValid())
                    t = QDateTime(d, tm, zone);
            }
            if (t.isValid()) {
                ms = t.toMSecsSinceEpoch();
                return true;
            }
        }
        error = tr("\"%1\" is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM), "
                   "e.g. 2026-03-01 or 2026-03-01T08:30.")
                    .arg(text.left(40));
        return false;
    };
    qint64 start = 0;
    qint64 end = 0;
    if (!instant(from, false, start) || !instant(to, true, end))
        return false;
    if (end <= start) {
        error = tr("The range from %1 to %2 is empty: its end must come after its start.")
                    .arg(from.trimmed().left(40), to.trimmed().left(40));
        return false;
    }
    if (end - start > qint64(kMaxRangeDays) * 24 * kHourMs) {
        error = tr("The range from %1 to %2 is longer than %3 days.")
                    .arg(from.trimmed().left(40), to.trimmed().left(40))
                    .arg(kMaxRangeDays);
        return false;
    }
    out = make(ReportPeriodKind::Range, start, end, zone);
    return true;
}

ReportPeriod ReportPeriod::containing(ReportPeriodKind kind, qint64 ms, const QTimeZone &zone) {
    const QDateTime t = local(ms, zone);
    const QDate date = t.date();
    switch (kind) {
    case ReportPeriodKind::Hour: {
        const qint64 start =
            ms - (qint64(t.time().minute()) * 60 + t.time().second()) * 1000 - t.time().msec();
        return make(kind, start, start + kHourMs, zone);
    }
    case ReportPeriodKind::Week: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        return make(kind, startOfDay(monday, zone), startOfDay(monday.addDays(7), zone), zone);
    }
    case ReportPeriodKind::Month: {
        const QDate first(date.year(), date.month(), 1);
        return make(kind, startOfDay(first, zone), startOfDay(first.addMonths(1), zone), zone);
    }
    case ReportPeriodKind::Day:
    case ReportPeriodKind::Range:
        break;
    }
    return make(ReportPeriodKind::Day, startOfDay(date, zone), startOfDay(date.addDays(1), zone),
                zone);
}

ReportPeriod ReportPeriod::lastComplete(ReportPeriodKind kind, qint64 nowMs,
                                        const QTimeZone &zone) {
    return containing(kind, nowMs, zone).previous();
}

ReportPeriod ReportPeriod::previous() const {
    const QDate d = localStartDate();
    switch (m_kind) {
    case ReportPeriodKind::Hour:
        return make(m_kind, m_startMs - kHourMs, m_startMs, m_zone);
    case ReportPeriodKind::Day:
        return make(m_kind, startOfDay(d.addDays(-1), m_zone), m_startMs, m_zone);
    case ReportPeriodKind::Week:
        return make(m_kind, startOfDay(d.addDays(-7), m_zone), m_startMs, m_zone);
    case ReportPeriodKind::Month:
        return make(m_kind, startOfDay(d.addMonths(-1), m_zone), m_startMs, m_zone);
    case ReportPeriodKind::Range:
        break;
    }
    return make(m_kind, m_startMs - (m_endMs - m_startMs), m_startMs, m_zone);
}

ReportPeriod ReportPeriod::yearEarlier() const {
    const QDateTime s = local(m_startMs, m_zone);
    const QDate d = s.date();
    switch (m_kind) {
    case ReportPeriodKind::Hour: {
        const QDate date = d.addYears(-1);
        const qint64 start = hourStart(date, s.time().hour(), m_zone)
                                 .value_or(QDateTime(date, s.time(), m_zone).toMSecsSinceEpoch());
        return make(m_kind, start, start + kHourMs, m_zone);
    }
    case ReportPeriodKind::Day:
    case ReportPeriodKind::Month:
        return containing(m_kind, startOfDay(d.addYears(-1), m_zone), m_zone);
    case ReportPeriodKind::Week: {
        int year = 0;
        const int week = d.weekNumber(&year);
        const QDate monday = isoWeekMonday(year - 1, std::min(week, isoWeeksIn(year - 1)));
        return make(m_kind, startOfDay(monday, m_zone), startOfDay(monday.addDays(7), m_zone),
                    m_zone);
    }
    case ReportPeriodKind::Range:
        break;
    }
    const QDateTime e = local(m_endMs, m_zone);
    return make(m_kind, QDateTime(d.addYears(-1), s.time(), m_zone).toMSecsSinceEpoch(),
                QDateTime(e.date().addYears(-1), e.time(), m_zone).toMSecsSinceEpoch(), m_zone);
}

QString ReportPeriod::at() const {
    const QDateTime s = local(m_startMs, m_zone);
    switch (m_kind) {
    case ReportPeriodKind::Hour:
        return s.toString(QStringLiteral("yyyy-MM-dd'T'HH"));
    case ReportPeriodKind::Day:
        return s.toString(QStringLiteral("yyyy-MM-dd"));
    case ReportPeriodKind::Week: {
        int year = 0;
        const int week = s.date().weekNumber(&year);
        return QStringLiteral("%1-W%2")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(week, 2, 10, QLatin1Char('0'));
    }
    case ReportPeriodKind::Month:
        return s.toString(QStringLiteral("yyyy-MM"));
    case ReportPeriodKind::Range:
        break;
    }
    return startText() + QLatin1Char('/') + endText();
}

QString ReportPeriod::startText() const {
    return local(m_startMs, m_zone).toString(Qt::ISODate);
}

QString ReportPeriod::endText() const {
    return local(m_endMs, m_zone).toString(Qt::ISODate);
}

QList<ReportWindow> ReportPeriod::buckets() const {
    QList<ReportWindow> out;
    const bool hourly = m_kind == ReportPeriodKind::Hour || m_kind == ReportPeriodKind::Day ||
                        (m_kind == ReportPeriodKind::Range && m_endMs - m_startMs <= 48 * kHourMs);
    if (hourly) {
        for (qint64 s = m_startMs; s < m_endMs; s += kHourMs) {
            ReportWindow b;
            b.startMs = s;
            b.endMs = std::min(s + kHourMs, m_endMs);
            b.zone = m_zone;
            out.append(b);
        }
        return out;
    }
    QDate d = localStartDate();
    qint64 s = m_startMs;
    while (s < m_endMs) {
        d = d.addDays(1);
        const qint64 next = std::min(startOfDay(d, m_zone), m_endMs);
        if (next <= s)
            continue;
        ReportWindow b;
        b.startMs = s;
        b.endMs = next;
        b.zone = m_zone;
        out.append(b);
        s = next;
    }
    return out;
}

ReportWindow ReportPeriod::toWindow(int earlierCount) const {
    ReportWindow w;
    w.startMs = m_startMs;
    w.endMs = m_endMs;
    w.zone = m_zone;
    w.buckets = buckets();
    ReportPeriod p = *this;
    for (int i = 0; i < earlierCount; ++i) {
        p = p.previous();
        ReportWindow e;
        e.startMs = p.startMs();
        e.endMs = p.endMs();
        e.zone = m_zone;
        w.earlier.append(e);
    }
    const ReportPeriod y = yearEarlier();
    w.yearEarlierStartMs = y.startMs();
    w.yearEarlierEndMs = y.endMs();
    return w;
}

} // namespace sb

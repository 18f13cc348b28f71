#include "workflow/businesscalendar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

constexpr int kSearchDays = 3660; // ten years: a calendar without working time ends here
constexpr std::array<const char *, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString minuteText(int m) {
    return QStringLiteral("%1:%2")
        .arg(m / 60, 2, 10, QLatin1Char('0'))
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}

QJsonArray periodsToJson(const QList<WorkingPeriod> &periods) {
    QJsonArray a;
    for (const WorkingPeriod &p : periods)
        a.append(QString(minuteText(p.startMinute) + QLatin1Char('-') + minuteText(p.endMinute)));
    return a;
}

bool periodsFromJson(const QJsonValue &v, const QString &field, QList<WorkingPeriod> &out,
                     QString &error) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$)"));
    out.clear();
    if (!v.isArray()) {
        error = BusinessCalendar::tr("%1: expected a list of periods such as \"09:00-18:00\".")
                    .arg(field);
        return false;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString text = a.at(i).toString().trimmed();
        const auto m = re.match(text);
        const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        if (!m.hasMatch() || m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59 ||
            start >= end || end > 24 * 60) {
            error = BusinessCalendar::tr("%1, period %2: \"%3\" is not a period such as "
                                         "\"09:00-18:00\" (start before end, end at most 24:00).")
                        .arg(field)
                        .arg(i + 1)
                        .arg(text);
            return false;
        }
        if (!out.isEmpty() && start < out.last().endMinute) {
            error = BusinessCalendar::tr("%1, period %2: periods must be in order and must not "
                                         "overlap.")
                        .arg(field)
                        .arg(i + 1);
            return false;
        }
        out.append({start, end});
    }
    return true;
}

// Pieces of [span.from, span.to) outside the (normalised) pauses.
void subtractPauses(const TimeSpan &span, const QList<TimeSpan> &pauses, QList<TimeSpan> &out) {
    qint64 cursor = span.from;
    for (const TimeSpan &p : pauses) {
        if (p.to <= cursor)
            continue;
        if (p.from >= span.to)
            break;
        if (p.from > cursor)
            out.append({cursor, p.from});
        cursor = std::max(cursor, p.to);
        if (cursor >= span.to)
            return;
    }
    if (cursor < span.to)
        out.append({cursor, span.to});
}

} // namespace

QList<TimeSpan> normalizedSpans(QList<TimeSpan> spans) {
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.from < b.from; });
    QList<TimeSpan> out;
    for (const TimeSpan &s : std::as_const(spans)) {
        if (s.to <= s.from)
            continue;
        if (!out.isEmpty() && s.from <= out.last().to)
            out.last().to = std::max(out.last().to, s.to);
        else
            out.append(s);
    }
    return out;
}

QString calendarDayKindKey(CalendarDayKind k) {
    return k == CalendarDayKind::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday");
}

std::optional<CalendarDayKind> calendarDayKindFromKey(const QString &key) {
    if (key == QLatin1StringView("holiday"))
        return CalendarDayKind::Holiday;
    if (key == QLatin1StringView("workday"))
        return CalendarDayKind::Workday;
    return std::nullopt;
}

CalendarSettings CalendarSettings::defaults() {
    CalendarSettings s;
    for (int d = 0; d < 5; ++d)
        s.week[d] = {{9 * 60, 18 * 60}};
    s.makeUpDayHours = s.week[0];
    return s;
}

QJsonObject CalendarSettings::toJson() const {
    QJsonObject days;
    for (int d = 0; d < 7; ++d)
        days.insert(QLatin1StringView(kDayKeys[d]), periodsToJson(week[d]));
    return {{QStringLiteral("timeZone"), QString::fromLatin1(timeZoneId)},
            {QStringLiteral("week"), days},
            {QStringLiteral("makeUpDayHours"), periodsToJson(makeUpDayHours)}};
}

bool CalendarSettings::fromJson(const QJsonObject &o, CalendarSettings &out, QString &error) {
    CalendarSettings s;
    const QString zone =
        o.value(QStringLiteral("timeZone")).toString(QStringLiteral("Asia/Shanghai"));
    if (!QTimeZone(zone.toLatin1()).isValid()) {
        error = BusinessCalendar::tr("timeZone: \"%1\" is not a known time zone.").arg(zone);
        return false;
    }
    s.timeZoneId = zone.toLatin1();
    const QJsonObject days = o.value(QStringLiteral("week")).toObject();
    for (int d = 0; d < 7; ++d) {
        const QString key = QLatin1StringView(kDayKeys[d]);
        if (!periodsFromJson(days.value(key), QStringLiteral("week.") + key, s.week[d], error))
            return false;
    }
    if (o.contains(QStringLiteral("makeUpDayHours"))) {
        if (!periodsFromJson(o.value(QStringLiteral("makeUpDayHours")),
                             QStringLiteral("makeUpDayHours"), s.makeUpDayHours, error))
            return false;
    } else {
        s.makeUpDayHours = s.week[0];
    }
    out = s;
    return true;
}

BusinessCalendar::BusinessCalendar()
    : BusinessCalendar(CalendarSettings::defaults()) {
}

BusinessCalendar::BusinessCalendar(CalendarSettings settings, const QList<CalendarDay> &days)
    : m_settings(std::move(settings))
    , m_zone(m_settings.timeZoneId) {
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("UTC"));
    for (const CalendarDay &d : days)
        setDay(d);
}

void BusinessCalendar::setDay(const CalendarDay &day) {
    if (day.date.isValid())
        m_days.insert(day.date, day);
    m_cacheDayStarts.clear();
    m_cacheSpans.clear();
    m_table.clear();
}

void BusinessCalendar::removeDay(const QDate &date) {
    m_days.remove(date);
    m_cacheDayStarts.clear();
    m_cacheSpans.clear();
    m_table.clear();
}

void BusinessCalendar::cacheDays(const QDate &from, const QDate &to) {
    m_cacheDayStarts.clear();
    m_cacheSpans.clear();
    m_table.clear();
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= kMaxCachedDays)
        return;
    QList<qint64> starts;
    QList<QList<TimeSpan>> spans;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        starts.append(d.startOfDay(m_zone).toMSecsSinceEpoch());
        spans.append(spansOn(d));
    }
    starts.append(to.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch());
    m_cacheFirst = from;
    m_table.build(starts, spans);
    m_cacheDayStarts = std::move(starts);
    m_cacheSpans = std::move(spans);
}

QList<CalendarDay> BusinessCalendar::days() const {
    QList<CalendarDay> list = m_days.values();
    std::sort(list.begin(), list.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return list;
}

std::optional<CalendarDay> BusinessCalendar::day(const QDate &date) const {
    const auto it = m_days.constFind(date);
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

QList<WorkingPeriod> BusinessCalendar::periodsOn(const QDate &date) const {
    const auto it = m_days.constFind(date);
    if (it != m_days.cend())
        return it->kind == CalendarDayKind::Holiday ? QList<WorkingPeriod>{}
                                                    : m_settings.makeUpDayHours;
    return m_settings.week[date.dayOfWeek() - 1];
}

bool BusinessCalendar::isWorkingDay(const QDate &date) const {
    return !periodsOn(date).isEmpty();
}

QDate BusinessCalendar::localDate(qint64 at) const {
    if (m_cacheDayStarts.size() > 1 && at >= m_cacheDayStarts.first() &&
        at < m_cacheDayStarts.last()) {
        const auto next = std::upper_bound(m_cacheDayStarts.cbegin(), m_cacheDayStarts.cend(), at);
        return m_cacheFirst.addDays(qint64(next - m_cacheDayStarts.cbegin()) - 1);
    }
    return QDateTime::fromMSecsSinceEpoch(at, m_zone).date();
}

qint64 BusinessCalendar::instantOf(const QDate &date, int minute) const {
    if (minute == 0 && m_cacheDayStarts.size() > 1) {
        const qint64 i = m_cacheFirst.daysTo(date);
        if (i >= 0 && i < m_cacheDayStarts.size())
            return m_cacheDayStarts.at(i);
    }
    if (minute >= 24 * 60)
        return QDateTime(date.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    return QDateTime(date, QTime(minute / 60, minute % 60), m_zone).toMSecsSinceEpoch();
}

QList<TimeSpan> BusinessCalendar::spansOn(const QDate &date) const {
    if (!m_cacheSpans.isEmpty()) {
        const qint64 i = m_cacheFirst.daysTo(date);
        if (i >= 0 && i < m_cacheSpans.size())
            return m_cacheSpans.at(i);
    }
    QList<TimeSpan> spans;
    const QList<WorkingPeriod> periods = periodsOn(date);
    for (const WorkingPeriod &p : periods)
        spans.append({instantOf(date, p.startMinute), instantOf(date, p.endMinute)});
    return spans;
}

bool BusinessCalendar::isWorkingTime(qint64 at) const {
    const QList<TimeSpan> spans = spansOn(localDate(at));
    return std::any_of(spans.cbegin(), spans.cend(),
                       [at](const TimeSpan &s) { return s.from <= at && at < s.to; });
}

std::optional<qint64> BusinessCalendar::nextWorkingInstant(qint64 at,
                                                           const QList<TimeSpan> &pauses) const {
    if (pauses.isEmpty())
        if (const std::optional<qint64> fast = m_table.nextWorkingInstant(at, kSearchDays))
            return fast;
    const QList<TimeSpan> merged = normalizedSpans(pauses);
    QDate date = localDate(at);
    for (int i = 0; i < kSearchDays; ++i, date = date.addDays(1)) {
        const QList<TimeSpan> spans = spansOn(date);
        for (const TimeSpan &s : spans) {
            if (s.to <= at)
                continue;
            QList<TimeSpan> pieces;
            subtractPauses({std::max(s.from, at), s.to}, merged, pieces);
            if (!pieces.isEmpty())
                return pieces.first().from;
        }
    }
    return std::nullopt;
}

std::optional<qint64> BusinessCalendar::addWorkingTime(qint64 at, qint64 durationMs,
                                                       const QList<TimeSpan> &pauses) const {
    if (durationMs < 0)
        return std::nullopt;
    if (durationMs == 0)
        return at;
    if (pauses.isEmpty())
        if (const std::optional<qint64> fast = m_table.addWorkingTime(at, durationMs, kSearchDays))
            return fast;
    const QList<TimeSpan> merged = normalizedSpans(pauses);
    qint64 remaining = durationMs;
    QDate date = localDate(at);
    for (int i = 0; i < kSearchDays; ++i, date = date.addDays(1)) {
        const QList<TimeSpan> spans = spansOn(date);
        for (const TimeSpan &s : spans) {
            if (s.to <= at)
                continue;
            QList<TimeSpan> pieces;
            subtractPauses({std::max(s.from, at), s.to}, merged, pieces);
            for (const TimeSpan &p : std::as_const(pieces)) {
                const qint64 len = p.to - p.from;
                if (remaining <= len)
                    return p.from + remaining;
                remaining -= len;
            }
        }
    }
    return std::nullopt;
}

std::optional<qint64> BusinessCalendar::addWorkingDays(qint64 at, int days,
                                                       const QList<TimeSpan> &pauses) const {
    if (days < 0)
        return std::nullopt;
    if (days == 0)
        return at;
    const std::optional<qint64> start = nextWorkingInstant(at);
    if (!start)
        return std::nullopt;
    QDate date = localDate(*start);
    const qint64 offset = workingTimeBetween(instantOf(date, 0), *start);
    int found = 0;
    if (const std::optional<int> day =
            m_table.workingDayAfter(int(m_cacheFirst.daysTo(date)), days, kSearchDays)) {
        date = m_cacheFirst.addDays(*day);
        found = days;
    }
    for (int i = 0; i < kSearchDays && found < days; ++i) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++found;
    }
    if (found < days)
        return std::nullopt;
    const QList<TimeSpan> spans = spansOn(date);
    qint64 total = 0;
    for (const TimeSpan &s : spans)
        total += s.to - s.from;
    qint64 due = spans.last().to;
    if (offset < total) {
        const std::optional<qint64> inDay = addWorkingTime(spans.first().from, offset);
        if (!inDay)
            return std::nullopt;
        due = *inDay;
    }
    if (pauses.isEmpty())
        return due;
    // Working time lost to pauses before the deadline moves it on, past later pauses too.
    const qint64 paused = workingTimeBetween(at, due) - workingTimeBetween(at, due, pauses);
    return addWorkingTime(due, paused, pauses);
}

qint64 BusinessCalendar::workingTimeBetween(qint64 from, qint64 to,
                                            const QList<TimeSpan> &pauses) const {
    if (to <= from)
        return 0;
    if (pauses.isEmpty())
        if (const std::optional<qint64> fast = m_table.between(from, to))
            return *fast;
    const QList<TimeSpan> merged = normalizedSpans(pauses);
    qint64 total = 0;
    const QDate last = localDate(to);
    for (QDate date = localDate(from); date <= last; date = date.addDays(1)) {
        const QList<TimeSpan> spans = spansOn(date);
        for (const TimeSpan &s : spans) {
            const TimeSpan clipped{std::max(s.from, from), std::min(s.to, to)};
            if (clipped.to <= clipped.from)
                continue;
            QList<TimeSpan> pieces;
            subtractPauses(clipped, merged, pieces);
            for (const TimeSpan &p : std::as_const(pieces))
                total += p.to - p.from;
        }
    }
    return total;
}

qint64 BusinessCalendar::addWallTime(qint64 at, qint64 durationMs, const QList<TimeSpan> &pauses) {
    qint64 cursor = at;
    qint64 remaining = durationMs;
    const QList<TimeSpan> merged = normalizedSpans(pauses);
    for (const TimeSpan &p : merged) {
        if (p.to <= cursor)
            continue;
        if (p.from >= cursor + remaining)
            break;
        remaining -= std::max<qint64>(0, p.from - cursor);
        cursor = p.to;
    }
    return cursor + remaining;
}

qint64 BusinessCalendar::wallTimeBetween(qint64 from, qint64 to, const QList<TimeSpan> &pauses) {
    if (to <= from)
        return 0;
    QList<TimeSpan> pieces;
    subtractPauses({from, to}, normalizedSpans(pauses), pieces);
    qint64 total = 0;
    for (const TimeSpan &p : std::as_const(pieces))
        total += p.to - p.from;
    return total;
}

} // namespace sb

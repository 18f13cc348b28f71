#include "qa/qadayqueries.h"

#include "storage/settingsstore.h"
#include "workflow/calendarstore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sb {

bool QaDayQueries::overview(Database &db, const Clock &clock, const QDate &day, QaDayOverview &out,
                            QString &error) {
    out = {};
    out.day = day;
    if (!QaSampleStore(db, clock).load(day, out.sample, error))
        return false;
    if (!out.sample)
        return true;
    QHash<qint64, QString> names;
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT DISTINCT s.id, s.name FROM qa_sample_tickets q JOIN staff "
                                "s ON s.id = q.assignee_id WHERE q.day = ?"),
                 {day.toString(QStringLiteral("yyyy-MM-dd"))}, error))
        return false;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    QHash<qint64, QString> serials; // row id → serial
    for (const QaSampledTicket &t : std::as_const(out.sample->tickets))
        serials.insert(t.rowId, t.serial);
    for (const QaSampledTicket &t : std::as_const(out.sample->tickets))
        out.tickets.append(
            {t, t.assigneeId > 0 ? names.value(t.assigneeId, t.assigneeLogin) : QString(),
             t.inSample() ? QString() : serials.value(t.replacementRowId)});
    return true;
}

bool QaDayQueries::businessZone(Database &db, QTimeZone &out, QString &error) {
    BusinessCalendar calendar;
    if (!CalendarStore(db).load(calendar, error))
        return false;
    out = calendar.timeZone();
    if (!out.isValid()) {
        error = tr("The business calendar's time zone is not valid.");
        return false;
    }
    return true;
}

std::optional<QTime> QaDayQueries::parseDrawAt(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

bool QaDayQueries::drawAt(const Database &db, QTime &out, QString &error) {
    QString text;
    if (!SettingsStore(db).value(QLatin1StringView(kDrawAtSetting),
                                 QLatin1StringView(kDefaultDrawAt), text, error))
        return false;
    const std::optional<QTime> at = parseDrawAt(text);
    if (!at) {
        error = tr("Setting %1: “%2” is not a time of day such as 00:30.")
                    .arg(QLatin1StringView(kDrawAtSetting), text.left(40));
        return false;
    }
    out = *at;
    return true;
}

QDate QaDayQueries::yesterday(const QDateTime &now, const QTimeZone &zone) {
    return now.toTimeZone(zone).date().addDays(-1);
}

QDate QaDayQueries::dueDay(const QDateTime &now, const QTimeZone &zone, const QTime &drawAt) {
    const QDateTime local = now.toTimeZone(zone);
    return local.time() >= drawAt ? local.date().addDays(-1) : QDate();
}

} // namespace sb

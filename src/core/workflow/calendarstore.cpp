#include "workflow/calendarstore.h"

#include "workflow/icalendar.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

CalendarStore::CalendarStore(Database &db)
    : m_db(db) {
}

bool CalendarStore::load(BusinessCalendar &out, QString &error) {
    QSqlQuery q;
    CalendarSettings settings = CalendarSettings::defaults();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT value FROM settings WHERE key = ? ORDER BY version DESC "
                                  "LIMIT 1"),
                   {QLatin1StringView(kSettingKey)}, error))
        return false;
    if (q.next()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &pe);
        if (!doc.isObject()) {
            error = tr("Setting %1 is not a JSON object (offset %2: %3).")
                        .arg(QLatin1StringView(kSettingKey))
                        .arg(pe.offset)
                        .arg(pe.errorString());
            return false;
        }
        QString why;
        if (!CalendarSettings::fromJson(doc.object(), settings, why)) {
            error = tr("Setting %1: %2").arg(QLatin1StringView(kSettingKey), why);
            return false;
        }
    }
    if (!m_db.exec(q, QStringLiteral("SELECT date, kind, name FROM calendar_days ORDER BY date"),
                   {}, error))
        return false;
    QList<CalendarDay> days;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const auto kind = calendarDayKindFromKey(q.value(1).toString());
        if (!date.isValid() || !kind) {
            error = tr("calendar_days row %1: not a valid date and kind (%2).")
                        .arg(q.value(0).toString(), q.value(1).toString());
            return false;
        }
        days.append({date, *kind, q.value(2).toString()});
    }
    out = BusinessCalendar(settings, days);
    return true;
}

bool CalendarStore::audit(const QString &actor, qint64 nowMs, const QString &action,
                          const QString &detail, QString &error) {
    return m_db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, detail) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {nowMs, actor, action, QStringLiteral("calendar"), detail}, error);
}

bool CalendarStore::saveSettings(const CalendarSettings &settings, const QString &actor,
                                 qint64 nowMs, QString &error) {
    const QString value =
        QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    return m_db.transaction(
        [&](QString &err) {
            return m_db.exec(QStringLiteral("INSERT INTO settings(key, version, value, changed_by, "
                                            "changed_at) SELECT ?, COALESCE(MAX(version), 0) + 1, "
                                            "?, ?, CAST(? AS BIGINT) FROM settings WHERE key = ?"),
                             {QLatin1StringView(kSettingKey), value, actor, nowMs,
                              QLatin1StringView(kSettingKey)},
                             err) &&
                   audit(actor, nowMs, QStringLiteral("calendar.settings"), value, err);
        },
        error);
}

bool CalendarStore::saveDays(const QList<CalendarDay> &days, const QString &actor, qint64 nowMs,
                             QString &error) {
    for (const CalendarDay &d : days) {
        if (!d.date.isValid()) {
            error = tr("A calendar day without a valid date cannot be stored.");
            return false;
        }
    }
    return m_db.transaction(
        [&](QString &err) {
            for (const CalendarDay &d : days) {
                if (!m_db.exec(
                        QStringLiteral("INSERT INTO calendar_days(date, kind, name, updated_by, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (date) DO "
                                       "UPDATE SET kind = excluded.kind, name = excluded.name, "
                                       "updated_by = excluded.updated_by, updated_at = "
                                       "excluded.updated_at"),
                        {d.date.toString(Qt::ISODate), calendarDayKindKey(d.kind), d.name, actor,
                         nowMs},
                        err))
                    return false;
            }
            QString detail;
            if (!days.isEmpty())
                detail = QStringLiteral("%1 days %2 .. %3")
                             .arg(days.size())
                             .arg(days.first().date.toString(Qt::ISODate),
                                  days.last().date.toString(Qt::ISODate));
            return audit(actor, nowMs, QStringLiteral("calendar.days"), detail, err);
        },
        error);
}

bool CalendarStore::removeDays(const QList<QDate> &dates, const QString &actor, qint64 nowMs,
                               QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            for (const QDate &date : dates) {
                const QString iso = date.toString(Qt::ISODate);
                if (!m_db.exec(QStringLiteral("DELETE FROM calendar_days WHERE date = ?"), {iso},
                               err) ||
                    !audit(actor, nowMs, QStringLiteral("calendar.remove_day"), iso, err)) {
                    err = tr("%1 was not removed: %2").arg(iso, err);
                    return false;
                }
            }
            return true;
        },
        error);
}

bool CalendarStore::importICalendar(const QByteArray &data, const QString &actor, qint64 nowMs,
                                    int &imported, QString &error) {
    imported = 0;
    ICalendarImport::Result result;
    if (!ICalendarImport::parse(data, result, error))
        return false;
    if (!saveDays(result.days, actor, nowMs, error))
        return false;
    imported = int(result.days.size());
    return true;
}

} // namespace sb

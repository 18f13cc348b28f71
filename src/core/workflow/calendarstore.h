#pragma once

#include "storage/database.h"
#include "workflow/businesscalendar.h"

#include <QCoreApplication>

namespace sb {

// Loads and saves the business calendar: the weekly pattern in the versioned setting
// "workflow.calendar", holidays and make-up days in calendar_days. Every change is one
// transaction with an audit_log row.
class CalendarStore {
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)
public:
    explicit CalendarStore(Database &db);

    bool load(BusinessCalendar &out, QString &error);
    bool saveSettings(const CalendarSettings &settings, const QString &actor, qint64 nowMs,
                      QString &error);
    // Inserts or replaces the given days (by date).
    bool saveDays(const QList<CalendarDay> &days, const QString &actor, qint64 nowMs,
                  QString &error);
    // Removes the given days in one transaction: all of them or, on any error, none.
    bool removeDays(const QList<QDate> &dates, const QString &actor, qint64 nowMs, QString &error);
    // Parses an iCalendar file and stores its days; nothing is stored when it is malformed.
    bool importICalendar(const QByteArray &data, const QString &actor, qint64 nowMs, int &imported,
                         QString &error);

    static constexpr auto kSettingKey = "workflow.calendar";

private:
    bool audit(const QString &actor, qint64 nowMs, const QString &action, const QString &detail,
               QString &error);
    Database &m_db;
};

} // namespace sb

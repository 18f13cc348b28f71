#pragma once

#include "storage/database.h"
#include "tickets/ticketdetailqueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

namespace sb::app {

// The fields a timeline line carries (ticket_events.data, a JSON object) as a supervisor reads
// them: "Dispatch opinion: Check the relay; Department: Network; Handler: Ann Lead". Staff,
// teams and articles are named, choices and milestones labelled, times written in `zone`.
// Text that is not a JSON object is shown as it is. One instance serves one timeline: each
// name is looked up once.
class EventFields {
    Q_DECLARE_TR_FUNCTIONS(EventFields)
public:
    EventFields(Database &db, QTimeZone zone);

    QString describe(const QString &json);
    // The "Note and fields" text of a timeline line: its note, then its fields. An automatic
    // urge is written from its fields alone, in the reader's language and zone ("Deadline
    // First response has passed: it was due at …"); its stored note is the urging
    // workstation's wording and zone.
    QString line(const QString &note, const QString &json);

private:
    QString describe(const QJsonObject &o);
    QString value(const QString &key, const QJsonValue &v);
    // The name `id` refers to (cached), or "#id" when it is gone.
    QString nameOf(TicketDetailQueries::Reference kind, qint64 id);
    // The serial number of ticket `ticketId` (cached), or "#id" when it is gone.
    QString serialOf(qint64 ticketId);

    Database &m_db;
    QTimeZone m_zone;
    QHash<std::pair<int, qint64>, QString> m_names;
    QHash<qint64, QString> m_serials;
};

} // namespace sb::app

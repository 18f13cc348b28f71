#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb {

// One ticket as its detail view shows it: the ticket's own fields with the names of the
// people and the team it refers to.
struct TicketDetailFields {
    qint64 id = 0;
    qint64 receivedAt = 0;  // ms
    int receivedOffset = 0; // seconds east of UTC at the source
    QString source;         // the system the ticket came from
    QString kind, state, channel, customerTier, problemType;
    QString customerId;       // as the viewer may read it (masked unless read in clear)
    QString serviceNumber;    // likewise
    bool hasCustomer = false; // the ticket names a customer
    QString region, category, subject, description;
    int priority = 0;
    bool greenChannel = false;
    QString handlerName; // empty without a handler
    QString teamName;    // empty without a team
    QString department;
    int supportTier = 1;
    QString validity;
    std::optional<qint64> satisfaction;
    std::optional<qint64> appealOf; // the ticket this one appeals
    QString registeredByName;       // empty when it came through an import or a feed
    qint64 version = 0;
};

// A line of a ticket's timeline (ticket_events).
struct TicketTimelineEntry {
    qint64 at = 0;
    QString actorName; // empty for the system
    QString action;
    QString toState; // empty when the line is no lifecycle step
    QString note;
    QString data; // the JSON text as stored
};

// The incident a ticket is linked to.
struct TicketIncidentLink {
    qint64 incidentId = 0;
    int grade = 0;
    QString state;
    QString summary;
    qint64 knownIssueId = 0; // 0 without one
};

// Another ticket of the same customer.
struct TicketHistoryEntry {
    qint64 id = 0;
    qint64 receivedAt = 0;
    QString state;
    QString subject;
};

// The reads of one ticket's detail view. Personal data is read as TicketPersonalData
// describes: the masked form, and the clear form (audited on PostgreSQL) only when asked for.
class TicketDetailQueries {
public:
    // What a timeline field's id may name.
    enum class Reference { Staff, Team, Article };

    explicit TicketDetailQueries(Database &db);

    // The ticket's fields; `out` empty when there is no such ticket. With `clearPersonalData`
    // the customer id and service number are read in clear (the caller holds
    // personal_data.view); when that read fails they stay masked.
    bool fields(qint64 ticketId, bool clearPersonalData, std::optional<TicketDetailFields> &out,
                QString &error) const;
    // The whole timeline, oldest first.
    bool timeline(qint64 ticketId, QList<TicketTimelineEntry> &out, QString &error) const;
    // The linked incident; `out` empty when none.
    bool incident(qint64 ticketId, std::optional<TicketIncidentLink> &out, QString &error) const;
    // The same customer's other tickets, newest first, at most `limit`.
    bool customerHistory(qint64 ticketId, int limit, QList<TicketHistoryEntry> &out,
                         QString &error) const;
    // Whether any of `eventIds` is a timeline line of the ticket.
    bool hasAnyEvent(qint64 ticketId, const QList<qint64> &eventIds, bool &any,
                     QString &error) const;
    // The name of a staff member or team, the title of an article; empty when gone.
    bool referenceName(Reference kind, qint64 id, QString &name, QString &error) const;
    // When a ticket was received; empty when the ticket is gone.
    bool receivedAt(qint64 ticketId, std::optional<qint64> &at, QString &error) const;

private:
    Database &m_db;
};

} // namespace sb

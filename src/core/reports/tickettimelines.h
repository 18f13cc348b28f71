#pragma once

#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <span>

namespace sb {

// The values of columns with few distinct values (ticket kinds, channels, categories, tiers)
// as small numbers, so that a report compares and groups numbers rather than hashing text per
// ticket. Codes start at 0, in the order the values were first seen.
class KeyCodes {
public:
    int code(const QString &key);
    const QString &key(int code) const { return m_keys.at(code); }
    qsizetype size() const { return m_keys.size(); }

private:
    QStringList m_keys;
    QHash<QString, int> m_codes; // once there are more than a few keys
};

// One event of a ticket's timeline: its action and the state it moved to as indexes into the
// lists the timelines were read with.
struct TimelineEvent {
    static constexpr int kOtherAction = -1; // an action not in the list
    static constexpr int kNoState = -1;     // the event kept the state
    static constexpr int kOtherState = -2;  // a state not in the list

    qint64 at = 0;
    qint64 id = 0;
    int action = kOtherAction;
    int state = kNoState;
};

struct TimelineTicket {
    qint64 id = 0;
    qint64 receivedAt = 0;
    int kind = 0; // kind, channel, category and tier: codes of TicketTimelines::keys()
    int channel = 0;
    int category = 0;
    int tier = 0;
    qsizetype firstEvent = 0;
    qsizetype eventCount = 0;
};

// Tickets with their events in time order (at, then id), read in two statements: the tickets
// of `where` (on tickets t) and their events (ticket_events e) that meet `eventWhere` and are
// either of an action in `actions` or a move to a state. Actions and states come back as
// numbers: the statement maps them through the lists, so no text is read per event.
class TicketTimelines {
public:
    struct Query {
        QString where; // on tickets t
        QVariantList values;
        QString eventWhere; // on ticket_events e; empty: every event
        QVariantList eventValues;
        QStringList actions;
        QStringList states;
        // The events are read by the tickets' ids (one bound list) rather than by repeating
        // `where`: for a few tickets chosen by a costly condition.
        bool eventsByIds = false;
    };

    bool read(Database &db, const Query &query, QString &error);

    const QList<TimelineTicket> &tickets() const { return m_tickets; }
    std::span<const TimelineEvent> events(const TimelineTicket &t) const {
        return std::span<const TimelineEvent>(m_events.constData() + t.firstEvent,
                                              size_t(t.eventCount));
    }
    const KeyCodes &keys() const { return m_keys; }
    const QStringList &actions() const { return m_actions; }
    const QStringList &states() const { return m_states; }

private:
    QList<TimelineTicket> m_tickets;
    QList<TimelineEvent> m_events; // by ticket, each ticket's in time order
    KeyCodes m_keys;
    QStringList m_actions;
    QStringList m_states;
};

} // namespace sb

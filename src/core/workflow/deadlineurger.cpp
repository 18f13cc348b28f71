#include "workflow/deadlineurger.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {

struct OpenTicket {
    qint64 id = 0;
    QString state;
    DeadlineSubject subject;
    QList<TicketEventTimes> events;
};

struct Candidate {
    qint64 ticketId = 0;
    QString state;
    QString milestone;
    QString kind; // warning / overdue
    qint64 dueAt = 0;
};

} // namespace

DeadlineUrger::DeadlineUrger(Database &db, const Workflow &workflow,
                             const BusinessCalendar &calendar, QList<DeadlineRule> rules)
    : m_db(db)
    , m_workflow(workflow)
    , m_calendar(calendar)
    , m_rules(std::move(rules)) {
}

bool DeadlineUrger::run(qint64 now, UrgeRun &result, QString &error) {
    result = {};
    // Reading happens outside the write transaction, so on SQLite the transaction's first
    // statement is a write and waits for the lock instead of failing on a stale snapshot.
    const QStringList finals = m_workflow.finalStateKeys();
    QString notFinal;
    QVariantList binds;
    if (!finals.isEmpty()) {
        QStringList marks;
        for (const QString &s : finals) {
            marks.append(QStringLiteral("?"));
            binds.append(s);
        }
        notFinal = QStringLiteral(" WHERE t.state NOT IN (") + marks.join(QLatin1Char(',')) +
                   QLatin1Char(')');
    }
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT t.id, t.kind, t.channel, t.category, t.customer_tier, "
                                  "t.received_at, t.state FROM tickets t") +
                       notFinal + QStringLiteral(" ORDER BY t.id"),
                   binds, error))
        return false;
    QList<OpenTicket> tickets;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        OpenTicket t;
        t.id = q.value(0).toLongLong();
        t.subject.kind = q.value(1).toString();
        t.subject.channel = q.value(2).toString();
        t.subject.category = q.value(3).toString();
        t.subject.tier = q.value(4).toString();
        t.subject.receivedAt = q.value(5).toLongLong();
        t.state = q.value(6).toString();
        index.insert(t.id, tickets.size());
        tickets.append(t);
    }
    result.ticketsChecked = int(tickets.size());
    if (tickets.isEmpty())
        return true;

    if (!m_db.exec(q,
                   QStringLiteral("SELECT e.ticket_id, e.at, e.action, e.to_state FROM "
                                  "ticket_events e JOIN tickets t ON t.id = e.ticket_id") +
                       notFinal + QStringLiteral(" ORDER BY e.ticket_id, e.at, e.id"),
                   binds, error))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            tickets[*it].events.append(
                {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    }
    QSet<QString> done; // "id/milestone/kind" already urged
    if (!m_db.exec(q,
                   QStringLiteral("SELECT u.ticket_id, u.milestone, u.kind FROM deadline_urges u "
                                  "JOIN tickets t ON t.id = u.ticket_id") +
                       notFinal,
                   binds, error))
        return false;
    while (q.next())
        done.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() +
                    QLatin1Char('/') + q.value(2).toString());

    QList<Candidate> candidates;
    for (OpenTicket &t : tickets) {
        applyEvents(t.subject, t.events, m_workflow.pausingStateKeys(t.subject.kind), now);
        // Milestones already urged as overdue need no calendar arithmetic at all.
        QList<DeadlineRule> open = applicableRules(m_rules, t.subject);
        open.removeIf([&](const DeadlineRule &r) {
            return done.contains(QString::number(t.id) + QLatin1Char('/') + r.milestone +
                                 QStringLiteral("/overdue"));
        });
        if (open.isEmpty())
            continue;
        const QList<MilestoneDeadline> deadlines = computeDeadlines(open, t.subject, m_calendar);
        for (const MilestoneDeadline &d : deadlines) {
            if (d.metAt)
                continue;
            const QString key =
                QString::number(t.id) + QLatin1Char('/') + d.milestone + QLatin1Char('/');
            if (done.contains(key + QStringLiteral("overdue")))
                continue; // nothing more to say about this milestone
            // Overdue needs no measuring; only a deadline still ahead needs the time left.
            QString kind;
            if (now >= d.dueAt)
                kind = QStringLiteral("overdue");
            else if (deadlineStatus(d, now, m_calendar, t.subject.pauses).state ==
                     DeadlineState::Warning)
                kind = QStringLiteral("warning");
            if (kind.isEmpty() || done.contains(key + kind))
                continue;
            candidates.append({t.id, t.state, d.milestone, kind, d.dueAt});
        }
    }
    if (candidates.isEmpty())
        return true;

    UrgeRun counted = result;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            QSqlQuery ins;
            for (const Candidate &c : std::as_const(candidates)) {
                const QString due = QDateTime::fromMSecsSinceEpoch(c.dueAt, m_calendar.timeZone())
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                const QString note =
                    c.kind == QLatin1StringView("warning")
                        ? tr("Deadline \"%1\" is near: due at %2.").arg(c.milestone, due)
                        : tr("Deadline \"%1\" has passed: it was due at %2.").arg(c.milestone, due);
                const QJsonObject data{{QStringLiteral("automatic"), true},
                                       {QStringLiteral("milestone"), c.milestone},
                                       {QStringLiteral("kind"), c.kind},
                                       {QStringLiteral("due_at"), c.dueAt}};
                const QString json =
                    QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
                if (m_db.dialect() == Dialect::PostgreSQL) {
                    // The server records the urge and its timeline line (sb_urge): a staff
                    // login may not write an actor-less line itself. It stamps its own time.
                    if (!m_db.exec(ins, QStringLiteral("SELECT sb_urge(?, ?, ?, ?, ?, ?, ?)"),
                                   {c.ticketId, c.milestone, c.kind, c.dueAt, note, json, now},
                                   err))
                        return false;
                    if (!ins.next() || !ins.value(0).toBool())
                        continue; // another workstation was first
                } else {
                    if (!m_db.exec(
                            ins,
                            QStringLiteral("INSERT INTO deadline_urges(ticket_id, milestone, kind, "
                                           "due_at, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                           "(ticket_id, milestone, kind) DO NOTHING"),
                            {c.ticketId, c.milestone, c.kind, c.dueAt, now}, err))
                        return false;
                    if (ins.numRowsAffected() != 1)
                        continue; // another workstation was first
                    if (!m_db.exec(
                            QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, "
                                           "action, from_state, to_state, note, data) VALUES "
                                           "(?, ?, NULL, 'urge', ?, ?, ?, ?)"),
                            {c.ticketId, now, c.state, c.state, note, json}, err))
                        return false;
                }
                if (c.kind == QLatin1StringView("warning"))
                    ++counted.warnings;
                else
                    ++counted.overdue;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    result = counted;
    return true;
}

} // namespace sb

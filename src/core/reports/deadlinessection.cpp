#include "reports/deadlinessection.h"

#include "workflow/calendarstore.h"
#include "workflow/deadlines.h"
#include "workflow/workflow.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>

namespace sb {

namespace {

enum class Verdict { Met, Breached, Pending, OpenBreached };

struct Ticket {
    qint64 id = 0;
    DeadlineSubject subject;
    QList<TicketEventTimes> events;
};

using Visit = std::function<void(qint64 ticketId, const QString &milestone, Verdict v)>;

// What every figure of the section is computed from: loads the rules, the calendar and the
// lifecycle, and walks the tickets.
class Evaluator {
public:
    Evaluator(Database &db)
        : m_db(db) {}

    bool prepare(qint64 startMs, qint64 endMs, QString &error) {
        if (!DeadlineRuleStore::load(m_db, m_rules, error) ||
            !CalendarStore(m_db).load(m_calendar, error) || !m_workflow.load(m_db, error))
            return false;
        qint64 seq = 0;
        qint64 cutoff = 0;
        if (!ReportFigures::dataCutoff(m_db, seq, cutoff, error))
            return false;
        m_startMs = startMs;
        m_endMs = endMs;
        m_asOf = cutoff > 0 ? std::min(endMs, std::max(cutoff, startMs)) : endMs;
        // Most deadlines of the window's tickets fall within weeks of it.
        m_calendar.cacheDays(m_calendar.localDate(startMs).addDays(-62),
                             m_calendar.localDate(m_asOf).addDays(62));
        QSqlQuery q(m_db.db());
        if (!m_db.execForwardOnly(
                q,
                QStringLiteral("SELECT DISTINCT key FROM workflow_states WHERE is_final "
                               "= 0 ORDER BY key"),
                {}, error))
            return false;
        while (q.next())
            m_openStates.append(q.value(0));
        return true;
    }

    qint64 asOf() const { return m_asOf; }

    // The milestones of the tickets received in the window.
    bool received(const Visit &visit, QString &error) {
        const QString where = QStringLiteral("t.received_at >= ? AND t.received_at < ?");
        return walk(
            where, {m_startMs, m_endMs},
            [&](const Ticket &t) {
                for (const MilestoneDeadline &d : deadlines(t.subject)) {
                    if (d.metAt)
                        visit(t.id, d.milestone,
                              *d.metAt <= d.dueAt ? Verdict::Met : Verdict::Breached);
                    else
                        visit(t.id, d.milestone,
                              d.dueAt <= m_asOf ? Verdict::Breached : Verdict::Pending);
                }
            },
            error);
    }

    // The open tickets at asOf with a milestone due and not met. Candidates: tickets in an
    // open state now, and tickets closed at or after asOf (open before it, or reopened).
    bool openBreached(const Visit &visit, QString &error) {
        if (m_openStates.isEmpty())
            return true;
        QStringList marks;
        for (qsizetype i = 0; i < m_openStates.size(); ++i)
            marks.append(QStringLiteral("?"));
        // Both candidate sets are read through an index: tickets in an open state by
        // (state, received_at), closes after asOf by the partial index on closing events.
        // A closing event's ticket must have been received before asOf: a subquery per event
        // (primary key) says so, which keeps the candidates few; otherwise PostgreSQL hashed
        // every ticket to join them (1.2 s against 0.3 s for a month of 1,000,000).
        const QString where =
            QStringLiteral("t.received_at < ? AND t.id IN (SELECT o.id FROM tickets o WHERE "
                           "o.state IN (") +
            marks.join(QLatin1Char(',')) +
            QStringLiteral(") AND o.received_at < ? UNION SELECT c.ticket_id FROM ticket_events "
                           "c WHERE c.to_state = 'closed' AND c.at >= ? AND (SELECT r.received_at "
                           "FROM tickets r WHERE r.id = c.ticket_id) < ?)");
        QVariantList values{m_asOf};
        values += m_openStates;
        values.append(m_asOf);
        values.append(m_asOf);
        values.append(m_asOf);
        QSet<QString> finals;
        for (const QString &k : m_workflow.finalStateKeys())
            finals.insert(k);
        return walk(
            where, values,
            [&](const Ticket &t) {
                QString state;
                for (const TicketEventTimes &e : t.events)
                    if (!e.toState.isEmpty())
                        state = e.toState;
                if (finals.contains(state))
                    return;
                for (const MilestoneDeadline &d : deadlines(t.subject))
                    if (!d.metAt && d.dueAt <= m_asOf)
                        visit(t.id, d.milestone, Verdict::OpenBreached);
            },
            error);
    }

private:
    bool walk(const QString &where, const QVariantList &values,
              const std::function<void(const Ticket &)> &each, QString &error) {
        // The events first, by ticket (read in the database's order: no sort there), then
        // each ticket with its events in time order.
        struct Row {
            qint64 id = 0;
            TicketEventTimes times;
        };
        QHash<qint64, QList<Row>> events;
        QSqlQuery q(m_db.db());
        if (!m_db.execForwardOnly(
                q,
                QStringLiteral("SELECT e.ticket_id, e.id, e.at, e.action, e.to_state FROM "
                               "ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                               "WHERE ") +
                    where + QStringLiteral(" AND e.at < ?"),
                QVariantList(values) << m_asOf, error))
            return false;
        while (q.next())
            events[q.value(0).toLongLong()].append(
                {q.value(1).toLongLong(),
                 {q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()}});
        if (!m_db.execForwardOnly(
                q,
                QStringLiteral("SELECT t.id, t.kind, t.channel, t.category, "
                               "t.customer_tier, t.received_at FROM tickets t WHERE ") +
                    where,
                values, error))
            return false;
        while (q.next()) {
            Ticket t;
            t.id = q.value(0).toLongLong();
            t.subject.kind = q.value(1).toString();
            t.subject.channel = q.value(2).toString();
            t.subject.category = q.value(3).toString();
            t.subject.tier = q.value(4).toString();
            t.subject.receivedAt = q.value(5).toLongLong();
            QList<Row> rows = events.take(t.id);
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
                return a.times.at != b.times.at ? a.times.at < b.times.at : a.id < b.id;
            });
            for (const Row &r : std::as_const(rows))
                t.events.append(r.times);
            auto pausing = m_pausing.constFind(t.subject.kind);
            if (pausing == m_pausing.cend())
                pausing =
                    m_pausing.insert(t.subject.kind, m_workflow.pausingStateKeys(t.subject.kind));
            applyEvents(t.subject, t.events, *pausing, m_asOf);
            each(t);
        }
        return true;
    }

    // The deadlines of a ticket. The rules that apply depend only on the ticket's kind,
    // channel, category and tier: they are looked up once per combination.
    QList<MilestoneDeadline> deadlines(const DeadlineSubject &s) {
        const QString key = s.kind + QLatin1Char('\x1f') + s.channel + QLatin1Char('\x1f') +
                            s.category + QLatin1Char('\x1f') + s.tier;
        auto it = m_applicable.constFind(key);
        if (it == m_applicable.cend())
            it = m_applicable.insert(key, applicableRules(m_rules, s));
        return deadlinesOfRules(*it, s, m_calendar);
    }

    Database &m_db;
    QList<DeadlineRule> m_rules;
    BusinessCalendar m_calendar;
    Workflow m_workflow;
    QVariantList m_openStates;
    QHash<QString, QSet<QString>> m_pausing; // by ticket kind (flow)
    QHash<QString, QList<DeadlineRule>> m_applicable;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_asOf = 0;
};

} // namespace

std::optional<double> MilestoneCompliance::compliancePercent() const {
    if (met + breached == 0)
        return std::nullopt;
    return 100.0 * double(met) / double(met + breached);
}

bool DeadlinesSection::load(Database &db, const ReportWindow &w, const ReportSettings &,
                            DeadlinesFigures &out, QString &error) {
    out = {};
    out.zone = w.zone;
    Evaluator ev(db);
    if (!ev.prepare(w.startMs, w.endMs, error))
        return false;
    out.asOfMs = ev.asOf();
    QMap<QString, MilestoneCompliance> by;
    QSet<qint64> openTickets;
    const Visit visit = [&](qint64 id, const QString &milestone, Verdict v) {
        MilestoneCompliance &m = by[milestone];
        m.milestone = milestone;
        switch (v) {
        case Verdict::Met:
            ++m.met;
            ++out.all.met;
            break;
        case Verdict::Breached:
            ++m.breached;
            ++out.all.breached;
            break;
        case Verdict::Pending:
            ++m.pending;
            ++out.all.pending;
            break;
        case Verdict::OpenBreached:
            ++m.openBreached;
            ++out.all.openBreached;
            openTickets.insert(id);
            break;
        }
    };
    if (!ev.received(visit, error) || !ev.openBreached(visit, error))
        return false;
    out.milestones = by.values();
    out.openBreachedTickets = openTickets.size();
    return true;
}

QJsonObject DeadlinesSection::toJson(const DeadlinesFigures &f) {
    const auto figures = [](const MilestoneCompliance &m) {
        const std::optional<double> c = m.compliancePercent();
        return QJsonObject{{QStringLiteral("met"), m.met},
                           {QStringLiteral("breached"), m.breached},
                           {QStringLiteral("pending"), m.pending},
                           {QStringLiteral("open_breached"), m.openBreached},
                           {QStringLiteral("compliance"),
                            c ? QJsonValue(std::round(*c * 100.0) / 100.0) : QJsonValue()}};
    };
    QJsonObject by;
    for (const MilestoneCompliance &m : f.milestones)
        by.insert(m.milestone, figures(m));
    QJsonObject o = figures(f.all);
    o.insert(QStringLiteral("open_breached"), f.openBreachedTickets);
    o.insert(QStringLiteral("as_of"), ReportFigures::isoText(f.asOfMs, f.zone));
    o.insert(QStringLiteral("by_milestone"), by);
    return o;
}

bool DeadlinesSection::ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                                 bool &truncated, QString &error) {
    std::optional<Verdict> wanted;
    if (d.measure == QLatin1StringView("met"))
        wanted = Verdict::Met;
    else if (d.measure == QLatin1StringView("breached"))
        wanted = Verdict::Breached;
    else if (d.measure == QLatin1StringView("pending"))
        wanted = Verdict::Pending;
    else if (d.measure == QLatin1StringView("open_breached"))
        wanted = Verdict::OpenBreached;
    if (d.section != QLatin1StringView(kKey) || !wanted ||
        !(d.dimension.isEmpty() || d.dimension == QLatin1StringView("milestone"))) {
        error = tr("The deadlines section has no figure \"%1\" by \"%2\".")
                    .arg(d.measure.left(40), d.dimension.left(40));
        return false;
    }
    Evaluator ev(db);
    if (!ev.prepare(d.startMs, d.endMs, error))
        return false;
    QSet<qint64> ids;
    const Visit visit = [&](qint64 id, const QString &milestone, Verdict v) {
        if (v == *wanted && (d.dimension.isEmpty() || milestone == d.value))
            ids.insert(id);
    };
    if (!(*wanted == Verdict::OpenBreached ? ev.openBreached(visit, error)
                                           : ev.received(visit, error)))
        return false;
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    truncated = sorted.size() > limit;
    out = sorted.mid(0, limit);
    return true;
}

} // namespace sb

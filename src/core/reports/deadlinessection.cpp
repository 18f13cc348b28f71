#include "reports/deadlinessection.h"

#include "reports/reportreads.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlines.h"
#include "workflow/workflow.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace sb {

namespace {

enum class Verdict { Met, Breached, Pending, OpenBreached };

// `milestone`: an index into Evaluator::milestones().
using Visit = std::function<void(qint64 ticketId, int milestone, Verdict v)>;

// A rule chosen for a combination of kind, channel, category and tier, with its actions as
// indexes into the timelines' actions.
struct ChosenRule {
    DeadlineRule rule;
    int milestone = 0;
    int anchor = -1; // -1: counts from received_at
    QList<int> metBy;
};

constexpr qint64 kNever = std::numeric_limits<qint64>::min();

// What every figure of the section is computed from: the rules, the calendar and the
// lifecycle, and the tickets' timelines. Each ticket's deadlines are those of
// computeDeadlines() for the ticket's events before asOf (applyEvents()), computed from
// numbers: the actions and states are indexes, the rules chosen once per combination.
class Evaluator {
public:
    explicit Evaluator(ReportReads &reads)
        : m_reads(reads) {}

    bool prepare(qint64 startMs, qint64 endMs, QString &error) {
        Database &db = m_reads.db();
        if (!m_reads.window(startMs, endMs, m_window, error) ||
            !CalendarStore(db).load(m_calendar, error) || !m_workflow.load(db, error))
            return false;
        m_asOf = m_window->asOfMs;
        // Most deadlines of the window's tickets fall within weeks of it.
        m_calendar.cacheDays(m_calendar.localDate(startMs).addDays(-62),
                             m_calendar.localDate(m_asOf).addDays(62));
        for (const DeadlineRule &r : m_window->rules)
            if (!m_milestones.contains(r.milestone))
                m_milestones.append(r.milestone);
        std::sort(m_milestones.begin(), m_milestones.end());
        const QStringList &states = m_window->timelines.states();
        const QStringList finals = m_workflow.finalStateKeys();
        for (const QString &state : states)
            m_final.append(finals.contains(state));
        QSqlQuery q(db.db());
        if (!db.execForwardOnly(q,
                                QStringLiteral("SELECT DISTINCT key FROM workflow_states WHERE "
                                               "is_final = 0 ORDER BY key"),
                                {}, error))
            return false;
        while (q.next())
            m_openStates.append(q.value(0));
        return true;
    }

    qint64 asOf() const { return m_asOf; }
    const QStringList &milestones() const { return m_milestones; }

    // The milestones of the tickets received in the window.
    bool received(const Visit &visit, QString &) {
        walk(m_window->timelines, [&](const TimelineTicket &t, int, const ChosenRule &c,
                                      qint64 dueAt, qint64 metAt) {
            if (metAt != kNever)
                visit(t.id, c.milestone, metAt <= dueAt ? Verdict::Met : Verdict::Breached);
            else
                visit(t.id, c.milestone, dueAt <= m_asOf ? Verdict::Breached : Verdict::Pending);
        });
        return true;
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
        // (state, received_at), and tickets received before asOf and closed at or after it.
        bool fromCloses = false;
        if (!closesAfterAreFewer(fromCloses, error))
            return false;
        TicketTimelines::Query query;
        query.where =
            QStringLiteral("t.received_at < ? AND t.id IN (SELECT o.id FROM tickets o WHERE "
                           "o.state IN (") +
            marks.join(QLatin1Char(',')) + QStringLiteral(") AND o.received_at < ? UNION ") +
            (fromCloses
                 // From the closes after asOf (partial index on closing events), each one's
                 // ticket received before asOf by its primary key.
                 ? QStringLiteral("SELECT c.ticket_id FROM ticket_events c WHERE c.to_state = "
                                  "'closed' AND c.at >= ? AND (SELECT r.received_at FROM "
                                  "tickets r WHERE r.id = c.ticket_id) < ?)")
                 // From the tickets received before asOf, each one's closes by ticket.
                 : QStringLiteral("SELECT r.id FROM tickets r WHERE EXISTS (SELECT 1 FROM "
                                  "ticket_events c WHERE c.ticket_id = r.id AND c.to_state = "
                                  "'closed' AND c.at >= ?) AND r.received_at < ?)"));
        query.values = {m_asOf};
        query.values += m_openStates;
        query.values << m_asOf << m_asOf << m_asOf;
        query.eventWhere = QStringLiteral("e.at < ?");
        query.eventValues = {m_asOf};
        query.actions = m_window->timelines.actions();
        query.states = m_window->timelines.states();
        // The candidates' condition is the costly part: their events are read by id.
        query.eventsByIds = true;
        TicketTimelines candidates;
        if (!candidates.read(m_reads.db(), query, error))
            return false;
        walk(candidates, [&](const TimelineTicket &t, int state, const ChosenRule &c, qint64 dueAt,
                             qint64 metAt) {
            // Open at asOf: its last state then is not final.
            if ((state < 0 || !m_final.at(state)) && metAt == kNever && dueAt <= m_asOf)
                visit(t.id, c.milestone, Verdict::OpenBreached);
        });
        return true;
    }

private:
    // Whether the tickets closed at or after asOf are better found from those closes than from
    // the tickets received before it. For a month long past, nearly every close comes after
    // asOf and few tickets were received before it; for a recent one, the other way round.
    // PostgreSQL plans the semi-join from either side as the counts say (0.09 against 1.8 s
    // for the first month of a year of 1,000,000, 0.36 against 0.43 s for its last month);
    // SQLite walks its outer side, so it is told which is smaller, each side counted through
    // its index up to a bound.
    bool closesAfterAreFewer(bool &fewer, QString &error) {
        fewer = false;
        Database &db = m_reads.db();
        if (db.dialect() != Dialect::SQLite)
            return true;
        QSqlQuery q(db.db());
        if (!db.exec(q,
                     QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM ticket_events "
                                    "WHERE to_state = 'closed' AND at >= ? LIMIT ?)) < (SELECT "
                                    "COUNT(*) FROM (SELECT 1 FROM tickets WHERE received_at < ? "
                                    "LIMIT ?))"),
                     {m_asOf, kCountBound, m_asOf, kCountBound}, error) ||
            !q.next())
            return false;
        fewer = q.value(0).toBool();
        return true;
    }
    static constexpr int kCountBound = 200000;

    // Calls `each(ticket, state, rule, dueAt, metAt)` for every deadline of every ticket of
    // `timelines` (metAt kNever: not met; state: the ticket's state at asOf, an index into
    // the states, or TimelineEvent::kNoState / kOtherState).
    template <typename Each> void walk(const TicketTimelines &timelines, const Each &each) {
        const KeyCodes &keys = timelines.keys();
        std::map<std::array<int, 4>, QList<ChosenRule>> chosen;
        std::map<int, QList<bool>> pausingOf; // by kind code
        QList<qint64> first(timelines.actions().size(), kNever);
        QList<TimeSpan> pauses;
        for (const TimelineTicket &t : timelines.tickets()) {
            auto rules = chosen.find({t.kind, t.channel, t.category, t.tier});
            if (rules == chosen.end())
                rules = chosen
                            .emplace(std::array<int, 4>{t.kind, t.channel, t.category, t.tier},
                                     choose(timelines, t))
                            .first;
            auto pausing = pausingOf.find(t.kind);
            if (pausing == pausingOf.end()) {
                const QSet<QString> keys2 = m_workflow.pausingStateKeys(keys.key(t.kind));
                QList<bool> flags;
                for (const QString &state : timelines.states())
                    flags.append(keys2.contains(state));
                pausing = pausingOf.emplace(t.kind, flags).first;
            }
            // The ticket's events before asOf, as applyEvents() reads them.
            first.fill(kNever);
            pauses.clear();
            qint64 pauseStart = -1;
            int state = TimelineEvent::kNoState;
            for (const TimelineEvent &e : timelines.events(t)) {
                if (e.at >= m_asOf)
                    break;
                if (e.action >= 0 && first.at(e.action) == kNever)
                    first[e.action] = e.at;
                if (e.state == TimelineEvent::kNoState)
                    continue;
                state = e.state;
                const bool paused = e.state >= 0 && pausing->second.at(e.state);
                if (paused && pauseStart < 0) {
                    pauseStart = e.at;
                } else if (!paused && pauseStart >= 0) {
                    pauses.append({pauseStart, e.at});
                    pauseStart = -1;
                }
            }
            if (pauseStart >= 0 && m_asOf > pauseStart)
                pauses.append({pauseStart, m_asOf});
            // Its deadlines, as deadlinesOfRules() computes them.
            for (const ChosenRule &c : std::as_const(rules->second)) {
                qint64 anchor = t.receivedAt;
                if (c.anchor >= 0) {
                    if (first.at(c.anchor) == kNever)
                        continue; // not started yet
                    anchor = first.at(c.anchor);
                }
                const DeadlineRule &r = c.rule;
                std::optional<qint64> due;
                if (r.clock == DeadlineClock::Wall)
                    due = BusinessCalendar::addWallTime(anchor, r.durationMs(), pauses);
                else if (r.unit == DeadlineUnit::Day)
                    due = m_calendar.addWorkingDays(anchor, int(r.duration), pauses);
                else
                    due = m_calendar.addWorkingTime(anchor, r.durationMs(), pauses);
                if (!due)
                    continue;
                qint64 metAt = kNever;
                for (const int a : c.metBy) {
                    const qint64 at = first.at(a);
                    if (at != kNever && at >= anchor && (metAt == kNever || at < metAt))
                        metAt = at;
                }
                each(t, state, c, *due, metAt);
            }
        }
    }

    // The rules that apply to the ticket's kind, channel, category and tier.
    QList<ChosenRule> choose(const TicketTimelines &timelines, const TimelineTicket &t) const {
        const KeyCodes &keys = timelines.keys();
        DeadlineSubject subject;
        subject.kind = keys.key(t.kind);
        subject.channel = keys.key(t.channel);
        subject.category = keys.key(t.category);
        subject.tier = keys.key(t.tier);
        const QStringList &actions = timelines.actions();
        QList<ChosenRule> out;
        for (const DeadlineRule &r : applicableRules(m_window->rules, subject)) {
            ChosenRule c;
            c.rule = r;
            c.milestone = int(m_milestones.indexOf(r.milestone));
            c.anchor = r.anchorAction.isEmpty() ? -1 : int(actions.indexOf(r.anchorAction));
            for (const QString &a : r.metBy)
                c.metBy.append(int(actions.indexOf(a)));
            out.append(c);
        }
        return out;
    }

    ReportReads &m_reads;
    const WindowTimelines *m_window = nullptr;
    BusinessCalendar m_calendar;
    Workflow m_workflow;
    QStringList m_milestones; // every rule's milestone, sorted
    QList<bool> m_final;      // by state index
    QVariantList m_openStates;
    qint64 m_asOf = 0;
};

} // namespace

std::optional<double> MilestoneCompliance::compliancePercent() const {
    if (met + breached == 0)
        return std::nullopt;
    return 100.0 * double(met) / double(met + breached);
}

bool DeadlinesSection::load(Database &db, const ReportWindow &w, const ReportSettings &s,
                            DeadlinesFigures &out, QString &error) {
    ReportReads reads(db);
    return load(reads, w, s, out, error);
}

bool DeadlinesSection::load(ReportReads &reads, const ReportWindow &w, const ReportSettings &,
                            DeadlinesFigures &out, QString &error) {
    out = {};
    out.zone = w.zone;
    Evaluator ev(reads);
    if (!ev.prepare(w.startMs, w.endMs, error))
        return false;
    out.asOfMs = ev.asOf();
    // By milestone index; those no ticket has stay out, the rest in the milestones' order.
    QList<MilestoneCompliance> by(ev.milestones().size());
    QList<bool> seen(ev.milestones().size(), false);
    QSet<qint64> openTickets;
    const Visit visit = [&](qint64 id, int milestone, Verdict v) {
        MilestoneCompliance &m = by[milestone];
        seen[milestone] = true;
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
    for (qsizetype i = 0; i < by.size(); ++i) {
        if (!seen.at(i))
            continue;
        by[i].milestone = ev.milestones().at(i);
        out.milestones.append(by.at(i));
    }
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
    ReportReads reads(db);
    Evaluator ev(reads);
    if (!ev.prepare(d.startMs, d.endMs, error))
        return false;
    QSet<qint64> ids;
    const Visit visit = [&](qint64 id, int milestone, Verdict v) {
        if (v == *wanted && (d.dimension.isEmpty() || ev.milestones().at(milestone) == d.value))
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

#include "today/todayqueries.h"

#include "incidents/incidentqueries.h"
#include "messaging/messagequery.h"
#include "qa/qadayqueries.h"
#include "qa/reviewstore.h"
#include "security/directory.h"
#include "security/permissions.h"
#include "tickets/ticketquery.h"
#include "util/clock.h"
#include "workflow/workflow.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kUnreadLimit = 500; // the unread count reads "500" beyond it

bool countQueue(Database &db, const TodayScope &scope, TicketQueue queue, qint64 &out,
                QString &error) {
    TicketQueryContext context;
    context.staffId = scope.staffId;
    context.teamId = scope.teamId;
    context.readAll = scope.readAllTickets;
    context.finalStates = scope.finalStates;
    TicketFilter filter;
    if (!scope.readAllTickets)
        filter.handlerId = scope.staffId; // the person's own work
    // The queue's own WHERE clause; green channel and appeals queues list closed tickets
    // too, Today counts only the open ones (what still needs someone).
    QVariantList values;
    QString where = TicketQueryBuilder(db.dialect(), queue, filter, context).where(values);
    const bool openOnly = queue == TicketQueue::GreenChannel || queue == TicketQueue::Appeals;
    if (openOnly && !scope.finalStates.isEmpty()) {
        QStringList marks;
        for (const QString &state : scope.finalStates) {
            marks.append(QStringLiteral("?"));
            values.append(state);
        }
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("t.state NOT IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM tickets t%1 LIMIT %2) c")
            .arg(where)
            .arg(TodayQueues::kCap + 1);
    QSqlQuery q(db.db());
    if (!db.exec(q, sql, values, error))
        return false;
    out = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}
} // namespace

int TodaySnapshot::openIncidents() const {
    int n = 0;
    for (int c : incidentsByGrade)
        n += c;
    return n;
}

std::optional<Grade> TodaySnapshot::worstGrade() const {
    for (int g = int(incidentsByGrade.size()) - 1; g >= 0; --g) {
        if (incidentsByGrade[std::size_t(g)] > 0)
            return Grade(g);
    }
    return std::nullopt;
}

bool TodayQueries::scopeFor(Database &db, const Session &session, TodayScope &out, QString &error) {
    out = {};
    out.staffId = session.staffId;
    out.readAllTickets = session.permissions.has(perm::TicketsReadAll);
    out.reviews = session.permissions.has(perm::QaReview);
    out.reports = session.permissions.has(perm::ReportsRead) ||
                  session.permissions.has(perm::ReportsSchedule);
    if (!Directory::teamOf(db, session.staffId, out.teamId, error))
        return false;
    Workflow workflow;
    if (!workflow.load(db, error))
        return false;
    out.finalStates = workflow.finalStateKeys();
    return true;
}

bool TodayQueries::snapshot(Database &db, const TodayScope &scope, qint64 nowMs, TodayParts parts,
                            TodaySnapshot &out, QString &error) {
    out = {};
    out.atMs = nowMs;
    if (!scope.reviews)
        parts &= ~TodayParts(TodayPart::Reviews);
    if (!scope.reports)
        parts &= ~TodayParts(TodayPart::Reports);
    out.parts = parts;
    if (parts.testFlag(TodayPart::Incidents) && !openIncidents(db, out, error))
        return false;
    if (parts.testFlag(TodayPart::Queues)) {
        if (!queues(db, scope, out.queues, error))
            return false;
    } else if (parts.testFlag(TodayPart::Overdue)) {
        out.queues.ownOnly = !scope.readAllTickets;
        if (!countQueue(db, scope, TicketQueue::Overdue, out.queues.overdue, error))
            return false;
    }
    if (parts.testFlag(TodayPart::Volume) && !volume(db, nowMs, out.volume, error))
        return false;
    if (parts.testFlag(TodayPart::Broadcasts) &&
        !unreadBroadcasts(db, scope.staffId, nowMs, out.unreadBroadcasts, error))
        return false;
    if (parts.testFlag(TodayPart::Reviews)) {
        TodayReviews r;
        if (!reviews(db, scope.staffId, nowMs, r, error))
            return false;
        out.reviews = r;
    }
    if (parts.testFlag(TodayPart::Reports)) {
        QList<TodaySchedule> s;
        if (!reports(db, nowMs, s, error))
            return false;
        out.reports = s;
    }
    return true;
}

bool TodayQueries::openIncidents(Database &db, TodaySnapshot &out, QString &error) {
    out.incidentsByGrade = {};
    out.incidents.clear();
    // At most one open incident per problem type (index incidents_one_open): a short list.
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT id, problem_type, grade, opened_at FROM incidents "
                                "WHERE state = ? ORDER BY grade DESC, opened_at, id"),
                 {QStringLiteral("open")}, error))
        return false;
    while (q.next()) {
        TodayIncident i;
        i.id = q.value(0).toLongLong();
        i.problemType = q.value(1).toString();
        i.grade = Grade(std::clamp(q.value(2).toInt(), 0, 3));
        i.since = q.value(3).toLongLong();
        ++out.incidentsByGrade[std::size_t(i.grade)];
        out.incidents.append(i);
    }
    return true;
}

bool TodayQueries::queues(Database &db, const TodayScope &scope, TodayQueues &out, QString &error) {
    out = {};
    out.ownOnly = !scope.readAllTickets;
    if (!countQueue(db, scope, TicketQueue::Overdue, out.overdue, error) ||
        !countQueue(db, scope, TicketQueue::DueSoon, out.dueSoon, error) ||
        !countQueue(db, scope, TicketQueue::GreenChannel, out.green, error) ||
        !countQueue(db, scope, TicketQueue::Appeals, out.appeals, error))
        return false;
    // Unassigned tickets are the dispatcher's: someone who sees only their own has none.
    if (scope.readAllTickets &&
        !countQueue(db, scope, TicketQueue::Unassigned, out.unassigned, error))
        return false;
    return true;
}

bool TodayQueries::volume(Database &db, qint64 nowMs, QList<TodayVolume> &out, QString &error) {
    out.clear();
    const qint64 span = TodaySnapshot::kBucketMs * TodaySnapshot::kBuckets;
    QSqlQuery q(db.db());
    // The received_at range is served by tickets_volume (received_at, problem_type, …).
    if (!db.exec(q,
                 QStringLiteral("SELECT problem_type, COUNT(*) AS n FROM tickets WHERE kind = ? "
                                "AND received_at > ? AND received_at <= ? GROUP BY problem_type "
                                "ORDER BY n DESC, problem_type LIMIT ?"),
                 {QStringLiteral("complaint"), nowMs - span, nowMs, TodaySnapshot::kVolumeTypes},
                 error))
        return false;
    while (q.next()) {
        TodayVolume v;
        v.problemType = q.value(0).toString();
        v.total = q.value(1).toInt();
        out.append(v);
    }
    if (out.isEmpty())
        return true;
    IncidentQueries incidents(db);
    RuleSet rules = RuleSet::defaults();
    if (!incidents.currentRules(rules, error))
        return false;
    for (TodayVolume &v : out) {
        if (!incidents.trend(v.problemType, nowMs, TodaySnapshot::kBucketMs,
                             TodaySnapshot::kBuckets, v.buckets, error))
            return false;
        v.burstWindowMs = rules.burstWindowMs();
        const int type = RuleSet::typeIndex(v.problemType);
        if (type >= 0 && type < rules.typeCount())
            v.threshold = rules.burstThreshold(type, GradingTier::Normal);
        if (!incidents.complaintsBetween(v.problemType, nowMs - v.burstWindowMs, nowMs,
                                         v.lastBurstWindow, error))
            return false;
    }
    return true;
}

bool TodayQueries::unreadBroadcasts(Database &db, qint64 staffId, qint64 nowMs, int &out,
                                    QString &error) {
    out = 0;
    if (staffId <= 0)
        return true;
    MessageFilter f;
    f.view = MessageFilter::View::Inbox;
    f.receiverId = staffId;
    f.readState = MessageFilter::ReadState::Unread;
    f.hideExpiredAt = nowMs;
    f.limit = kUnreadLimit;
    QList<StoredMessage> unread;
    if (!MessageQuery(db).run(f, unread, error))
        return false;
    // One's own broadcast is not news to them (its receipt is on its way).
    out = int(std::count_if(unread.cbegin(), unread.cend(),
                            [staffId](const StoredMessage &m) { return m.senderId != staffId; }));
    return true;
}

bool TodayQueries::reviews(Database &db, qint64 staffId, qint64 nowMs, TodayReviews &out,
                           QString &error) {
    out = {};
    const ManualClock clock(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
    QList<QaDueReview> due;
    if (!QaReviewStore(db, clock).dueReviews(staffId, due, error))
        return false;
    out.due = int(due.size());
    for (const QaDueReview &d : std::as_const(due)) {
        if (d.overdue)
            ++out.overdue;
        if (d.dueAt > 0 && (out.nextDueAt == 0 || d.dueAt < out.nextDueAt))
            out.nextDueAt = d.dueAt;
    }
    return true;
}

bool TodayQueries::reports(Database &db, qint64 nowMs, QList<TodaySchedule> &out, QString &error) {
    out.clear();
    QList<ReportSchedule> schedules;
    if (!ReportScheduleStore::list(db, schedules, error))
        return false;
    QTimeZone zone;
    if (!QaDayQueries::businessZone(db, zone, error))
        return false;
    for (const ReportSchedule &s : std::as_const(schedules)) {
        TodaySchedule t;
        t.id = s.id;
        t.name = s.name;
        t.active = s.active;
        if (s.active)
            t.nextRunMs = nextRun(s, nowMs, zone);
        ReportRunFilter filter;
        filter.scheduleId = s.id;
        filter.limit = 1;
        QList<ReportRun> runs;
        if (!ReportScheduleStore::runs(db, filter, runs, error))
            return false;
        if (!runs.isEmpty()) {
            t.lastState = runs.constFirst().state;
            t.lastPeriodAt = runs.constFirst().periodAt;
            t.lastFinishedMs = runs.constFirst().finishedAtMs;
        }
        out.append(t);
    }
    // Active ones first, by their next run.
    std::stable_sort(out.begin(), out.end(), [](const TodaySchedule &a, const TodaySchedule &b) {
        if (a.active != b.active)
            return a.active;
        return a.nextRunMs < b.nextRunMs;
    });
    return true;
}

qint64 TodayQueries::nextRun(const ReportSchedule &schedule, qint64 nowMs, const QTimeZone &zone) {
    const ReportPeriod current = reportScheduleDuePeriod(schedule, nowMs, zone);
    auto changed = [&](qint64 at) {
        const ReportPeriod p = reportScheduleDuePeriod(schedule, at, zone);
        return p.startMs() != current.startMs() || p.endMs() != current.endMs();
    };
    // Build times are whole minutes: find the first hour it changes in, then the minute.
    qint64 hour = nowMs - nowMs % kMinuteMs;
    const qint64 limit = nowMs + 32 * 24 * kHourMs;
    while (hour <= limit && !changed(hour + kHourMs))
        hour += kHourMs;
    if (hour > limit)
        return 0;
    for (qint64 at = hour + kMinuteMs; at <= hour + kHourMs; at += kMinuteMs) {
        if (changed(at))
            return at;
    }
    return hour + kHourMs;
}

} // namespace sb

#pragma once

#include "domain/types.h"
#include "reports/reportschedule.h"
#include "security/authenticator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sb {

// "Today": what needs the signed-in person's attention now, in one typed snapshot. Each part
// is read only when the person's permissions make it theirs:
//  - incidents: everyone (the Incidents place is open to all);
//  - ticket queues: everyone; a person without tickets.read_all counts only the tickets they
//    handle (their own overdue and due-soon work) and gets no unassigned count;
//  - unread broadcasts: everyone (their own inbox);
//  - QA reviews due: holders of qa.review (their own assignments);
//  - scheduled reports: holders of reports.read or reports.schedule.
// The queue counts are the Tickets place's queues (TicketQueryBuilder), capped like its count;
// of the green channel and appeals queues (which list closed tickets too) only open tickets.

// One open incident.
struct TodayIncident {
    qint64 id = 0;
    QString problemType;
    Grade grade = Grade::General;
    qint64 since = 0; // opened_at, ms
};

// Ticket queue counts; -1: not counted for this person. A count above kCap reads kCap + 1.
struct TodayQueues {
    static constexpr int kCap = 10000;
    bool ownOnly = false; // counted over the person's own tickets only (handler = them)
    qint64 overdue = -1;
    qint64 dueSoon = -1;
    qint64 unassigned = -1;
    qint64 green = -1;
    qint64 appeals = -1;
};

// One of the hottest problem types of the last hour: complaints per 5-minute bucket, oldest
// first (bucket i covers (at − (12 − i)·5 min, at − (11 − i)·5 min]), and the burst threshold
// of the grading rules in force (normal tier) over their burst window.
struct TodayVolume {
    QString problemType;
    QList<int> buckets;
    int total = 0;
    int threshold = 0; // complaints within burstWindowMs that open an incident
    qint64 burstWindowMs = 0;
    int lastBurstWindow = 0; // complaints in the last burstWindowMs (to compare with threshold)
};

struct TodayReviews {
    int due = 0;          // assigned to the person, not submitted
    int overdue = 0;      // of which past their due time
    qint64 nextDueAt = 0; // the earliest due time; 0: none
};

struct TodaySchedule {
    qint64 id = 0;
    QString name;
    bool active = true;
    qint64 nextRunMs = 0; // when the next period's report is built; 0: not computed
    std::optional<ReportRunState> lastState; // the newest run; nullopt: never ran
    QString lastPeriodAt;
    qint64 lastFinishedMs = 0;
};

enum class TodayPart {
    Incidents = 0x1,
    Queues = 0x2,
    Volume = 0x4,
    Broadcasts = 0x8,
    Reviews = 0x10,
    Reports = 0x20,
    Overdue = 0x40, // of the queues, the overdue count alone (implied by Queues)
    All = 0x3f,
    // What the navigation counts need.
    Navigation = Incidents | Overdue | Broadcasts | Reviews,
};
Q_DECLARE_FLAGS(TodayParts, TodayPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(TodayParts)

// Who asks, as the queries need it: from the session, the person's team and the workflow's
// final states (TodayQueries::scopeFor).
struct TodayScope {
    qint64 staffId = 0;
    qint64 teamId = 0;
    bool readAllTickets = false;
    bool reviews = false;
    bool reports = false;
    QStringList finalStates;
};

struct TodaySnapshot {
    qint64 atMs = 0;
    TodayParts parts;
    std::array<int, 4> incidentsByGrade{}; // open incidents per Grade (index = int(Grade))
    QList<TodayIncident> incidents;        // open, worst grade first, then oldest
    TodayQueues queues;
    static constexpr int kVolumeTypes = 5;
    static constexpr int kBuckets = 12;
    static constexpr qint64 kBucketMs = 5 * 60 * 1000;
    QList<TodayVolume> volume; // the kVolumeTypes busiest types of the last hour, busiest first
    int unreadBroadcasts = -1; // -1: not read
    std::optional<TodayReviews> reviews;         // nullopt: not the person's
    std::optional<QList<TodaySchedule>> reports; // nullopt: not the person's

    int openIncidents() const;
    // The worst grade of the open incidents; nullopt when there is none.
    std::optional<Grade> worstGrade() const;
};

class TodayQueries {
    Q_DECLARE_TR_FUNCTIONS(sb::TodayQueries)
public:
    // The scope of `session`: its permissions, its team and the workflow's final states.
    static bool scopeFor(Database &db, const Session &session, TodayScope &out, QString &error);
    // The parts asked for (those the scope allows) at `nowMs`.
    static bool snapshot(Database &db, const TodayScope &scope, qint64 nowMs, TodayParts parts,
                         TodaySnapshot &out, QString &error);

    // The parts one at a time (snapshot calls them).
    static bool openIncidents(Database &db, TodaySnapshot &out, QString &error);
    static bool queues(Database &db, const TodayScope &scope, TodayQueues &out, QString &error);
    static bool volume(Database &db, qint64 nowMs, QList<TodayVolume> &out, QString &error);
    static bool unreadBroadcasts(Database &db, qint64 staffId, qint64 nowMs, int &out,
                                 QString &error);
    static bool reviews(Database &db, qint64 staffId, qint64 nowMs, TodayReviews &out,
                        QString &error);
    static bool reports(Database &db, qint64 nowMs, QList<TodaySchedule> &out, QString &error);
    // When `schedule`'s next period is built after `nowMs` (the instant its due period
    // changes), searched by hours then minutes over the next 32 days; 0 when none.
    static qint64 nextRun(const ReportSchedule &schedule, qint64 nowMs, const QTimeZone &zone);
};

} // namespace sb

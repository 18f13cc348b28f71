#pragma once
// The response and deadlines sections read the month's tickets and events once, as numbers,
// and compute each ticket's deadlines from them; these cases check that they say exactly what
// the product's per-ticket code (applyEvents, computeDeadlines, the uncached calendar) says,
// on random tickets: every kind of rule (wall, working hours, working days, an anchor action),
// pauses while waiting for the customer, a holiday and a make-up day, ties in event times,
// events after the cut-off, unknown actions and states, reopened tickets. One test class for
// tst_report_timelines (SQLite) and tst_report_timelines_pg (PostgreSQL).
#include "databasetest.h"
#include "testsupport.h"

#include "reports/reportengine.h"
#include "reports/reportperiod.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlines.h"
#include "workflow/workflow.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <map>

namespace sb::timelinecases {

constexpr qint64 kMinute = 60000;
constexpr qint64 kHour = 60 * kMinute;

// A month (2026-11, Asia/Shanghai) of random tickets, with earlier ones still open and
// later events. Returns the report window.
inline bool seed(Database &db, ReportWindow &window, QString &e) {
    ReportPeriod month;
    if (!ReportPeriod::parse(ReportPeriodKind::Month, QStringLiteral("2026-11"),
                             QTimeZone("Asia/Shanghai"), month, e))
        return false;
    window = month.toWindow(1);
    CalendarStore calendar(db);
    if (!calendar.saveDays({{QDate(2026, 11, 11), CalendarDayKind::Holiday, QStringLiteral("h")},
                            {QDate(2026, 11, 21), CalendarDayKind::Workday, QStringLiteral("w")},
                            {QDate(2026, 12, 1), CalendarDayKind::Holiday, QStringLiteral("h2")}},
                           QStringLiteral("test"), 0, e))
        return false;
    if (!db.exec(QStringLiteral("DELETE FROM deadline_rules"), {}, e) ||
        !db.exec(
            QStringLiteral(
                "INSERT INTO deadline_rules(ticket_kind, channel, category, tier, milestone, "
                "duration, unit, clock, warn_lead, anchor_action, met_by, enabled) VALUES "
                "('*', '*', '*', '*', 'first_response', 2, 'hour', 'wall', 0, '', "
                "'respond,reply', 1), "
                "('*', 'chat', '*', '*', 'first_response', 30, 'minute', 'wall', 0, '', "
                "'respond,reply', 1), "
                "('*', 'email', '*', '*', 'acknowledged', 2, 'hour', 'working', 0, '', "
                "'respond,reply', 1), "
                "('complaint', '*', '*', '*', 'final_reply', 3, 'day', 'working', 0, '', "
                "'reply', 1), "
                "('complaint', '*', '*', 'vip', 'final_reply', 1, 'day', 'working', 0, '', "
                "'reply', 1), "
                "('complaint', '*', 'billing', '*', 'final_reply', 2, 'day', 'working', 0, '', "
                "'reply', 0), "
                "('*', '*', '*', '*', 'result_sent', 6, 'hour', 'working', 0, 'conclude', "
                "'reply,close_satisfied', 1), "
                "('suggestion', '*', '*', '*', 'result_sent', 90, 'minute', 'wall', 0, "
                "'conclude', 'reply', 1)"),
            {}, e))
        return false;
    QRandomGenerator random(20261106);
    const QStringList kinds{QStringLiteral("complaint"), QStringLiteral("suggestion")};
    const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"),
                               QStringLiteral("email")};
    const QStringList categories{QStringLiteral("billing"), QStringLiteral("service"),
                                 QStringLiteral("network")};
    const QStringList tiers{QStringLiteral("normal"), QStringLiteral("vip")};
    const QStringList actions{QStringLiteral("respond"),        QStringLiteral("reply"),
                              QStringLiteral("conclude"),       QStringLiteral("note"),
                              QStringLiteral("wait"),           QStringLiteral("resume"),
                              QStringLiteral("close_satisfied")};
    const qint64 span = window.endMs - window.startMs;
    for (int i = 0; i < 400; ++i) {
        // Most in the month; some from the month before (open at its end, or not).
        const qint64 received = window.startMs - (i % 5 == 0 ? span / 2 : 0) +
                                qint64(random.bounded(quint32(span / kMinute))) * kMinute;
        QList<std::pair<qint64, QString>> events; // at, action
        qint64 at = received;
        const int n = int(random.bounded(7));
        for (int k = 0; k < n; ++k) {
            // Ties (0), minutes, hours and days after the previous one.
            const quint32 step = random.bounded(4);
            at += step == 0   ? 0
                  : step == 1 ? qint64(random.bounded(90)) * kMinute
                              : (step == 2 ? qint64(random.bounded(30)) * kHour
                                           : qint64(random.bounded(6)) * 24 * kHour);
            events.append({at, actions.at(random.bounded(actions.size()))});
        }
        const QString kind = kinds.at(random.bounded(kinds.size()));
        QString state = QStringLiteral("registered");
        QList<QVariantList> rows;
        for (const auto &[eventAt, action] : std::as_const(events)) {
            QVariant to(QMetaType::fromType<QString>());
            if (action == QLatin1StringView("wait"))
                to = QStringLiteral("waiting_customer");
            else if (action == QLatin1StringView("resume"))
                to = random.bounded(4) == 0 ? QStringLiteral("limbo")
                                            : QStringLiteral("in_progress");
            else if (action == QLatin1StringView("close_satisfied"))
                to = QStringLiteral("closed");
            else if (action == QLatin1StringView("reply") && random.bounded(2) == 0)
                to = QStringLiteral("replied");
            else if (action == QLatin1StringView("note") && random.bounded(3) == 0)
                to = QStringLiteral("");
            if (!to.isNull() && !to.toString().isEmpty())
                state = to.toString();
            rows.append({eventAt, action, to});
        }
        QSqlQuery q(db.db());
        if (!db.exec(q,
                     QStringLiteral("INSERT INTO tickets(kind, received_at, channel, "
                                    "customer_tier, problem_type, category, state, updated_at) "
                                    "VALUES (?, ?, ?, ?, 'other', ?, ?, ?) RETURNING id"),
                     {kind, received, channels.at(random.bounded(channels.size())),
                      tiers.at(random.bounded(tiers.size())),
                      categories.at(random.bounded(categories.size())), state, received},
                     e) ||
            !q.next())
            return false;
        const qint64 id = q.value(0).toLongLong();
        for (const QVariantList &r : std::as_const(rows))
            if (!db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, "
                                        "to_state) VALUES (?, ?, ?, ?)"),
                         {id, r.at(0), r.at(1), r.at(2)}, e))
                return false;
    }
    return true;
}

// What the product's per-ticket code says: verdicts by milestone ("met", "breached",
// "pending", "open_breached") as sets of ticket ids, and the first responses by channel.
struct Expected {
    std::map<std::pair<QString, QString>, QSet<qint64>> verdicts; // (milestone, verdict)
    std::map<QString, std::pair<qint64, QList<qint64>>> received; // channel → count, working
    std::map<QString, QList<qint64>> wall;                        // channel → wall times
};

inline bool expected(Database &db, const ReportWindow &w, qint64 asOf, Expected &out, QString &e) {
    QList<DeadlineRule> rules;
    BusinessCalendar calendar; // uncached: the walk over days
    Workflow workflow;
    if (!DeadlineRuleStore::load(db, rules, e) || !CalendarStore(db).load(calendar, e) ||
        !workflow.load(db, e))
        return false;
    QSqlQuery q(db.db());
    QStringList openStates; // the section's candidates: tickets in one of them now …
    if (!db.exec(q, QStringLiteral("SELECT DISTINCT key FROM workflow_states WHERE is_final = 0"),
                 {}, e))
        return false;
    while (q.next())
        openStates.append(q.value(0).toString());
    if (!db.exec(q,
                 QStringLiteral("SELECT id, kind, channel, category, customer_tier, received_at, "
                                "state FROM tickets ORDER BY id"),
                 {}, e))
        return false;
    struct Row {
        qint64 id;
        DeadlineSubject subject;
        bool candidate = false;
    };
    QList<Row> tickets;
    while (q.next()) {
        Row r;
        r.candidate = openStates.contains(q.value(6).toString());
        r.id = q.value(0).toLongLong();
        r.subject.kind = q.value(1).toString();
        r.subject.channel = q.value(2).toString();
        r.subject.category = q.value(3).toString();
        r.subject.tier = q.value(4).toString();
        r.subject.receivedAt = q.value(5).toLongLong();
        tickets.append(r);
    }
    const QStringList finals = workflow.finalStateKeys();
    for (Row &t : tickets) {
        QList<TicketEventTimes> events;
        std::optional<qint64> firstResponse;
        if (!db.exec(q,
                     QStringLiteral("SELECT at, action, to_state FROM ticket_events WHERE "
                                    "ticket_id = ? ORDER BY at, id"),
                     {t.id}, e))
            return false;
        while (q.next()) {
            const qint64 at = q.value(0).toLongLong();
            const QString action = q.value(1).toString();
            if (!firstResponse &&
                (action == QLatin1StringView("respond") || action == QLatin1StringView("reply")))
                firstResponse = at;
            if (at < asOf)
                events.append({at, action, q.value(2).toString()});
            else if (q.value(2).toString() == QLatin1StringView("closed"))
                t.candidate = true; // … or closed since asOf
        }
        applyEvents(t.subject, events, workflow.pausingStateKeys(t.subject.kind), asOf);
        QString state;
        for (const TicketEventTimes &ev : std::as_const(events))
            if (!ev.toState.isEmpty())
                state = ev.toState;
        const bool inWindow = w.contains(t.subject.receivedAt);
        const bool openAtAsOf =
            t.candidate && t.subject.receivedAt < asOf && !finals.contains(state);
        for (const MilestoneDeadline &d : computeDeadlines(rules, t.subject, calendar)) {
            if (inWindow)
                out.verdicts[{d.milestone,
                              d.metAt ? (*d.metAt <= d.dueAt ? u"met"_qs : u"breached"_qs)
                                      : (d.dueAt <= asOf ? u"breached"_qs : u"pending"_qs)}]
                    .insert(t.id);
            if (openAtAsOf && !d.metAt && d.dueAt <= asOf)
                out.verdicts[{d.milestone, u"open_breached"_qs}].insert(t.id);
        }
        if (!inWindow)
            continue;
        auto &channel = out.received[t.subject.channel];
        ++channel.first;
        if (firstResponse) {
            const qint64 first = std::max(t.subject.receivedAt, *firstResponse);
            channel.second.append(calendar.workingTimeBetween(t.subject.receivedAt, first));
            out.wall[t.subject.channel].append(first - t.subject.receivedAt);
        }
    }
    return true;
}

} // namespace sb::timelinecases

class ReportTimelinesTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void sectionsSayWhatThePerTicketCodeSays() {
        using namespace sb;
        using namespace sb::timelinecases;
        QString e;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("rep_timelines")), e);
        QVERIFY2(db, qPrintable(e));
        ReportWindow w;
        QVERIFY2(seed(*db, w, e), qPrintable(e));
        DeadlinesFigures deadlines;
        QVERIFY2(DeadlinesSection::load(*db, w, ReportSettings(), deadlines, e), qPrintable(e));
        Expected want;
        QVERIFY2(expected(*db, w, deadlines.asOfMs, want, e), qPrintable(e));
        // The data reach past the month: the month's end is the cut-off.
        QCOMPARE(deadlines.asOfMs, w.endMs);

        // Every figure, and every drill: the same tickets.
        QStringList milestones;
        for (const auto &[key, ids] : want.verdicts)
            if (!milestones.contains(key.first))
                milestones.append(key.first);
        QStringList names;
        for (const MilestoneCompliance &m : std::as_const(deadlines.milestones))
            names.append(m.milestone);
        QCOMPARE(names.join(QLatin1Char(',')), milestones.join(QLatin1Char(',')));
        QVERIFY(milestones.size() >= 4);
        qint64 total = 0;
        for (const MilestoneCompliance &m : std::as_const(deadlines.milestones)) {
            const auto count = [&](const char *verdict) {
                const auto it = want.verdicts.find({m.milestone, QLatin1StringView(verdict)});
                return it == want.verdicts.end() ? qint64(0) : qint64(it->second.size());
            };
            QCOMPARE(m.met, count("met"));
            QCOMPARE(m.breached, count("breached"));
            QCOMPARE(m.pending, count("pending"));
            QCOMPARE(m.openBreached, count("open_breached"));
            total += m.met + m.breached + m.pending + m.openBreached;
        }
        QVERIFY(total > 500);
        for (const auto &[key, ids] : want.verdicts) {
            QList<qint64> got;
            bool truncated = false;
            QVERIFY2(DeadlinesSection::ticketIds(*db,
                                                 {QStringLiteral("deadlines"), key.second,
                                                  QStringLiteral("milestone"), key.first, w.startMs,
                                                  w.endMs},
                                                 10000, got, truncated, e),
                     qPrintable(e));
            QCOMPARE(QSet<qint64>(got.cbegin(), got.cend()), ids);
        }
        for (const char *verdict : {"met", "breached", "pending", "open_breached"}) {
            qint64 n = 0;
            for (const auto &[key, ids] : want.verdicts)
                if (key.second == QLatin1StringView(verdict))
                    n += ids.size();
            QVERIFY2(n > 0, verdict); // every verdict occurs
        }

        // The first responses by channel, wall and working time.
        ResponseFigures response;
        QVERIFY2(ResponseSection::load(*db, w, ReportSettings(), response, e), qPrintable(e));
        QCOMPARE(response.firstResponse.size(), qsizetype(want.received.size()));
        for (const FirstResponseRow &r : std::as_const(response.firstResponse)) {
            const auto &[received, working] = want.received.at(r.channel);
            QCOMPARE(r.received, received);
            QCOMPARE(r.responded, qint64(working.size()));
            QCOMPARE(r.working.toJson(), DurationStats::of(working).toJson());
            QCOMPARE(r.wall.toJson(), DurationStats::of(want.wall[r.channel]).toJson());
        }

        // The engine reads the month once for both sections: the same figures.
        SystemClock clock;
        ReportEngine engine(*db, clock);
        ReportPeriod month;
        QVERIFY2(ReportPeriod::parse(ReportPeriodKind::Month, QStringLiteral("2026-11"),
                                     QTimeZone("Asia/Shanghai"), month, e),
                 qPrintable(e));
        Report report;
        QVERIFY2(engine.build({month, {QStringLiteral("response"), QStringLiteral("deadlines")}},
                              report, e),
                 qPrintable(e));
        QVERIFY(report.response && report.deadlines);
        QCOMPARE(ResponseSection::toJson(*report.response), ResponseSection::toJson(response));
        QCOMPARE(DeadlinesSection::toJson(*report.deadlines), DeadlinesSection::toJson(deadlines));
    }

    // The tickets still open at the month's end are found from the closes after it while
    // those are few (a recent month), and from the tickets received before it once the closes
    // outnumber them (a month long past): the same tickets either way.
    void openTicketsAtTheEndAreTheSameFromEitherSide() {
        using namespace sb;
        using namespace sb::timelinecases;
        QString e;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("rep_timelines_later")), e);
        QVERIFY2(db, qPrintable(e));
        ReportWindow w;
        QVERIFY2(seed(*db, w, e), qPrintable(e));
        const auto openBreached = [&](QJsonObject &json) {
            DeadlinesFigures deadlines;
            if (!DeadlinesSection::load(*db, w, ReportSettings(), deadlines, e))
                return false;
            Expected want;
            if (!expected(*db, w, deadlines.asOfMs, want, e))
                return false;
            for (const MilestoneCompliance &m : std::as_const(deadlines.milestones)) {
                const auto it = want.verdicts.find({m.milestone, u"open_breached"_qs});
                const qint64 n = it == want.verdicts.end() ? 0 : qint64(it->second.size());
                if (m.openBreached != n) {
                    e = QStringLiteral("%1: %2 open and breached, not %3")
                            .arg(m.milestone)
                            .arg(m.openBreached)
                            .arg(n);
                    return false;
                }
            }
            json = DeadlinesSection::toJson(deadlines);
            return true;
        };
        QJsonObject recent;
        QVERIFY2(openBreached(recent), qPrintable(e));
        // A year of later tickets, each closed after the month: the month is now long past.
        for (int i = 0; i < 600; ++i) {
            const qint64 received = w.endMs + qint64(i + 1) * 12 * kHour;
            QSqlQuery q(db->db());
            QVERIFY2(db->exec(q,
                              QStringLiteral("INSERT INTO tickets(kind, received_at, channel, "
                                             "customer_tier, problem_type, category, state, "
                                             "updated_at) VALUES ('complaint', ?, 'phone', "
                                             "'normal', 'other', 'service', 'closed', ?) "
                                             "RETURNING id"),
                              {received, received}, e) &&
                         q.next(),
                     qPrintable(e));
            QVERIFY2(db->exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, "
                                             "to_state) VALUES (?, ?, 'close_satisfied', "
                                             "'closed')"),
                              {q.value(0).toLongLong(), received + kHour}, e),
                     qPrintable(e));
        }
        QJsonObject past;
        QVERIFY2(openBreached(past), qPrintable(e));
        QCOMPARE(past, recent);
        QVERIFY(recent.value(QStringLiteral("open_breached")).toInteger() > 0);
    }
};

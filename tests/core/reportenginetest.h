#pragma once
// The report engine's sections on a small fixture with known answers: one test class for
// tst_report_engine (SQLite) and tst_report_engine_pg (PostgreSQL). Every figure is also
// opened as its tickets: the drill gives exactly the tickets the figure counts.
#include "databasetest.h"
#include "reportfixture.h"
#include "testsupport.h"

#include "reports/reportengine.h"
#include "util/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

namespace sb::reportcases {

constexpr qint64 kHour = 3600000;

inline qint64 at(int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

struct Event {
    qint64 at = 0;
    const char *action = "";
    const char *toState = nullptr;
};

struct FixtureTicket {
    const char *name;
    qint64 receivedAt;
    const char *channel;
    const char *tier;
    const char *problemType;
    const char *region;
    const char *state;
    QList<Event> events;
};

// The fixture (Asia/Shanghai, the default calendar: Monday to Friday 09:00-18:00). The report
// is the day Wednesday 2026-12-02; the deadline rules are replaced by two: first_response 2
// wall hours (met by respond or reply) and final_reply 8 working hours (met by reply).
inline QList<FixtureTicket> fixture() {
    return {
        {"T1",
         at(2026, 12, 2, 9),
         "phone",
         "vip",
         "login_failure",
         "north",
         "closed",
         {{at(2026, 12, 2, 10, 30), "respond", nullptr},
          {at(2026, 12, 2, 14), "reply", "replied"},
          {at(2026, 12, 2, 15), "close_satisfied", "closed"}}},
        {"T2",
         at(2026, 12, 2, 17),
         "email",
         "normal",
         "login_failure",
         "south",
         "replied",
         {{at(2026, 12, 3, 10), "reply", "replied"}}},
        // Received exactly at the start: in the day.
        {"T3", at(2026, 12, 2, 0), "phone", "normal", "billing", "", "registered", {}},
        // Received exactly at the end: the next day.
        {"T4", at(2026, 12, 3, 0), "phone", "normal", "billing", "", "registered", {}},
        // The day before; first closed on the day, reopened and closed again the same day.
        {"T5",
         at(2026, 12, 1, 12),
         "chat",
         "vip",
         "billing",
         "east",
         "closed",
         {{at(2026, 12, 2, 11), "close_satisfied", "closed"},
          {at(2026, 12, 2, 12), "reopen", "in_progress"},
          {at(2026, 12, 2, 13), "close_satisfied", "closed"}}},
        // A year earlier, never handled: still open.
        {"T6", at(2025, 12, 2, 10), "phone", "normal", "billing", "", "registered", {}},
        // First closed before the day; closed again on it: not a first close of the day.
        {"T7",
         at(2026, 11, 28, 10),
         "phone",
         "normal",
         "network",
         "",
         "closed",
         {{at(2026, 11, 30, 10), "close_satisfied", "closed"},
          {at(2026, 12, 1, 10), "reopen", "in_progress"},
          {at(2026, 12, 2, 14), "close_satisfied", "closed"}}},
        // The day before, closed only after the day: open (and late) at the day's end.
        {"T8",
         at(2026, 12, 1, 8),
         "email",
         "normal",
         "network",
         "",
         "closed",
         {{at(2026, 12, 4, 10), "close_satisfied", "closed"}}},
    };
}

// Inserts the fixture; the ids by name.
inline bool seed(Database &db, QHash<QString, qint64> &ids, QString &e) {
    if (!db.exec(QStringLiteral("DELETE FROM deadline_rules"), {}, e) ||
        !db.exec(QStringLiteral("INSERT INTO deadline_rules(ticket_kind, channel, category, tier, "
                                "milestone, duration, unit, clock, warn_lead, anchor_action, "
                                "met_by) VALUES ('*', '*', '*', '*', 'first_response', 2, "
                                "'hour', 'wall', 0, '', 'respond,reply'), ('*', '*', '*', '*', "
                                "'final_reply', 8, 'hour', 'working', 0, '', 'reply')"),
                 {}, e))
        return false;
    for (const FixtureTicket &t : fixture()) {
        QSqlQuery q(db.db());
        if (!db.exec(q,
                     QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                    "problem_type, region, state, updated_at) VALUES (?, ?, ?, ?, "
                                    "?, ?, ?) RETURNING id"),
                     {t.receivedAt, QString::fromLatin1(t.channel), QString::fromLatin1(t.tier),
                      QString::fromLatin1(t.problemType), QString::fromLatin1(t.region),
                      QString::fromLatin1(t.state), t.receivedAt},
                     e) ||
            !q.next())
            return false;
        const qint64 id = q.value(0).toLongLong();
        ids.insert(QString::fromLatin1(t.name), id);
        for (const Event &ev : t.events)
            if (!db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, "
                                        "to_state) VALUES (?, ?, ?, ?)"),
                         {id, ev.at, QString::fromLatin1(ev.action),
                          ev.toState ? QVariant(QString::fromLatin1(ev.toState))
                                     : QVariant(QMetaType(QMetaType::QString))},
                         e))
                return false;
    }
    return true;
}

} // namespace sb::reportcases

class ReportEngineTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    std::unique_ptr<sb::Database> m_db;
    QHash<QString, qint64> m_ids;
    sb::Report m_report;
    QJsonObject m_json;

    // The tickets of `names`, sorted by id.
    QList<qint64> ids(const QStringList &names) const {
        QList<qint64> out;
        for (const QString &n : names)
            out.append(m_ids.value(n));
        std::sort(out.begin(), out.end());
        return out;
    }
    // The tickets behind a figure.
    QList<qint64> drill(const QString &section, const QString &measure,
                        const QString &dimension = {}, const QString &value = {}, qint64 start = 0,
                        qint64 end = 0) {
        sb::ManualClock clock;
        sb::ReportEngine engine(*m_db, clock);
        sb::ReportDrill d{section,
                          measure,
                          dimension,
                          value,
                          start ? start : m_report.period.startMs(),
                          end ? end : m_report.period.endMs()};
        QList<qint64> out;
        bool truncated = true;
        QString e;
        if (!engine.ticketIds(d, 1000, out, truncated, e))
            qWarning("%s", qPrintable(e));
        if (truncated)
            qWarning("truncated");
        return out;
    }

private Q_SLOTS:
    void init() {
        using namespace sb;
        QString e;
        m_db = test::openMigrated(freshDatabase(QStringLiteral("report_engine")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_ids.clear();
        QVERIFY2(reportcases::seed(*m_db, m_ids, e), qPrintable(e));
        ReportPeriod day;
        QVERIFY2(ReportPeriod::parse(ReportPeriodKind::Day, QStringLiteral("2026-12-02"),
                                     QTimeZone("Asia/Shanghai"), day, e),
                 qPrintable(e));
        ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(1, 0), QTimeZone::utc()));
        ReportEngine engine(*m_db, clock);
        QList<int> seen;
        QVERIFY2(engine.build({day, {}}, m_report, e,
                              [&](int i, int n, const QString &) {
                                  seen.append(i);
                                  QCOMPARE(n, ReportEngine::sectionKeys().size());
                              }),
                 qPrintable(e));
        QCOMPARE(seen.size(), ReportEngine::sectionKeys().size() + 1);
        m_json = ReportEngine::toJson(m_report);
    }
    void cleanup() { m_db.reset(); }

    // Every section reads one snapshot: a ticket another workstation commits while the report
    // is being built is in none of its figures, and in all of them on the next run.
    void oneSnapshotForTheWholeReport() {
        using namespace sb;
        QString e;
        auto other = Database::open(m_db->url(), QStringLiteral("other-workstation"), e);
        QVERIFY2(other, qPrintable(e));
        ManualClock clock;
        ReportEngine engine(*m_db, clock);
        const ReportRequest request{m_report.period,
                                    {QStringLiteral("volume"), QStringLiteral("escalation")}};
        bool written = false;
        Report r;
        QVERIFY2(engine.build(request, r, e,
                              [&](int, int, const QString &key) {
                                  if (key != QLatin1StringView("escalation"))
                                      return;
                                  test::report::ticketAt(*other, m_report.period.startMs() +
                                                                     test::report::kHour);
                                  written = true;
                              }),
                 qPrintable(e));
        QVERIFY(written);
        QCOMPARE(r.volume->total, m_report.volume->total);
        QCOMPARE(r.escalation->received, r.volume->total);
        Report again;
        QVERIFY2(engine.build(request, again, e), qPrintable(e));
        QCOMPARE(again.volume->total, r.volume->total + 1);
        QCOMPARE(again.escalation->received, again.volume->total);
    }

    void periodAndCutoff() {
        const QJsonObject p = m_json.value(QStringLiteral("period")).toObject();
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("day"));
        QCOMPARE(p.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-12-02T00:00:00+08:00"));
        QCOMPARE(p.value(QStringLiteral("end")).toString(),
                 QStringLiteral("2026-12-03T00:00:00+08:00"));
        QCOMPARE(p.value(QStringLiteral("zone")).toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(m_json.value(QStringLiteral("generated_at")).toString(),
                 QStringLiteral("2026-12-05T09:00:00+08:00"));
        QVERIFY(m_report.cutoffSeq > 0); // the fixture's inserts are in the change log
        QCOMPARE(m_json.value(QStringLiteral("cutoff")).toObject().value(QStringLiteral("seq")),
                 QJsonValue(m_report.cutoffSeq));
    }

    void volumeCountsTheReceivedTickets() {
        using namespace sb;
        // Expected, counted here from the fixture list.
        QHash<QString, qint64> channel, type, tier, region;
        qint64 total = 0, previous = 0, yearEarlier = 0;
        QList<qint64> hourly(24, 0);
        const qint64 start = m_report.period.startMs(), end = m_report.period.endMs();
        for (const reportcases::FixtureTicket &t : reportcases::fixture()) {
            if (t.receivedAt >= start && t.receivedAt < end) {
                ++total;
                ++channel[QString::fromLatin1(t.channel)];
                ++type[QString::fromLatin1(t.problemType)];
                ++tier[QString::fromLatin1(t.tier)];
                ++region[QString::fromLatin1(t.region)];
                ++hourly[(t.receivedAt - start) / reportcases::kHour];
            }
            previous += t.receivedAt >= start - 24 * reportcases::kHour && t.receivedAt < start;
            yearEarlier += t.receivedAt >= reportcases::at(2025, 12, 2, 0) &&
                           t.receivedAt < reportcases::at(2025, 12, 3, 0);
        }
        QCOMPARE(total, 3);
        const QJsonObject v = m_json.value(QStringLiteral("volume")).toObject();
        QCOMPARE(v.value(QStringLiteral("total")).toInteger(), total);
        const auto compareCounts = [&](const char *key, const QHash<QString, qint64> &expected,
                                       const QString &dimension) {
            const QJsonObject o = v.value(QLatin1StringView(key)).toObject();
            QCOMPARE(o.size(), expected.size());
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                QCOMPARE(o.value(it.key()).toInteger(), it.value());
                QCOMPARE(
                    drill(QStringLiteral("volume"), QStringLiteral("received"), dimension, it.key())
                        .size(),
                    it.value());
            }
        };
        compareCounts("by_channel", channel, QStringLiteral("channel"));
        compareCounts("by_problem_type", type, QStringLiteral("problem_type"));
        compareCounts("by_customer_tier", tier, QStringLiteral("customer_tier"));
        compareCounts("by_region", region, QStringLiteral("region"));
        QCOMPARE(drill(QStringLiteral("volume"), QStringLiteral("total")),
                 ids({u"T1"_qs, u"T2"_qs, u"T3"_qs}));
        const QJsonArray series = v.value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 24);
        for (int h = 0; h < 24; ++h)
            QCOMPARE(series.at(h).toObject().value(QStringLiteral("count")).toInteger(),
                     hourly.at(h));
        QCOMPARE(series.at(9).toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-12-02T09:00:00+08:00"));
        QCOMPARE(v.value(QStringLiteral("previous_total")).toInteger(), previous);
        QCOMPARE(v.value(QStringLiteral("year_earlier_total")).toInteger(), yearEarlier);
        QCOMPARE(drill(QStringLiteral("volume"), QStringLiteral("previous_total"), {}, {},
                       m_report.volume->previousStartMs, m_report.volume->previousEndMs),
                 ids({u"T5"_qs, u"T8"_qs}));
    }

    void yearEarlierIsNullWithoutData() {
        using namespace sb;
        QString e;
        QVERIFY2(m_db->exec(QStringLiteral("DELETE FROM tickets WHERE received_at < ?"),
                            {reportcases::at(2026, 1, 1, 0)}, e),
                 qPrintable(e));
        ManualClock clock;
        ReportEngine engine(*m_db, clock);
        Report r;
        QVERIFY2(engine.build({m_report.period, {QStringLiteral("volume")}}, r, e), qPrintable(e));
        QVERIFY(!r.response);
        const QJsonObject json = ReportEngine::toJson(r);
        QVERIFY(!json.contains(QStringLiteral("response")));
        QVERIFY(json.value(QStringLiteral("volume"))
                    .toObject()
                    .value(QStringLiteral("year_earlier_total"))
                    .isNull());
    }

    void responseTimesInWallAndWorkingTime() {
        const QJsonObject r = m_json.value(QStringLiteral("response")).toObject();
        QCOMPARE(r.value(QStringLiteral("unit")).toString(), QStringLiteral("seconds"));
        const QJsonObject fr = r.value(QStringLiteral("first_response")).toObject();
        const QJsonObject phone = fr.value(QStringLiteral("by_channel"))
                                      .toObject()
                                      .value(QStringLiteral("phone"))
                                      .toObject();
        // T1 answered after 1.5 h (all of it working time); T3 not answered.
        QCOMPARE(phone.value(QStringLiteral("received")).toInteger(), 2);
        QCOMPARE(phone.value(QStringLiteral("responded")).toInteger(), 1);
        QCOMPARE(
            phone.value(QStringLiteral("wall")).toObject().value(QStringLiteral("mean")).toDouble(),
            5400.0);
        QCOMPARE(phone.value(QStringLiteral("working"))
                     .toObject()
                     .value(QStringLiteral("p90"))
                     .toDouble(),
                 5400.0);
        // T2: received 17:00, answered 10:00 the next day: 17 h on the wall, 2 working hours.
        const QJsonObject email = fr.value(QStringLiteral("by_channel"))
                                      .toObject()
                                      .value(QStringLiteral("email"))
                                      .toObject();
        QCOMPARE(email.value(QStringLiteral("wall"))
                     .toObject()
                     .value(QStringLiteral("median"))
                     .toDouble(),
                 61200.0);
        QCOMPARE(email.value(QStringLiteral("working"))
                     .toObject()
                     .value(QStringLiteral("median"))
                     .toDouble(),
                 7200.0);
        const QJsonObject all = fr.value(QStringLiteral("all")).toObject();
        QCOMPARE(
            all.value(QStringLiteral("wall")).toObject().value(QStringLiteral("mean")).toDouble(),
            (5400.0 + 61200.0) / 2);
        QCOMPARE(
            all.value(QStringLiteral("wall")).toObject().value(QStringLiteral("median")).toDouble(),
            (5400.0 + 61200.0) / 2);
        QCOMPARE(
            all.value(QStringLiteral("wall")).toObject().value(QStringLiteral("p90")).toDouble(),
            61200.0);
        QCOMPARE(all.value(QStringLiteral("working"))
                     .toObject()
                     .value(QStringLiteral("mean"))
                     .toDouble(),
                 6300.0);
        QCOMPARE(drill(QStringLiteral("response"), QStringLiteral("responded"),
                       QStringLiteral("channel"), QStringLiteral("phone")),
                 ids({u"T1"_qs}));
        QCOMPARE(drill(QStringLiteral("response"), QStringLiteral("responded")),
                 ids({u"T1"_qs, u"T2"_qs}));
        QCOMPARE(drill(QStringLiteral("response"), QStringLiteral("received"),
                       QStringLiteral("channel"), QStringLiteral("phone")),
                 ids({u"T1"_qs, u"T3"_qs}));
    }

    void handlingTimeToTheFirstClose() {
        const QJsonObject h = m_json.value(QStringLiteral("response"))
                                  .toObject()
                                  .value(QStringLiteral("handling"))
                                  .toObject();
        const QJsonObject by = h.value(QStringLiteral("by_problem_type")).toObject();
        // T1 closed 6 h after registration; T5 first closed on the day (23 h on the wall,
        // 6 + 2 working hours) and its second close is not counted again; T7's first close
        // was before the day.
        QCOMPARE(by.size(), 2);
        const QJsonObject login = by.value(QStringLiteral("login_failure")).toObject();
        QCOMPARE(login.value(QStringLiteral("closed")).toInteger(), 1);
        QCOMPARE(
            login.value(QStringLiteral("wall")).toObject().value(QStringLiteral("mean")).toDouble(),
            21600.0);
        const QJsonObject billing = by.value(QStringLiteral("billing")).toObject();
        QCOMPARE(billing.value(QStringLiteral("closed")).toInteger(), 1);
        QCOMPARE(billing.value(QStringLiteral("wall"))
                     .toObject()
                     .value(QStringLiteral("mean"))
                     .toDouble(),
                 82800.0);
        QCOMPARE(billing.value(QStringLiteral("working"))
                     .toObject()
                     .value(QStringLiteral("mean"))
                     .toDouble(),
                 28800.0);
        QCOMPARE(
            h.value(QStringLiteral("all")).toObject().value(QStringLiteral("closed")).toInteger(),
            2);
        QCOMPARE(drill(QStringLiteral("response"), QStringLiteral("closed")),
                 ids({u"T1"_qs, u"T5"_qs}));
        QCOMPARE(drill(QStringLiteral("response"), QStringLiteral("closed"),
                       QStringLiteral("problem_type"), QStringLiteral("billing")),
                 ids({u"T5"_qs}));
    }

    void deadlinesAsOfTheDaysEnd() {
        const QJsonObject d = m_json.value(QStringLiteral("deadlines")).toObject();
        QCOMPARE(d.value(QStringLiteral("as_of")).toString(),
                 QStringLiteral("2026-12-03T00:00:00+08:00"));
        const QJsonObject by = d.value(QStringLiteral("by_milestone")).toObject();
        // first_response (2 wall hours): T1 met at 10:30 (due 11:00); T2 due 19:00 and
        // answered only the next day; T3 never answered.
        const QJsonObject fr = by.value(QStringLiteral("first_response")).toObject();
        QCOMPARE(fr.value(QStringLiteral("met")).toInteger(), 1);
        QCOMPARE(fr.value(QStringLiteral("breached")).toInteger(), 2);
        QCOMPARE(fr.value(QStringLiteral("pending")).toInteger(), 0);
        QCOMPARE(fr.value(QStringLiteral("compliance")).toDouble(), 33.33);
        // final_reply (8 working hours): T1 replied 14:00 (due 17:00); T2 due 16:00 the next
        // day; T3 due 17:00 (from 09:00) and not replied.
        const QJsonObject fin = by.value(QStringLiteral("final_reply")).toObject();
        QCOMPARE(fin.value(QStringLiteral("met")).toInteger(), 1);
        QCOMPARE(fin.value(QStringLiteral("breached")).toInteger(), 1);
        QCOMPARE(fin.value(QStringLiteral("pending")).toInteger(), 1);
        QCOMPARE(fin.value(QStringLiteral("compliance")).toDouble(), 50.0);
        QCOMPARE(d.value(QStringLiteral("met")).toInteger(), 2);
        QCOMPARE(d.value(QStringLiteral("breached")).toInteger(), 3);
        QCOMPARE(d.value(QStringLiteral("compliance")).toDouble(), 40.0);
        QCOMPARE(drill(QStringLiteral("deadlines"), QStringLiteral("breached"),
                       QStringLiteral("milestone"), QStringLiteral("first_response")),
                 ids({u"T2"_qs, u"T3"_qs}));
        QCOMPARE(drill(QStringLiteral("deadlines"), QStringLiteral("pending")), ids({u"T2"_qs}));
        QCOMPARE(drill(QStringLiteral("deadlines"), QStringLiteral("met")), ids({u"T1"_qs}));
        // Open at the day's end with a deadline passed: T2, T3, the year-old T6 and T8 (closed
        // only two days later); not T5 and T7 (closed again by then), not T4 (not received).
        QCOMPARE(d.value(QStringLiteral("open_breached")).toInteger(), 4);
        QCOMPARE(drill(QStringLiteral("deadlines"), QStringLiteral("open_breached")),
                 ids({u"T2"_qs, u"T3"_qs, u"T6"_qs, u"T8"_qs}));
        QCOMPARE(fin.value(QStringLiteral("open_breached")).toInteger(), 3);
        QCOMPARE(drill(QStringLiteral("deadlines"), QStringLiteral("open_breached"),
                       QStringLiteral("milestone"), QStringLiteral("final_reply")),
                 ids({u"T3"_qs, u"T6"_qs, u"T8"_qs}));
    }

    void qaSectionIsPresent() {
        const QJsonObject qa = m_json.value(QStringLiteral("qa")).toObject();
        QCOMPARE(qa.value(QStringLiteral("reviews")).toInteger(), 0);
        QCOMPARE(qa.value(QStringLiteral("from")).toString(), QStringLiteral("2026-12-02"));
        QCOMPARE(qa.value(QStringLiteral("to")).toString(), QStringLiteral("2026-12-02"));
        QVERIFY(qa.value(QStringLiteral("score")).isNull());
    }

    void unknownSectionsAndCancellation() {
        using namespace sb;
        ManualClock clock;
        ReportEngine engine(*m_db, clock);
        Report r;
        QString e;
        QVERIFY(!engine.build({m_report.period, {QStringLiteral("weather")}}, r, e));
        QVERIFY2(e.contains(QStringLiteral("weather")), qPrintable(e));
        std::atomic_bool cancel{false};
        QVERIFY(!engine.build(
            {m_report.period, {}}, r, e,
            [&](int i, int, const QString &) {
                if (i == 1)
                    cancel = true;
            },
            &cancel));
        QVERIFY(engine.cancelled());
        QVERIFY(r.volume);
        QVERIFY(!r.deadlines);
        QVERIFY(!r.qa);
    }
};

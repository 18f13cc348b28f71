// Today: the snapshot of what needs attention now, on a real SQLite database — counts equal
// what the data says, and each person sees what is theirs (an agent their own tickets, QA
// reviews only with qa.review, reports only with reports.read).
#include "grading/ruleset.h"
#include "messaging/messagestore.h"
#include "testsupport.h"
#include "today/todayqueries.h"
#include "todayfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(3, 0), QTimeZone::utc());
constexpr qint64 kMin = 60 * 1000;

Session sessionOf(qint64 staffId, const QSet<QString> &permissions) {
    Session s;
    s.staffId = staffId;
    s.login = QStringLiteral("x");
    s.permissions = PermissionSet(permissions, false);
    return s;
}
} // namespace

class TestToday : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::TodayWorld m_w;
    qint64 m_now = kNow.toMSecsSinceEpoch();

    TodaySnapshot snapshotAs(const Session &s, TodayParts parts = TodayPart::All) {
        TodayScope scope;
        QString e;
        if (!TodayQueries::scopeFor(*m_db, s, scope, e))
            qFatal("scope: %s", qPrintable(e));
        TodaySnapshot out;
        if (!TodayQueries::snapshot(*m_db, scope, m_now, parts, out, e))
            qFatal("snapshot: %s", qPrintable(e));
        return out;
    }
    Session supervisor() const {
        return sessionOf(m_w.supervisor,
                         {perm::TicketsReadAll, perm::QaReview, perm::ReportsRead, perm::Tickets});
    }
    Session agent() const { return sessionOf(m_w.agent, {perm::Tickets}); }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY2(test::todayWorld(*m_db, m_w, e), qPrintable(e));
        Database &db = *m_db;
        const qint64 old = m_now - 24 * 60 * kMin; // outside the volume hour
        auto ticket = [&](qint64 handler, const QString &state, bool green = false,
                          qint64 appealOf = 0) {
            test::TodayTicket t;
            t.at = old;
            t.handler = handler;
            t.team = m_w.team;
            t.state = state;
            t.green = green;
            t.appealOf = appealOf;
            qint64 id = 0;
            QString err;
            if (!test::todayTicket(db, t, id, err))
                qFatal("ticket: %s", qPrintable(err));
            return id;
        };
        auto urge = [&](qint64 id, const char *kind) {
            QString err;
            if (!test::todayUrge(db, id, QString::fromLatin1(kind), old, err))
                qFatal("urge: %s", qPrintable(err));
        };
        const QString open = QStringLiteral("in_progress");
        const qint64 t1 = ticket(m_w.agent, open);
        urge(t1, "overdue");
        urge(ticket(m_w.otherAgent, open), "overdue");
        urge(ticket(m_w.agent, QStringLiteral("closed")), "overdue"); // closed: not overdue
        urge(ticket(m_w.agent, open), "warning");                     // due soon
        const qint64 t5 = ticket(m_w.otherAgent, open);
        urge(t5, "warning");
        urge(t5, "overdue");                                         // overdue, no longer due soon
        ticket(0, QStringLiteral("registered"));                     // unassigned
        ticket(0, QStringLiteral("closed"));                         // closed: not unassigned
        ticket(m_w.agent, open, true);                               // green channel, the agent's
        ticket(m_w.otherAgent, open, false, t1);                     // an appeal, not the agent's
        ticket(m_w.agent, QStringLiteral("closed"), true);           // closed: not counted
        ticket(m_w.otherAgent, QStringLiteral("closed"), false, t1); // closed: not counted

        // The last hour's volume: three order failures, one payment failure.
        for (qint64 ago : {1 * kMin, 6 * kMin, 7 * kMin}) {
            test::TodayTicket t;
            t.at = m_now - ago;
            t.type = QStringLiteral("payment_failure");
            qint64 id = 0;
            QVERIFY2(test::todayTicket(db, t, id, e), qPrintable(e));
        }
        test::TodayTicket late;
        late.at = m_now - 30 * kMin;
        late.type = QStringLiteral("login_failure");
        qint64 id = 0;
        QVERIFY2(test::todayTicket(db, late, id, e), qPrintable(e));
        late.at = m_now - 61 * kMin; // before the hour: not counted
        QVERIFY2(test::todayTicket(db, late, id, e), qPrintable(e));

        QVERIFY(test::todayIncident(db, QStringLiteral("login_failure"), 0, QStringLiteral("open"),
                                    m_now - 5 * kMin, id, e));
        QVERIFY(test::todayIncident(db, QStringLiteral("payment_failure"), 2,
                                    QStringLiteral("open"), m_now - 50 * kMin, id, e));
        m_urgentFirst = id;
        QVERIFY(test::todayIncident(db, QStringLiteral("site_unreachable"), 2,
                                    QStringLiteral("open"), m_now - 20 * kMin, id, e));
        QVERIFY(test::todayIncident(db, QStringLiteral("order_failure"), 3,
                                    QStringLiteral("resolved"), m_now - 90 * kMin, id, e));

        // Broadcasts: two to the agent (one read), one expired, one the agent sent.
        ManualClock sent(kNow.addSecs(-600));
        qint64 m1 = 0, m2 = 0, m3 = 0, m4 = 0;
        QVERIFY2(test::todayBroadcast(db, sent, m_w.supervisor, {m_w.agent}, QStringLiteral("one"),
                                      m1, e),
                 qPrintable(e));
        QVERIFY2(test::todayBroadcast(db, sent, m_w.supervisor, {m_w.agent}, QStringLiteral("two"),
                                      m2, e),
                 qPrintable(e));
        QVERIFY2(MessageStore(db, sent).markRead(m_w.agent, m2, e), qPrintable(e));
        QVERIFY2(test::todayBroadcast(db, sent, m_w.supervisor, {m_w.agent}, QStringLiteral("gone"),
                                      m3, e, m_now - kMin),
                 qPrintable(e));
        QVERIFY2(test::todayBroadcast(db, sent, m_w.agent, {m_w.agent, m_w.supervisor},
                                      QStringLiteral("mine"), m4, e),
                 qPrintable(e));
    }

    void incidentsByGrade() {
        const TodaySnapshot s = snapshotAs(agent());
        QCOMPARE(s.incidentsByGrade[0], 1);
        QCOMPARE(s.incidentsByGrade[1], 0);
        QCOMPARE(s.incidentsByGrade[2], 2);
        QCOMPARE(s.incidentsByGrade[3], 0); // the resolved major one is not open
        QCOMPARE(s.openIncidents(), 3);
        QCOMPARE(s.worstGrade(), std::optional<Grade>(Grade::Urgent));
        QCOMPARE(s.incidents.size(), 3);
        QCOMPARE(s.incidents.at(0).id, m_urgentFirst); // worst first, then the oldest
        QCOMPARE(s.incidents.at(0).problemType, QStringLiteral("payment_failure"));
        QCOMPARE(s.incidents.at(0).since, m_now - 50 * kMin);
        QCOMPARE(s.incidents.at(2).grade, Grade::General);
    }

    void queuesOfTheSupervisor() {
        const TodayQueues q = snapshotAs(supervisor()).queues;
        QVERIFY(!q.ownOnly);
        QCOMPARE(q.overdue, 3);
        QCOMPARE(q.dueSoon, 1);
        QCOMPARE(q.unassigned, 6); // the registered one and the five of the volume hour
        QCOMPARE(q.green, 1);
        QCOMPARE(q.appeals, 1);
    }

    void queuesOfAnAgentAreTheirOwn() {
        const TodayQueues q = snapshotAs(agent()).queues;
        QVERIFY(q.ownOnly);
        QCOMPARE(q.overdue, 1); // not their colleague's two
        QCOMPARE(q.dueSoon, 1);
        QCOMPARE(q.unassigned, -1);
        QCOMPARE(q.green, 1);
        QCOMPARE(q.appeals, 0);
    }

    void volumeOfTheHottestTypes() {
        const TodaySnapshot s = snapshotAs(agent());
        QCOMPARE(s.volume.size(), 2);
        const TodayVolume &hot = s.volume.at(0);
        QCOMPARE(hot.problemType, QStringLiteral("payment_failure"));
        QCOMPARE(hot.total, 3);
        QCOMPARE(hot.buckets.size(), TodaySnapshot::kBuckets);
        QList<int> expected(TodaySnapshot::kBuckets, 0);
        expected[10] = 2; // 6 and 7 minutes ago
        expected[11] = 1; // a minute ago
        QCOMPARE(hot.buckets, expected);
        const RuleSet rules = RuleSet::defaults();
        QCOMPARE(hot.threshold,
                 rules.burstThreshold(RuleSet::typeIndex(hot.problemType), GradingTier::Normal));
        QVERIFY(hot.threshold > 0);
        QCOMPARE(hot.burstWindowMs, rules.burstWindowMs());
        QCOMPARE(hot.lastBurstWindow, 3);
        const TodayVolume &second = s.volume.at(1);
        QCOMPARE(second.problemType, QStringLiteral("login_failure"));
        QCOMPARE(second.total, 1); // the one of 61 minutes ago is outside the hour
        QCOMPARE(second.buckets.at(5), 1);
    }

    void unreadBroadcastsOfThePerson() {
        // The agent: "one" (unread); "two" is read, "gone" expired, "mine" their own.
        QCOMPARE(snapshotAs(agent()).unreadBroadcasts, 1);
        QCOMPARE(snapshotAs(supervisor()).unreadBroadcasts, 1); // "mine", from the agent
    }

    void reviewsAndReportsByPermission() {
        const TodaySnapshot a = snapshotAs(agent());
        QVERIFY(!a.reviews.has_value());
        QVERIFY(!a.reports.has_value());
        QVERIFY(!a.parts.testFlag(TodayPart::Reviews));
        const TodaySnapshot s = snapshotAs(supervisor());
        QVERIFY(s.reviews.has_value());
        QCOMPARE(s.reviews->due, 0);
        QVERIFY(s.reports.has_value());
        QVERIFY(s.reports->isEmpty());
        // Asked for the navigation parts only: no volume, no reports.
        const TodaySnapshot n = snapshotAs(supervisor(), TodayPart::Navigation);
        QVERIFY(n.volume.isEmpty());
        QVERIFY(!n.reports.has_value());
        QCOMPARE(n.queues.overdue, 3);
        QCOMPARE(n.queues.appeals, -1); // the overdue count alone
        QCOMPARE(n.reviews->due, 0);
        QCOMPARE(n.unreadBroadcasts, 1);
    }

    void nextRunOfSchedules() {
        const QTimeZone utc = QTimeZone::utc();
        ReportSchedule day;
        day.periodKind = ReportPeriodKind::Day;
        day.timeOfDay = QTime(7, 0);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(TodayQueries::nextRun(day, m_now, utc), utc),
                 QDateTime(QDate(2026, 12, 6), QTime(7, 0), utc));
        ReportSchedule hour;
        hour.periodKind = ReportPeriodKind::Hour;
        hour.timeOfDay = QTime(0, 15);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(TodayQueries::nextRun(hour, m_now, utc), utc),
                 QDateTime(QDate(2026, 12, 6), QTime(3, 15), utc));
        ReportSchedule week;
        week.periodKind = ReportPeriodKind::Week;
        week.weekday = 1;
        week.timeOfDay = QTime(8, 30);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(TodayQueries::nextRun(week, m_now, utc), utc),
                 QDateTime(QDate(2026, 12, 7), QTime(8, 30), utc)); // the 6th is a Sunday
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    qint64 m_urgentFirst = 0;
};

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"

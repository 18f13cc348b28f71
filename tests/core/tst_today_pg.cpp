// Today on a shared PostgreSQL server, read through staff members' own logins as workstations
// do: every part the person's permissions ask for can be read under the server's privileges
// and row security, and the counts are those of tst_today's rules (an agent: their own).
#include "testsupport.h"
#include "today/todayqueries.h"
#include "todayfixture.h"

#include <QTest>

using namespace sb;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(3, 0), QTimeZone::utc());
constexpr qint64 kMin = 60 * 1000;
} // namespace

class TestTodayPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the installer's: seeding only
    std::unique_ptr<Database> m_supDb;
    std::unique_ptr<Database> m_agentDb;
    test::TodayWorld m_w;
    qint64 m_now = kNow.toMSecsSinceEpoch();

    TodaySnapshot snapshotAs(Database &db, qint64 staffId, const QSet<QString> &permissions) {
        Session s;
        s.staffId = staffId;
        s.permissions = PermissionSet(permissions, false);
        TodayScope scope;
        TodaySnapshot out;
        QString e;
        if (!TodayQueries::scopeFor(db, s, scope, e) ||
            !TodayQueries::snapshot(db, scope, m_now, TodayPart::All, out, e))
            qFatal("snapshot: %s", qPrintable(e));
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("today")), e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY2(test::todayWorld(*m_db, m_w, e), qPrintable(e));
        auto ticket = [&](qint64 handler, const char *urge) {
            test::TodayTicket t;
            t.at = m_now - 24 * 60 * kMin;
            t.handler = handler;
            t.team = m_w.team;
            qint64 id = 0;
            QString err;
            if (!test::todayTicket(*m_db, t, id, err) ||
                (urge && !test::todayUrge(*m_db, id, QString::fromLatin1(urge), t.at, err)))
                qFatal("ticket: %s", qPrintable(err));
        };
        ticket(m_w.agent, "overdue");
        ticket(m_w.otherAgent, "overdue");
        ticket(m_w.agent, "warning");
        ticket(0, nullptr);
        qint64 id = 0;
        QVERIFY2(test::todayIncident(*m_db, QStringLiteral("login_failure"), 2,
                                     QStringLiteral("open"), m_now - 5 * kMin, id, e),
                 qPrintable(e));
        ManualClock sent(kNow.addSecs(-600));
        QVERIFY2(test::todayBroadcast(*m_db, sent, m_w.supervisor, {m_w.agent},
                                      QStringLiteral("one"), id, e),
                 qPrintable(e));
        QVERIFY2(test::todayBroadcast(*m_db, sent, m_w.agent, {m_w.supervisor},
                                      QStringLiteral("two"), id, e),
                 qPrintable(e));
        m_supDb = test::pgLoginFor(*m_db, QStringLiteral("sb_today_sup"), m_w.supervisor,
                                   QStringLiteral("sb_supervisor"));
        m_agentDb = test::pgLoginFor(*m_db, QStringLiteral("sb_today_agent"), m_w.agent,
                                     QStringLiteral("sb_agent"));
        QVERIFY(m_supDb && m_agentDb);
    }

    void supervisorReadsEveryPart() {
        const TodaySnapshot s =
            snapshotAs(*m_supDb, m_w.supervisor,
                       {perm::Tickets, perm::TicketsReadAll, perm::QaReview, perm::ReportsRead});
        QCOMPARE(s.incidentsByGrade[2], 1);
        QCOMPARE(s.worstGrade(), std::optional<Grade>(Grade::Urgent));
        QCOMPARE(s.queues.overdue, 2);
        QCOMPARE(s.queues.dueSoon, 1);
        QCOMPARE(s.queues.unassigned, 1);
        QCOMPARE(s.unreadBroadcasts, 1);
        QVERIFY(s.reviews.has_value());
        QVERIFY(s.reports.has_value());
    }

    void agentReadsTheirOwn() {
        const TodaySnapshot s = snapshotAs(*m_agentDb, m_w.agent, {perm::Tickets});
        QCOMPARE(s.openIncidents(), 1);
        QVERIFY(s.queues.ownOnly);
        QCOMPARE(s.queues.overdue, 1);
        QCOMPARE(s.queues.dueSoon, 1);
        QCOMPARE(s.queues.unassigned, -1);
        QCOMPARE(s.unreadBroadcasts, 1);
        QVERIFY(!s.reviews.has_value());
        QVERIFY(!s.reports.has_value());
    }

    void cleanupTestCase() {
        m_agentDb.reset();
        m_supDb.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestTodayPg)
#include "tst_today_pg.moc"

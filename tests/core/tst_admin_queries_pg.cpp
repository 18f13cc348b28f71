// What the administration screens read, on a shared PostgreSQL server through staff members'
// own logins: the staff list leaves out the columns the server keeps from readers without
// admin.staff, the log filters bind their values (LIKE … ESCAPE, LIMIT) as on SQLite, and the
// reports summary reads the same rows.
#include "reports/reportqueries.h"
#include "security/adminqueries.h"
#include "security/logqueries.h"
#include "testsupport.h"
#include "tickets/ticketstores.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestAdminQueriesPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the installer's: seeding and checks only
    std::unique_ptr<Database> m_agent;
    std::unique_ptr<Database> m_admin;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    qint64 m_agentId = 0, m_adminId = 0, m_team = 0;

    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery q(m_db->db());
        QString error;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("seed: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }
    qint64 person(const char *no, const char *role) {
        return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, team_id, "
                                     "status, status_changed_at, login, created_at, phone, "
                                     "locked_until) VALUES (?, ?, (SELECT id FROM roles WHERE "
                                     "key = ?), ?, 'active', 5, ?, 0, '13812345678', 99)"),
                      {QString::fromLatin1(no),
                       QString(QStringLiteral("Person ") + QLatin1StringView(no)),
                       QString::fromLatin1(role), m_team,
                       QVariant(QStringLiteral("pending_") + QString::fromLatin1(no))});
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("admin_queries")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_team =
            insert(QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Night', 7)"), {});
        m_agentId = person("AQ2", "agent");
        m_adminId = person("AQ1", "admin");
        m_agent = test::pgLoginFor(*m_db, QStringLiteral("sb_aq_agent"), m_agentId,
                                   QStringLiteral("sb_agent"));
        m_admin = test::pgLoginFor(*m_db, QStringLiteral("sb_aq_admin"), m_adminId,
                                   QStringLiteral("sb_admin"));
        QVERIFY(m_agent && m_admin);
    }

    void staffColumnsFollowTheServersPrivileges() {
        QString e;
        QList<StaffRow> rows;
        QVERIFY2(AdminQueries::staff(*m_admin, true, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, m_adminId); // by employee number
        QCOMPARE(rows.at(1).phone, QStringLiteral("13812345678"));
        QCOMPARE(rows.at(1).lockedUntil, qint64(99));
        QCOMPARE(rows.at(1).teamName, QStringLiteral("Night"));
        QCOMPARE(rows.at(1).roleKey, QStringLiteral("agent"));
        QCOMPARE(rows.at(1).statusChangedAt, qint64(5));

        // An agent may not read phone numbers or lock state: asking for them fails …
        QVERIFY(!AdminQueries::staff(*m_agent, true, rows, e));
        // … so for them the list leaves those columns out.
        QVERIFY2(AdminQueries::staff(*m_agent, false, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).id, m_agentId);
        QVERIFY(rows.at(1).phone.isEmpty());
        QCOMPARE(rows.at(1).lockedUntil, qint64(0));
        QCOMPARE(rows.at(1).login, QStringLiteral("sb_aq_agent"));

        QList<RoleRow> roles;
        QVERIFY2(AdminQueries::roles(*m_agent, roles, e), qPrintable(e));
        bool sawSuper = false;
        for (const RoleRow &r : std::as_const(roles)) {
            if (r.key == QLatin1StringView("admin")) {
                sawSuper = r.isSuper;
                QCOMPARE(r.members, qint64(1));
            }
        }
        QVERIFY(sawSuper); // a boolean column on this server
        StaffStanding s;
        QVERIFY2(AdminQueries::standing(*m_agent, m_agentId, s, e), qPrintable(e));
        QCOMPARE(s.roleKey, QStringLiteral("agent"));
        QCOMPARE(s.status, QStringLiteral("active"));
    }

    void logFiltersAreBound() {
        QString e;
        AuditTrail trail(*m_db, m_clock);
        QVERIFY2(trail.append(QStringLiteral("Boss"), QStringLiteral("team.rename"),
                              QStringLiteral("team"), m_team,
                              {{QStringLiteral("after"), QStringLiteral("Beta 100%")}}, e),
                 qPrintable(e));
        m_clock.advance(1000);
        QVERIFY(trail.append(QStringLiteral("clerk"), QStringLiteral("role.grant"),
                             QStringLiteral("role"), 0, {}, e));
        AuditLogFilter all;
        all.fromMs = m_clock.nowMs() - 1000;
        all.toMs = m_clock.nowMs() + 1;
        QList<AuditLogEntry> rows;
        bool more = false;
        QVERIFY2(LogQueries::auditPage(*m_admin, all, 1, rows, more, e), qPrintable(e));
        QCOMPARE(rows.size(), 1);
        QVERIFY(more);
        QCOMPARE(rows.at(0).action, QStringLiteral("role.grant")); // newest first
        QVERIFY(!rows.at(0).entityId);
        AuditLogFilter flt = all;
        flt.text = QStringLiteral("100%");
        QVERIFY(LogQueries::auditPage(*m_admin, flt, 10, rows, more, e));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).entityId, std::optional<qint64>(m_team));
        flt.text = QStringLiteral("1_0");
        QVERIFY(LogQueries::auditPage(*m_admin, flt, 10, rows, more, e));
        QCOMPARE(rows.size(), 0);
        flt = all;
        flt.actor = QStringLiteral("BOSS");
        QVERIFY(LogQueries::auditPage(*m_admin, flt, 10, rows, more, e));
        QCOMPARE(rows.size(), 1);
        QStringList values;
        QVERIFY2(LogQueries::auditValues(*m_admin, LogQueries::AuditColumn::Action, values, e),
                 qPrintable(e));
        QVERIFY(values.contains(QStringLiteral("team.rename")));

        TicketFilter f;
        f.customer = QStringLiteral("C-100%");
        QVERIFY2(QueryLog::record(*m_db, m_clock.nowMs(), m_agentId, QStringLiteral("all"), f, e),
                 qPrintable(e));
        SearchLogFilter s;
        s.fromMs = m_clock.nowMs();
        s.toMs = m_clock.nowMs() + 1;
        s.person = QStringLiteral("AQ_AGENT");
        s.text = QStringLiteral("c-100%");
        QList<SearchLogEntry> searches;
        QVERIFY2(LogQueries::searchPage(*m_admin, s, 10, searches, more, e), qPrintable(e));
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.at(0).staffName, QStringLiteral("Person AQ2"));
        s.text = QStringLiteral("c-1000");
        QVERIFY(LogQueries::searchPage(*m_admin, s, 10, searches, more, e));
        QCOMPARE(searches.size(), 0);
    }

    void summaries() {
        QString e;
        const QString sql = QStringLiteral(
            "INSERT INTO tickets(received_at, channel, customer_tier, problem_type, state, "
            "updated_at, team_id, satisfaction) VALUES (100, ?, 'normal', 'other', ?, 100, ?, ?)");
        const QVariant none(QMetaType::fromType<qint64>());
        QVERIFY2(m_db->exec(sql, {QStringLiteral("web"), QStringLiteral("closed"), m_team, 4}, e),
                 qPrintable(e));
        QVERIFY(m_db->exec(sql, {QStringLiteral("web"), QStringLiteral("closed"), none, 5}, e));
        QVERIFY(m_db->exec(sql,
                           {QStringLiteral("phone"), QStringLiteral("registered"), none,
                            QVariant(QMetaType::fromType<int>())},
                           e));
        QList<ChannelVolumeRow> channels;
        QVERIFY2(ReportQueries::channelsSince(*m_admin, 100, channels, e), qPrintable(e));
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0).channel, QStringLiteral("web"));
        QCOMPARE(channels.at(0).complaints, qint64(2));
        QVERIFY(channels.at(0).averageSatisfaction);
        QCOMPARE(*channels.at(0).averageSatisfaction, 4.5);
        QVERIFY(!channels.at(1).averageSatisfaction);
    }
};

QTEST_GUILESS_MAIN(TestAdminQueriesPg)
#include "tst_admin_queries_pg.moc"

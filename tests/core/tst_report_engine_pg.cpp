// The report engine on PostgreSQL: the same fixture and figures as on SQLite (integer
// division of the series slots, the first-close subquery, the open-at-cut-off candidates).
#include "reportenginetest.h"

using namespace sb;

class TestReportEnginePg final : public ReportEngineTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

    qint64 insertId(const QString &sql, const QVariantList &values) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, e) || !q.next())
            qFatal("seed: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    qint64 person(const QString &login, const QString &role, const QVariant &team) {
        return insertId(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, team_id, "
                                       "status, status_changed_at, login, created_at) VALUES (?, "
                                       "?, (SELECT id FROM roles WHERE key = ?), ?, 'active', 0, "
                                       "?, 0)"),
                        {login.toUpper(), login, role, team, login});
    }

private Q_SLOTS:
    // The report reads as the reader's own login: row security decides what it covers. A
    // login that sees its team's tickets only (an agent; the shipped team lead role holds
    // tickets.read_all) gets the team's figures, a manager every ticket's.
    void rowSecurityDecidesWhatTheReportCovers() {
        const qint64 team = insertId(
            QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Reports', 0)"), {});
        QString e;
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE tickets SET team_id = ? WHERE id IN (?, ?)"),
                            {team, m_ids.value(u"T1"_qs), m_ids.value(u"T3"_qs)}, e),
                 qPrintable(e));
        auto agent =
            test::pgLoginFor(*m_db, QStringLiteral("sb_rep_agent"),
                             person(QStringLiteral("rep_agent"), QStringLiteral("agent"), team),
                             QStringLiteral("sb_agent"));
        auto manager = test::pgLoginFor(
            *m_db, QStringLiteral("sb_rep_manager"),
            person(QStringLiteral("rep_manager"), QStringLiteral("manager"), QVariant()),
            QStringLiteral("sb_manager"));
        QVERIFY(agent && manager);
        ManualClock clock;
        Report r;
        ReportEngine asAgent(*agent, clock);
        QVERIFY2(asAgent.build({m_report.period, {}}, r, e), qPrintable(e));
        QCOMPARE(r.volume->total, 2);
        QCOMPARE(r.response->allChannels.received, 2);
        // T1's two milestones met, T3's two breached; T2 (another team's) not seen.
        QCOMPARE(r.deadlines->all.met, 2);
        QCOMPARE(r.deadlines->all.breached, 2);
        QCOMPARE(r.deadlines->all.pending, 0);
        QList<qint64> ids;
        bool truncated = false;
        QVERIFY2(asAgent.ticketIds({QStringLiteral("volume"),
                                    QStringLiteral("received"),
                                    {},
                                    {},
                                    m_report.period.startMs(),
                                    m_report.period.endMs()},
                                   100, ids, truncated, e),
                 qPrintable(e));
        QCOMPARE(ids, this->ids({u"T1"_qs, u"T3"_qs}));
        ReportEngine asManager(*manager, clock);
        QVERIFY2(asManager.build({m_report.period, {}}, r, e), qPrintable(e));
        QCOMPARE(r.volume->total, 3);
        QCOMPARE(r.volume->total, m_report.volume->total);
    }
};

QTEST_GUILESS_MAIN(TestReportEnginePg)
#include "moc_reportenginetest.cpp"
#include "tst_report_engine_pg.moc"

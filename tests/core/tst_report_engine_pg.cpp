// The report engine on PostgreSQL: the same fixture and figures as on SQLite (integer
// division of the series slots, the first-close subquery, the open-at-cut-off candidates).
#include "reportenginetest.h"

#include <QSet>

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
    // login that sees its team's tickets only (an agent) gets the team's figures, a manager
    // every ticket's.
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
    // A team lead's report covers their team (the role does not hold tickets.read_all): as
    // their own login, every figure and every drill of a team lead is the manager's
    // restricted to the team's tickets; the other team's lead sees the rest.
    void teamLeadsReportCoversTheirTeam() {
        QString e;
        const qint64 teamA = insertId(
            QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Team A', 0)"), {});
        const qint64 teamB = insertId(
            QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Team B', 0)"), {});
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE tickets SET team_id = ?"), {teamB}, e),
                 qPrintable(e));
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE tickets SET team_id = ? WHERE id IN (?, ?)"),
                            {teamA, m_ids.value(u"T1"_qs), m_ids.value(u"T3"_qs)}, e),
                 qPrintable(e));
        auto leadA = test::pgLoginFor(
            *m_db, QStringLiteral("sb_rep_lead_a"),
            person(QStringLiteral("rep_lead_a"), QStringLiteral("team_lead"), teamA),
            QStringLiteral("sb_team_lead"));
        auto leadB = test::pgLoginFor(
            *m_db, QStringLiteral("sb_rep_lead_b"),
            person(QStringLiteral("rep_lead_b"), QStringLiteral("team_lead"), teamB),
            QStringLiteral("sb_team_lead"));
        auto manager = test::pgLoginFor(
            *m_db, QStringLiteral("sb_rep_boss"),
            person(QStringLiteral("rep_boss"), QStringLiteral("manager"), QVariant()),
            QStringLiteral("sb_manager"));
        QVERIFY(leadA && leadB && manager);
        QSet<qint64> inA;
        QSet<qint64> inB;
        {
            QSqlQuery q(m_db->db());
            QVERIFY2(m_db->exec(q, QStringLiteral("SELECT id, team_id FROM tickets"), {}, e),
                     qPrintable(e));
            while (q.next())
                (q.value(1).toLongLong() == teamA ? inA : inB).insert(q.value(0).toLongLong());
        }
        QCOMPARE(inA, QSet<qint64>({m_ids.value(u"T1"_qs), m_ids.value(u"T3"_qs)}));

        ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(1, 0), QTimeZone::utc()));
        Report all;
        Report a;
        Report b;
        QVERIFY2(ReportEngine(*manager, clock).build({m_report.period, {}}, all, e), qPrintable(e));
        QVERIFY2(ReportEngine(*leadA, clock).build({m_report.period, {}}, a, e), qPrintable(e));
        QVERIFY2(ReportEngine(*leadB, clock).build({m_report.period, {}}, b, e), qPrintable(e));
        QCOMPARE(all.volume->total, 3); // T1, T2, T3 received on the day
        QCOMPARE(a.volume->total, 2);   // T1, T3
        QCOMPARE(b.volume->total, 1);   // T2
        QCOMPARE(a.response->allChannels.received, 2);
        // T1's two milestones met, T3's two breached; team B: T2's one breached, one pending.
        QCOMPARE(a.deadlines->all.met, 2);
        QCOMPARE(a.deadlines->all.breached, 2);
        QCOMPARE(a.deadlines->all.pending, 0);
        QCOMPARE(a.deadlines->all.met + b.deadlines->all.met, all.deadlines->all.met);
        QCOMPARE(a.deadlines->all.breached + b.deadlines->all.breached,
                 all.deadlines->all.breached);

        const auto idsOf = [&](Database &who, const QString &section, const QString &measure) {
            QList<qint64> out;
            bool truncated = false;
            QString err;
            if (!ReportEngine(who, clock)
                     .ticketIds({section,
                                 measure,
                                 {},
                                 {},
                                 m_report.period.startMs(),
                                 m_report.period.endMs()},
                                1000, out, truncated, err))
                qWarning("%s %s: %s", qPrintable(section), qPrintable(measure), qPrintable(err));
            return QSet<qint64>(out.cbegin(), out.cend());
        };
        const QList<std::pair<QString, QString>> drills = {
            {QStringLiteral("volume"), QStringLiteral("received")},
            {QStringLiteral("response"), QStringLiteral("received")},
            {QStringLiteral("response"), QStringLiteral("responded")},
            {QStringLiteral("response"), QStringLiteral("closed")},
            {QStringLiteral("deadlines"), QStringLiteral("met")},
            {QStringLiteral("deadlines"), QStringLiteral("breached")},
            {QStringLiteral("deadlines"), QStringLiteral("pending")},
            {QStringLiteral("deadlines"), QStringLiteral("open_breached")}};
        for (const auto &[section, measure] : drills) {
            const QSet<qint64> everyone = idsOf(*manager, section, measure);
            const QString what = section + QLatin1Char('/') + measure;
            QCOMPARE_NE(everyone.size(), 0); // the drill exists and finds something
            QVERIFY2(idsOf(*leadA, section, measure) == (everyone & inA), qPrintable(what));
            QVERIFY2(idsOf(*leadB, section, measure) == (everyone & inB), qPrintable(what));
        }
        QCOMPARE(idsOf(*leadA, QStringLiteral("volume"), QStringLiteral("received")), inA);

        // As raw SQL too: the lead's login selects the team's tickets only.
        QSqlQuery raw(leadA->db());
        QVERIFY2(leadA->exec(raw, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e) &&
                     raw.next(),
                 qPrintable(e));
        QCOMPARE(raw.value(0).toLongLong(), qint64(inA.size()));
    }
};

QTEST_GUILESS_MAIN(TestReportEnginePg)
#include "moc_reportenginetest.cpp"
#include "tst_report_engine_pg.moc"

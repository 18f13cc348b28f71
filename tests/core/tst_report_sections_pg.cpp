// Report sections on PostgreSQL (JSON event data through ->>): ReportSectionsTest's cases, and
// the server's guard of supervision items, as real logins.
#include "reportsectionstest.h"

using namespace sb;
using namespace sb::test::report;

class TestReportSectionsPg final : public ReportSectionsTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

private Q_SLOTS:
    // A section reads as the reader's login: an agent's report covers the tickets the agent
    // may see (their team's), the installer's all of them; drills agree with the counts.
    void sectionsFollowRowSecurity() {
        QString e;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("rep_rls")), e);
        QVERIFY2(db, qPrintable(e));
        const qint64 teamA = insertId(*db,
                                      QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                                     "('A', 0)"),
                                      {});
        const qint64 teamB = insertId(*db,
                                      QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                                     "('B', 0)"),
                                      {});
        const qint64 agent =
            staffWithRole(*db, QStringLiteral("rls_agent"), QStringLiteral("agent"));
        exec(*db, QStringLiteral("UPDATE staff SET team_id = ? WHERE id = ?"), {teamA, agent});
        auto agentDb =
            test::pgLoginFor(*db, QStringLiteral("rls_agent"), agent, QStringLiteral("sb_agent"));
        QVERIFY(agentDb);
        const ReportWindow w = dayWindow();
        QSet<qint64> mine;
        for (int i = 0; i < 5; ++i) {
            const qint64 id = ticketAt(*db, w.startMs + i * kHour);
            exec(*db, QStringLiteral("UPDATE tickets SET team_id = ? WHERE id = ?"),
                 {i < 3 ? teamA : teamB, id});
            sb::test::report::event(*db, id, w.startMs + (i + 1) * kHour, QStringLiteral("revisit"),
                                    {{QStringLiteral("score"), 2}});
            if (i < 3)
                mine.insert(id);
        }
        SatisfactionFigures all, own;
        QVERIFY2(SatisfactionSection::load(*db, w, ReportSettings(), all, e), qPrintable(e));
        QVERIFY2(SatisfactionSection::load(*agentDb, w, ReportSettings(), own, e), qPrintable(e));
        QCOMPARE(all.responses, 5);
        QCOMPARE(own.responses, 3);
        EscalationFigures received;
        QVERIFY2(EscalationSection::load(*agentDb, w, ReportSettings(), received, e),
                 qPrintable(e));
        QCOMPARE(received.received, 3);
        // Repeats compare the server's customer digest (staff may not read customer_id): the
        // same customer's earlier complaint counts only where the reader sees it.
        QCOMPARE(received.repeats, 2);
        QVERIFY2(EscalationSection::load(*db, w, ReportSettings(), received, e), qPrintable(e));
        QCOMPARE(received.repeats, 4);
        QCOMPARE(queryCount(*db, QStringLiteral("SELECT COUNT(DISTINCT customer_digest) FROM "
                                                "tickets WHERE customer_digest <> ''")),
                 1);
        QVERIFY(test::refusedAs(*agentDb, QStringLiteral("SELECT customer_id FROM tickets"), {},
                                QStringLiteral("permission denied")));
        // Every section loads for that login; the search log is not the agent's to read.
        IncidentsFigures incidents;
        QVERIFY2(IncidentsSection::load(*agentDb, w, ReportSettings(), incidents, e),
                 qPrintable(e));
        GrowthFigures growth;
        QVERIFY2(GrowthSection::load(*agentDb, w, ReportSettings(), growth, e), qPrintable(e));
        RecurringFigures recurring;
        QVERIFY2(RecurringSection::load(*agentDb, w, ReportSettings(), recurring, e),
                 qPrintable(e));
        KnowledgeBaseFigures kb;
        QVERIFY2(KnowledgeBaseSection::load(*agentDb, w, ReportSettings(), kb, e), qPrintable(e));
        QVERIFY(!kb.searchesRead);
        QVERIFY2(KnowledgeBaseSection::load(*db, w, ReportSettings(), kb, e), qPrintable(e));
        QVERIFY(kb.searchesRead);
        expectDrill<SatisfactionSection>(
            *agentDb,
            {QStringLiteral("satisfaction"), QStringLiteral("low"), {}, {}, w.startMs, w.endMs},
            mine);
    }

    void serverGuardsSupervision() {
        // The function's own check (the audit trigger would refuse later, in other words).
        const QString kNeedsSupervise =
            QStringLiteral("needs the permission \"reports.supervise\"");
        QString e;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("rep_guard")), e);
        QVERIFY2(db, qPrintable(e));
        const qint64 boss =
            staffWithRole(*db, QStringLiteral("rsg_boss"), QStringLiteral("manager"));
        const qint64 owner =
            staffWithRole(*db, QStringLiteral("rsg_owner"), QStringLiteral("agent"));
        const qint64 other =
            staffWithRole(*db, QStringLiteral("rsg_other"), QStringLiteral("agent"));
        const qint64 lead =
            staffWithRole(*db, QStringLiteral("rsg_lead"), QStringLiteral("team_lead"));
        auto bossDb =
            test::pgLoginFor(*db, QStringLiteral("rsg_boss"), boss, QStringLiteral("sb_manager"));
        auto ownerDb =
            test::pgLoginFor(*db, QStringLiteral("rsg_owner"), owner, QStringLiteral("sb_agent"));
        auto otherDb =
            test::pgLoginFor(*db, QStringLiteral("rsg_other"), other, QStringLiteral("sb_agent"));
        auto leadDb =
            test::pgLoginFor(*db, QStringLiteral("rsg_lead"), lead, QStringLiteral("sb_team_lead"));
        QVERIFY(bossDb && ownerDb && otherDb && leadDb);

        const QString open = QStringLiteral("SELECT sb_report_supervision_open('problem_type', "
                                            "'billing', 0, 1, ?, '2026-12-31', 'n')");
        // Without reports.supervise nobody opens an item, and no login writes the table.
        QVERIFY(test::refusedAs(*otherDb, open, {owner}, kNeedsSupervise));
        QVERIFY(test::refusedAs(*leadDb, open, {owner}, kNeedsSupervise));
        for (Database *who : {bossDb.get(), otherDb.get()})
            QVERIFY(
                test::refusedAs(*who,
                                QStringLiteral("INSERT INTO report_supervision_items(dimension, "
                                               "key, period_start, period_end, owner_id, "
                                               "due_date, created_by, created_at, updated_by, "
                                               "updated_at) VALUES ('category', 'x', 0, 1, ?, "
                                               "'2026-12-31', 'x', 0, 'x', 0)"),
                                {owner}, QStringLiteral("permission denied")));
        QVERIFY(test::refusedAs(*bossDb, open, {qint64(999999)}, QStringLiteral("active staff")));

        // The manager opens it through the store; the server stamps the login.
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(day0(), Qt::UTC));
        SupervisionStore store(*bossDb, clock);
        SupervisionItem item;
        QVERIFY2(store.open({boss, QStringLiteral("rsg_boss")},
                            {QStringLiteral("problem_type"), QStringLiteral("billing"), 0, 1, owner,
                             QDate(2026, 12, 31), QStringLiteral("why?")},
                            item, e),
                 qPrintable(e));
        QCOMPARE(item.createdBy, QStringLiteral("rsg_boss"));
        QVERIFY(test::refusedAs(*bossDb, open, {owner}, QStringLiteral("still open")));
        const QString update = QStringLiteral("SELECT sb_report_supervision_update(?, ?, "
                                              "'in_progress', ?, '2026-12-31', 'n')");
        QVERIFY(test::refusedAs(*otherDb, update, {item.id, item.version, owner}, kNeedsSupervise));
        QVERIFY(test::refusedAs(*bossDb, update, {item.id, item.version + 5, owner},
                                QStringLiteral("changed by")));
        QVERIFY(test::refusedAs(
            *bossDb,
            QStringLiteral("SELECT sb_report_supervision_update(?, ?, 'done', ?, "
                           "'2026-12-31', 'n')"),
            {item.id, item.version, owner}, QStringLiteral("in progress or closed")));
        SupervisionItem closed;
        QVERIFY2(store.close({boss, QStringLiteral("rsg_boss")}, item.id, item.version, QString(),
                             closed, e),
                 qPrintable(e));
        QCOMPARE(closed.status, SupervisionStatus::Closed);
        QCOMPARE(closed.updatedBy, QStringLiteral("rsg_boss"));
        QVERIFY(test::refusedAs(*bossDb, update, {item.id, closed.version, owner},
                                QStringLiteral("closed")));
        QCOMPARE(queryCount(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                                "'report_supervision' AND actor = 'rsg_boss'")),
                 2);

        // Reads: reports.read (the team lead), the owner; not another agent.
        const QString read = QStringLiteral("SELECT COUNT(*) FROM report_supervision_items");
        QCOMPARE(queryCount(*bossDb, read), 1);
        QCOMPARE(queryCount(*leadDb, read), 1);
        QCOMPARE(queryCount(*ownerDb, read), 1);
        QCOMPARE(queryCount(*otherDb, read), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportSectionsPg)
#include "moc_reportsectionstest.cpp"
#include "tst_report_sections_pg.moc"

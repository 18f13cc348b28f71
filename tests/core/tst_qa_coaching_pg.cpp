// Coaching (辅导) on PostgreSQL: the shared cases, each person working through their own login
// (the server's functions check and stamp), and the server's guard attacked with raw SQL as
// real logins: no login writes a coaching row directly, an agent cannot record their own
// meeting nor acknowledge another's item, another team's lead cannot record, and each login
// reads only the items its place covers.
#include "qacoachingtest.h"

using namespace sb;

class TestQaCoachingPg final : public QaCoachingTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    Database *connectionFor(Database &db, const QString &login, qint64 id,
                            const QString &group) override {
        return keep(test::pgLoginFor(db, login, id, group));
    }

    static bool refused(Database &who, const QString &sql, const QVariantList &values,
                        const QString &because) {
        return test::refusedAs(who, sql, values, because);
    }

private Q_SLOTS:
    void serverGuardsCoaching() {
        auto db = open(QStringLiteral("qac_guard"));
        QVERIFY(db);
        const Cast c = cast(*db, QStringLiteral("qcg"));
        QVERIFY(c.insp.db && c.agent.db && c.lead.db && c.otherLead.db && c.otherAgent.db);
        const qint64 passedTicket = sampledTicket(*db, c.agent.id, c.insp.id);
        const auto failed = review(c.insp, sampledTicket(*db, c.agent.id, c.insp.id), failing());
        const auto passed = review(c.insp, passedTicket, passing());
        QVERIFY(failed && passed);
        const qint64 item = count(*db,
                                  QStringLiteral("SELECT id FROM qa_coaching_items WHERE "
                                                 "review_id = ?"),
                                  {failed->id});
        QVERIFY(item > 0);
        const QString date = QStringLiteral("2026-03-31");

        // No login writes the table directly.
        for (const Person *p : {&c.agent, &c.lead, &c.insp}) {
            QVERIFY(refused(*p->db,
                            QStringLiteral("INSERT INTO qa_coaching_items(review_id, agent_id, "
                                           "created_at) VALUES (?, ?, 0)"),
                            {passed->id, c.agent.id}, QStringLiteral("permission denied")));
            QVERIFY(refused(*p->db,
                            QStringLiteral("UPDATE qa_coaching_items SET state = 'acknowledged' "
                                           "WHERE id = ?"),
                            {item}, QStringLiteral("permission denied")));
        }
        // A passed review opens nothing; only its reviewer opens one.
        QCOMPARE(test::queryValue(*c.insp.db, QStringLiteral("SELECT sb_qa_open_coaching(?)"),
                                  {passed->id})
                     .isNull(),
                 true);
        QVERIFY(refused(*c.lead.db, QStringLiteral("SELECT sb_qa_open_coaching(?)"), {failed->id},
                        QStringLiteral("not a review of yours")));
        // The agent records no meeting; another team's lead neither.
        const QString rec = QStringLiteral("SELECT sb_qa_record_coaching(?, ?, 'n', 'a')");
        QVERIFY(refused(*c.agent.db, rec, {item, date}, QStringLiteral("not one of your team")));
        QVERIFY(
            refused(*c.otherLead.db, rec, {item, date}, QStringLiteral("not one of your team")));
        QVERIFY(refused(*c.lead.db, QStringLiteral("SELECT sb_qa_record_coaching(?, ?, ' ', 'a')"),
                        {item, date}, QStringLiteral("needs notes")));
        QVERIFY(refused(*c.lead.db, rec, {item, QStringLiteral("31.03.2026")},
                        QStringLiteral("YYYY-MM-DD")));
        QString error;
        QVERIFY2(c.lead.db->exec(rec, {item, date}, error), qPrintable(error));
        // Only the agent acknowledges.
        const QString ack = QStringLiteral("SELECT sb_qa_acknowledge_coaching(?)");
        QVERIFY(refused(*c.lead.db, ack, {item}, QStringLiteral("only its agent")));
        QVERIFY(refused(*c.otherAgent.db, ack, {item}, QStringLiteral("only its agent")));
        QVERIFY2(c.agent.db->exec(ack, {item}, error), qPrintable(error));
        QVERIFY(refused(*c.agent.db, ack, {item}, QStringLiteral("acknowledged already")));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                      "'qa_coaching' AND entity_id = ? AND actor IN (?, ?, ?)"),
                       {item, c.insp.login, c.lead.login, c.agent.login}),
                 3);

        // Reads: the agent, the lead and qa.read_all; not another team's lead or agent.
        const QString read = QStringLiteral("SELECT COUNT(*) FROM qa_coaching_items");
        QCOMPARE(count(*c.agent.db, read), 1);
        QCOMPARE(count(*c.lead.db, read), 1);
        QCOMPARE(count(*c.insp.db, read), 1); // the QA role holds qa.read_all
        QCOMPARE(count(*c.otherLead.db, read), 0);
        QCOMPARE(count(*c.otherAgent.db, read), 0);
        // The lead reads the coached review.
        QCOMPARE(count(*c.lead.db, QStringLiteral("SELECT COUNT(*) FROM qa_reviews WHERE id = ?"),
                       {failed->id}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestQaCoachingPg)
#include "moc_qacoachingtest.cpp"
#include "tst_qa_coaching_pg.moc"

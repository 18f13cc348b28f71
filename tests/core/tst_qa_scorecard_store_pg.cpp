// Editing scorecards on PostgreSQL: the shared cases, each person working through their own
// login (the server's functions check and stamp), and the server's guard attacked with raw
// SQL as real logins: staff write no scorecard table directly, an inspector without
// qa.scorecards cannot save, publish or discard through the functions, a published version and
// its items refuse every change whoever writes (the installer too), and the holder's writes
// are audited in their login's name.
#include "qascorecardtest.h"

using namespace sb;

class TestQaScorecardStorePg final : public QaScorecardTest {
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
    void serverGuardsScorecards() {
        auto db = open(QStringLiteral("qsc_guard"));
        QVERIFY(db);
        const Person holder = person(*db, QStringLiteral("qsc_g_holder"), QStringLiteral("qa"));
        const Person narrow = narrowInspector(*db, QStringLiteral("qsc_g_narrow"));
        QVERIFY(holder.db && narrow.db);
        const auto card = standard(*db, m_clock);
        QVERIFY(card);
        const qint64 v1 = card->versions.first().id;
        QaScorecardStore store(*holder.db, m_clock);
        QaScorecardVersion published;
        QaScorecardVersionInfo info;
        QString error;
        QVERIFY2(store.load(v1, published, info, error), qPrintable(error));
        const QString items = QaScorecardStore::itemsJson(
            {{}, published.card.items, published.titlesZh, published.rootCausesZh});

        // Nobody writes the tables directly.
        for (const Person *p : {&holder, &narrow}) {
            QVERIFY(refused(*p->db,
                            QStringLiteral("INSERT INTO qa_scorecard_versions(scorecard_id, "
                                           "version, state, created_at, created_by) VALUES (?, "
                                           "9, 'published', 0, 'x')"),
                            {card->id}, QStringLiteral("permission denied")));
            QVERIFY(refused(*p->db,
                            QStringLiteral("UPDATE qa_scorecard_items SET weight = 99 WHERE "
                                           "version_id = ?"),
                            {v1}, QStringLiteral("permission denied")));
            QVERIFY(refused(*p->db, QStringLiteral("DELETE FROM qa_scorecard_versions"), {},
                            QStringLiteral("permission denied")));
        }
        // Without qa.scorecards the functions refuse.
        const QString create = QStringLiteral("SELECT sb_qa_scorecard_save_draft(?, NULL, NULL, "
                                              "'', ?)");
        QVERIFY(refused(*narrow.db, create, {card->id, items}, QStringLiteral("qa.scorecards")));

        // The holder creates a draft through the function; the narrow inspector can neither
        // save, publish nor discard it.
        QSqlQuery q(holder.db->db());
        QVERIFY2(holder.db->exec(q, create, {card->id, items}, error) && q.next(),
                 qPrintable(error));
        const qint64 draft = q.value(0).toLongLong();
        QVERIFY2(store.load(draft, published, info, error), qPrintable(error));
        QCOMPARE(info.createdBy, holder.login);
        QVERIFY(info.createdAt > 0);
        const qint64 rev = info.revision;
        QVERIFY(refused(*narrow.db,
                        QStringLiteral("SELECT sb_qa_scorecard_save_draft(NULL, ?, ?, '', ?)"),
                        {draft, rev, items}, QStringLiteral("qa.scorecards")));
        QVERIFY(refused(*narrow.db, QStringLiteral("SELECT sb_qa_scorecard_publish(?, ?)"),
                        {draft, rev}, QStringLiteral("qa.scorecards")));
        QVERIFY(refused(*narrow.db, QStringLiteral("SELECT sb_qa_scorecard_discard(?, ?)"),
                        {draft, rev}, QStringLiteral("qa.scorecards")));

        // The server checks the items itself and names a stale revision.
        const QString save = QStringLiteral("SELECT sb_qa_scorecard_save_draft(NULL, ?, ?, '', ?)");
        QVERIFY(refused(*holder.db, save, {draft, rev, QStringLiteral("[]")},
                        QStringLiteral("1 to 100 items")));
        QVERIFY(refused(*holder.db, save,
                        {draft, rev,
                         QStringLiteral("[{\"key\": \"a\", \"title\": \"A\", \"weight\": -1, "
                                        "\"scale\": \"pass_fail\"}]")},
                        QStringLiteral("weight must be more than 0")));
        QVERIFY(refused(*holder.db, save,
                        {draft, rev,
                         QStringLiteral("[{\"key\": \"a\", \"title\": \"A\", \"weight\": 1, "
                                        "\"scale\": \"1_10\"}]")},
                        QStringLiteral("scale must be")));
        QVERIFY(refused(*holder.db, save,
                        {draft, rev,
                         QStringLiteral("[{\"key\": \"a\", \"title\": \"A\", \"weight\": 1, "
                                        "\"scale\": \"0_2\"}, {\"key\": \"a\", \"title\": \"B\", "
                                        "\"weight\": 1, \"scale\": \"0_2\"}]")},
                        QStringLiteral("same key")));
        QVERIFY(refused(*holder.db, save,
                        {draft, rev,
                         QStringLiteral("[{\"key\": \"A b\", \"title\": \"A\", \"weight\": 1, "
                                        "\"scale\": \"0_2\"}]")},
                        QStringLiteral("the key must be")));
        QVERIFY(refused(*holder.db, save, {draft, rev + 1, items},
                        QStringLiteral("changed by someone else")));

        // The holder publishes; the published version then refuses every change, also from
        // the installer (the table's owner), and the functions refuse it too.
        QVERIFY2(holder.db->exec(QStringLiteral("SELECT sb_qa_scorecard_publish(?, ?)"),
                                 {draft, rev}, error),
                 qPrintable(error));
        QVERIFY2(store.load(draft, published, info, error), qPrintable(error));
        QVERIFY(info.published && info.inForce);
        QCOMPARE(info.publishedBy, holder.login);
        QVERIFY(refused(*holder.db,
                        QStringLiteral("UPDATE qa_scorecard_items SET weight = 99 WHERE "
                                       "version_id = ?"),
                        {draft}, QStringLiteral("permission denied")));
        for (const qint64 v : {v1, draft}) {
            QVERIFY(refused(*db,
                            QStringLiteral("UPDATE qa_scorecard_items SET weight = 99 WHERE "
                                           "version_id = ?"),
                            {v}, QStringLiteral("never changes")));
            QVERIFY(refused(*db,
                            QStringLiteral("DELETE FROM qa_scorecard_items WHERE version_id = ?"),
                            {v}, QStringLiteral("never changes")));
            QVERIFY(refused(*db,
                            QStringLiteral("INSERT INTO qa_scorecard_items(version_id, position, "
                                           "key, label, weight, scale) VALUES (?, 99, 'extra', "
                                           "'Extra', 1, 'pass_fail')"),
                            {v}, QStringLiteral("never changes")));
            QVERIFY(refused(*db,
                            QStringLiteral("UPDATE qa_scorecard_versions SET state = 'draft' "
                                           "WHERE id = ?"),
                            {v}, QStringLiteral("never changes")));
            QVERIFY(refused(*db, QStringLiteral("DELETE FROM qa_scorecard_versions WHERE id = ?"),
                            {v}, QStringLiteral("never changes")));
            QVERIFY(refused(*holder.db, save, {v, 0, items}, QStringLiteral("never changes")));
            QVERIFY(refused(*holder.db, QStringLiteral("SELECT sb_qa_scorecard_discard(?, 0)"), {v},
                            QStringLiteral("never changes")));
        }

        // Audited in the holder's name, once each; nothing in the narrow inspector's.
        QCOMPARE(audited(*db, QStringLiteral("qa.scorecard.save_draft"), holder.login), 1);
        QCOMPARE(audited(*db, QStringLiteral("qa.scorecard.publish"), holder.login), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ?"),
                       {narrow.login}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestQaScorecardStorePg)
#include "moc_qascorecardtest.cpp"
#include "tst_qa_scorecard_store_pg.moc"

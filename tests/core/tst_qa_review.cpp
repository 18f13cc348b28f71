// Reviewing sampled tickets and disputes on SQLite, where the workstation makes every check:
// the shared cases, and the permissions of the people who act.
#include "qareviewtest.h"
#include "security/permissions.h"

using namespace sb;

class TestQaReview final : public QaReviewTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *connectionFor(Database &db, const QString &, qint64, const QString &) override {
        return &db;
    }

private Q_SLOTS:
    // An agent neither reviews nor decides; a submitted review's score changes only while a
    // dispute of it is open (the schema's trigger, whoever writes).
    void permissionsAndTheSubmittedRule() {
        auto db = open(QStringLiteral("qar_rules"));
        QVERIFY(db);
        const Person insp = person(*db, QStringLiteral("qrv_rl_insp"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qrv_rl_agent"), QStringLiteral("agent"));
        const qint64 t = ticket(*db, agent.id);
        const qint64 outside = ticket(*db, 0);
        sampled(*db, QStringLiteral("2026-03-29"), t, agent.id);
        QaReviewStore store(*db, m_clock);
        QaReview r;
        QString error;
        QVERIFY(!store.start(agent.actor(), t, r, error));
        QVERIFY2(error.contains(perm::QaReview), qPrintable(error));
        QVERIFY(!store.start({}, t, r, error));
        // Outside every sample an inspector needs qa.read_all (the QA role holds it).
        QVERIFY2(store.start(insp.actor(), outside, r, error), qPrintable(error));
        QCOMPARE(r.kind, QaReviewKind::Extra);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM role_permissions WHERE role_id = (SELECT id "
                                        "FROM roles WHERE key = 'qa')"),
                         {}, error));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) "
                                        "SELECT id, 'qa.review' FROM roles WHERE key = 'qa'"),
                         {}, error));
        QVERIFY(!store.start(insp.actor(), ticket(*db, 0), r, error));
        QVERIFY2(error.contains(perm::QaReadAll), qPrintable(error));
        QVERIFY2(store.start(insp.actor(), t, r, error), qPrintable(error));
        QCOMPARE(r.kind, QaReviewKind::Extra); // sampled for someone else
        QVERIFY2(store.submit(insp.actor(), r.id, {fullRatings(), {}, 0}, r, error),
                 qPrintable(error));
        const QString update = QStringLiteral("UPDATE qa_reviews SET score = 100 WHERE id = ?");
        QVERIFY(!db->exec(update, {r.id}, error));
        QVERIFY2(error.contains(QLatin1StringView("decision of its dispute")), qPrintable(error));
        QVERIFY(
            !db->exec(QStringLiteral("UPDATE qa_review_items SET value = 5 WHERE review_id = ?"),
                      {r.id}, error));
        QVERIFY(!db->exec(QStringLiteral("UPDATE qa_reviews SET comment = 'x' WHERE id = ?"),
                          {r.id}, error));
        QVERIFY2(db->exec(QStringLiteral("UPDATE qa_reviews SET acknowledged_at = 1 WHERE id = ?"),
                          {r.id}, error),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQaReview)
#include "moc_qareviewtest.cpp"
#include "tst_qa_review.moc"

// Coaching (辅导) on SQLite, where the workstation makes every check: the shared cases, and
// the schema's rule that an acknowledged item never changes.
#include "qacoachingtest.h"

using namespace sb;

class TestQaCoaching final : public QaCoachingTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *connectionFor(Database &db, const QString &, qint64, const QString &) override {
        return &db;
    }

private Q_SLOTS:
    void acknowledgedItemNeverChanges() {
        auto db = open(QStringLiteral("qac_final"));
        QVERIFY(db);
        const Cast c = cast(*db, QStringLiteral("qcn"));
        const auto failed = review(c.insp, sampledTicket(*db, c.agent.id, c.insp.id), failing());
        QVERIFY(failed);
        std::optional<QaCoachingItem> item;
        QaCoachingItem out;
        QString error;
        QaCoachingStore store(*db, m_clock);
        QVERIFY2(store.forReview(failed->id, item, error), qPrintable(error));
        QVERIFY(item);
        QVERIFY2(store.record(c.lead.actor(), item->id, meeting(), out, error), qPrintable(error));
        QVERIFY2(store.acknowledge(c.agent.actor(), item->id, out, error), qPrintable(error));
        QVERIFY(!db->exec(QStringLiteral("UPDATE qa_coaching_items SET notes = 'x' WHERE id = ?"),
                          {item->id}, error));
        QVERIFY2(error.contains(QLatin1StringView("never changes")), qPrintable(error));
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO qa_coaching_items(review_id, agent_id, "
                                         "created_at) VALUES (?, ?, 0)"),
                          {failed->id, c.agent.id}, error)); // one item per review
    }
};

QTEST_GUILESS_MAIN(TestQaCoaching)
#include "moc_qacoachingtest.cpp"
#include "tst_qa_coaching.moc"

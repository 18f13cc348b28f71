// Editing scorecards on SQLite, where the workstation makes every check: the shared cases.
#include "qascorecardtest.h"

using namespace sb;

class TestQaScorecardStore final : public QaScorecardTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *connectionFor(Database &db, const QString &, qint64, const QString &) override {
        return &db;
    }

private Q_SLOTS:
    // The items of a draft are stored as saved: the scale as its column, the flags, and the
    // root causes beside their Chinese tags (missing ones stored empty, so that a Chinese
    // screen shows the stored tag).
    void itemsAreStoredAsSaved() {
        auto db = open(QStringLiteral("qsc_stored"));
        QVERIFY(db);
        const Person editor = person(*db, QStringLiteral("qsc_st_editor"), QStringLiteral("qa"));
        QaScorecardStore store(*db, m_clock);
        const auto card = standard(*db, m_clock);
        QVERIFY(card);
        qint64 draftId = 0;
        QString error;
        QVERIFY2(store.createDraft(editor.actor(), card->id, draftId, error), qPrintable(error));
        QaScorecardVersion v;
        QaScorecardVersionInfo info;
        QVERIFY2(store.load(draftId, v, info, error), qPrintable(error));
        ScorecardItem only;
        only.key = QStringLiteral("resolution");
        only.title = QStringLiteral("Resolution");
        only.weight = 2.5;
        only.scale = ScoreScale::ZeroToTwo;
        only.naAllowed = true;
        only.commentRequiredBelowPass = true;
        only.rootCauses = {QStringLiteral("Not solved"), QStringLiteral("Half solved")};
        const QaScorecardDraft draft{
            QStringLiteral("one item"), {only}, {}, {{QStringLiteral("未解决")}}};
        QList<QaIssue> issues;
        qint64 revision = 0;
        QVERIFY2(
            store.saveDraft(editor.actor(), draftId, info.revision, draft, issues, revision, error),
            qPrintable(error));
        QSqlQuery q(db->db());
        QVERIFY(db->exec(q,
                         QStringLiteral("SELECT position, key, label, label_zh, weight, scale, "
                                        "allow_na, critical, comment_below_pass, root_causes, "
                                        "root_causes_zh FROM qa_scorecard_items WHERE "
                                        "version_id = ?"),
                         {draftId}, error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("resolution"));
        QCOMPARE(q.value(3).toString(), QString());
        QCOMPARE(q.value(4).toDouble(), 2.5);
        QCOMPARE(q.value(5).toString(), QStringLiteral("0_2"));
        QCOMPARE(q.value(6).toInt(), 1);
        QCOMPARE(q.value(7).toInt(), 0);
        QCOMPARE(q.value(8).toInt(), 1);
        QCOMPARE(q.value(9).toString(), QStringLiteral("[\"Not solved\",\"Half solved\"]"));
        QCOMPARE(q.value(10).toString(), QStringLiteral("[\"未解决\",\"\"]"));
        QVERIFY(!q.next());
        QCOMPARE(test::queryValue(*db,
                                  QStringLiteral("SELECT MAX(id) FROM qa_scorecard_items WHERE "
                                                 "version_id = ?"),
                                  {draftId})
                     .toLongLong(),
                 revision);
    }
};

QTEST_GUILESS_MAIN(TestQaScorecardStore)
#include "moc_qascorecardtest.cpp"
#include "tst_qa_scorecard_store.moc"

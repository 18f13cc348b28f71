// Calibration (校准) on SQLite, where the workstation makes every check and reads with the
// blindness rule: the shared cases, and what the schema keeps whoever writes.
#include "qacalibrationtest.h"

using namespace sb;

class TestQaCalibration final : public QaCalibrationTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *connectionFor(Database &db, const QString &, qint64, const QString &) override {
        return &db;
    }

private Q_SLOTS:
    // A submitted score never changes; a closed session takes no score (the schema's
    // triggers, whoever writes).
    void scoresAreFinal() {
        auto db = open(QStringLiteral("qac_final"));
        QVERIFY(db);
        const Person lead = person(*db, QStringLiteral("qcf_lead"), QStringLiteral("qa"));
        const Person a = person(*db, QStringLiteral("qcf_a"), QStringLiteral("qa"));
        const qint64 t = ticket(*db);
        const qint64 s = session(lead, {t}, {a});
        QVERIFY(s > 0);
        QVERIFY(submit(a, s, t, ratings(5, 4)));
        QString error;
        QVERIFY(!db->exec(QStringLiteral("UPDATE qa_calibration_scores SET value = 1"), {}, error));
        QVERIFY2(error.contains(QLatin1StringView("never changes")), qPrintable(error));
        QVERIFY2(QaCalibrationStore(*db, m_clock).close(lead.actor(), s, error), qPrintable(error));
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO qa_calibration_scores(session_id, ticket_id, "
                                         "staff_id, item_id, value, na) SELECT ?, ?, ?, id, 1, 0 "
                                         "FROM qa_scorecard_items LIMIT 1"),
                          {s, t, lead.id}, error));
        QVERIFY2(error.contains(QLatin1StringView("closed")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQaCalibration)
#include "moc_qacalibrationtest.cpp"
#include "tst_qa_calibration.moc"

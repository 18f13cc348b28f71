// Calibration (校准) on PostgreSQL: the shared cases, each person working through their own
// login, and the server's guard attacked with raw SQL as real logins: before submitting
// their own scores of a ticket a participant selects none of the others' score rows of it
// (row-level security), the lead none until everyone has scored it; staff write no score
// directly; a non-participant cannot submit; a submitted score never changes.
#include "qacalibrationtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;

class TestQaCalibrationPg final : public QaCalibrationTest {
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

    static QString json(const QList<ItemRating> &ratings) {
        QJsonArray a;
        for (const ItemRating &r : ratings)
            a.append(QJsonObject{
                {QStringLiteral("key"), r.key},
                {QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue()},
                {QStringLiteral("na"), r.na}});
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void serverKeepsCalibrationBlind() {
        auto db = open(QStringLiteral("qac_guard"));
        QVERIFY(db);
        const Person lead = person(*db, QStringLiteral("qcg_lead"), QStringLiteral("qa"));
        const Person a = person(*db, QStringLiteral("qcg_a"), QStringLiteral("qa"));
        const Person b = person(*db, QStringLiteral("qcg_b"), QStringLiteral("qa"));
        const Person x = person(*db, QStringLiteral("qcg_x"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qcg_agent"), QStringLiteral("agent"));
        QVERIFY(lead.db && a.db && b.db && x.db && agent.db);
        const qint64 t1 = ticket(*db);
        const qint64 t2 = ticket(*db);
        const qint64 s = session(lead, {t1, t2}, {a, b});
        QVERIFY(s > 0);
        const QString full = json(ratings(5, 4));
        const QString submitSql = QStringLiteral("SELECT sb_qa_calibration_submit(?, ?, ?)");
        QVERIFY(submit(a, s, t1, ratings(5, 4)));

        // Before b has scored t1, b selects none of a's rows; nor does anyone else but a.
        const QString all = QStringLiteral("SELECT COUNT(*) FROM qa_calibration_scores");
        const QString ofA =
            QStringLiteral("SELECT COUNT(*) FROM qa_calibration_scores WHERE staff_id = ?");
        QCOMPARE(count(*a.db, all), 7);
        QCOMPARE(count(*b.db, all), 0);
        QCOMPARE(count(*b.db, ofA, {a.id}), 0);
        QCOMPARE(count(*lead.db, all), 0);
        QCOMPARE(count(*x.db, all), 0);
        QCOMPARE(count(*agent.db, all), 0);

        // Staff write no score directly; only participants submit, through the function.
        const QString plant = QStringLiteral(
            "INSERT INTO qa_calibration_scores(session_id, ticket_id, staff_id, item_id, value, "
            "na) SELECT ?, ?, ?, id, 1, 0 FROM qa_scorecard_items LIMIT 1");
        QVERIFY(refused(*x.db, plant, {s, t1, x.id}, QStringLiteral("permission denied")));
        QVERIFY(refused(*b.db, plant, {s, t2, b.id}, QStringLiteral("permission denied")));
        QVERIFY(refused(*a.db, QStringLiteral("UPDATE qa_calibration_scores SET value = 1"), {},
                        QStringLiteral("permission denied")));
        QVERIFY(refused(*x.db, submitSql, {s, t1, full}, QStringLiteral("not a participant")));
        QVERIFY(refused(*agent.db, submitSql, {s, t1, full}, QStringLiteral("qa.review")));
        QVERIFY(refused(*agent.db, QStringLiteral("SELECT sb_qa_calibration_create('x', '[1]')"),
                        {}, QStringLiteral("qa.calibrate")));
        QVERIFY(refused(*a.db, QStringLiteral("SELECT sb_qa_calibration_add_participants(?, ?)"),
                        {s, QStringLiteral("[%1]").arg(agent.id)}, QStringLiteral("qa.review")));
        QVERIFY(refused(*a.db, submitSql, {s, t1, full}, QStringLiteral("already")));
        QVERIFY(refused(*b.db, submitSql, {s, t1, QStringLiteral("[{\"key\": \"attitude\"}]")},
                        QStringLiteral("not rated")));
        QCOMPARE(count(*b.db, all), 0); // the refused submission stored nothing

        // Once b has scored t1, b and the lead read both sheets of t1, and nothing of t2.
        QString error;
        QVERIFY2(b.db->exec(submitSql, {s, t1, json(ratings(3, std::nullopt))}, error),
                 qPrintable(error));
        QCOMPARE(count(*b.db, all), 14);
        QCOMPARE(count(*lead.db, all), 14);
        QVERIFY(submit(a, s, t2, ratings(4, 4)));
        QCOMPARE(count(*b.db, ofA, {a.id}), 7);
        QCOMPARE(count(*lead.db, all), 14);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.calibration.score' AND actor = ?"),
                       {b.login}),
                 1);

        // A submitted score never changes, whoever writes; closing shows the rest.
        QVERIFY(refused(*db, QStringLiteral("UPDATE qa_calibration_scores SET value = 1"), {},
                        QStringLiteral("never changes")));
        QVERIFY(refused(*agent.db, QStringLiteral("SELECT sb_qa_calibration_close(?)"), {s},
                        QStringLiteral("qa.calibrate")));
        QVERIFY2(lead.db->exec(QStringLiteral("SELECT sb_qa_calibration_close(?)"), {s}, error),
                 qPrintable(error));
        QCOMPARE(count(*b.db, all), 21);
        QCOMPARE(count(*x.db, all), 21);
        QVERIFY(refused(*b.db, submitSql, {s, t2, full}, QStringLiteral("closed")));
    }
};

QTEST_GUILESS_MAIN(TestQaCalibrationPg)
#include "moc_qacalibrationtest.cpp"
#include "tst_qa_calibration_pg.moc"

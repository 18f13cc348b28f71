// IncidentStore on SQLite: one open incident per problem type, grades only rise even with
// late or repeated writes, events appended once, closing and reopening; and a race of
// three connections opening the same incidents (IncidentStoreTest's).
#include "incidentstoretest.h"

#include <QTemporaryDir>

using namespace sb;
using namespace sb::test;

class TestIncidentStore final : public IncidentStoreTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void lifecycle() {
        QTemporaryDir dir;
        QString error;
        auto db = openMigrated(sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        const RuleSet rules = RuleSet::defaults();
        IncidentStore store(*db, rules);
        const int pay = RuleSet::typeIndex(QStringView(u"payment_failure"));
        const qint64 t = 1772323200000;
        IncidentStore::Result r;

        QVERIFY2(
            store.apply(incidentEvent(IncidentEventKind::Opened, pay, Grade::General, t), r, error),
            qPrintable(error));
        QVERIFY(r.created);
        const qint64 id = r.incidentId;
        // The same event again (another workstation): nothing new.
        QVERIFY(store.apply(incidentEvent(IncidentEventKind::Opened, pay, Grade::General, t), r,
                            error));
        QVERIFY(!r.created && !r.raised);
        QCOMPARE(r.incidentId, id);
        // Regraded to urgent, then a late serious: stays urgent, one regraded event.
        QVERIFY(store.apply(incidentEvent(IncidentEventKind::Regraded, pay, Grade::Urgent, t + 10),
                            r, error));
        QVERIFY(r.raised);
        QVERIFY(store.apply(incidentEvent(IncidentEventKind::Regraded, pay, Grade::Serious, t + 5),
                            r, error));
        QVERIFY(!r.raised);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT grade FROM incidents WHERE id = ?"), {id}), 2);
        QCOMPARE(
            scalar(*db,
                   QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE incident_id = ?"),
                   {id}),
            2);
        QCOMPARE(scalar(*db,
                        QStringLiteral(
                            "SELECT from_grade FROM incident_events WHERE event = 'regraded'"),
                        {}),
                 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT rule_set_version FROM incidents WHERE id = ?"),
                        {id}),
                 1);

        // Close; closing again does nothing; a new opening makes a new incident.
        QVERIFY(store.apply(incidentEvent(IncidentEventKind::Closed, pay, Grade::Urgent, t + 1000),
                            r, error));
        QVERIFY(r.closed);
        QCOMPARE(r.incidentId, id);
        QVERIFY(store.apply(incidentEvent(IncidentEventKind::Closed, pay, Grade::Urgent, t + 1000),
                            r, error));
        QVERIFY(!r.closed);
        QVERIFY(store.apply(incidentEvent(IncidentEventKind::Opened, pay, Grade::Serious, t + 2000),
                            r, error));
        QVERIFY(r.created);
        QVERIFY(r.incidentId != id);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT COUNT(*) FROM incidents WHERE problem_type = ?"),
                        {QStringLiteral("payment_failure")}),
                 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT state FROM incidents WHERE id = ?"), {id}),
                 0); // text
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE state = 'open'"), {}),
            1);
        // A regraded event with no open incident (the store joined late) opens one.
        const int login = RuleSet::typeIndex(QStringView(u"login_failure"));
        QVERIFY(store.apply(incidentEvent(IncidentEventKind::Regraded, login, Grade::Urgent, t), r,
                            error));
        QVERIFY(r.created);
        QCOMPARE(
            scalar(*db,
                   QStringLiteral("SELECT trigger_kind = 'unknown' FROM incidents WHERE id = ?"),
                   {r.incidentId}),
            1);
        // Every write went through the change log.
        QVERIFY(scalar(*db,
                       QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'incident'"),
                       {}) >= 5);
    }
};

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "moc_incidentstoretest.cpp"
#include "tst_grading_incidentstore.moc"

// The alert centre's read side on SQLite: the grades of the open incidents, and the state of
// the incidents a change batch touched (directly or through a new event), with the counts
// and time of each one's latest event.
#include "incidents/alertqueries.h"
#include "incidentstorecases.h"

#include <QTemporaryDir>

using namespace sb;
using namespace sb::test;

class TestIncidentAlerts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openGradesAndTouchedIncidents() {
        QTemporaryDir dir;
        QString error;
        auto db = openMigrated(sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        const RuleSet rules = RuleSet::defaults();
        IncidentStore store(*db, rules);
        const int pay = RuleSet::typeIndex(QStringView(u"payment_failure"));
        const int login = RuleSet::typeIndex(QStringView(u"login_failure"));
        const qint64 t = 1772323200000;
        IncidentStore::Result r;

        QVERIFY2(
            store.apply(incidentEvent(IncidentEventKind::Opened, pay, Grade::General, t), r, error),
            qPrintable(error));
        const qint64 payId = r.incidentId;
        IncidentEvent raise =
            incidentEvent(IncidentEventKind::Regraded, pay, Grade::Urgent, t + 10);
        raise.counts = {7, 1, 9, 2};
        QVERIFY2(store.apply(raise, r, error), qPrintable(error));
        QVERIFY(r.raised);
        QVERIFY2(
            store.apply(incidentEvent(IncidentEventKind::Opened, login, Grade::Serious, t + 20), r,
                        error),
            qPrintable(error));
        const qint64 loginId = r.incidentId;
        QVERIFY2(
            store.apply(incidentEvent(IncidentEventKind::Closed, login, Grade::Serious, t + 30), r,
                        error),
            qPrintable(error));
        QVERIFY(r.closed);
        // An open incident without any event yet (written by hand).
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO incidents (problem_type, class, grade, "
                                         "trigger_kind, opened_at) VALUES ('payout_delay', "
                                         "'routine', 1, 'manual', ?)"),
                          {t + 40}, error),
                 qPrintable(error));
        const qint64 bareId = scalar(
            *db, QStringLiteral("SELECT id FROM incidents WHERE problem_type = 'payout_delay'"),
            {});

        const IncidentAlertQueries alerts(*db);
        QHash<qint64, Grade> open;
        QVERIFY2(alerts.openGrades(open, error), qPrintable(error));
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.value(payId), Grade::Urgent);
        QCOMPARE(open.value(bareId), Grade::Serious);
        QVERIFY(!open.contains(loginId));

        // Through the raise's event only: the latest event's time and counts.
        const qint64 raiseEvent =
            scalar(*db,
                   QStringLiteral("SELECT id FROM incident_events WHERE incident_id = ? AND "
                                  "event = 'regraded'"),
                   {payId});
        QList<IncidentAlertState> touched;
        QVERIFY2(alerts.touched({}, {raiseEvent}, touched, error), qPrintable(error));
        QCOMPARE(touched.size(), 1);
        const IncidentAlertState p = touched.first();
        QCOMPARE(p.id, payId);
        QCOMPARE(p.problemType, QStringLiteral("payment_failure"));
        QCOMPARE(
            p.problemClass,
            scalarText(*db, QStringLiteral("SELECT class FROM incidents WHERE id = ?"), {payId}));
        QVERIFY(p.open);
        QCOMPARE(p.grade, Grade::Urgent);
        QCOMPARE(p.atMs, t + 10);
        QCOMPARE(p.counts, (WindowCounts{7, 1, 9, 2}));

        // Directly and through events at once, each incident once and by id; the resolved one
        // reads as not open; without events the time is the opening and the counts are zero;
        // unknown ids are skipped.
        QList<qint64> allEvents;
        for (qint64 id = 1; id <= 1200; ++id) // more than one statement's worth of ids
            allEvents.append(id);
        QVERIFY2(
            alerts.touched({bareId, loginId, payId, loginId, 999999}, allEvents, touched, error),
            qPrintable(error));
        QList<qint64> ids;
        for (const IncidentAlertState &s : std::as_const(touched))
            ids.append(s.id);
        QList<qint64> expected{payId, loginId, bareId};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
        for (const IncidentAlertState &s : std::as_const(touched)) {
            if (s.id == loginId) {
                QVERIFY(!s.open);
                QCOMPARE(s.atMs, t + 30);
            } else if (s.id == bareId) {
                QVERIFY(s.open);
                QCOMPARE(s.grade, Grade::Serious);
                QCOMPARE(s.atMs, t + 40);
                QCOMPARE(s.counts, WindowCounts{});
            }
        }

        QVERIFY2(alerts.touched({}, {}, touched, error), qPrintable(error));
        QVERIFY(touched.isEmpty());
        QVERIFY2(alerts.touched({}, {999999}, touched, error), qPrintable(error));
        QVERIFY(touched.isEmpty());
    }

private:
    static QString scalarText(Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql, values, error) || !q.next())
            qWarning("query failed: %s", qPrintable(error));
        return q.value(0).toString();
    }
};

QTEST_GUILESS_MAIN(TestIncidentAlerts)
#include "tst_incidents_alerts.moc"

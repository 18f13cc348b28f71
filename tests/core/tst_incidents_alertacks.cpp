// Acknowledged incident alerts on SQLite: the drawer's list of open incidents (not yet
// acknowledged first, then the most severe, then the newest), who may acknowledge, and that
// an acknowledgement is for the grade it saw: a rise alerts again.
#include "incidents/alertacks.h"
#include "incidents_fixture.h"
#include "testsupport.h"

#include <QTest>

using namespace sb;
using namespace sb::test::incidents;

class TestIncidentAlertAcks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(1772323200000, Qt::UTC)};
    World m_w;

    qint64 incident(const QString &type, int grade, qint64 openedAt,
                    const QString &state = QStringLiteral("open")) {
        return insertId(*m_db,
                        QStringLiteral("INSERT INTO incidents (problem_type, class, state, grade, "
                                       "trigger_kind, opened_at) VALUES (?, 'routine', ?, ?, "
                                       "'manual', ?)"),
                        {type, state, grade, openedAt});
    }
    QList<OpenIncidentAlert> alerts() {
        QList<OpenIncidentAlert> out;
        QString error;
        if (!IncidentAlertAcks::openAlerts(*m_db, out, error))
            qWarning("openAlerts: %s", qPrintable(error));
        return out;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("acks.db")));
        m_db = test::openMigrated(test::sqliteIn(m_dir, QStringLiteral("acks.db")), error);
        QVERIFY2(m_db, qPrintable(error));
        m_w = seedWorld(*m_db);
    }

    void listsOpenIncidentsMostSevereFirst() {
        const qint64 t = m_clock.nowMs() - 3600000;
        const qint64 older = incident(QStringLiteral("payment_failure"), 1, t);
        const qint64 major = incident(QStringLiteral("login_failure"), 3, t + 1000);
        const qint64 newer = incident(QStringLiteral("payout_delay"), 1, t + 2000);
        incident(QStringLiteral("app_crash"), 3, t + 3000, QStringLiteral("resolved"));
        const QList<OpenIncidentAlert> list = alerts();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).incidentId, major);
        QCOMPARE(list.at(0).grade, Grade::Major);
        QCOMPARE(list.at(0).problemType, QStringLiteral("login_failure"));
        QCOMPARE(list.at(0).openedAtMs, t + 1000);
        QCOMPARE(list.at(1).incidentId, newer);
        QCOMPARE(list.at(2).incidentId, older);
        for (const OpenIncidentAlert &a : list)
            QVERIFY(!a.ack);
    }

    void acknowledgeRecordsWhoAndWhenAndSortsLast() {
        const qint64 t = m_clock.nowMs() - 3600000;
        const qint64 major = incident(QStringLiteral("login_failure"), 3, t);
        const qint64 serious = incident(QStringLiteral("payment_failure"), 1, t + 1000);
        const qint64 seqBefore = scalar(*m_db, QStringLiteral("SELECT MAX(seq) FROM change_log"));
        QString error;
        IncidentAlertAcks acks(*m_db, m_clock);
        QVERIFY2(acks.acknowledge(m_w.lead, major, Grade::Major, error), qPrintable(error));

        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT acked_by FROM incident_alert_acks WHERE "
                                       "incident_id = ? AND grade = 3"),
                        {major}),
                 m_w.lead);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT acked_at FROM incident_alert_acks WHERE "
                                       "incident_id = ?"),
                        {major}),
                 m_clock.nowMs());
        // Other workstations hear of it as a change of the incident.
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ? AND "
                                       "entity = 'incident' AND entity_id = ?"),
                        {seqBefore, major}),
                 1);

        const QList<OpenIncidentAlert> list = alerts();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).incidentId, serious); // not acknowledged comes first
        QVERIFY(!list.at(0).ack);
        QCOMPARE(list.at(1).incidentId, major);
        QVERIFY(list.at(1).ack);
        QCOMPARE(list.at(1).ack->staffId, m_w.lead);
        QCOMPARE(list.at(1).ack->staffName, QStringLiteral("Name lead"));
        QCOMPARE(list.at(1).ack->atMs, m_clock.nowMs());

        // The first acknowledgement of a grade stays.
        m_clock.advance(60000);
        QVERIFY2(acks.acknowledge(m_w.sup, major, Grade::Major, error), qPrintable(error));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) * 1000000 + MIN(acked_by) FROM "
                                       "incident_alert_acks WHERE incident_id = ?"),
                        {major}),
                 1000000 + m_w.lead);
    }

    void aRiseAlertsAgain() {
        const qint64 id = incident(QStringLiteral("payment_failure"), 1, m_clock.nowMs() - 60000);
        QString error;
        IncidentAlertAcks acks(*m_db, m_clock);
        QVERIFY2(acks.acknowledge(m_w.sup, id, Grade::Serious, error), qPrintable(error));
        QVERIFY(alerts().at(0).ack);
        QVERIFY(
            m_db->exec(QStringLiteral("UPDATE incidents SET grade = 2 WHERE id = ?"), {id}, error));
        QVERIFY(!alerts().at(0).ack); // the new grade is not acknowledged
        // An acknowledgement of the grade it no longer has is refused.
        QVERIFY(!acks.acknowledge(m_w.sup, id, Grade::Serious, error));
        QVERIFY2(error.contains(QLatin1StringView("another grade")), qPrintable(error));
        QVERIFY2(acks.acknowledge(m_w.sup, id, Grade::Urgent, error), qPrintable(error));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM incident_alert_acks")), 2);
        QVERIFY(alerts().at(0).ack);
    }

    void refusals() {
        const qint64 open = incident(QStringLiteral("payment_failure"), 2, m_clock.nowMs());
        const qint64 resolved = incident(QStringLiteral("login_failure"), 2, m_clock.nowMs(),
                                         QStringLiteral("resolved"));
        QString error;
        IncidentAlertAcks acks(*m_db, m_clock);
        // An agent does not hold incidents.confirm.
        QVERIFY(!acks.acknowledge(m_w.agent1, open, Grade::Urgent, error));
        QVERIFY2(error.contains(QLatin1StringView("incidents.confirm")), qPrintable(error));
        QVERIFY(!acks.acknowledge(m_w.lead, resolved, Grade::Urgent, error));
        QVERIFY2(error.contains(QLatin1StringView("resolved")), qPrintable(error));
        QVERIFY(!acks.acknowledge(m_w.lead, 999999, Grade::Urgent, error));
        QVERIFY2(error.contains(QLatin1StringView("does not exist")), qPrintable(error));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM incident_alert_acks")), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncidentAlertAcks)
#include "tst_incidents_alertacks.moc"

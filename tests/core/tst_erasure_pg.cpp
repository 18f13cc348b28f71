// An erasure request on a shared PostgreSQL server, as staff send it through their own logins
// with raw SQL: only a login holding personal_data.erase may run sb_erase_customer, nobody may
// empty a ticket's identifiers or rewrite its timeline directly, and the audit row names the
// signed-in login (not one passed in) and never the value.
#include "security/erasure.h"
#include "security_pg_fixture.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace sb;

namespace {
const QString kPhone = QStringLiteral("13800138000");
}

class TestErasurePg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the installer's: seeding and checks only
    std::unique_ptr<Database> m_supervisor;
    std::unique_ptr<Database> m_officer;
    qint64 m_ticket = 0, m_other = 0;

    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery q;
        QString e;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, e) || !q.next())
            qFatal("seed: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    qint64 person(const QString &no, const QString &role) {
        return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {no, no, role, QString(QStringLiteral("pending_") + no)});
    }
    QVariant installer(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q;
        QString e;
        if (!m_db->exec(q, sql, values, e) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(e));
        return q.value(0);
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (SIGNALBOARD_TEST_PG_STATE)");
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("erasure")), e);
        QVERIFY2(m_db, qPrintable(e));
        const auto ticket = [&](const QString &external, const QString &service) {
            return insert(QStringLiteral("INSERT INTO tickets(source, external_id, received_at, "
                                         "channel, customer_tier, problem_type, customer_id, "
                                         "service_number, description, updated_at) VALUES ('t', "
                                         "?, 1, 'phone', 'normal', 'other', 'C1234', ?, ?, 1)"),
                          {external, service, QStringLiteral("Call %1").arg(service)});
        };
        m_ticket = ticket(QStringLiteral("a"), kPhone);
        m_other = ticket(QStringLiteral("b"), QStringLiteral("13900139000"));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, note) "
                                          "VALUES (?, 2, 'handle', ?)"),
                           {m_ticket, QStringLiteral("Called %1").arg(kPhone)}, e));
        // A supervisor holds every ticket permission but not the erasure one; the officer's
        // role is given exactly personal_data.erase.
        m_supervisor = test::pgLoginFor(*m_db, QStringLiteral("sb_er_sup"),
                                        person(QStringLiteral("ER1"), QStringLiteral("supervisor")),
                                        QStringLiteral("sb_supervisor"));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) "
                                          "VALUES ('privacy_officer', 'Privacy officer', 0, "
                                          "'sb_agent')"),
                           {}, e));
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) "
                                           "SELECT id, 'personal_data.erase' FROM roles WHERE "
                                           "key = 'privacy_officer'"),
                            {}, e),
                 qPrintable(e));
        m_officer =
            test::pgLoginFor(*m_db, QStringLiteral("sb_er_officer"),
                             person(QStringLiteral("ER2"), QStringLiteral("privacy_officer")),
                             QStringLiteral("sb_agent"));
        QVERIFY(m_supervisor && m_officer);
    }

    void cleanupTestCase() {
        if (m_db) {
            m_supervisor.reset();
            m_officer.reset();
            test::dropLogins(*m_db, {QStringLiteral("sb_er_sup"), QStringLiteral("sb_er_officer")});
        }
    }

    void othersAreRefusedByTheServer() {
        QVERIFY(test::refusedAs(*m_supervisor,
                                QStringLiteral("SELECT sb_erase_customer('service_number', ?, "
                                               "'REQ-1', false)"),
                                {kPhone}, QStringLiteral("personal_data.erase")));
        // Not even a dry run: the count alone says whether a number is a customer's.
        QVERIFY(test::refusedAs(*m_supervisor,
                                QStringLiteral("SELECT sb_erase_customer('service_number', ?, "
                                               "'REQ-1', true)"),
                                {kPhone}, QStringLiteral("personal_data.erase")));
        QVERIFY(test::refusedAs(
            *m_supervisor, QStringLiteral("UPDATE tickets SET service_number = '' WHERE id = ?"),
            {m_ticket}, QStringLiteral("permission denied")));
        QVERIFY(test::refusedAs(*m_officer,
                                QStringLiteral("UPDATE ticket_events SET note = '' WHERE "
                                               "ticket_id = ?"),
                                {m_ticket}, QStringLiteral("permission denied")));
        // Through the product's own class as well.
        SystemClock clock;
        PersonalDataErasure erasure(*m_supervisor, clock);
        qint64 n = 0;
        QString e;
        QVERIFY(!erasure.run({ErasureField::ServiceNumber, kPhone, QStringLiteral("REQ-1")},
                             QStringLiteral("someone else"), false, n, e));
        QVERIFY2(e.contains(QLatin1StringView("personal_data.erase")), qPrintable(e));
        QCOMPARE(
            installer(QStringLiteral("SELECT service_number FROM tickets WHERE id = ?"), {m_ticket})
                .toString(),
            kPhone);
    }

    void theHolderErasesAndIsRecorded() {
        SystemClock clock;
        PersonalDataErasure erasure(*m_officer, clock);
        qint64 n = 0;
        QString e;
        QVERIFY2(erasure.run({ErasureField::ServiceNumber, kPhone, QStringLiteral("REQ-2")},
                             QStringLiteral("an actor the server ignores"), true, n, e),
                 qPrintable(e));
        QCOMPARE(n, 1);
        QCOMPARE(
            installer(QStringLiteral("SELECT service_number FROM tickets WHERE id = ?"), {m_ticket})
                .toString(),
            kPhone);
        QVERIFY2(erasure.run({ErasureField::ServiceNumber, kPhone, QStringLiteral("REQ-2")},
                             QStringLiteral("an actor the server ignores"), false, n, e),
                 qPrintable(e));
        QCOMPARE(n, 1);
        QCOMPARE(installer(QStringLiteral("SELECT customer_id || '|' || service_number || '|' "
                                          "|| description || '|' || version FROM tickets WHERE "
                                          "id = ?"),
                           {m_ticket})
                     .toString(),
                 QStringLiteral("||Call [erased]|2"));
        QCOMPARE(installer(QStringLiteral("SELECT note FROM ticket_events WHERE ticket_id = ?"),
                           {m_ticket})
                     .toString(),
                 QStringLiteral("Called [erased]"));
        QCOMPARE(
            installer(QStringLiteral("SELECT service_number FROM tickets WHERE id = ?"), {m_other})
                .toString(),
            QStringLiteral("13900139000"));
        QSqlQuery q;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT actor, detail FROM audit_log WHERE action = "
                                          "'personal_data.erase'"),
                           {}, e) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sb_er_officer"));
        const QJsonObject detail = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        QCOMPARE(detail.value(QStringLiteral("reference")).toString(), QStringLiteral("REQ-2"));
        QCOMPARE(detail.value(QStringLiteral("tickets")).toInteger(), 1);
        QVERIFY(!q.value(1).toString().contains(kPhone));
        QVERIFY(!q.next());
        // Other workstations hear of it.
        QVERIFY(installer(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = "
                                         "'ticket' AND entity_id = ? AND op = 'update'"),
                          {m_ticket})
                    .toLongLong() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestErasurePg)
#include "tst_erasure_pg.moc"

// What a ticket's detail view reads and writes on a shared PostgreSQL server, through staff
// logins: personal data masked by the server unless read in clear (with personal_data.view,
// audited), a customer's other tickets only where the login may see them, attachments as
// bytea with their timeline line in the writer's name.
#include "security/masking.h"
#include "testsupport.h"
#include "tickets/ticketattachments.h"
#include "tickets/ticketdetailqueries.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestTicketDetailQueriesPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the installer's: seeding and checks only
    std::unique_ptr<Database> m_agent;
    std::unique_ptr<Database> m_admin;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    qint64 m_teamA = 0, m_teamB = 0, m_agentId = 0;
    qint64 m_a = 0, m_a2 = 0, m_b = 0;

    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery q(m_db->db());
        QString error;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("seed: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }
    qint64 ticket(const QString &external, qint64 team, qint64 receivedAt) {
        return insert(QStringLiteral("INSERT INTO tickets(source, external_id, received_at, "
                                     "channel, customer_tier, problem_type, customer_id, "
                                     "service_number, team_id, subject, updated_at) VALUES "
                                     "('t', ?, ?, 'phone', 'normal', 'other', 'C012345', "
                                     "'13800138000', ?, ?, 1)"),
                      {external, receivedAt, team, external});
    }
    qint64 scalar(const QString &sql, const QVariantList &values) {
        QSqlQuery q(m_db->db());
        QString error;
        if (!m_db->exec(q, sql, values, error) || !q.next())
            qFatal("scalar: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("ticket_detail")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_teamA = insert(QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('A', 0)"), {});
        m_teamB = insert(QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('B', 0)"), {});
        const auto person = [&](const char *no, const char *role, qint64 team) {
            return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, team_id, "
                                         "status, status_changed_at, login, created_at) VALUES "
                                         "(?, ?, (SELECT id FROM roles WHERE key = ?), ?, "
                                         "'active', 0, ?, 0)"),
                          {QString::fromLatin1(no), QString::fromLatin1(no),
                           QString::fromLatin1(role),
                           team > 0 ? QVariant(team) : QVariant(QMetaType::fromType<qint64>()),
                           QVariant(QStringLiteral("pending_") + QString::fromLatin1(no))});
        };
        m_agentId = person("TD1", "agent", m_teamA);
        const qint64 admin = person("TD2", "admin", 0);
        m_a = ticket(QStringLiteral("a1"), m_teamA, 3000);
        m_a2 = ticket(QStringLiteral("a2"), m_teamA, 2000);
        m_b = ticket(QStringLiteral("b1"), m_teamB, 1000);
        m_agent = test::pgLoginFor(*m_db, QStringLiteral("sb_td_agent"), m_agentId,
                                   QStringLiteral("sb_agent"));
        m_admin = test::pgLoginFor(*m_db, QStringLiteral("sb_td_admin"), admin,
                                   QStringLiteral("sb_admin"));
        QVERIFY(m_agent && m_admin);
    }

    void fieldsAreMaskedByTheServer() {
        std::optional<TicketDetailFields> read;
        QString e;
        // An agent asking for clear values without the permission: masked, not an error.
        QVERIFY2(TicketDetailQueries(*m_agent).fields(m_a, true, read, e), qPrintable(e));
        QVERIFY(read.has_value());
        QVERIFY(read->hasCustomer);
        QCOMPARE(read->customerId, maskServiceNumber(QStringLiteral("C012345")));
        QCOMPARE(read->serviceNumber, maskServiceNumber(QStringLiteral("13800138000")));
        QCOMPARE(read->teamName, QStringLiteral("A"));
        QCOMPARE(read->subject, QStringLiteral("a1"));
        // Another team's ticket is not there for the agent.
        QVERIFY2(TicketDetailQueries(*m_agent).fields(m_b, false, read, e), qPrintable(e));
        QVERIFY(!read.has_value());

        // The administrator holds personal_data.view: clear, and the read is audited.
        const auto audited = [&] {
            return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'personal_data.view' AND actor = 'sb_td_admin'"),
                          {});
        };
        const qint64 before = audited();
        QVERIFY2(TicketDetailQueries(*m_admin).fields(m_b, true, read, e), qPrintable(e));
        QVERIFY(read.has_value());
        QCOMPARE(read->customerId, QStringLiteral("C012345"));
        QCOMPARE(read->serviceNumber, QStringLiteral("13800138000"));
        QVERIFY(audited() > before);
        // Not asked for: masked, nothing audited.
        const qint64 after = audited();
        QVERIFY2(TicketDetailQueries(*m_admin).fields(m_b, false, read, e), qPrintable(e));
        QCOMPARE(read->serviceNumber, maskServiceNumber(QStringLiteral("13800138000")));
        QCOMPARE(audited(), after);
    }

    void customerHistoryOnlyWhereTheLoginSees() {
        QList<TicketHistoryEntry> rows;
        QString e;
        QVERIFY2(TicketDetailQueries(*m_agent).customerHistory(m_a, 50, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 1); // not the other team's ticket
        QCOMPARE(rows.first().id, m_a2);
        QCOMPARE(rows.first().receivedAt, qint64(2000));
        QVERIFY2(TicketDetailQueries(*m_admin).customerHistory(m_a, 50, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, m_a2); // newest first
        QCOMPARE(rows.at(1).id, m_b);
        QVERIFY2(TicketDetailQueries(*m_admin).customerHistory(m_a, 1, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 1);
    }

    void attachmentsAsBytea() {
        TicketAttachments store(*m_agent, m_clock);
        constexpr char raw[] = "\0\x01\xff binary \0 end";
        const QByteArray bytes(raw, sizeof(raw) - 1);
        qint64 id = 0;
        QString e;
        QVERIFY2(store.add(m_a, m_agentId, QStringLiteral("dump.bin"),
                           QStringLiteral("application/octet-stream"), bytes, id, e),
                 qPrintable(e));
        QVERIFY(id > 0);
        QList<TicketAttachmentInfo> list;
        QVERIFY2(store.list(m_a, list, e), qPrintable(e));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().size, qint64(bytes.size()));
        std::optional<TicketAttachmentFile> file;
        QVERIFY2(store.load(m_a, id, file, e), qPrintable(e));
        QVERIFY(file.has_value());
        QCOMPARE(file->data, bytes);
        QCOMPARE(scalar(QStringLiteral("SELECT actor_id FROM ticket_events WHERE ticket_id = ? "
                                       "AND action = 'attachment' AND note = 'dump.bin'"),
                        {m_a}),
                 m_agentId);
        bool any = false;
        const qint64 line = scalar(QStringLiteral("SELECT MAX(id) FROM ticket_events WHERE "
                                                  "ticket_id = ?"),
                                   {m_a});
        QVERIFY2(TicketDetailQueries(*m_agent).hasAnyEvent(m_a, {line}, any, e), qPrintable(e));
        QVERIFY(any);

        // Another team's ticket: refused by the server, nothing written.
        e.clear();
        QVERIFY(!store.add(m_b, m_agentId, QStringLiteral("x.bin"),
                           QStringLiteral("application/octet-stream"), bytes, id, e));
        QVERIFY(!e.isEmpty());
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE ticket_id = ?"), {m_b}),
            qint64(0));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {m_b}),
            qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTicketDetailQueriesPg)
#include "tst_ticket_detail_queries_pg.moc"

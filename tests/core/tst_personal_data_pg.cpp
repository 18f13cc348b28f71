// Personal data on a shared PostgreSQL server, as staff read it through their own logins:
// the server masks customer ids and service numbers exactly as the workstation does;
// searches, a customer's other tickets and exports keep working on masked data; clear values
// come only to holders of personal_data.view, audited. Raw-SQL attacks are in
// tests/guard/server_guard_pg.sh.
#include "io/exporter.h"
#include "security/masking.h"
#include "testsupport.h"
#include "tickets/ticketpersonaldata.h"
#include "tickets/ticketquery.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestPersonalDataPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the installer's: seeding and checks only
    std::unique_ptr<Database> m_agent;
    std::unique_ptr<Database> m_admin;
    qint64 m_teamA = 0, m_teamB = 0, m_agentId = 0;
    qint64 m_a = 0, m_a2 = 0, m_b = 0;

    qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("seed: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }
    qint64 ticket(const QString &external, qint64 team, const QString &customer,
                  const QString &service) {
        return insert(*m_db,
                      QStringLiteral("INSERT INTO tickets(source, external_id, received_at, "
                                     "channel, customer_tier, problem_type, customer_id, "
                                     "service_number, team_id, updated_at) VALUES ('t', ?, 1, "
                                     "'phone', 'normal', 'other', ?, ?, ?, 1)"),
                      {external, customer, service, team});
    }
    // The tickets `who` finds with `filter`, by external id, and the columns shown.
    QStringList find(Database &who, const TicketFilter &filter, qint64 readAllAs = 0) {
        TicketQueryContext context;
        context.readAll = readAllAs == 0;
        context.staffId = readAllAs;
        context.teamId = m_teamA;
        const TicketQueryBuilder b(who.dialect(), TicketQueue::All, filter, context);
        QByteArray csv;
        QBuffer out(&csv);
        out.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        QString error;
        if (!Exporter::exportTickets(who, b, &out, rows, error))
            return {QStringLiteral("error: ") + error};
        QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeFirst(); // header
        for (QString &l : lines) {
            const QStringList f = l.trimmed().split(QLatin1Char(','));
            l = f.value(4) + QLatin1Char(' ') + f.value(9) + QLatin1Char(' ') + f.value(10);
        }
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("personal_data")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_teamA = insert(*m_db,
                         QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                        "('A', 0)"),
                         {});
        m_teamB = insert(*m_db,
                         QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                        "('B', 0)"),
                         {});
        const auto person = [&](const char *no, const char *role, qint64 team) {
            return insert(*m_db,
                          QStringLiteral("INSERT INTO staff(employee_no, name, role_id, team_id, "
                                         "status, status_changed_at, login, created_at) VALUES "
                                         "(?, ?, (SELECT id FROM roles WHERE key = ?), ?, "
                                         "'active', 0, ?, 0)"),
                          {QString::fromLatin1(no), QString::fromLatin1(no),
                           QString::fromLatin1(role),
                           team > 0 ? QVariant(team) : QVariant(QMetaType::fromType<qint64>()),
                           QVariant(QStringLiteral("pending_") + QString::fromLatin1(no))});
        };
        m_agentId = person("PD1", "agent", m_teamA);
        const qint64 admin = person("PD2", "admin", 0);
        m_a = ticket(QStringLiteral("a1"), m_teamA, QStringLiteral("C012345"),
                     QStringLiteral("13800138000"));
        m_a2 = ticket(QStringLiteral("a2"), m_teamA, QStringLiteral("C012345"),
                      QStringLiteral("ACC-20240001"));
        m_b = ticket(QStringLiteral("b1"), m_teamB, QStringLiteral("C012345"),
                     QStringLiteral("13900139000"));
        m_agent = test::pgLoginFor(*m_db, QStringLiteral("sb_pd_agent"), m_agentId,
                                   QStringLiteral("sb_agent"));
        m_admin = test::pgLoginFor(*m_db, QStringLiteral("sb_pd_admin"), admin,
                                   QStringLiteral("sb_admin"));
        QVERIFY(m_agent && m_admin);
    }

    void serverMasksLikeTheWorkstation() {
        const QStringList values{QStringLiteral("13812345678"),
                                 QStringLiteral("138-1234-5678"),
                                 QStringLiteral("+86 138 1234 5678"),
                                 QStringLiteral("ACC-20240001"),
                                 QStringLiteral("1234567"),
                                 QStringLiteral("C012345"),
                                 QStringLiteral("ab\ncd"),
                                 QStringLiteral("１３８１２３４５６７８"),
                                 QStringLiteral("٠١٢٣٤٥٦٧٨٩"),
                                 QStringLiteral("客户 6222021234567890"),
                                 QString()};
        for (const QString &v : values) {
            QSqlQuery q(m_agent->db());
            QString error;
            QVERIFY2(m_agent->exec(q, QStringLiteral("SELECT sb_mask_personal(?)"), {v}, error),
                     qPrintable(error));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), maskServiceNumber(v));
        }
    }

    void agentSearchesOnMaskedData() {
        TicketFilter byNumber;
        byNumber.text = QStringLiteral("13800138000");
        QCOMPARE(find(*m_agent, byNumber, m_agentId),
                 QStringList{QStringLiteral("a1 C****** 138****8000")});
        byNumber.text = QStringLiteral("13900139000"); // another team's: not found
        QCOMPARE(find(*m_agent, byNumber, m_agentId), QStringList());
        TicketFilter byCustomer;
        byCustomer.customer = QStringLiteral("C012345");
        QCOMPARE(find(*m_agent, byCustomer, m_agentId),
                 (QStringList{QStringLiteral("a1 C****** 138****8000"),
                              QStringLiteral("a2 C****** ACC-****0001")}));
    }

    void agentPagesTheQueueWithMaskedNumbers() {
        TicketQueryContext context;
        context.readAll = false;
        context.staffId = m_agentId;
        context.teamId = m_teamA;
        const TicketQueryBuilder b(Dialect::PostgreSQL, TicketQueue::All, {}, context);
        const PagedSql page = b.page(TicketQueryBuilder::Page::First, {}, 50);
        QSqlQuery q(m_agent->db());
        QString error;
        QVERIFY2(m_agent->exec(q, page.sql, page.values, error), qPrintable(error));
        QStringList shown;
        while (q.next())
            shown << q.value(12).toString() + QLatin1Char('/') + q.value(13).toString();
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("138****8000/C******"),
                                     QStringLiteral("ACC-****0001/C******")}));
    }

    void agentSeesTheCustomersOtherTickets() {
        QVariantList values;
        const QString same = TicketPersonalData(Dialect::PostgreSQL).sameCustomerAs(m_a, values);
        QSqlQuery q(m_agent->db());
        QString error;
        QVERIFY2(m_agent->exec(q, QStringLiteral("SELECT t.id FROM tickets t WHERE ") + same,
                               values, error),
                 qPrintable(error));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QCOMPARE(ids, QList<qint64>{m_a2}); // not the other team's ticket
    }

    void clearValuesNeedThePermissionAndAreAudited() {
        const TicketPersonalData personal(Dialect::PostgreSQL);
        QHash<qint64, TicketPersonalData::Values> clear;
        QString error;
        QVERIFY(!personal.readClear(*m_agent, {m_a}, clear, error));
        QVERIFY2(error.contains(QLatin1StringView("personal_data.view")), qPrintable(error));

        const auto audited = [&] {
            QSqlQuery q(m_db->db());
            QString e;
            m_db->exec(q,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'personal_data.view' AND actor = 'sb_pd_admin'"),
                       {}, e);
            return q.next() ? q.value(0).toInt() : -1;
        };
        const int before = audited();
        TicketQueryContext all;
        const TicketQueryBuilder b(Dialect::PostgreSQL, TicketQueue::All, {}, all);
        QByteArray csv;
        QBuffer out(&csv);
        out.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        TicketExportOptions options;
        options.personalData = true;
        QVERIFY2(Exporter::exportTickets(*m_admin, b, &out, rows, error, options),
                 qPrintable(error));
        QCOMPARE(rows, 3);
        QVERIFY(csv.contains("13900139000"));
        QVERIFY(csv.contains("C012345"));
        QCOMPARE(audited(), before + 1); // one call for the batch
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataPg)
#include "tst_personal_data_pg.moc"

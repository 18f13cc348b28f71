// An erasure request on SQLite: the customer's tickets are anonymised in place (identifiers
// emptied, the value replaced in texts and timeline notes), the rest of each ticket stays, other
// customers are untouched, each ticket's version moves and the change feed hears of it; the
// audit log records field, reference and count, never the value. A dry run changes nothing. The
// CLI does the same, in an archive file too, and reads the value from standard input.
#include "security/erasure.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
const QString kPhone = QStringLiteral("13800138000");

QVariant value(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, sql, values, e) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(e));
    return q.value(0);
}

qint64 ticket(Database &db, const QString &external, const QString &customer,
              const QString &service, const QString &description) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q,
                 QStringLiteral(
                     "INSERT INTO tickets(source, external_id, received_at, channel, "
                     "customer_tier, problem_type, customer_id, service_number, "
                     "subject, description, updated_at) VALUES ('t', ?, 1, 'phone', "
                     "'normal', 'other', COALESCE(?, ''), ?, 'Call back', ?, 1) RETURNING id"),
                 {external, customer, service, description}, e) ||
        !q.next())
        qFatal("ticket: %s", qPrintable(e));
    return q.value(0).toLongLong();
}

void addEvent(Database &db, qint64 ticketId, const QString &note) {
    QString e;
    if (!db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, note) VALUES "
                                "(?, 2, 'handle', ?)"),
                 {ticketId, note}, e))
        qFatal("event: %s", qPrintable(e));
}
} // namespace

class TestErasure : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC)};
    qint64 m_a1 = 0, m_a2 = 0, m_b = 0;

    void seed(Database &db) {
        m_a1 = ticket(db, QStringLiteral("a1"), QStringLiteral("C012345"), kPhone,
                      QStringLiteral("Customer at %1 cannot log in; call %1.").arg(kPhone));
        m_a2 = ticket(db, QStringLiteral("a2"), QString(), kPhone, QStringLiteral("Refund"));
        m_b = ticket(db, QStringLiteral("b1"), QStringLiteral("C099999"),
                     QStringLiteral("13900139000"),
                     QStringLiteral("Mentions a neighbour, %1").arg(kPhone.left(6)));
        addEvent(db, m_a1, QStringLiteral("Called %1, no answer").arg(kPhone));
        addEvent(db, m_b, QStringLiteral("Called 13900139000"));
    }

private Q_SLOTS:
    void init() {
        QString e;
        m_db = test::openMigrated(
            test::sqliteIn(m_dir, QString::fromLatin1(QTest::currentTestFunction()) +
                                      QStringLiteral(".db")),
            e);
        QVERIFY2(m_db, qPrintable(e));
        seed(*m_db);
    }

    void badRequestsSayWhatIsWrong() {
        PersonalDataErasure erasure(*m_db, m_clock);
        qint64 n = 0;
        QString e;
        QVERIFY(!erasure.run(
            {ErasureField::ServiceNumber, QStringLiteral("138"), QStringLiteral("REQ-1")},
            QStringLiteral("t"), false, n, e));
        QVERIFY2(e.contains(QLatin1StringView("service_number")) &&
                     e.contains(QLatin1StringView("4 to 200")),
                 qPrintable(e));
        QVERIFY(!erasure.run({ErasureField::ServiceNumber, kPhone, QStringLiteral("  ")},
                             QStringLiteral("t"), false, n, e));
        QVERIFY2(e.contains(QLatin1StringView("reference")), qPrintable(e));
        QCOMPARE(PersonalDataErasure::fieldFromKey(QStringLiteral("customer_id")),
                 std::optional(ErasureField::CustomerId));
        QVERIFY(!PersonalDataErasure::fieldFromKey(QStringLiteral("subject")));
    }

    void dryRunCountsAndChangesNothing() {
        const qint64 changes =
            value(*m_db, QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong();
        PersonalDataErasure erasure(*m_db, m_clock);
        qint64 n = 0;
        QString e;
        QVERIFY2(erasure.run({ErasureField::ServiceNumber, kPhone, QStringLiteral("REQ-1")},
                             QStringLiteral("t"), true, n, e),
                 qPrintable(e));
        QCOMPARE(n, 2);
        QCOMPARE(value(*m_db,
                       QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                      "service_number = ?"),
                       {kPhone})
                     .toLongLong(),
                 2);
        QCOMPARE(value(*m_db, QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong(),
                 changes);
        QCOMPARE(value(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'personal_data.erase'"))
                     .toLongLong(),
                 0);
    }

    void anonymisesTheCustomersTicketsOnly() {
        const qint64 seq =
            value(*m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"))
                .toLongLong();
        PersonalDataErasure erasure(*m_db, m_clock);
        qint64 n = 0;
        QString e;
        QVERIFY2(erasure.run({ErasureField::ServiceNumber, QStringLiteral(" %1 ").arg(kPhone),
                              QStringLiteral("REQ-2026-001")},
                             QStringLiteral("dpo"), false, n, e),
                 qPrintable(e));
        QCOMPARE(n, 2);
        QSqlQuery q;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT customer_id, service_number, subject, "
                                          "description, version, updated_at FROM tickets WHERE "
                                          "id = ?"),
                           {m_a1}, e) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), QString());
        QCOMPARE(q.value(2).toString(), QStringLiteral("Call back")); // the rest stays
        QCOMPARE(q.value(3).toString(),
                 QStringLiteral("Customer at [erased] cannot log in; call [erased]."));
        QCOMPARE(q.value(4).toLongLong(), 2);
        QCOMPARE(q.value(5).toLongLong(), m_clock.nowMs());
        QCOMPARE(value(*m_db, QStringLiteral("SELECT note FROM ticket_events WHERE ticket_id = ?"),
                       {m_a1})
                     .toString(),
                 QStringLiteral("Called [erased], no answer"));
        // Nothing of the value is left anywhere in the customer's tickets.
        QCOMPARE(value(*m_db,
                       QStringLiteral("SELECT COUNT(*) FROM tickets WHERE customer_id || "
                                      "service_number || subject || description || extra "
                                      "LIKE ?"),
                       {QStringLiteral("%%1%").arg(kPhone)})
                     .toLongLong(),
                 0);
        // Another customer: untouched, even where part of the value appears.
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT service_number, description, version FROM "
                                          "tickets WHERE id = ?"),
                           {m_b}, e) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("13900139000"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Mentions a neighbour, 138001"));
        QCOMPARE(q.value(2).toLongLong(), 1);
        // Other workstations hear of both tickets.
        QCOMPARE(value(*m_db,
                       QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM change_log WHERE "
                                      "seq > ? AND entity = 'ticket' AND op = 'update'"),
                       {seq})
                     .toLongLong(),
                 2);
        // Audited: who, when, field, reference, count; never the value.
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT actor, at, detail FROM audit_log WHERE action "
                                          "= 'personal_data.erase'"),
                           {}, e) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("dpo"));
        QCOMPARE(q.value(1).toLongLong(), m_clock.nowMs());
        const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        QCOMPARE(detail.value(QStringLiteral("field")).toString(),
                 QStringLiteral("service_number"));
        QCOMPARE(detail.value(QStringLiteral("reference")).toString(),
                 QStringLiteral("REQ-2026-001"));
        QCOMPARE(detail.value(QStringLiteral("tickets")).toInteger(), 2);
        QVERIFY(!q.value(2).toString().contains(kPhone));
        QVERIFY(!q.next());
        // Asked again: nothing left to erase.
        QVERIFY2(erasure.run({ErasureField::ServiceNumber, kPhone, QStringLiteral("REQ-2026-001")},
                             QStringLiteral("dpo"), false, n, e),
                 qPrintable(e));
        QCOMPARE(n, 0);
    }

    void byCustomerId() {
        PersonalDataErasure erasure(*m_db, m_clock);
        qint64 n = 0;
        QString e;
        QVERIFY2(erasure.run(
                     {ErasureField::CustomerId, QStringLiteral("C012345"), QStringLiteral("REQ-7")},
                     QStringLiteral("dpo"), false, n, e),
                 qPrintable(e));
        QCOMPARE(n, 1);
        QCOMPARE(value(*m_db,
                       QStringLiteral("SELECT customer_id || '|' || service_number FROM "
                                      "tickets WHERE id = ?"),
                       {m_a1})
                     .toString(),
                 QStringLiteral("|"));
        // The ticket found only by its service number keeps it: the request named the id.
        QCOMPARE(
            value(*m_db, QStringLiteral("SELECT service_number FROM tickets WHERE id = ?"), {m_a2})
                .toString(),
            kPhone);
    }

    // The CLI: live database and an archive file in one request; the value from stdin.
    void cliErasesLiveAndArchive() {
        QString e;
        const DatabaseUrl archiveUrl = test::sqliteIn(m_dir, QStringLiteral("old.sbarchive"));
        {
            auto archive = test::openMigrated(archiveUrl, e);
            QVERIFY2(archive, qPrintable(e));
            seed(*archive);
        }
        const DatabaseUrl liveUrl = m_db->url();
        const QString live = liveUrl.toDisplayString();
        m_db.reset();
        const test::CliRun run = test::runCli(
            {QStringLiteral("erase"), QStringLiteral("--db"), live, QStringLiteral("--field"),
             QStringLiteral("service_number"), QStringLiteral("--value"), QStringLiteral("-"),
             QStringLiteral("--reference"), QStringLiteral("REQ-9"), QStringLiteral("--archive"),
             archiveUrl.path},
            kPhone.toUtf8() + "\n");
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out.count(QLatin1StringView(": 2 ticket(s) anonymised")), 2);
        for (const DatabaseUrl &u : {liveUrl, archiveUrl}) {
            auto db = Database::open(u, QStringLiteral("check"), e);
            QVERIFY2(db, qPrintable(e));
            QCOMPARE(value(*db,
                           QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                          "description LIKE ? OR service_number = ?"),
                           {QStringLiteral("%%1%").arg(kPhone), kPhone})
                         .toLongLong(),
                     0);
            QCOMPARE(value(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                               "'personal_data.erase' AND actor = "
                                               "'signalboard-cli'"))
                         .toLongLong(),
                     1);
        }
        // A value too short is refused before anything opens.
        const test::CliRun bad = test::runCli(
            {QStringLiteral("erase"), QStringLiteral("--db"), live, QStringLiteral("--field"),
             QStringLiteral("customer_id"), QStringLiteral("--value"), QStringLiteral("C1"),
             QStringLiteral("--reference"), QStringLiteral("R")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QLatin1StringView("4 to 200")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"

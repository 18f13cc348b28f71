// The live side of an archive check on PostgreSQL, digested by the server (sb_archive_digest):
// for every moved table it gives the row count and SHA-256 the client computes from the rows it
// reads (NULLs, texts in any script, control characters, binary attachments, booleans), which
// is the digest of the archive's copy of them; rows too large for the server at once are
// digested by the client. A batch's rows go into the archive as one JSON text and come out with
// the same digest. Only a holder of admin.archive digests, only whitelisted tables and readable
// columns, and never floating-point ones.
#include "archive/archiver.h"
#include "archive/archivetables.h"
#include "archive/jsonrows.h"
#include "archive/pgarchive.h"
#include "security_pg_fixture.h"
#include "storage/dialect.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sb;
using archive::ArchiveTables;
using archive::PgArchive;
using archive::TableDigest;
using archive::TicketReference;

namespace {

const QByteArray kScan("\x00\x01\xff\xfe scan \x00\x7f", 12);
const QString kOdd =
    QStringLiteral("投诉：话费 ✓ 🙂 tab\there\nnew line \"quoted\" back\\slash "
                   "\x01 end");

} // namespace

class TestArchiveDigestPg : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the installer's: seeding and direct reads
    std::unique_ptr<Database> m_archivist;
    std::unique_ptr<Database> m_supervisor;
    QStringList m_logins; // theirs, dropped at the end
    QList<qint64> m_ids;
    int m_archives = 0;

    qint64 insert(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q;
        QString e;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, e) || !q.next())
            qFatal("seed: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    void run(const QString &sql, const QVariantList &values = {}) {
        QString e;
        if (!m_db->exec(sql, values, e))
            qFatal("%s: %s", qPrintable(sql), qPrintable(e));
    }
    qint64 person(const QString &no, const QString &role) {
        return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {no, no, role, QString(QStringLiteral("pending_") + no)});
    }
    static const TicketReference &moved(const QString &table) {
        for (const TicketReference &t : archive::movedTables())
            if (t.table == table)
                return t;
        qFatal("no moved table %s", qPrintable(table));
    }
    // The readable columns of `table`, as the archive reads them.
    QStringList columnsOf(const QString &table) {
        QList<PgArchive::Column> all;
        QString e;
        if (!PgArchive::columns(*m_archivist, table, all, e))
            qFatal("%s", qPrintable(e));
        QStringList names;
        for (const PgArchive::Column &c : std::as_const(all))
            names.append(c.name);
        return names;
    }
    // The server's digest, the client's from the rows it reads through the server, and the
    // client's from the installer's own SELECT (the QtSql values): all three must agree.
    void compareAll(const TicketReference &t, const QStringList &columns) {
        TableDigest server;
        TableDigest rows;
        TableDigest direct;
        bool tooLarge = true;
        QString e;
        QVERIFY2(
            PgArchive::serverDigest(*m_archivist, t.table, columns, m_ids, server, tooLarge, e),
            qPrintable(e));
        QVERIFY(!tooLarge);
        QVERIFY2(PgArchive::rowDigest(*m_archivist, t.table, columns, m_ids, rows, e),
                 qPrintable(e));
        QVERIFY2(ArchiveTables::digestValues(*m_db, t, m_ids, direct, e,
                                             columns.isEmpty() ? columnsOf(t.table) : columns),
                 qPrintable(e));
        QVERIFY2(server.rows > 0, qPrintable(t.table));
        QCOMPARE(server.sha256.size(), 64);
        QCOMPARE(server.rows, rows.rows);
        QCOMPARE(server.sha256, rows.sha256);
        QCOMPARE(server.rows, direct.rows);
        QCOMPARE(server.sha256, direct.sha256);
    }
    std::unique_ptr<Database> newArchive(QString &e) {
        return Archiver::openArchive(
            m_dir.filePath(QStringLiteral("a%1.sbarchive").arg(++m_archives)), true, e);
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (SIGNALBOARD_TEST_PG_STATE)");
        QVERIFY(m_dir.isValid());
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("archive_digest_pg")), e);
        QVERIFY2(m_db, qPrintable(e));
        const qint64 handler = person(QStringLiteral("AD0"), QStringLiteral("agent"));
        const qint64 article = insert(QStringLiteral("INSERT INTO kb_articles(title, body, "
                                                     "created_at, updated_at) VALUES (?, ?, 0, 0)"),
                                      {kOdd, QStringLiteral("正文")});
        for (int i = 0; i < 3; ++i) {
            // The first ticket has no external id (NULL) and texts of every kind.
            const qint64 id = insert(
                QStringLiteral("INSERT INTO tickets(source, external_id, received_at, channel, "
                               "customer_tier, problem_type, customer_id, subject, description, "
                               "state, handler_id, satisfaction, updated_at) VALUES ('t', ?, ?, "
                               "'phone', 'normal', 'billing', 'C1234', ?, ?, 'closed', ?, ?, ?)"),
                {i == 0 ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::number(i)),
                 qint64(1717200000000) + i, i == 0 ? kOdd : QStringLiteral("plain"),
                 i == 1 ? QStringLiteral("") : kOdd, handler,
                 i == 2 ? QVariant(5) : QVariant(QMetaType::fromType<qint64>()),
                 qint64(1717300000000) + i});
            m_ids.append(id);
            run(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                               "to_state, note) VALUES (?, ?, ?, 'register', 'registered', ?)"),
                {id, qint64(1717200000000) + i,
                 i == 1 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(handler), kOdd});
            run(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, from_state, "
                               "to_state, data) VALUES (?, ?, 'move', 'registered', 'closed', "
                               "'{\"n\":1}')"),
                {id, qint64(1717300000000) + i});
            // Binary data with NUL bytes, an empty file, a larger one.
            run(QStringLiteral("INSERT INTO attachments(ticket_id, name, data, created_at) "
                               "VALUES (?, ?, ?, 0)"),
                {id, QStringLiteral("扫描件.bin"),
                 i == 0   ? kScan
                 : i == 1 ? QByteArray("")
                          : QByteArray(4000, '\xe9')});
            for (const char *milestone : {"first_response", "resolution"})
                run(QStringLiteral("INSERT INTO deadline_urges(ticket_id, milestone, kind, "
                                   "due_at, at) VALUES (?, ?, 'warning', 1, 2)"),
                    {id, QString::fromLatin1(milestone)});
            run(QStringLiteral("INSERT INTO ticket_kb_links(ticket_id, article_id, linked_by, "
                               "linked_at) VALUES (?, ?, ?, 0)"),
                {id, article,
                 i == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(handler)});
            run(QStringLiteral("INSERT INTO kb_usage(article_id, ticket_id, at, action) VALUES "
                               "(?, ?, 0, 'used')"),
                {article, id});
        }
        // The archivist (admin.archive only, in an agent's database group: row security shows
        // it none of these tickets) and a supervisor (every ticket permission, not that one).
        test::ArchiveLogins logins = test::archiveLogins(*m_db, QStringLiteral("AD"));
        m_archivist = std::move(logins.archivist);
        m_supervisor = std::move(logins.supervisor);
        m_logins = logins.logins;
        QVERIFY(m_archivist && m_supervisor);
        QCOMPARE(test::scalar(*m_archivist, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    }

    void cleanupTestCase() {
        if (m_db) {
            m_archivist.reset();
            m_supervisor.reset();
            test::dropLogins(*m_db, m_logins);
        }
    }

    void theServerDigestsAsTheClient_data() {
        QTest::addColumn<QString>("table");
        for (const TicketReference &t : archive::movedTables())
            QTest::newRow(qPrintable(t.table)) << t.table;
    }
    void theServerDigestsAsTheClient() {
        QFETCH(QString, table);
        const TicketReference &t = moved(table);
        compareAll(t, {});
        if (QTest::currentTestFailed())
            return;
        // Some columns, in another order (as a run asks for the columns both sides have).
        QStringList some = columnsOf(table);
        std::reverse(some.begin(), some.end());
        some.removeLast();
        compareAll(t, some);
        // Other rows, other digest.
        TableDigest all;
        TableDigest fewer;
        bool tooLarge = false;
        QString e;
        QVERIFY(PgArchive::serverDigest(*m_archivist, table, {}, m_ids, all, tooLarge, e));
        QVERIFY(PgArchive::serverDigest(*m_archivist, table, {}, m_ids.mid(1), fewer, tooLarge, e));
        QVERIFY(all.sha256 != fewer.sha256);
        QVERIFY(fewer.rows < all.rows);
    }

    // Booleans (no moved table has one yet) are digested as the driver's bool is: 1 or 0.
    void booleansAsTheClient() {
        run(QStringLiteral("ALTER TABLE ticket_kb_links ADD COLUMN flag BOOLEAN"));
        const auto drop = qScopeGuard(
            [this] { run(QStringLiteral("ALTER TABLE ticket_kb_links DROP COLUMN flag")); });
        run(QStringLiteral(
                "UPDATE ticket_kb_links SET flag = (ticket_id = ?) WHERE ticket_id <> ?"),
            {m_ids.at(1), m_ids.at(2)});
        QString e;
        auto archive = newArchive(e);
        QVERIFY2(archive, qPrintable(e));
        QVERIFY2(archive->exec(QStringLiteral("ALTER TABLE ticket_kb_links ADD COLUMN flag "
                                              "INTEGER"),
                               {}, e),
                 qPrintable(e));
        const TicketReference &t = moved(QStringLiteral("ticket_kb_links"));
        compareAll(t, {});
        qint64 copied = 0;
        QVERIFY2(ArchiveTables::copy(*m_archivist, *archive, t, m_ids, copied, e), qPrintable(e));
        QCOMPARE(copied, 3);
        QSqlQuery q;
        QVERIFY2(archive->exec(q,
                               QStringLiteral("SELECT group_concat(quote(flag), ',') FROM (SELECT "
                                              "flag FROM ticket_kb_links ORDER BY ticket_id)"),
                               {}, e) &&
                     q.next(),
                 qPrintable(e));
        QCOMPARE(q.value(0).toString(), QStringLiteral("0,1,NULL"));
        QStringList columns;
        QVERIFY2(ArchiveTables::sharedColumns(*m_archivist, *archive, t.table, columns, e),
                 qPrintable(e));
        QVERIFY(columns.contains(QStringLiteral("flag")));
        TableDigest live;
        TableDigest copy;
        QVERIFY2(ArchiveTables::digest(*m_archivist, t, m_ids, live, e, columns), qPrintable(e));
        QVERIFY2(ArchiveTables::digest(*archive, t, m_ids, copy, e, columns), qPrintable(e));
        QVERIFY(live == copy);
    }

    void floatsAreRefused() {
        run(QStringLiteral("ALTER TABLE kb_usage ADD COLUMN weight DOUBLE PRECISION"));
        TableDigest d;
        QString e;
        QVERIFY(
            !ArchiveTables::digest(*m_archivist, moved(QStringLiteral("kb_usage")), m_ids, d, e));
        QVERIFY2(e.contains(QLatin1StringView("kb_usage.weight holds floating-point numbers")),
                 qPrintable(e));
        run(QStringLiteral("ALTER TABLE kb_usage DROP COLUMN weight"));
        for (const TicketReference &t : archive::movedTables())
            QVERIFY2(ArchiveTables::digest(*m_archivist, t, m_ids, d, e), qPrintable(e));
    }

    // Binary values larger than the server digests at once: the client digests those rows.
    void largeBinaryRowsAreDigestedByTheClient() {
        const TicketReference &t = moved(QStringLiteral("attachments"));
        TableDigest server;
        bool tooLarge = false;
        QString e;
        QVERIFY2(
            PgArchive::serverDigest(*m_archivist, t.table, {}, m_ids, server, tooLarge, e, 4000),
            qPrintable(e));
        QVERIFY(tooLarge);
        QCOMPARE(server.rows, 3);
        QVERIFY(server.sha256.isEmpty());
        QVERIFY(
            PgArchive::serverDigest(*m_archivist, t.table, {}, m_ids, server, tooLarge, e, 4012));
        QVERIFY(!tooLarge);
        TableDigest rows;
        QVERIFY(PgArchive::rowDigest(*m_archivist, t.table, {}, m_ids, rows, e));
        QVERIFY(server == rows);
    }

    // A batch goes into the archive as one JSON text per table; the archive's rows have the
    // live rows' digest (values and their kinds), and a rerun adds nothing.
    void theCopyKeepsEveryValue() {
        QString e;
        auto archive = newArchive(e);
        QVERIFY2(archive, qPrintable(e));
        for (const QString &table : archive::contextTables())
            QVERIFY2(ArchiveTables::copyContext(*m_archivist, *archive, table, e), qPrintable(e));
        QCOMPARE(test::scalar(*archive, QStringLiteral("SELECT COUNT(*) FROM staff WHERE "
                                                       "employee_no IN ('AD0', 'AD1', 'AD2') AND "
                                                       "password_hash = ''")),
                 3);
        QCOMPARE(test::scalar(*archive,
                              QStringLiteral("SELECT COUNT(*) FROM kb_articles WHERE "
                                             "title = ?"),
                              {kOdd}),
                 1);
        for (int pass = 0; pass < 2; ++pass) {
            for (const TicketReference &t : archive::movedTables()) {
                qint64 copied = 0;
                QVERIFY2(ArchiveTables::copy(*m_archivist, *archive, t, m_ids, copied, e),
                         qPrintable(e));
                QStringList columns;
                QVERIFY2(ArchiveTables::sharedColumns(*m_archivist, *archive, t.table, columns, e),
                         qPrintable(e));
                TableDigest live;
                TableDigest copy;
                QVERIFY2(ArchiveTables::digest(*m_archivist, t, m_ids, live, e, columns),
                         qPrintable(e));
                QVERIFY2(ArchiveTables::digest(*archive, t, m_ids, copy, e, columns),
                         qPrintable(e));
                QCOMPARE(copied, live.rows);
                QVERIFY2(live == copy, qPrintable(t.table));
            }
        }
        QCOMPARE(test::scalar(*archive,
                              QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                             "external_id IS NULL AND description = ? "
                                             "AND typeof(satisfaction) = 'null'"),
                              {kOdd}),
                 1);
        QCOMPARE(test::scalar(*archive,
                              QStringLiteral("SELECT COUNT(*) FROM attachments WHERE "
                                             "data = ?"),
                              {kScan}),
                 1);
        QCOMPARE(test::scalar(*archive, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE "
                                                       "typeof(at) = 'integer' AND typeof(note) "
                                                       "= 'text'")),
                 6);
    }

    // The batch's rows bound one by one through SQLite's C API (the default where it is
    // built) and inserted by json_each inside SQLite (SIGNALBOARD_ARCHIVE_PORTABLE=1) are the
    // same rows: every value equal and of the same storage class.
    void theCopyIsTheSameBothWays() {
        QString e;
        QString why;
        std::unique_ptr<Database> archives[2];
        for (int portable = 0; portable < 2; ++portable) {
            if (portable)
                qputenv("SIGNALBOARD_ARCHIVE_PORTABLE", "1");
            const auto unset = qScopeGuard([] { qunsetenv("SIGNALBOARD_ARCHIVE_PORTABLE"); });
            archives[portable] = newArchive(e);
            QVERIFY2(archives[portable], qPrintable(e));
            if (!portable && !archive::JsonRows::usable(*archives[portable], why))
                QSKIP(qPrintable(QStringLiteral("no SQLite C API: ") + why));
            QCOMPARE(archive::JsonRows::usable(*archives[portable], why), !portable);
            for (const TicketReference &t : archive::movedTables()) {
                qint64 copied = 0;
                QVERIFY2(
                    ArchiveTables::copy(*m_archivist, *archives[portable], t, m_ids, copied, e),
                    qPrintable(e));
            }
        }
        for (const TicketReference &t : archive::movedTables()) {
            QStringList columns;
            QVERIFY2(ArchiveTables::sharedColumns(*m_archivist, *archives[0], t.table, columns, e),
                     qPrintable(e));
            QStringList values;
            for (const QString &c : std::as_const(columns))
                values.append(QStringLiteral("typeof(\"%1\") || ':' || quote(\"%1\")").arg(c));
            const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                    .arg(values.join(QStringLiteral(" || '|' || ")), t.table);
            QStringList rows[2];
            for (int portable = 0; portable < 2; ++portable) {
                QSqlQuery q;
                QVERIFY2(archives[portable]->exec(q, sql, {}, e), qPrintable(e));
                while (q.next())
                    rows[portable].append(q.value(0).toString());
            }
            QVERIFY2(!rows[0].isEmpty(), qPrintable(t.table));
            QCOMPARE(rows[0], rows[1]);
        }
    }

    void othersAreRefusedByTheServer() {
        const QString ids = dialect::idListValue(Dialect::PostgreSQL, m_ids);
        QVERIFY(test::refusedAs(*m_supervisor,
                                QStringLiteral("SELECT * FROM sb_archive_digest('tickets', "
                                               "?::bigint[], NULL)"),
                                {ids}, QStringLiteral("admin.archive")));
        QVERIFY(test::refusedAs(*m_supervisor,
                                QStringLiteral("SELECT * FROM sb_archive_digest('attachments', "
                                               "?::bigint[], NULL, 1)"),
                                {ids}, QStringLiteral("admin.archive")));
        // The holder: only the tables an archive reads, their readable columns, a moved table
        // by its tickets and a context table whole.
        const struct {
            const char *sql;
            QVariantList values;
            const char *because;
        } calls[] = {
            {"SELECT * FROM sb_archive_digest('audit_log', NULL, NULL)",
             {},
             "not a table an archive reads"},
            {"SELECT * FROM sb_archive_digest('staff', NULL, ARRAY['id', 'password_hash'])",
             {},
             "no readable column"},
            {"SELECT * FROM sb_archive_digest('tickets', ?::bigint[], ARRAY['id', 'nope'])",
             {ids},
             "no readable column"},
            {"SELECT * FROM sb_archive_digest('tickets', NULL, NULL)", {}, "ids:"},
            {"SELECT * FROM sb_archive_digest('staff', ?::bigint[], NULL)", {ids}, "read whole"},
        };
        for (const auto &c : calls)
            QVERIFY2(test::refusedAs(*m_archivist, QString::fromLatin1(c.sql), c.values,
                                     QString::fromLatin1(c.because)),
                     c.sql);
        QCOMPARE(test::scalar(*m_archivist,
                              QStringLiteral("SELECT d.rows FROM sb_archive_digest('staff', NULL, "
                                             "ARRAY['id']) d")),
                 test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM staff")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveDigestPg)
#include "tst_archive_digest_pg.moc"

// Archive and restore on a shared PostgreSQL server, as staff run them through their own logins:
// a login whose role holds admin.archive archives (with Archiver and with signalboard-cli) the
// tickets past retention, hidden columns and tickets row security hides from it included, and
// restores them byte for byte; the run is recorded and audited in that login's name. A login
// without the permission is refused by the server, function by function and by raw SQL, and
// changes nothing. The installer's connection only seeds and checks, until the last case shows
// that it still archives through the same functions.
#include "archive/archiver.h"
#include "archive/archivetables.h"
#include "security_pg_fixture.h"
#include "storage/dialect.h"
#include "testsupport.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

const QString kPassword = QStringLiteral("Staff-pass-2026");
// Closed in 2024, archived with --before 2026-01-01: past both retentions whenever this runs.
constexpr qint64 kClosed = 1717200000000; // 2024-06-01
constexpr qint64 kBefore = 1767225600000; // 2026-01-01
const QByteArray kScan("\x00\x01\xff\xfe scan \x00\x7f", 12);

} // namespace

class TestArchivePg : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the installer's: seeding and checks only
    std::unique_ptr<Database> m_archivist;
    std::unique_ptr<Database> m_supervisor;
    QStringList m_logins; // theirs, dropped at the end
    qint64 m_handler = 0;
    QList<qint64> m_leaving; // past retention, nothing keeps them
    QList<qint64> m_staying; // open, appealed, appeal, linked to an open incident
    int m_external = 0;

    qint64 insert(const QString &sql, const QVariantList &values) {
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
    qint64 installer(const QString &sql, const QVariantList &values = {}) {
        return test::scalar(*m_db, sql, values);
    }
    qint64 person(const QString &no, const QString &role) {
        return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, password_hash, created_at) "
                                     "VALUES (?, ?, (SELECT id FROM roles WHERE key = ?), "
                                     "'active', 0, ?, 'secret-hash', 0)"),
                      {no, no, role, QString(QStringLiteral("pending_") + no)});
    }
    // A ticket of a customer (hidden columns set) in `state` since `closedAt`, with two timeline
    // lines and an attachment of binary data.
    qint64 ticket(const QString &state, qint64 closedAt) {
        const qint64 id = insert(
            QStringLiteral("INSERT INTO tickets(source, external_id, received_at, channel, "
                           "customer_tier, problem_type, category, customer_id, service_number, "
                           "description, state, handler_id, updated_at) VALUES ('t', ?, ?, "
                           "'phone', 'normal', 'billing', 'fees', 'C1234', '13800138000', "
                           "'Call about fees', ?, ?, ?)"),
            {QString::number(++m_external), closedAt - 86400000, state, m_handler, closedAt});
        run(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, to_state, "
                           "note) VALUES (?, ?, ?, 'register', 'registered', 'first call')"),
            {id, closedAt - 86400000, m_handler});
        run(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                           "from_state, to_state, data) VALUES (?, ?, ?, 'move', 'registered', ?, "
                           "'{\"n\":1}')"),
            {id, closedAt, m_handler, state});
        run(QStringLiteral("INSERT INTO attachments(ticket_id, name, data, created_at) VALUES "
                           "(?, 'scan.bin', ?, ?)"),
            {id, kScan, closedAt});
        return id;
    }
    // Every row of the moved tables of `ids`, every column, as the installer reads them.
    QList<QVariantList> rowsOf(const QList<qint64> &ids) {
        QList<QVariantList> rows;
        const QString list = dialect::idListValue(Dialect::PostgreSQL, ids);
        for (const archive::TicketReference &t : archive::movedTables()) {
            QSqlQuery q;
            QString e;
            if (!m_db->exec(q,
                            QStringLiteral("SELECT * FROM %1 WHERE %2 = ANY(?::bigint[]) ORDER "
                                           "BY %3")
                                .arg(t.table, t.ticketColumn, t.orderBy),
                            {list}, e))
                qFatal("%s", qPrintable(e));
            while (q.next()) {
                QVariantList row{t.table};
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i));
                rows.append(row);
            }
        }
        return rows;
    }
    qint64 liveTickets(const QList<qint64> &ids) {
        return installer(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ANY(?::bigint[])"),
                         {dialect::idListValue(Dialect::PostgreSQL, ids)});
    }
    RetentionCutoff cutoff() const {
        return RetentionCutoff::at(RetentionRules{}, QDateTime::currentDateTimeUtc(), kBefore);
    }
    // The error of an archive run by the archivist into `file` that must fail (none when it
    // succeeded).
    QString refusedRun(const QString &file) {
        SystemClock clock;
        Archiver archiver(*m_archivist, clock);
        ArchiveReport report;
        QString e;
        return archiver.archive(cutoff(), kBefore, m_dir.filePath(file), QStringLiteral("keeper"),
                                report, e)
                   ? QString()
                   : e;
    }
    QString urlOf(const QString &login) const {
        const DatabaseUrl u = m_db->url();
        return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
            .arg(login, kPassword, u.hosts.first().host)
            .arg(u.hosts.first().port)
            .arg(u.database);
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (SIGNALBOARD_TEST_PG_STATE)");
        QVERIFY(m_dir.isValid());
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("archive_pg")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_handler = person(QStringLiteral("AR0"), QStringLiteral("agent"));
        for (int i = 0; i < 3; ++i)
            m_leaving.append(ticket(QStringLiteral("closed"), kClosed + i));
        m_staying.append(ticket(QStringLiteral("in_progress"), kClosed));
        const qint64 original = ticket(QStringLiteral("closed"), kClosed);
        const qint64 appeal = ticket(QStringLiteral("appeal_registered"), kClosed);
        run(QStringLiteral("UPDATE tickets SET appeal_of = ? WHERE id = ?"), {original, appeal});
        const qint64 incident = insert(QStringLiteral("INSERT INTO incidents(problem_type, class, "
                                                      "grade, trigger_kind, opened_at) VALUES "
                                                      "('billing', 'c', 3, 'volume', 0)"),
                                       {});
        const qint64 linked = ticket(QStringLiteral("closed"), kClosed);
        run(QStringLiteral("UPDATE tickets SET incident_id = ? WHERE id = ?"), {incident, linked});
        m_staying << original << appeal << linked;

        // The archivist (admin.archive only, in an agent's database group: row security shows
        // it none of these tickets) and a supervisor (every ticket permission, not that one).
        test::ArchiveLogins logins = test::archiveLogins(*m_db, QStringLiteral("AR"));
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

    void othersAreRefusedByTheServer() {
        const QList<QVariantList> before = rowsOf(m_leaving + m_staying);
        const QString ids = dialect::idListValue(Dialect::PostgreSQL, m_leaving);
        const QString perm = QStringLiteral("admin.archive");
        const struct {
            const char *sql;
            QVariantList values;
        } calls[] = {
            {"SELECT sb_archive_candidates(?, ?, 0, 100)", {kBefore, kBefore}},
            {"SELECT sb_archive_lock_candidates(?, ?, ?::bigint[])", {kBefore, kBefore, ids}},
            {"SELECT sb_archive_live_tickets(?::bigint[])", {ids}},
            {"SELECT * FROM sb_archive_columns('tickets')", {}},
            {"SELECT sb_archive_rows('tickets', ?::bigint[])", {ids}},
            {"SELECT sb_archive_rows('staff', NULL)", {}},
            {"SELECT * FROM sb_archive_digest('tickets', ?::bigint[], NULL)", {ids}},
            {"SELECT sb_archive_delete(?, ?, ?::bigint[])", {kBefore, kBefore, ids}},
            {"SELECT * FROM sb_archive_delete_checked(?, ?, ?::bigint[], '{}')",
             {kBefore, kBefore, ids}},
            {"SELECT * FROM sb_archive_rows_json('tickets', ?::bigint[])", {ids}},
            {"SELECT * FROM sb_archive_rows_text('tickets', ?::bigint[]) AS r(c0 TEXT)", {ids}},
            {"SELECT sb_archive_restore('tickets', '[{\"id\": \"999\"}]')", {}},
            {"SELECT sb_archive_run_start('archive', NULL, 'x.sbarchive')", {}},
            {"SELECT sb_archive_run_finish(1, '{}', '', NULL)", {}},
        };
        for (const auto &c : calls)
            QVERIFY2(test::refusedAs(*m_supervisor, QString::fromLatin1(c.sql), c.values, perm),
                     c.sql);
        // No direct writes, not even for the holder of the permission.
        for (Database *who : {m_supervisor.get(), m_archivist.get()}) {
            QVERIFY(test::refusedAs(*who, QStringLiteral("DELETE FROM tickets WHERE id = ?"),
                                    {m_leaving.first()}, QStringLiteral("permission denied")));
            QVERIFY(test::refusedAs(*who,
                                    QStringLiteral("INSERT INTO archive_runs(kind, started_at, "
                                                   "actor, file_name) VALUES ('archive', 0, "
                                                   "'someone', 'x')"),
                                    {}, QStringLiteral("permission denied")));
            QVERIFY(test::refusedAs(*who, QStringLiteral("UPDATE archive_runs SET state = 'done'"),
                                    {}, QStringLiteral("permission denied")));
        }
        // The holder deletes and restores only inside a run of its own, which is recorded.
        QVERIFY(test::refusedAs(*m_archivist,
                                QStringLiteral("SELECT sb_archive_delete(?, ?, ?::bigint[])"),
                                {kBefore, kBefore, ids}, QStringLiteral("no archive run")));
        QVERIFY(test::refusedAs(*m_archivist,
                                QStringLiteral("SELECT * FROM sb_archive_delete_checked(?, ?, "
                                               "?::bigint[], '{}')"),
                                {kBefore, kBefore, ids}, QStringLiteral("no archive run")));
        // The helpers behind them are nobody's to call.
        for (const char *sql : {"SELECT sb_archive_unreferenced(?::bigint[], '{}')",
                                "SELECT sb_archive_binary_bytes('tickets', '{id}', ?::bigint[])",
                                "SELECT sb_archive_digest_bytes('tickets', '{id}') <> ?"})
            QVERIFY2(test::refusedAs(*m_archivist, QString::fromLatin1(sql), {ids},
                                     QStringLiteral("permission denied")),
                     sql);
        QVERIFY(test::refusedAs(*m_archivist,
                                QStringLiteral("SELECT sb_archive_restore('tickets', "
                                               "'[{\"id\": \"999\"}]')"),
                                {}, QStringLiteral("no restore run")));
        // The holder reads only the tables an archive reads.
        QVERIFY(test::refusedAs(*m_archivist,
                                QStringLiteral("SELECT sb_archive_rows('audit_log', "
                                               "NULL)"),
                                {}, QStringLiteral("not a table an archive reads")));
        QVERIFY(test::refusedAs(*m_archivist,
                                QStringLiteral("SELECT * FROM sb_archive_rows_text('audit_log', "
                                               "NULL) AS r(c0 TEXT)"),
                                {}, QStringLiteral("not a table an archive reads")));
        // A moved table only by its tickets, and the rows only as every readable column's text.
        QVERIFY(test::refusedAs(*m_archivist,
                                QStringLiteral("SELECT * FROM sb_archive_rows_text('tickets', "
                                               "NULL) AS r(c0 TEXT)"),
                                {}, QStringLiteral("the tickets whose")));
        QVERIFY(
            test::refusedAs(*m_archivist,
                            QStringLiteral("SELECT * FROM sb_archive_rows_text('ticket_events', "
                                           "?::bigint[]) AS r(c0 TEXT)"),
                            {ids}, QStringLiteral("structure of query does not match")));
        // Through the product's own class as well.
        SystemClock clock;
        Archiver archiver(*m_supervisor, clock);
        ArchiveReport report;
        QString e;
        QVERIFY(!archiver.archive(cutoff(), kBefore, m_dir.filePath(QStringLiteral("no.sbarchive")),
                                  QStringLiteral("sup"), report, e));
        QVERIFY2(e.contains(perm), qPrintable(e));
        QCOMPARE(rowsOf(m_leaving + m_staying), before);
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM archive_runs")), 0);
    }

    // The month roll-ups taken before tickets leave must count every ticket: a holder of
    // admin.archive whom row security shows only some tickets is refused by the server before
    // anything moves. Then the archivist's role is given tickets.read_all for the cases below.
    void aRollupNeedsEveryTicket() {
        const QList<QVariantList> before = rowsOf(m_leaving + m_staying);
        const QString e = refusedRun(QStringLiteral("short.sbarchive"));
        QVERIFY2(e.contains(QLatin1StringView("tickets.read_all")), qPrintable(e));
        QCOMPARE(rowsOf(m_leaving + m_staying), before);
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM report_rollups")), 0);
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE state = "
                                          "'failed'")),
                 1);
        run(QStringLiteral("DELETE FROM archive_runs"));
        run(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) SELECT id, "
                           "'tickets.read_all' FROM roles WHERE key = 'archivist'"));
    }

    void theHolderArchivesAndRestores() {
        const QList<QVariantList> before = rowsOf(m_leaving);
        const QList<QVariantList> stayingBefore = rowsOf(m_staying);
        QVERIFY(!before.isEmpty());
        SystemClock clock;
        Archiver archiver(*m_archivist, clock);
        archiver.setBatchSize(2);
        ArchiveReport report;
        QString e;
        QVERIFY2(archiver.preview(cutoff(), report, e), qPrintable(e));
        QCOMPARE(report.tickets, qint64(m_leaving.size()));
        const QString file = m_dir.filePath(QStringLiteral("2026.sbarchive"));
        QVERIFY2(archiver.archive(cutoff(), kBefore, file, QStringLiteral("an actor ignored"),
                                  report, e),
                 qPrintable(e));
        QCOMPARE(report.tickets, qint64(m_leaving.size()));
        QCOMPARE(report.batches, 2);
        QCOMPARE(liveTickets(m_leaving), 0);
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE ticket_id = "
                                          "ANY(?::bigint[])"),
                           {dialect::idListValue(Dialect::PostgreSQL, m_leaving)}),
                 0);
        QCOMPARE(rowsOf(m_staying), stayingBefore);
        QSqlQuery q;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT actor, state, kind FROM archive_runs WHERE id = "
                                          "?"),
                           {report.runId}, e) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sb_ar_keeper"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("done"));
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'archive.run' AND actor = 'sb_ar_keeper' AND "
                                          "entity_id = ?"),
                           {report.runId}),
                 1);
        // Other workstations hear of it.
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = "
                                          "'ticket' AND op = 'delete' AND entity_id = "
                                          "ANY(?::bigint[])"),
                           {dialect::idListValue(Dialect::PostgreSQL, m_leaving)}),
                 m_leaving.size());
        // The archive holds what the login could not read, and no password hash.
        auto archive = Archiver::openArchive(file, false, e);
        QVERIFY2(archive, qPrintable(e));
        // Its indexes, left for the end of the copy, were all built there.
        {
            auto fresh =
                Archiver::openArchive(m_dir.filePath(QStringLiteral("fresh.sbarchive")), true, e);
            QVERIFY2(fresh, qPrintable(e));
            QCOMPARE(test::archivedTableIndexes(*archive), test::archivedTableIndexes(*fresh));
        }
        QCOMPARE(test::scalar(*archive, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                                       "service_number = '13800138000'")),
                 m_leaving.size());
        QCOMPARE(test::scalar(*archive, QStringLiteral("SELECT COUNT(*) FROM staff WHERE "
                                                       "password_hash <> ''")),
                 0);
        QCOMPARE(test::scalar(*archive, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE "
                                                       "length(data) = 12")),
                 m_leaving.size());
        archive.reset();
        // The holder of admin.archive reads the record of runs; a supervisor does not.
        QCOMPARE(test::scalar(*m_archivist, QStringLiteral("SELECT COUNT(*) FROM archive_runs")),
                 1);
        QCOMPARE(test::scalar(*m_supervisor, QStringLiteral("SELECT COUNT(*) FROM archive_runs")),
                 0);

        QVERIFY2(archiver.restore(file, QString(), report, e), qPrintable(e));
        QCOMPARE(report.tickets, qint64(m_leaving.size()));
        QCOMPARE(rowsOf(m_leaving), before);
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'archive.restore' AND actor = 'sb_ar_keeper'")),
                 1);
        // A rerun of the restore changes nothing.
        QVERIFY2(archiver.restore(file, QString(), report, e), qPrintable(e));
        QCOMPARE(rowsOf(m_leaving), before);
    }

    void theCliRunsAsTheLogin() {
        const QList<QVariantList> before = rowsOf(m_leaving);
        const QString file = m_dir.filePath(QStringLiteral("cli.sbarchive"));
        const QString url = urlOf(QStringLiteral("sb_ar_keeper"));
        test::CliRun r = test::runCli({QStringLiteral("archive"), QStringLiteral("--db"), url,
                                       QStringLiteral("--before"), QStringLiteral("2026-01-01"),
                                       QStringLiteral("--to"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(liveTickets(m_leaving), 0);
        QCOMPARE(liveTickets(m_staying), m_staying.size());
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE kind = "
                                          "'archive' AND actor = 'sb_ar_keeper' AND state = "
                                          "'done'")),
                 2);
        r = test::runCli({QStringLiteral("archive"), QStringLiteral("restore"),
                          QStringLiteral("--db"), url, QStringLiteral("--from"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(rowsOf(m_leaving), before);
        // The supervisor's login is refused and moves nothing.
        r = test::runCli({QStringLiteral("archive"), QStringLiteral("--db"),
                          urlOf(QStringLiteral("sb_ar_sup")), QStringLiteral("--before"),
                          QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                          m_dir.filePath(QStringLiteral("sup.sbarchive"))});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1StringView("admin.archive")), qPrintable(r.err));
        QCOMPARE(liveTickets(m_leaving), m_leaving.size());
    }

    // The schema owner (installer) runs through the same functions, as before without a staff
    // row of its own.
    void theInstallerStillArchives() {
        const QList<QVariantList> before = rowsOf(m_leaving);
        SystemClock clock;
        Archiver archiver(*m_db, clock);
        ArchiveReport report;
        QString e;
        const QString file = m_dir.filePath(QStringLiteral("owner.sbarchive"));
        QVERIFY2(archiver.archive(cutoff(), kBefore, file, QStringLiteral("installer"), report, e),
                 qPrintable(e));
        QCOMPARE(report.tickets, qint64(m_leaving.size()));
        QCOMPARE(liveTickets(m_leaving), 0);
        QCOMPARE(liveTickets(m_staying), m_staying.size());
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE id = ? AND "
                                          "actor = session_user AND state = 'done'"),
                           {report.runId}),
                 1);
        QVERIFY2(archiver.restore(file, QString(), report, e), qPrintable(e));
        QCOMPARE(rowsOf(m_leaving), before);
    }

    // A row changed between the copy and the delete: the server digests what it deletes, the
    // archive's copy differs, and the whole batch stays live, the table named.
    void aChangeAfterTheCopyKeepsTheBatch() {
        const QList<QVariantList> before = rowsOf(m_leaving);
        QString e;
        const qint64 runId =
            test::scalar(*m_archivist, QStringLiteral("SELECT sb_archive_run_start('archive', "
                                                      "NULL, 'changed.sbarchive')"));
        QVERIFY(runId > 0);
        SystemClock clock;
        Archiver archiver(*m_archivist, clock);
        auto archive =
            Archiver::openArchive(m_dir.filePath(QStringLiteral("changed.sbarchive")), true, e);
        QVERIFY2(archive, qPrintable(e));
        QVERIFY2(archiver.copyBatch(*archive, m_leaving, e), qPrintable(e));
        run(QStringLiteral("UPDATE ticket_events SET note = 'changed since' WHERE ticket_id = ? "
                           "AND action = 'register'"),
            {m_leaving.last()});
        ArchiveReport report;
        QVERIFY(!archiver.verifyAndDelete(*archive, cutoff(), m_leaving, report, e));
        QVERIFY2(e.contains(QLatin1StringView("ticket_events")), qPrintable(e));
        QCOMPARE(liveTickets(m_leaving), m_leaving.size());
        run(QStringLiteral("UPDATE ticket_events SET note = 'first call' WHERE ticket_id = ? AND "
                           "action = 'register'"),
            {m_leaving.last()});
        QCOMPARE(rowsOf(m_leaving), before);
        run(QStringLiteral("DELETE FROM archive_runs WHERE id = ?"), {runId});
    }

    // A batch whose binary values are more than the server digests at once is locked and
    // checked but not deleted: one row without a table names the tickets, and nothing leaves
    // (the workstation then checks it row by row).
    void aBatchTooLargeToDigestIsNotDeleted() {
        const QList<QVariantList> before = rowsOf(m_leaving);
        const qint64 runId =
            test::scalar(*m_archivist, QStringLiteral("SELECT sb_archive_run_start('archive', "
                                                      "NULL, 'large.sbarchive')"));
        QVERIFY(runId > 0);
        const QString columns = QStringLiteral(
            R"({"tickets": ["id"], "ticket_events": ["id"], "attachments": ["id", "data"],)"
            R"( "deadline_urges": ["ticket_id"], "ticket_kb_links": ["ticket_id"],)"
            R"( "kb_usage": ["id"]})");
        QString e;
        const bool ok = m_archivist->transaction(
            [&](QString &err) {
                QSqlQuery q(m_archivist->db());
                if (!m_archivist->exec(q,
                                       QStringLiteral("SELECT moved_table IS NULL, moved_ids "
                                                      "FROM sb_archive_delete_checked(?, ?, "
                                                      "?::bigint[], ?::jsonb, ?)"),
                                       {kBefore, kBefore,
                                        dialect::idListValue(Dialect::PostgreSQL, m_leaving),
                                        columns, qint64(kScan.size())},
                                       err))
                    return false;
                int rows = 0;
                while (q.next()) {
                    ++rows;
                    if (!q.value(0).toBool())
                        err = QStringLiteral("a table's rows were deleted");
                }
                if (rows != 1)
                    err = QStringLiteral("%1 rows, not one").arg(rows);
                // Inside the same transaction the tickets and their timelines are all there.
                const QString ids = dialect::idListValue(Dialect::PostgreSQL, m_leaving);
                if (test::scalar(*m_archivist,
                                 QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = "
                                                "ANY(?::bigint[])"),
                                 {ids}) != m_leaving.size())
                    err = QStringLiteral("tickets were deleted");
                // Rolled back either way: the caller never commits such a batch unchecked.
                if (err.isEmpty())
                    err = QStringLiteral("rolled back");
                return false;
            },
            e);
        QVERIFY(!ok);
        QCOMPARE(e, QStringLiteral("rolled back"));
        QCOMPARE(rowsOf(m_leaving), before);
        run(QStringLiteral("DELETE FROM archive_runs WHERE id = ?"), {runId});
    }

    // A table outside the product that refers to a leaving ticket: the server's delete without
    // the per-row foreign-key triggers checks every foreign key that names tickets first, so
    // the reference still refuses the delete and nothing of the batch leaves.
    void aReferenceFromAnyTableKeepsItsTicket() {
        const QList<QVariantList> before = rowsOf(m_leaving);
        run(QStringLiteral("CREATE TABLE sb_test_refs (id BIGSERIAL PRIMARY KEY, ticket_id "
                           "BIGINT NOT NULL REFERENCES tickets(id))"));
        run(QStringLiteral("INSERT INTO sb_test_refs (ticket_id) VALUES (?)"), {m_leaving.at(1)});
        const QString e = refusedRun(QStringLiteral("referred.sbarchive"));
        QVERIFY2(e.contains(QLatin1StringView("sb_test_refs")), qPrintable(e));
        QCOMPARE(liveTickets(m_leaving), m_leaving.size());
        QCOMPARE(rowsOf(m_leaving), before);
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM sb_test_refs t JOIN tickets k ON "
                                          "k.id = t.ticket_id")),
                 1);
        run(QStringLiteral("DROP TABLE sb_test_refs"));
    }
};

QTEST_GUILESS_MAIN(TestArchivePg)
#include "tst_archive_pg.moc"

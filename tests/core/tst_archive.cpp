// Retention and archive on SQLite: which closed tickets leave (per kind, and what keeps them),
// the dry run that changes nothing, archive → restore giving back every moved row byte for
// byte (BLOBs included) with the change feed told, a run stopped between the archive's commit
// and the live delete that loses and duplicates nothing on its rerun, and a check that every
// table pointing at tickets is either moved with them or keeps them.
#include "archive/archiver.h"
#include "archive/archivetables.h"
#include "archive/deferredindexes.h"
#include "storage/dialect.h"
#include "storage/settingsstore.h"
#include "sync/change.h"
#include "testsupport.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sb;
using archive::ArchiveTables;
using archive::TableDigest;
using archive::TicketReference;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

qint64 monthsAgo(int months, int days = 0) {
    return kNow.addMonths(-months).addDays(-days).toMSecsSinceEpoch();
}

// Every row of every moved table, column by column, in key order.
QList<QVariantList> allRows(Database &db, const TicketReference &t) {
    QList<QVariantList> rows;
    QSqlQuery q(db.db());
    QString e;
    if (!db.exec(q, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(t.table, t.orderBy), {}, e))
        qWarning("%s", qPrintable(e));
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestArchive : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNow};
    qint64 m_staff = 0;
    qint64 m_article = 0;
    int m_external = 0;

    // The indexes an archive file records as left for the end of a run.
    static qint64 deferredIn(Database &archiveDb) {
        QSqlQuery q(archiveDb.db());
        QString e;
        if (!archiveDb.exec(q, QStringLiteral("SELECT COUNT(*) FROM archive_deferred_indexes"), {},
                            e) ||
            !q.next())
            qFatal("deferred indexes: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q, sql, values, e) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(e));
            return -1;
        }
        return q.value(0).toLongLong();
    }
    void run(const QString &sql, const QVariantList &values = {}) {
        QString e;
        if (!m_db->exec(sql, values, e))
            QFAIL(qPrintable(sql + QStringLiteral(": ") + e));
    }

    // A ticket in `state`, closed (its last move into the state) at `closedAt`, with a
    // timeline of two events.
    qint64 ticket(const QString &state, qint64 closedAt,
                  const QString &tier = QStringLiteral("normal"), int green = 0) {
        qint64 id = 0;
        QString e;
        const qint64 received = closedAt - 86400000;
        if (!dialect::insertReturningId(
                *m_db,
                QStringLiteral("INSERT INTO tickets (source, external_id, received_at, channel, "
                               "customer_tier, problem_type, category, state, green_channel, "
                               "handler_id, updated_at) VALUES ('t', ?, ?, 'phone', ?, "
                               "'billing', 'fees', ?, ?, ?, ?)"),
                {QString::number(++m_external), received, tier, state, green, m_staff, closedAt},
                id, e))
            qWarning("%s", qPrintable(e));
        run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, action, "
                           "to_state, note) VALUES (?, ?, ?, 'register', 'registered', "
                           "'first call')"),
            {id, received, m_staff});
        run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, action, "
                           "from_state, to_state, data) VALUES (?, ?, ?, 'move', 'registered', "
                           "?, '{\"n\":1}')"),
            {id, closedAt, m_staff, state});
        return id;
    }

    bool isCandidate(qint64 id, const RetentionRules &rules = {}, qint64 before = monthsAgo(0)) {
        const RetentionCutoff cutoff = RetentionCutoff::at(rules, kNow, before);
        QList<qint64> ids;
        QString e;
        if (!RetentionQuery(*m_db, cutoff).stillCandidates({id}, ids, e))
            qWarning("%s", qPrintable(e));
        return ids == QList<qint64>{id};
    }

    RetentionCutoff defaultCutoff() const {
        return RetentionCutoff::at(RetentionRules{}, kNow, kNow.toMSecsSinceEpoch());
    }

    QString archivePath(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init() {
        QString e;
        m_db = test::openMigrated(
            test::sqliteIn(
                m_dir,
                QStringLiteral("live%1.db").arg(QLatin1StringView(QTest::currentTestFunction()))),
            e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY(dialect::insertReturningId(
            *m_db,
            QStringLiteral("INSERT INTO staff (employee_no, name, status_changed_at, login, "
                           "password_hash, created_at) VALUES ('E1', 'Li Na', 0, 'lina', "
                           "'secret-hash', 0)"),
            {}, m_staff, e));
        QVERIFY2(dialect::insertReturningId(*m_db,
                                            QStringLiteral("INSERT INTO kb_articles (title, body, "
                                                           "created_at, updated_at) VALUES "
                                                           "('Fees', 'How fees work', 0, 0)"),
                                            {}, m_article, e),
                 qPrintable(e));
    }
    void cleanup() { m_db.reset(); }

    // Ordinary tickets leave after 3 months, important ones (VIP, green channel, appealed,
    // linked to an incident) after 6; a retention setting changes that; never before --before.
    void retentionChoosesPerKind() {
        const qint64 ordinary = ticket(QStringLiteral("closed"), monthsAgo(4));
        const qint64 ordinaryRecent = ticket(QStringLiteral("closed"), monthsAgo(2));
        const qint64 vip = ticket(QStringLiteral("closed"), monthsAgo(4), QStringLiteral("vip"));
        const qint64 vipOld = ticket(QStringLiteral("closed"), monthsAgo(7), QStringLiteral("vip"));
        const qint64 green =
            ticket(QStringLiteral("closed"), monthsAgo(4), QStringLiteral("normal"), 1);
        const qint64 appealed = ticket(QStringLiteral("closed"), monthsAgo(5));
        run(QStringLiteral("UPDATE tickets SET appeal_count = 1 WHERE id = ?"), {appealed});
        QVERIFY(isCandidate(ordinary));
        QVERIFY(!isCandidate(ordinaryRecent));
        QVERIFY(!isCandidate(vip));
        QVERIFY(isCandidate(vipOld));
        QVERIFY(!isCandidate(green));
        QVERIFY(!isCandidate(appealed));
        // --before earlier than the close time keeps it.
        QVERIFY(!isCandidate(ordinary, {}, monthsAgo(5)));
        // Five months for ordinary tickets, read from the shared settings.
        SettingsStore settings(*m_db);
        QString e;
        QVERIFY2(settings.set(RetentionRules::ordinaryKey(), QStringLiteral("5"),
                              QStringLiteral("admin"), kNow.toMSecsSinceEpoch(), e),
                 qPrintable(e));
        RetentionRules rules;
        QVERIFY2(RetentionRules::load(*m_db, rules, e), qPrintable(e));
        QCOMPARE(rules.ordinaryMonths, 5);
        QCOMPARE(rules.importantMonths, 6);
        QVERIFY(!isCandidate(ordinary, rules));
        QVERIFY(settings.set(RetentionRules::importantKey(), QStringLiteral("0"),
                             QStringLiteral("admin"), kNow.toMSecsSinceEpoch(), e));
        QVERIFY(!RetentionRules::load(*m_db, rules, e));
        QVERIFY2(e.contains(RetentionRules::importantKey()), qPrintable(e));
    }

    // Open tickets, open appeals, open incidents, unresolved supervision items and QA records
    // keep a ticket however old it is.
    void openAndLinkedItemsStay() {
        const qint64 open = ticket(QStringLiteral("in_progress"), monthsAgo(12));
        QVERIFY(!isCandidate(open));

        const qint64 original = ticket(QStringLiteral("closed"), monthsAgo(12));
        const qint64 appeal = ticket(QStringLiteral("appeal_registered"), monthsAgo(12));
        run(QStringLiteral("UPDATE tickets SET appeal_of = ? WHERE id = ?"), {original, appeal});
        QVERIFY(!isCandidate(original));
        QVERIFY(!isCandidate(appeal));

        qint64 incident = 0;
        QString e;
        QVERIFY2(dialect::insertReturningId(
                     *m_db,
                     QStringLiteral("INSERT INTO incidents (problem_type, class, grade, "
                                    "trigger_kind, opened_at) VALUES ('billing', 'c', 3, "
                                    "'volume', 0)"),
                     {}, incident, e),
                 qPrintable(e));
        const qint64 linked = ticket(QStringLiteral("closed"), monthsAgo(12));
        run(QStringLiteral("UPDATE tickets SET incident_id = ? WHERE id = ?"), {incident, linked});
        QVERIFY(!isCandidate(linked));
        run(QStringLiteral("UPDATE incidents SET state = 'resolved' WHERE id = ?"), {incident});
        QVERIFY(isCandidate(linked));

        const qint64 supervised = ticket(QStringLiteral("closed"), monthsAgo(12));
        const qint64 received =
            scalar(QStringLiteral("SELECT received_at FROM tickets WHERE id = ?"), {supervised});
        run(QStringLiteral("INSERT INTO report_supervision_items (dimension, key, period_start, "
                           "period_end, owner_id, due_date, created_by, created_at, updated_by, "
                           "updated_at) VALUES ('category', 'fees', ?, ?, ?, '2026-07-01', 'a', "
                           "0, 'a', 0)"),
            {received - 1000, received + 1000, m_staff});
        QVERIFY(!isCandidate(supervised));
        run(QStringLiteral("UPDATE report_supervision_items SET status = 'closed'"));
        QVERIFY(isCandidate(supervised));

        const qint64 scored = ticket(QStringLiteral("closed"), monthsAgo(12));
        run(QStringLiteral("INSERT INTO qa_scores (ticket_id, created_at) VALUES (?, 0)"),
            {scored});
        QVERIFY(!isCandidate(scored));
    }

    // Every table with a foreign key to tickets is moved with its ticket or keeps it: a new
    // table pointing at tickets must be added to one of the two lists.
    void everyTicketChildTableIsCovered() {
        QSqlQuery q(m_db->db());
        QString e;
        QVERIFY2(m_db->exec(q,
                            QStringLiteral("SELECT m.name, p.\"from\" FROM sqlite_master m, "
                                           "pragma_foreign_key_list(m.name) p WHERE "
                                           "m.type = 'table' AND p.\"table\" = 'tickets'"),
                            {}, e),
                 qPrintable(e));
        int seen = 0;
        while (q.next()) {
            const QString table = q.value(0).toString();
            const QString column = q.value(1).toString();
            ++seen;
            if (table == QLatin1StringView("tickets") && column == QLatin1StringView("appeal_of"))
                continue; // an appeal is a ticket: it waits until its original is gone
            bool covered = false;
            for (const auto *list : {&archive::movedTables(), &archive::keepingTables()})
                for (const TicketReference &t : *list)
                    covered = covered || (t.table == table && t.ticketColumn == column);
            QVERIFY2(covered, qPrintable(QStringLiteral("%1.%2 points at tickets but is neither "
                                                        "archived with them nor keeps them")
                                             .arg(table, column)));
        }
        QVERIFY(seen >= 10);
    }

    // A dry run counts per table and changes nothing.
    void dryRunChangesNothing() {
        const qint64 a = ticket(QStringLiteral("closed"), monthsAgo(4));
        ticket(QStringLiteral("closed"), monthsAgo(4));
        ticket(QStringLiteral("closed"), monthsAgo(1));
        run(QStringLiteral("INSERT INTO attachments (ticket_id, name, data, created_at) VALUES "
                           "(?, 'a.bin', ?, 0)"),
            {a, QByteArray("\x00\x01\xff", 3)});
        const qint64 seq = scalar(QStringLiteral("SELECT MAX(seq) FROM change_log"));
        Archiver archiver(*m_db, m_clock);
        ArchiveReport report;
        QString e;
        QVERIFY2(archiver.preview(defaultCutoff(), report, e), qPrintable(e));
        QCOMPARE(report.tickets, 2);
        QCOMPARE(report.counts.at(0).table, QStringLiteral("tickets"));
        QCOMPARE(report.counts.at(0).rows, 2);
        QCOMPARE(report.counts.at(1).rows, 4); // two events each
        QCOMPARE(report.counts.at(2).rows, 1); // the attachment
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tickets")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT MAX(seq) FROM change_log")), seq);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM archive_runs")), 0);
    }

    // Archive, then restore: the rows come back equal column by column (BLOBs included), the
    // change feed says delete and then insert, the run is recorded and audited, and a second
    // restore changes nothing.
    void archiveThenRestoreIsByteIdentical() {
        QList<qint64> moving;
        for (int i = 0; i < 5; ++i)
            moving.append(ticket(QStringLiteral("closed"), monthsAgo(4, i)));
        const qint64 staying = ticket(QStringLiteral("closed"), monthsAgo(1));
        QByteArray blob;
        for (int i = 0; i < 256; ++i)
            blob.append(char(i));
        run(QStringLiteral("INSERT INTO attachments (ticket_id, name, data, created_at) VALUES "
                           "(?, 'all-bytes.bin', ?, 5)"),
            {moving.at(0), blob});
        run(QStringLiteral("INSERT INTO ticket_kb_links (ticket_id, article_id, linked_by, "
                           "linked_at) VALUES (?, ?, ?, 7)"),
            {moving.at(1), m_article, m_staff});
        run(QStringLiteral("INSERT INTO kb_usage (article_id, ticket_id, staff_id, at, action) "
                           "VALUES (?, ?, ?, 8, 'used')"),
            {m_article, moving.at(1), m_staff});
        run(QStringLiteral("INSERT INTO deadline_urges (ticket_id, milestone, kind, due_at, at) "
                           "VALUES (?, 'reply', 'overdue', 1, 2)"),
            {moving.at(2)});
        QHash<QString, QList<QVariantList>> before;
        for (const TicketReference &t : archive::movedTables())
            before.insert(t.table, allRows(*m_db, t));

        Archiver archiver(*m_db, m_clock);
        archiver.setBatchSize(2); // three batches
        ArchiveReport report;
        QString e;
        const QString file = archivePath(QStringLiteral("a.sbarchive"));
        const qint64 seq = scalar(QStringLiteral("SELECT MAX(seq) FROM change_log"));
        QVERIFY2(archiver.archive(defaultCutoff(), kNow.toMSecsSinceEpoch(), file,
                                  QStringLiteral("admin"), report, e),
                 qPrintable(e));
        QCOMPARE(report.tickets, 5);
        QCOMPARE(report.batches, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT id FROM tickets")), staying);
        for (const char *table : {"attachments", "ticket_kb_links", "kb_usage", "deadline_urges"})
            QCOMPARE(
                scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_events")), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM change_log WHERE "
                                  "seq > ? AND entity = ? AND op = ?"),
                   {seq, changeEntityKey(ChangeEntity::Ticket), changeOpKey(ChangeOp::Delete)}),
            5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE id = ? AND "
                                       "state = 'done' AND kind = 'archive' AND actor = 'admin'"),
                        {report.runId}),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'archive.run' AND entity_id = ?"),
                        {report.runId}),
                 1);

        // The archive reads on its own: product schema, the rows, the manifest, no password.
        {
            auto archiveDb = Archiver::openArchive(file, false, e);
            QVERIFY2(archiveDb, qPrintable(e));
            for (const TicketReference &t : archive::movedTables()) {
                QList<QVariantList> expected = before.value(t.table);
                if (t.table == QLatin1StringView("tickets") ||
                    t.table == QLatin1StringView("ticket_events")) {
                    const int column = t.table == QLatin1StringView("tickets") ? 0 : 1;
                    expected.removeIf([&](const QVariantList &row) {
                        return row.at(column).toLongLong() == staying;
                    });
                }
                QCOMPARE(allRows(*archiveDb, t), expected);
                TableDigest d;
                QVERIFY(ArchiveTables::digest(*archiveDb, t, {}, d, e));
                QSqlQuery q(archiveDb->db());
                QVERIFY(archiveDb->exec(q,
                                        QStringLiteral("SELECT row_count, sha256 FROM "
                                                       "archive_manifest WHERE run_id = ? AND "
                                                       "table_name = ?"),
                                        {report.runId, t.table}, e));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toLongLong(), d.rows);
                QCOMPARE(q.value(1).toByteArray(), d.sha256);
            }
            QSqlQuery q(archiveDb->db());
            QVERIFY(
                archiveDb->exec(q, QStringLiteral("SELECT name, password_hash FROM staff"), {}, e));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Li Na"));
            QCOMPARE(q.value(1).toString(), QString());
        }

        const qint64 seq2 = scalar(QStringLiteral("SELECT MAX(seq) FROM change_log"));
        ArchiveReport restored;
        QVERIFY2(archiver.restore(file, QStringLiteral("admin"), restored, e), qPrintable(e));
        QCOMPARE(restored.tickets, 5);
        for (const TicketReference &t : archive::movedTables())
            QCOMPARE(allRows(*m_db, t), before.value(t.table));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM change_log WHERE "
                                  "seq > ? AND entity = ? AND op = ?"),
                   {seq2, changeEntityKey(ChangeEntity::Ticket), changeOpKey(ChangeOp::Insert)}),
            5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'archive.restore' AND entity_id = ?"),
                        {restored.runId}),
                 1);

        // Again: nothing changes, nothing is announced.
        const qint64 seq3 = scalar(QStringLiteral("SELECT MAX(seq) FROM change_log"));
        QVERIFY2(archiver.restore(file, QStringLiteral("admin"), restored, e), qPrintable(e));
        for (const TicketReference &t : archive::movedTables())
            QCOMPARE(allRows(*m_db, t), before.value(t.table));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE seq > ? AND "
                                       "entity = 'ticket'"),
                        {seq3}),
                 0);

        // A live row that differs from the archive's is not overwritten: the restore fails.
        run(QStringLiteral("UPDATE tickets SET subject = 'changed since' WHERE id = ?"),
            {moving.at(3)});
        QVERIFY(!archiver.restore(file, QStringLiteral("admin"), restored, e));
        QVERIFY2(e.contains(QLatin1StringView("tickets")), qPrintable(e));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE id = ? AND "
                                       "state = 'failed'"),
                        {restored.runId}),
                 1);
    }

    // A run into a new archive builds the indexes of the moved tables once, after its last
    // batch: the archive ends with every index the product's schema has. A run that stopped
    // before building them leaves them recorded, and the next run into the file builds them.
    void theArchiveGetsEveryIndexOnce() {
        for (int i = 0; i < 5; ++i)
            ticket(QStringLiteral("closed"), monthsAgo(4, i));
        const QStringList product = test::archivedTableIndexes(*m_db);
        QVERIFY(product.size() > 15);
        Archiver archiver(*m_db, m_clock);
        archiver.setBatchSize(2);
        ArchiveReport report;
        QString e;
        const QString file = archivePath(QStringLiteral("indexes.sbarchive"));
        QVERIFY2(archiver.archive(defaultCutoff(), kNow.toMSecsSinceEpoch(), file,
                                  QStringLiteral("admin"), report, e),
                 qPrintable(e));
        QCOMPARE(report.tickets, 5);
        {
            auto archiveDb = Archiver::openArchive(file, false, e);
            QVERIFY2(archiveDb, qPrintable(e));
            QCOMPARE(test::archivedTableIndexes(*archiveDb), product);
            QCOMPARE(deferredIn(*archiveDb), 0);
        }
        // Stopped after deferring them: the file says which it lacks.
        const QString stopped = archivePath(QStringLiteral("stopped-indexes.sbarchive"));
        {
            auto archiveDb = Archiver::openArchive(stopped, true, e);
            QVERIFY2(archiveDb, qPrintable(e));
            bool deferred = false;
            QVERIFY2(archive::DeferredIndexes::defer(*archiveDb, deferred, e), qPrintable(e));
            QVERIFY(deferred);
            const QStringList left = test::archivedTableIndexes(*archiveDb);
            QVERIFY(left.size() < product.size());
            // Those a run reads (by the ticket column) stay.
            QVERIFY(left.contains(QStringLiteral(
                "ticket_events ticket_events_ticket: CREATE INDEX ticket_events_ticket ON "
                "ticket_events(ticket_id, at)")));
            QCOMPARE(deferredIn(*archiveDb), product.size() - left.size());
        }
        {
            auto archiveDb = Archiver::openArchive(stopped, true, e);
            QVERIFY2(archiveDb, qPrintable(e));
            QCOMPARE(test::archivedTableIndexes(*archiveDb), product);
            QCOMPARE(deferredIn(*archiveDb), 0);
        }
    }

    // A run stopped after the archive's commit and before the live delete (the tickets are in
    // both), then a changed ticket: the rerun moves every ticket once, the changed one as it
    // is now, and the stopped copy of a ticket that no longer qualifies leaves the archive.
    void stoppedRunLosesAndDuplicatesNothing() {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(ticket(QStringLiteral("closed"), monthsAgo(4, i)));
        const QString file = archivePath(QStringLiteral("stopped.sbarchive"));
        Archiver archiver(*m_db, m_clock);
        QString e;
        {
            auto archiveDb = Archiver::openArchive(file, true, e);
            QVERIFY2(archiveDb, qPrintable(e));
            QVERIFY2(archiver.copyBatch(*archiveDb, ids, e), qPrintable(e));
        } // stopped here: nothing deleted
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tickets")), 4);
        // Meanwhile one ticket gets a note, another is reopened.
        run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, action, note) VALUES (?, "
                           "?, 'note', 'late note')"),
            {ids.at(0), monthsAgo(5)});
        run(QStringLiteral("UPDATE tickets SET state = 'in_progress' WHERE id = ?"), {ids.at(1)});
        QHash<QString, QList<QVariantList>> before;
        for (const TicketReference &t : archive::movedTables())
            before.insert(t.table, allRows(*m_db, t));

        ArchiveReport report;
        QVERIFY2(archiver.archive(defaultCutoff(), kNow.toMSecsSinceEpoch(), file,
                                  QStringLiteral("admin"), report, e),
                 qPrintable(e));
        QCOMPARE(report.tickets, 3);
        auto archiveDb = Archiver::openArchive(file, false, e);
        QVERIFY2(archiveDb, qPrintable(e));
        QSqlQuery q(archiveDb->db());
        QVERIFY(archiveDb->exec(q, QStringLiteral("SELECT id FROM tickets ORDER BY id"), {}, e));
        QList<qint64> archived;
        while (q.next())
            archived.append(q.value(0).toLongLong());
        QCOMPARE(archived, (QList<qint64>{ids.at(0), ids.at(2), ids.at(3)}));
        QCOMPARE(scalar(QStringLiteral("SELECT id FROM tickets")), ids.at(1));
        // The archive holds the rows as they were just before the delete, the late note too.
        QList<QVariantList> events = before.value(QStringLiteral("ticket_events"));
        events.removeIf([&](const QVariantList &r) { return r.at(1).toLongLong() == ids.at(1); });
        QCOMPARE(allRows(*archiveDb, archive::movedTables().at(1)), events);
        // A rerun finds nothing more to move.
        QVERIFY2(archiver.archive(defaultCutoff(), kNow.toMSecsSinceEpoch(), file,
                                  QStringLiteral("admin"), report, e),
                 qPrintable(e));
        QCOMPARE(report.tickets, 0);
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"

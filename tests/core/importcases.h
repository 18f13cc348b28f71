#pragma once
// Shared by tst_import (SQLite), tst_import_portable (SQLite, the QtSql sink) and
// tst_import_pg: every case gets a fresh database URL.

#include "io/columnmapping.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"
#include "testsupport.h"
#include "tickets/ticketviewtext.h"
#include "util/clock.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace sb::test::import {

inline qint64 count(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql, values, error) || !q.next())
        qWarning("query failed: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline const QByteArray kHeader =
    "received_at,channel,customer_tier,problem_type,external_id,subject,description,region,"
    "note\r\n";

// Hostile but valid text, and the rows that must be rejected (with their line and column).
struct Hostile {
    QByteArray csv;
    QList<QStringList> good; // external_id, subject, description
    QList<RowError> rejected;
    QString bigDescription;
};

inline Hostile hostileFile() {
    Hostile h;
    h.csv = kHeader;
    qint64 line = 2;
    const auto good = [&](const QByteArray &record, const QString &id, const QString &subject,
                          const QString &description, int lines = 1) {
        h.csv += record + "\r\n";
        h.good << QStringList{id, subject, description};
        line += lines;
    };
    const auto bad = [&](const QByteArray &record, const QString &column, const QString &why,
                         int lines = 1) {
        h.csv += record + "\r\n";
        h.rejected << RowError{line, column, why};
        line += lines;
    };
    good("2026-03-01T10:00:00+08:00,phone,normal,login_failure,q1,\"He said \"\"hi\"\"\",\"a, "
         "b\",north,x",
         QStringLiteral("q1"), QStringLiteral("He said \"hi\""), QStringLiteral("a, b"));
    good("2026-03-01T10:01:00+08:00,chat,vip,login_failure,n1,two lines,\"first\nsecond\r\nthird"
         "\",north,",
         QStringLiteral("n1"), QStringLiteral("two lines"),
         QStringLiteral("first\nsecond\r\nthird"), 3);
    h.bigDescription = QString(1 << 20, QLatin1Char('x'));
    h.bigDescription[500] = QLatin1Char(',');
    good("2026-03-01T10:02:00Z,email,normal,payment_failure,big,big,\"" +
             h.bigDescription.toUtf8() + "\",south,",
         QStringLiteral("big"), QStringLiteral("big"), h.bigDescription);
    good("2026-03-01T10:03:00+08:00,phone,normal,other,sql,<script>alert('x')</script>,\"'); "
         "DROP TABLE tickets; --\",<b>east</b>,",
         QStringLiteral("sql"), QStringLiteral("<script>alert('x')</script>"),
         QStringLiteral("'); DROP TABLE tickets; --"));
    good(QStringLiteral("2026-03-01T10:04:00-05:00,social,key_account,other,rtl,"
                        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
                        "\U0001F600\U0001F44D\U0001F3FD,\u202eevil\u202c \\ back\tslash,west,")
             .toUtf8(),
         QStringLiteral("rtl"),
         QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
                        "\U0001F600\U0001F44D\U0001F3FD"),
         QStringLiteral("\u202eevil\u202c \\ back\tslash"));
    bad(QByteArray("2026-03-01T10:05:00Z,phone,normal,other,nul,nul,bad\0byte,west,", 62),
        QStringLiteral("description"),
        QStringLiteral("contains a NUL byte, which text fields cannot hold"));
    bad("2026-03-01T10:06:00Z,phone,normal,other,short,too few", QString(),
        QStringLiteral("the record has 6 fields, the header has 9"));
    bad("2026-03-01T10:07:00Z,fax,normal,other,fax,,,west,", QStringLiteral("channel"),
        QStringLiteral("unknown channel \"fax\""));
    bad("yesterday,phone,normal,other,when,,,west,", QStringLiteral("received_at"),
        QStringLiteral("\"yesterday\" is not an ISO 8601 time with an offset or Z"));
    good("2026-03-01T10:08:00Z,phone,normal,other,,no external id,,west,", QString(),
         QStringLiteral("no external id"), QString());
    return h;
}

inline std::unique_ptr<Database> fresh(const DatabaseUrl &url) {
    QString error;
    auto db = openMigrated(url, error);
    if (!db)
        qWarning("cannot open the test database: %s", qPrintable(error));
    return db;
}

inline void hostileInput(const DatabaseUrl &url) {
    auto db = fresh(url);
    QVERIFY(db);
    QTemporaryDir dir;
    const Hostile h = hostileFile();
    const QString path = writeFile(dir, QStringLiteral("hostile.csv"), h.csv);
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1772330000000, Qt::UTC));
    Importer importer(*db, clock);
    ImportReport report;

    // Rejected rows and no consent: every error listed, nothing written.
    QVERIFY(!importer.importFile(path, ColumnMapping::direct(), {}, report));
    QCOMPARE(report.records, h.good.size() + h.rejected.size());
    QCOMPARE(report.rejected, h.rejected.size());
    QCOMPARE(report.errors.size(), h.rejected.size());
    for (int i = 0; i < h.rejected.size(); ++i) {
        QCOMPARE(report.errors[i].line, h.rejected[i].line);
        QCOMPARE(report.errors[i].column, h.rejected[i].column);
        QCOMPARE(report.errors[i].reason, h.rejected[i].reason);
    }
    QVERIFY(!report.written);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);

    // With consent: the good rows, byte for byte.
    ImportOptions options;
    options.importGoodRows = true;
    options.keepUnknownColumns = true;
    QVERIFY2(importer.importFile(path, ColumnMapping::direct(), options, report),
             qPrintable(report.fatal));
    QCOMPARE(report.inserted, h.good.size());
    QCOMPARE(report.duplicates, 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), h.good.size());
    for (const QStringList &g : h.good) {
        QSqlQuery q(db->db());
        QString error;
        QVERIFY2(db->exec(q,
                          g[0].isEmpty() ? QStringLiteral("SELECT subject, description, source, "
                                                          "extra FROM tickets WHERE external_id "
                                                          "IS NULL AND subject = ?")
                                         : QStringLiteral("SELECT subject, description, source, "
                                                          "extra FROM tickets WHERE external_id "
                                                          "= ?"),
                          {g[0].isEmpty() ? g[1] : g[0]}, error),
                 qPrintable(error));
        QVERIFY2(q.next(), qPrintable(g[0]));
        QCOMPARE(q.value(0).toString(), g[1]);
        QCOMPARE(q.value(1).toString(), g[2]);
        QCOMPARE(q.value(2).toString(), QStringLiteral("import"));
        const QJsonObject extra = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        if (g[0] == QLatin1StringView("q1"))
            QCOMPARE(extra.value(QStringLiteral("note")).toString(), QStringLiteral("x"));
        else
            QVERIFY(extra.isEmpty());
    }
    QCOMPARE(count(*db, QStringLiteral("SELECT received_offset FROM tickets WHERE external_id = "
                                       "'rtl'")),
             -5 * 3600);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket'")),
             h.good.size());

    // Again: idempotent on (source, external_id); the row without an id is new each time.
    QVERIFY(importer.importFile(path, ColumnMapping::direct(), options, report));
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.duplicates, h.good.size() - 1);
}

inline QByteArray manyRows(int n, const QByteArray &failAt = {}) {
    QByteArray csv = kHeader;
    for (int i = 0; i < n; ++i) {
        const QByteArray id = i == n * 7 / 10 && !failAt.isEmpty() ? failAt : QByteArray::number(i);
        csv += "2026-03-01T10:00:00Z,phone,normal,login_failure," + id + ",subject " +
               QByteArray::number(i) + ",\"description, " + QByteArray::number(i) + "\",north,\r\n";
    }
    return csv;
}

inline void cancelLeavesNothing(const DatabaseUrl &url) {
    auto db = fresh(url);
    QVERIFY(db);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("many.csv"), manyRows(20000));
    SystemClock clock;
    Importer importer(*db, clock);
    std::atomic_bool cancel = false;
    int writingReports = 0;
    importer.setCancelFlag(&cancel);
    importer.setProgress([&](Importer::Phase phase, qint64 done, qint64 total) {
        QVERIFY(done <= total);
        if (phase == Importer::Phase::Writing && ++writingReports == 3)
            cancel = true;
    });
    ImportReport report;
    QVERIFY(!importer.importFile(path, ColumnMapping::direct(), {}, report));
    QVERIFY(report.cancelled);
    QVERIFY(!report.written);
    QCOMPARE(writingReports, 3);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket'")),
             0);
    // The connection is usable afterwards and the same file imports in full.
    cancel = false;
    importer.setProgress({});
    QVERIFY2(importer.importFile(path, ColumnMapping::direct(), {}, report),
             qPrintable(report.fatal));
    QCOMPARE(report.inserted, 20000);
}

// A plain INSERT into tickets must still be logged (the change_log trigger is in place).
inline void plainInsertIsLogged(Database &db) {
    const qint64 before = count(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE "
                                                   "entity = 'ticket'"));
    QString error;
    QVERIFY2(db.exec(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                    "problem_type, updated_at) VALUES (1, 'phone', 'normal', "
                                    "'other', 1)"),
                     {}, error),
             qPrintable(error));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket'")),
             before + 1);
    QCOMPARE(count(db, QStringLiteral("SELECT entity_id FROM change_log WHERE seq = (SELECT "
                                      "MAX(seq) FROM change_log)")),
             count(db, QStringLiteral("SELECT MAX(id) FROM tickets")));
}

// A file large enough for the bulk path (over 4 MB: SQLite logs the tickets with one
// statement instead of the per-row trigger): exactly one change_log row per new ticket, in
// id order after what was there; duplicates skipped; the trigger works afterwards; a
// cancelled large import leaves nothing and the trigger in place.
inline void largeImportLogsEveryTicket(const DatabaseUrl &url) {
    auto db = fresh(url);
    QVERIFY(db);
    // PostgreSQL rebuilds the secondary indexes after a large import into a smaller table:
    // all of them must be there afterwards, with the same definitions.
    const QString indexes =
        db->dialect() == Dialect::PostgreSQL
            ? QStringLiteral("SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes "
                             "WHERE tablename = 'tickets'")
            : QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                             "WHERE type = 'index' AND tbl_name = 'tickets' ORDER BY name)");
    const auto indexDefinitions = [&] {
        QSqlQuery q(db->db());
        QString error;
        return db->exec(q, indexes, {}, error) && q.next() ? q.value(0).toString() : error;
    };
    const QString indexesBefore = indexDefinitions();
    QVERIFY(indexesBefore.count(QLatin1String("tickets_")) >= 7);
    QTemporaryDir dir;
    SystemClock clock;
    Importer importer(*db, clock);
    ImportReport report;
    const QString small = writeFile(dir, QStringLiteral("small.csv"), manyRows(10));
    QVERIFY2(importer.importFile(small, ColumnMapping::direct(), {}, report),
             qPrintable(report.fatal));
    const QByteArray bigCsv = manyRows(60000);
    QVERIFY(bigCsv.size() > 4 * 1024 * 1024);
    const QString big = writeFile(dir, QStringLiteral("big.csv"), bigCsv);

    std::atomic_bool cancel = false;
    importer.setCancelFlag(&cancel);
    importer.setProgress([&](Importer::Phase, qint64 done, qint64 total) {
        if (done > total / 2)
            cancel = true;
    });
    QVERIFY(!importer.importFile(big, ColumnMapping::direct(), {}, report));
    QVERIFY(report.cancelled);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 10);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket'")),
             10);
    plainInsertIsLogged(*db);

    cancel = false;
    importer.setProgress({});
    QVERIFY2(importer.importFile(big, ColumnMapping::direct(), {}, report),
             qPrintable(report.fatal));
    QCOMPARE(report.inserted, 59990);
    QCOMPARE(report.duplicates, 10);
    QCOMPARE(indexDefinitions(), indexesBefore);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 60001);
    // One insert row per ticket, none for anything else, ids rising with seq.
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket' "
                                       "AND op = 'insert'")),
             60001);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM change_log WHERE "
                                       "entity = 'ticket' AND entity_id IN (SELECT id FROM "
                                       "tickets)")),
             60001);
    QSqlQuery q(db->db());
    QString error;
    QVERIFY2(db->exec(q,
                      QStringLiteral("SELECT entity_id FROM change_log WHERE entity = 'ticket' "
                                     "ORDER BY seq"),
                      {}, error),
             qPrintable(error));
    qint64 last = 0;
    int rows = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id <= last)
            QFAIL(qPrintable(QStringLiteral("change_log out of id order at %1").arg(id)));
        last = id;
        ++rows;
    }
    QCOMPARE(rows, 60001);
    plainInsertIsLogged(*db);
}

// The wizard's two steps: check() (no writes, rejected rows listed, sample kept), then
// importChecked() writes; a file that changed in between is refused and nothing written.
inline void checkThenWrite(const DatabaseUrl &url) {
    auto db = fresh(url);
    QVERIFY(db);
    QTemporaryDir dir;
    QByteArray csv = manyRows(100);
    csv += "2026-03-01T10:00:00Z,fax,normal,other,bad,,,west,\r\n"; // line 102: rejected
    const QString path = writeFile(dir, QStringLiteral("two.csv"), csv);
    SystemClock clock;
    Importer importer(*db, clock);
    ImportOptions options;
    options.sampleRows = 3;
    ImportReport report;
    QVERIFY2(importer.check(path, ColumnMapping::direct(), options, report),
             qPrintable(report.fatal));
    QCOMPARE(report.records, 101);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.errors.value(0).line, 102);
    QCOMPARE(report.sample.size(), 3);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    // Rejected rows and no "good rows only": refused.
    QVERIFY(!importer.importChecked(path, ColumnMapping::direct(), options, report));
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    // The file grows between the check and the write: refused, nothing written.
    options.importGoodRows = true;
    ImportReport stale = report;
    writeFile(dir, QStringLiteral("two.csv"), csv + manyRows(1).mid(kHeader.size()));
    QVERIFY(!importer.importChecked(path, ColumnMapping::direct(), options, stale));
    QVERIFY2(stale.fatal.contains(QLatin1StringView("changed while")), qPrintable(stale.fatal));
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket'")),
             0);
    // As checked: the good rows only.
    writeFile(dir, QStringLiteral("two.csv"), csv);
    QVERIFY2(importer.importChecked(path, ColumnMapping::direct(), options, report),
             qPrintable(report.fatal));
    QVERIFY(report.written);
    QCOMPARE(report.inserted, 100);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket'")),
             100);
}

// A database error 70 % of the way through (a trigger refuses one external id).
// `rowsPerStatement` (SQLite, when known): the failing statement's lines span exactly that
// many rows — which also shows which SQLite sink wrote them.
inline void failureLeavesNothing(const DatabaseUrl &url, int rowsPerStatement = 0) {
    auto db = fresh(url);
    QVERIFY(db);
    QString error;
    if (db->dialect() == Dialect::SQLite) {
        QVERIFY2(db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON tickets WHEN "
                                         "NEW.external_id = 'boom' BEGIN SELECT RAISE(ABORT, "
                                         "'refused by test'); END"),
                          {}, error),
                 qPrintable(error));
    } else {
        QVERIFY2(db->exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE "
                                         "plpgsql AS $$ BEGIN IF NEW.external_id = 'boom' THEN "
                                         "RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; "
                                         "END $$"),
                          {}, error),
                 qPrintable(error));
        QVERIFY2(db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON tickets FOR "
                                         "EACH ROW EXECUTE FUNCTION refuse()"),
                          {}, error),
                 qPrintable(error));
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("boom.csv"), manyRows(10000, "boom"));
    SystemClock clock;
    Importer importer(*db, clock);
    ImportReport report;
    QVERIFY(!importer.importFile(path, ColumnMapping::direct(), {}, report));
    QVERIFY2(report.fatal.contains(QLatin1StringView("refused by test")), qPrintable(report.fatal));
    QVERIFY2(report.fatal.contains(QLatin1StringView("Nothing was imported")),
             qPrintable(report.fatal));
    if (db->dialect() == Dialect::SQLite) {
        // Rows go in several a statement: the error names the lines of the failing
        // statement, which hold the refused record (line 7002: header, then ids from 0).
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("lines (\\d+)–(\\d+)")).match(report.fatal);
        QVERIFY2(m.hasMatch(), qPrintable(report.fatal));
        QVERIFY(m.captured(1).toLongLong() <= 7002 && m.captured(2).toLongLong() >= 7002);
        if (rowsPerStatement > 0)
            QCOMPARE(m.captured(2).toLongLong() - m.captured(1).toLongLong() + 1, rowsPerStatement);
    }
    QVERIFY(!report.written);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'ticket'")),
             0);
}

inline void nyc311Sample(const DatabaseUrl &url) {
    auto db = fresh(url);
    QVERIFY(db);
    QString error;
    const auto mapping = ColumnMapping::fromFile(QStringLiteral(":/mappings/nyc311.json"), error);
    QVERIFY2(mapping, qPrintable(error));
    const QString sample = qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
                           QStringLiteral("/tests/data/nyc311-2022-05-01-sample.csv");
    QVERIFY(QFile::exists(sample));
    SystemClock clock;
    Importer importer(*db, clock);
    ImportReport report;
    QVERIFY2(importer.importFile(sample, *mapping, {}, report), qPrintable(report.fatal));
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.inserted, report.records);
    QVERIFY(report.records > 900);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source = 'nyc311'")),
             report.records);
    // First data row of the sample: Unique Key 54049402, 05/01/2022 12:00:03 AM New York (EDT).
    QSqlQuery q(db->db());
    QVERIFY(db->exec(q,
                     QStringLiteral("SELECT received_at, received_offset, channel, problem_type, "
                                    "region FROM tickets WHERE external_id = '54049402'"),
                     {}, error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(),
             QDateTime(QDate(2022, 5, 1), QTime(4, 0, 3), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(q.value(1).toLongLong(), -4 * 3600);
    QCOMPARE(q.value(2).toString(), QStringLiteral("chat"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("product_fault"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("BRONX"));
    QVERIFY(importer.importFile(sample, *mapping, {}, report));
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.duplicates, report.records);
}

// Export, then import the export into a fresh database: the same tickets.
inline void exportRoundTrip(const DatabaseUrl &first, const DatabaseUrl &second) {
    auto db = fresh(first);
    QVERIFY(db);
    QTemporaryDir dir;
    const Hostile h = hostileFile();
    const QString path = writeFile(dir, QStringLiteral("hostile.csv"), h.csv);
    SystemClock clock;
    ImportOptions options;
    options.importGoodRows = true;
    ImportReport report;
    QVERIFY(Importer(*db, clock).importFile(path, ColumnMapping::direct(), options, report));

    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    QFile out(exported);
    QVERIFY(out.open(QIODevice::WriteOnly));
    qint64 rows = 0;
    QString error;
    QVERIFY2(Exporter::exportTickets(*db,
                                     TicketQueryBuilder(db->dialect(), TicketQueue::All, {}, {}),
                                     &out, rows, error),
             qPrintable(error));
    out.close();
    QCOMPARE(rows, h.good.size());

    auto other = fresh(second);
    QVERIFY(other);
    options.source = QStringLiteral("import");
    QVERIFY2(Importer(*other, clock).importFile(exported, ColumnMapping::direct(), options, report),
             qPrintable(report.fatal));
    QCOMPARE(report.inserted, h.good.size());
    QCOMPARE(report.rejected, 0);
    const QString columns = QStringLiteral(
        "SELECT source, COALESCE(external_id, ''), received_at, received_offset, channel, "
        "customer_tier, problem_type, subject, description, region FROM tickets ORDER BY "
        "received_at, id");
    QSqlQuery a(db->db());
    QSqlQuery b(other->db());
    QVERIFY(db->exec(a, columns, {}, error));
    QVERIFY(other->exec(b, columns, {}, error));
    int compared = 0;
    while (a.next()) {
        QVERIFY(b.next());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(b.value(i).toString(), a.value(i).toString());
        ++compared;
    }
    QVERIFY(!b.next());
    QCOMPARE(compared, h.good.size());

    // A query narrows the export.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto view = TicketViewText::parse(QStringLiteral("region=north&tier=normal"), error);
    QVERIFY2(view, qPrintable(error));
    QVERIFY(Exporter::exportTickets(
        *db, TicketQueryBuilder(db->dialect(), view->queue, view->filter, {}), &buffer, rows,
        error));
    QCOMPARE(rows, 1); // q1 (normal, north); n1 is north but vip
    QVERIFY(!TicketViewText::parse(QStringLiteral("colour=red"), error));
    QVERIFY(error.contains(QLatin1StringView("colour")));
}

} // namespace sb::test::import

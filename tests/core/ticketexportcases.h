#pragma once
// Shared by tst_ticket_export (SQLite) and tst_ticket_export_pg: the export of a queue view
// holds exactly the queue's tickets in queue order, masks service numbers, stops on cancel
// without leaving a file, and imports again.

#include "io/columnmapping.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "security/masking.h"
#include "testsupport.h"
#include "ticketqueriescases.h"
#include "tickets/ticketviewtext.h"
#include "util/clock.h"
#include "workflowfixture.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>

namespace sb::test::exporting {

// A freshly migrated database (`db`, or a fatal error naming `error`) with the member of staff
// who exports (`staffId`).
inline std::unique_ptr<Database> withExporter(std::unique_ptr<Database> db, const QString &error,
                                              qint64 &staffId) {
    if (!db)
        qFatal("open: %s", qPrintable(error));
    staffId = insertStaff(*db, QStringLiteral("Ann"), QStringLiteral("ann"));
    return db;
}

struct Csv {
    QStringList header;
    QList<QStringList> rows;
};

inline Csv readCsv(const QByteArray &bytes) {
    QBuffer b;
    b.setData(bytes);
    b.open(QIODevice::ReadOnly);
    CsvReader r(&b);
    Csv out;
    if (r.readRecord())
        out.header = r.fields();
    while (r.readRecord())
        out.rows.append(r.fields());
    if (r.hasError())
        qWarning("csv: %s", qPrintable(r.errorString()));
    return out;
}

inline QList<qint64> idsOf(const Csv &csv) {
    QList<qint64> ids;
    for (const QStringList &r : csv.rows)
        ids.append(r.value(0).toLongLong());
    return ids;
}

// The queue's rows as the GUI pages them (one page big enough for all).
inline QList<qint64> queueIds(Database &db, const TicketQueryBuilder &b) {
    QList<TicketCursor> cursors;
    return runPage(db, b.page(TicketQueryBuilder::Page::First, {}, 100000), cursors);
}

inline Csv exportView(Database &db, const TicketQueryBuilder &b, qint64 &rows,
                      const TicketExportOptions &options = {}) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    if (!Exporter::exportTickets(db, b, &out, rows, error, options))
        qWarning("export: %s", qPrintable(error));
    return readCsv(out.data());
}

// Seeds the queue tickets plus sources, overdue urges and a service number.
inline QList<QueueRow> seed(Database &db, qint64 staffId) {
    const QList<QueueRow> rows = seedQueueTickets(db, staffId);
    QString e;
    for (int i = 0; i < rows.size(); ++i) {
        if (!db.exec(QStringLiteral("UPDATE tickets SET source = ?, external_id = ?, "
                                    "service_number = ? WHERE id = ?"),
                     {i % 2 ? QStringLiteral("crm") : QStringLiteral("web"),
                      QStringLiteral("x%1").arg(i),
                      QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')), rows.at(i).id},
                     e))
            qFatal("seed: %s", qPrintable(e));
        if (i % 7 == 1 &&
            !db.exec(
                QStringLiteral("INSERT INTO deadline_urges(ticket_id, milestone, kind, due_at, "
                               "at) VALUES (?, 'reply', 'overdue', 1, 1)"),
                {rows.at(i).id}, e))
            qFatal("seed: %s", qPrintable(e));
    }
    return rows;
}

inline void rowsEqualQueue(Database &db, qint64 staffId) {
    const QList<QueueRow> seeded = seed(db, staffId);
    TicketQueryContext ctx;
    ctx.staffId = staffId;
    ctx.finalStates = {QStringLiteral("closed")};
    struct Case {
        const char *text;
        qint64 expected; // -1: only compare with the queue
    };
    const Case cases[] = {
        {"", 57},
        {"sort=received&descending=false", 57},
        {"queue=green&sort=priority", 5},
        {"queue=mine&sort=subject&descending=false", 14},
        {"queue=unassigned&channel=chat", -1},
        {"queue=overdue", -1},
        {"text=50%25_off&sort=id", 12},
        {"source=crm&sort=handler", 28},
        {"customer=C-0&state=registered", -1},
        {"queue=all&source=nowhere", 0},
    };
    for (const Case &c : cases) {
        QString error;
        const auto view = TicketViewText::parse(QLatin1StringView(c.text), error);
        QVERIFY2(view, qPrintable(error));
        const TicketQueryBuilder b(db.dialect(), view->queue, view->filter, ctx);
        qint64 rows = -1;
        const Csv csv = exportView(db, b, rows);
        QCOMPARE(csv.header, Exporter::ticketColumns());
        const QList<qint64> expected = queueIds(db, b);
        QVERIFY2(idsOf(csv) == expected, c.text);
        QCOMPARE(rows, expected.size());
        if (c.expected >= 0)
            QCOMPARE(rows, c.expected);
    }
    // Green channel first whatever the sort: the five green tickets head the full export.
    QSet<qint64> green;
    for (const QueueRow &r : seeded)
        if (r.green)
            green.insert(r.id);
    QCOMPARE(green.size(), 5);
    qint64 rows = 0;
    TicketFilter f;
    f.sort = TicketSort::Subject;
    f.descending = false;
    const Csv csv =
        exportView(db, TicketQueryBuilder(db.dialect(), TicketQueue::All, f, ctx), rows);
    const QList<qint64> ids = idsOf(csv);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.begin() + 5), green);
    // Overdue = the open tickets with an overdue urge (i % 7 == 1 and i % 4 != 0).
    int overdue = 0;
    for (int i = 0; i < seeded.size(); ++i)
        overdue += i % 7 == 1 && i % 4 != 0 ? 1 : 0;
    QCOMPARE(exportView(db, TicketQueryBuilder(db.dialect(), TicketQueue::Overdue, {}, ctx), rows)
                 .rows.size(),
             overdue);
}

inline void masking(Database &db, qint64 staffId) {
    seed(db, staffId);
    const TicketQueryBuilder b(db.dialect(), TicketQueue::All, {}, {});
    qint64 rows = 0;
    const int column = int(Exporter::ticketColumns().indexOf(QStringLiteral("service_number")));
    const Csv masked = exportView(db, b, rows);
    TicketExportOptions unmasked;
    unmasked.personalData = true;
    const Csv plain = exportView(db, b, rows, unmasked);
    QCOMPARE(masked.rows.size(), 57);
    QCOMPARE(plain.rows.size(), 57);
    for (int i = 0; i < masked.rows.size(); ++i) {
        const QString raw = plain.rows[i].value(column);
        QVERIFY2(raw.startsWith(QLatin1StringView("138")) && raw.size() == 11, qPrintable(raw));
        QCOMPARE(masked.rows[i].value(column), maskServiceNumber(raw));
        QVERIFY(masked.rows[i].value(column) != raw);
    }
}

inline void cancelAndProgress(Database &db, qint64 staffId) {
    seed(db, staffId);
    const TicketQueryBuilder b(db.dialect(), TicketQueue::All, {}, {});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    // Progress every 10 rows and once at the end.
    QList<qint64> reported;
    TicketExportOptions options;
    options.progressEvery = 10;
    options.progress = [&reported](qint64 n) {
        reported.append(n);
    };
    qint64 rows = 0;
    QString error;
    QVERIFY2(Exporter::exportTicketsToFile(db, b, path, rows, error, options), qPrintable(error));
    QCOMPARE(rows, 57);
    QCOMPARE(reported, (QList<qint64>{10, 20, 30, 40, 50, 57}));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(readCsv(written.readAll()).rows.size(), 57);
    written.close();
    QVERIFY(QFile::remove(path));

    // Cancelled after 20 rows: no file.
    std::atomic<bool> cancel{false};
    options.cancel = &cancel;
    options.progress = [&cancel](qint64 n) {
        if (n >= 20)
            cancel = true;
    };
    QVERIFY(!Exporter::exportTicketsToFile(db, b, path, rows, error, options));
    QVERIFY(!error.isEmpty());
    QCOMPARE(rows, 20);
    QVERIFY(!QFile::exists(path));
    // An existing file stays as it was.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
    }
    cancel = false;
    QVERIFY(!Exporter::exportTicketsToFile(db, b, path, rows, error, options));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old\n"));
    // A directory that does not exist: an error naming the path, no file.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/dir/out.csv"));
    QVERIFY(!Exporter::exportTicketsToFile(db, b, nowhere, rows, error));
    QVERIFY2(error.contains(nowhere), qPrintable(error));
}

// A filtered view exported and imported into a fresh database gives the same tickets (ids,
// states and sources are the new database's own).
inline void roundTrip(Database &db, qint64 staffId, Database &other) {
    seed(db, staffId);
    QString error;
    const auto view = TicketViewText::parse(QStringLiteral("channel=chat&sort=subject"), error);
    QVERIFY2(view, qPrintable(error));
    const TicketQueryBuilder b(db.dialect(), view->queue, view->filter, {});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chat.csv"));
    qint64 rows = 0;
    TicketExportOptions options;
    options.personalData = true;
    QVERIFY2(Exporter::exportTicketsToFile(db, b, path, rows, error, options), qPrintable(error));
    QCOMPARE(rows, 19);
    SystemClock clock;
    ImportReport report;
    QVERIFY2(Importer(other, clock).importFile(path, ColumnMapping::direct(), {}, report),
             qPrintable(report.fatal));
    QCOMPARE(report.inserted, 19);
    QCOMPARE(report.rejected, 0);
    const QString columns =
        QStringLiteral("SELECT external_id, received_at, channel, customer_tier, problem_type, "
                       "subject, description, service_number, customer_id FROM tickets %1 ORDER "
                       "BY external_id");
    QSqlQuery a(db.db());
    QSqlQuery c(other.db());
    QVERIFY(db.exec(a, columns.arg(QStringLiteral("WHERE channel = 'chat'")), {}, error));
    QVERIFY(other.exec(c, columns.arg(QString()), {}, error));
    int compared = 0;
    while (a.next()) {
        QVERIFY(c.next());
        for (int i = 0; i < 9; ++i)
            QCOMPARE(c.value(i).toString(), a.value(i).toString());
        ++compared;
    }
    QVERIFY(!c.next());
    QCOMPARE(compared, 19);
    // The importer takes the source from its mapping (here the default), not from the column.
}

inline void queryText() {
    QString error;
    const auto bad = [&error](const char *text, const char *key, const char *value) {
        error.clear();
        QVERIFY2(!TicketViewText::parse(QLatin1StringView(text), error), text);
        QVERIFY2(error.contains(QLatin1StringView(key)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1StringView(value)), qPrintable(error));
    };
    bad("colour=red", "colour", "queue, customer");
    bad("queue=everything", "queue", "everything");
    bad("channel=pigeon", "channel", "pigeon");
    bad("tier=gold", "tier", "gold");
    bad("problem_type=weather", "problem_type", "weather");
    bad("incident_grade=7", "incident_grade", "7");
    bad("sort=colour", "sort", "colour");
    bad("descending=maybe", "descending", "maybe");
    bad("from=yesterday", "from", "yesterday");
    bad("to=2026-03-01", "to", "2026-03-01");
    bad("handler_id=ann", "handler_id", "ann");
    bad("serial=CS-1", "serial", "CS-1");
    bad("channel=phone&channel=email", "channel", "twice");

    const auto view = TicketViewText::parse(
        QStringLiteral("queue=overdue&channel=phone&state=registered&from=2026-03-01T00:00:00Z&"
                       "to=2026-03-02T00:00:00%2B08:00&text=refund%20%26%20more&sort=received&"
                       "descending=false&problem_type=login_failure&tier=vip&region=BRONX&"
                       "category=Noise&customer=C-1&serial=CS-20260301-12&incident_grade=2&"
                       "source=crm&handler_id=4&receiver_id=5"),
        error);
    QVERIFY2(view, qPrintable(error));
    QCOMPARE(view->queue, TicketQueue::Overdue);
    const TicketFilter &f = view->filter;
    QCOMPARE(f.channel, QStringLiteral("phone"));
    QCOMPARE(f.state, QStringLiteral("registered"));
    QCOMPARE(f.receivedFrom,
             QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(f.receivedTo, QDateTime(QDate(2026, 3, 1), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(f.text, QStringLiteral("refund & more"));
    QCOMPARE(f.sort, TicketSort::Received);
    QCOMPARE(f.descending, false);
    QCOMPARE(f.problemType, QStringLiteral("login_failure"));
    QCOMPARE(f.tier, QStringLiteral("vip"));
    QCOMPARE(f.region, QStringLiteral("BRONX"));
    QCOMPARE(f.category, QStringLiteral("Noise"));
    QCOMPARE(f.customer, QStringLiteral("C-1"));
    QCOMPARE(f.serial, QStringLiteral("CS-20260301-12"));
    QCOMPARE(f.incidentGrade, 2);
    QCOMPARE(f.source, QStringLiteral("crm"));
    QCOMPARE(f.handlerId, 4);
    QCOMPARE(f.receiverId, 5);
    // The text form parses back to the same view; an empty text is the whole "All" queue.
    const auto back = TicketViewText::parse(TicketViewText::format(*view), error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == *view);
    const auto all = TicketViewText::parse(QString(), error);
    QVERIFY(all && all->queue == TicketQueue::All && all->filter.isEmpty());
    // source is part of the filter's JSON (saved filters, query log).
    TicketFilter json;
    QVERIFY(TicketFilter::fromJson(f.toJson(), json, error));
    QCOMPARE(json.source, QStringLiteral("crm"));
}

} // namespace sb::test::exporting

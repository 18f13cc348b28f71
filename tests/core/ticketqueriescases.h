#pragma once
// The cases of TicketQueriesTest (ticketqueriestest.h, for tst_ticket_queries and
// tst_ticket_queries_pg): keyset paging over the queue order (green first, sort column, id) in
// both directions, filters, counts, stores. The export cases seed their queue with it too.

#include "storage/database.h"
#include "tickets/ticketquery.h"
#include "tickets/ticketstores.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace sb::test {

struct QueueRow {
    qint64 id;
    int green;
    qint64 received;
    int priority;
    QString subject;
    QString channel;
};

inline QList<QueueRow> seedQueueTickets(Database &db, qint64 staffId) {
    QList<QueueRow> rows;
    QString e;
    const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"),
                               QStringLiteral("email")};
    for (int i = 0; i < 57; ++i) {
        QueueRow r;
        r.green = i % 11 == 3 ? 1 : 0;
        r.received = 1000000 + (i / 3) * 1000; // ties of three: id breaks them
        r.priority = (i * 7) % 4;
        r.subject = QStringLiteral("Subject %1").arg((i * 13) % 20, 2, 10, QLatin1Char('0'));
        r.channel = channels.at(i % 3);
        QSqlQuery q;
        if (!db.exec(q,
                     QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                    "problem_type, subject, description, state, green_channel, "
                                    "priority, handler_id, customer_id, updated_at) VALUES (?, ?, "
                                    "'normal', 'login_failure', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
                                    "id"),
                     {r.received, r.channel, r.subject,
                      i % 5 == 0 ? QStringLiteral("needle 50%_off") : QStringLiteral("hay"),
                      i % 4 == 0 ? QStringLiteral("closed") : QStringLiteral("registered"), r.green,
                      r.priority,
                      i % 2 == 0 ? QVariant(staffId) : QVariant(QMetaType::fromType<qint64>()),
                      QStringLiteral("C-%1").arg(i % 6), r.received},
                     e) ||
            !q.next())
            qFatal("seed: %s", qPrintable(e));
        r.id = q.value(0).toLongLong();
        rows.append(r);
    }
    return rows;
}

inline QList<qint64> runPage(Database &db, const PagedSql &page, QList<TicketCursor> &cursors) {
    QList<qint64> ids;
    cursors.clear();
    QSqlQuery q;
    QString e;
    if (!db.exec(q, page.sql, page.values, e))
        qFatal("page: %s\n%s", qPrintable(e), qPrintable(page.sql));
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        cursors.append({q.value(8).toInt(), q.value(TicketQueryBuilder::kSortColumn),
                        q.value(0).toLongLong()});
    }
    if (page.reversed) {
        std::reverse(ids.begin(), ids.end());
        std::reverse(cursors.begin(), cursors.end());
    }
    return ids;
}

inline void checkPaging(Database &db, const QList<QueueRow> &rows, TicketSort sort,
                        bool descending) {
    // Expected queue order, computed here.
    QList<QueueRow> sorted = rows;
    auto key = [sort](const QueueRow &r) -> QVariant {
        switch (sort) {
        case TicketSort::Priority:
            return r.priority;
        case TicketSort::Subject:
            return r.subject;
        default:
            return r.received;
        }
    };
    std::sort(sorted.begin(), sorted.end(), [&](const QueueRow &a, const QueueRow &b) {
        if (a.green != b.green)
            return a.green > b.green;
        const QVariant ka = key(a), kb = key(b);
        if (ka != kb) {
            const bool less = QVariant::compare(ka, kb) == QPartialOrdering::Less;
            return descending ? !less : less;
        }
        return descending ? a.id > b.id : a.id < b.id;
    });
    QList<qint64> expected;
    for (const QueueRow &r : sorted)
        expected.append(r.id);

    TicketFilter f;
    f.sort = sort;
    f.descending = descending;
    const TicketQueryBuilder b(db.dialect(), TicketQueue::All, f, {});
    using Page = TicketQueryBuilder::Page;
    // Forward from the first page.
    QList<qint64> forward;
    QList<TicketCursor> cursors;
    QList<qint64> page = runPage(db, b.page(Page::First, {}, 10), cursors);
    while (!page.isEmpty()) {
        forward += page;
        page = runPage(db, b.page(Page::After, cursors.last(), 10), cursors);
    }
    QCOMPARE(forward, expected);
    // Backward from the last page.
    QList<qint64> backward;
    page = runPage(db, b.page(Page::Last, {}, 10), cursors);
    QCOMPARE(page, expected.mid(expected.size() - 10));
    while (!page.isEmpty()) {
        backward = page + backward;
        page = runPage(db, b.page(Page::Before, cursors.first(), 10), cursors);
    }
    QCOMPARE(backward, expected);
}

inline qint64 countOf(Database &db, TicketQueue queue, const TicketFilter &f,
                      const TicketQueryContext &ctx, int cap = 1000) {
    const TicketQueryBuilder b(db.dialect(), queue, f, ctx);
    const PagedSql c = b.count(cap);
    QSqlQuery q;
    QString e;
    if (!db.exec(q, c.sql, c.values, e) || !q.next())
        qFatal("count: %s", qPrintable(e));
    return q.value(0).toLongLong();
}

inline void runTicketQueryTests(Database &db, qint64 staffId) {
    const QList<QueueRow> rows = seedQueueTickets(db, staffId);
    checkPaging(db, rows, TicketSort::Received, true);
    checkPaging(db, rows, TicketSort::Received, false);
    checkPaging(db, rows, TicketSort::Priority, true);
    checkPaging(db, rows, TicketSort::Subject, false);

    TicketQueryContext ctx;
    ctx.staffId = staffId;
    ctx.finalStates = {QStringLiteral("closed")};
    // Queues.
    QCOMPARE(countOf(db, TicketQueue::All, {}, ctx), 57);
    QCOMPARE(countOf(db, TicketQueue::GreenChannel, {}, ctx), 5);
    // My work: handled by me (even i) and open (i % 4 != 0): i = 2, 6, 10, … 54 → 14.
    QCOMPARE(countOf(db, TicketQueue::MyWork, {}, ctx), 14);
    // Unassigned open: odd i → 28 (none of them is closed since closed needs i % 4 == 0).
    QCOMPARE(countOf(db, TicketQueue::Unassigned, {}, ctx), 28);
    // Filters: channel, customer, serial, free text with LIKE wildcards taken literally.
    TicketFilter f;
    f.channel = QStringLiteral("chat");
    QCOMPARE(countOf(db, TicketQueue::All, f, ctx), 19);
    f = {};
    f.customer = QStringLiteral("C-0");
    QCOMPARE(countOf(db, TicketQueue::All, f, ctx), 10);
    f = {};
    f.serial = QStringLiteral("CS-20250101-%1").arg(rows.at(7).id);
    QCOMPARE(countOf(db, TicketQueue::All, f, ctx), 1);
    f = {};
    f.text = QStringLiteral("50%_off");
    QCOMPARE(countOf(db, TicketQueue::All, f, ctx), 12); // i % 5 == 0
    f.text = QStringLiteral("0%x");
    QCOMPARE(countOf(db, TicketQueue::All, f, ctx), 0);
    f = {};
    f.receivedFrom = 1000000 + 3000;
    f.receivedTo = 1000000 + 5000;
    QCOMPARE(countOf(db, TicketQueue::All, f, ctx), 6);
    // The count stops at the cap (cap + 1 = "more").
    QCOMPARE(countOf(db, TicketQueue::All, {}, ctx, 20), 21);
    // Without tickets.read_all only own tickets: handled by me → 29.
    ctx.readAll = false;
    QCOMPARE(countOf(db, TicketQueue::All, {}, ctx), 29);

    // Filters as data: JSON round trip, saved per user, searches logged.
    TicketFilter g;
    g.text = QStringLiteral("needle");
    g.channel = QStringLiteral("chat");
    g.incidentGrade = 0;
    g.receivedFrom = 1234;
    g.sort = TicketSort::Priority;
    g.descending = false;
    TicketFilter back;
    QString e;
    QVERIFY(TicketFilter::fromJson(g.toJson(), back, e));
    QVERIFY(back == g);
    QJsonObject bad = g.toJson();
    bad.insert(QStringLiteral("handler_id"), QStringLiteral("x"));
    QVERIFY(!TicketFilter::fromJson(bad, back, e));
    QVERIFY2(e.contains(QLatin1StringView("handler_id")), qPrintable(e));
    SavedFilter s;
    s.name = QStringLiteral("Chat needles");
    s.queue = QStringLiteral("mine");
    s.filter = g;
    QVERIFY2(SavedFilterStore::save(db, staffId, s, e), qPrintable(e));
    s.filter.text = QStringLiteral("other");
    QVERIFY2(SavedFilterStore::save(db, staffId, s, e), qPrintable(e)); // same name: replaced
    QList<SavedFilter> saved;
    QVERIFY2(SavedFilterStore::list(db, staffId, saved, e), qPrintable(e));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().filter.text, QStringLiteral("other"));
    QCOMPARE(saved.first().queue, QStringLiteral("mine"));
    QVERIFY2(QueryLog::record(db, 777, staffId, QStringLiteral("all"), g, e), qPrintable(e));
    QSqlQuery q;
    QVERIFY(db.exec(
        q, QStringLiteral("SELECT staff_id, queue, filter FROM query_log WHERE at = 777"), {}, e));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), staffId);
    QVERIFY(q.value(2).toString().contains(QLatin1StringView("needle")));
}

} // namespace sb::test

#pragma once
// Opening exactly a figure's tickets (TicketFilter::ids), as one test class for
// tst_ticket_selection (SQLite) and tst_ticket_selection_pg (PostgreSQL): the id list returns
// exactly those tickets, composes with the other criteria and the queues, pages and counts
// like any queue, survives saving as JSON, and is bounded.
#include "databasetest.h"
#include "testsupport.h"
#include "ticketqueriescases.h"
#include "tickets/ticketpages.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

class TicketSelectionTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    std::unique_ptr<sb::Database> m_db;
    QList<sb::test::QueueRow> m_rows;
    qint64 m_staffId = 0;

    // The ids `db` returns for the request, every page read forward (keyset), and its count.
    static QList<qint64> read(sb::Database &db, sb::PageRequest r, qint64 *count = nullptr) {
        sb::TicketPageReader reader;
        QList<qint64> ids;
        r.limit = 7; // several pages: the id list must hold across the cursor
        r.which = sb::TicketQueryBuilder::Page::First;
        for (int guard = 0; guard < 100; ++guard) {
            QList<sb::TicketRow> rows;
            QString error;
            if (!reader.readPage(db, r, rows, error))
                qFatal("page: %s", qPrintable(error));
            for (const sb::TicketRow &row : rows)
                ids.append(row.id);
            if (rows.size() < r.limit)
                break;
            r.which = sb::TicketQueryBuilder::Page::After;
            r.cursor = {rows.last().green ? 1 : 0, rows.last().sortValue, rows.last().id};
        }
        if (count)
            *count = reader.count(db, r);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    static sb::PageRequest allTickets(const QList<qint64> &ids) {
        sb::PageRequest r;
        r.queue = sb::TicketQueue::All;
        r.filter.ids = ids;
        return r;
    }
    QList<qint64> chosen() const { // every second seeded ticket
        QList<qint64> ids;
        for (qsizetype i = 0; i < m_rows.size(); i += 2)
            ids.append(m_rows.at(i).id);
        return ids;
    }

private Q_SLOTS:
    void init() {
        QString e;
        m_db = sb::test::openMigrated(freshDatabase(QStringLiteral("ticket_selection")), e);
        QVERIFY2(m_db, qPrintable(e));
        QSqlQuery q(m_db->db());
        QVERIFY2(m_db->exec(q,
                            QStringLiteral("INSERT INTO staff(employee_no, name, login, "
                                           "status_changed_at, created_at) VALUES ('A', 'Ann', "
                                           "'ann', 0, 0) RETURNING id"),
                            {}, e),
                 qPrintable(e));
        QVERIFY(q.next());
        m_staffId = q.value(0).toLongLong();
        q.finish();
        m_rows = sb::test::seedQueueTickets(*m_db, m_staffId);
    }
    void cleanup() { m_db.reset(); }

    void returnsExactlyTheIds() {
        const QList<qint64> ids = chosen();
        QCOMPARE(ids.size(), 29);
        qint64 count = -1;
        QCOMPARE(read(*m_db, allTickets(ids), &count), ids);
        QCOMPARE(count, 29);
        // An id no ticket has is simply not found; an empty list does not filter.
        QCOMPARE(read(*m_db, allTickets({ids.first(), 999999})), QList<qint64>{ids.first()});
        QCOMPARE(read(*m_db, allTickets({})).size(), m_rows.size());
    }

    void composesWithOtherCriteria() {
        const QList<qint64> ids = chosen();
        sb::PageRequest r = allTickets(ids);
        r.filter.channel = QStringLiteral("phone");
        QList<qint64> expected;
        for (const sb::test::QueueRow &row : std::as_const(m_rows))
            if (ids.contains(row.id) && row.channel == QLatin1String("phone"))
                expected.append(row.id);
        QVERIFY(!expected.isEmpty() && expected.size() < ids.size());
        qint64 count = -1;
        QCOMPARE(read(*m_db, r, &count), expected);
        QCOMPARE(count, expected.size());
        // And with a queue: My work holds the open tickets handled by Ann (the even seeds,
        // but every fourth is closed).
        sb::PageRequest mine = allTickets(ids);
        mine.queue = sb::TicketQueue::MyWork;
        mine.context.staffId = m_staffId;
        mine.context.finalStates = {QStringLiteral("closed")};
        expected.clear();
        for (qsizetype i = 2; i < m_rows.size(); i += 4)
            expected.append(m_rows.at(i).id);
        QCOMPARE(read(*m_db, mine), expected);
    }

    void boundedAtTenThousand() {
        QList<qint64> many;
        for (qint64 i = 1; i <= sb::TicketFilter::kMaxIds; ++i)
            many.append(i);
        QString error;
        sb::TicketPageReader reader;
        QList<sb::TicketRow> rows;
        sb::PageRequest r = allTickets(many); // exactly the bound: runs
        QVERIFY2(reader.readPage(*m_db, r, rows, error), qPrintable(error));
        QCOMPARE(rows.size(), qMin<qsizetype>(r.limit, m_rows.size()));
        QCOMPARE(reader.count(*m_db, r), m_rows.size());
        r.filter.ids.append(sb::TicketFilter::kMaxIds + 1); // one more: refused, naming the bound
        rows.clear();
        QVERIFY(!reader.readPage(*m_db, r, rows, error));
        QVERIFY(rows.isEmpty());
        QVERIFY2(error.contains(QLocale().toString(sb::TicketFilter::kMaxIds)), qPrintable(error));
        QCOMPARE(reader.count(*m_db, r), -1);
        // The builder alone matches nothing rather than something else.
        const sb::TicketQueryBuilder b(m_db->dialect(), sb::TicketQueue::All, r.filter, {});
        QList<sb::TicketCursor> cursors;
        QCOMPARE(
            sb::test::runPage(*m_db, b.page(sb::TicketQueryBuilder::Page::First, {}, 50), cursors),
            QList<qint64>());
        // A saved filter with too many ids does not load.
        sb::TicketFilter back;
        QVERIFY(!sb::TicketFilter::fromJson(r.filter.toJson(), back, error));
        QVERIFY2(error.contains(QLocale().toString(sb::TicketFilter::kMaxIds)), qPrintable(error));
    }

    void savedAsJson() {
        sb::TicketFilter f;
        f.ids = chosen();
        f.channel = QStringLiteral("chat");
        QVERIFY(!f.isEmpty());
        const QJsonObject o = f.toJson();
        QCOMPARE(o.value(QStringLiteral("ids")).toArray().size(), f.ids.size());
        sb::TicketFilter back;
        QString error;
        QVERIFY2(sb::TicketFilter::fromJson(o, back, error), qPrintable(error));
        QCOMPARE(back, f);
        QVERIFY(!sb::TicketFilter().toJson().contains(QStringLiteral("ids")));
        QJsonObject wrong = o;
        wrong.insert(QStringLiteral("ids"), QJsonArray{1, QStringLiteral("2")});
        QVERIFY(!sb::TicketFilter::fromJson(wrong, back, error));
        QVERIFY2(error.contains(QStringLiteral("ids")), qPrintable(error));
        wrong.insert(QStringLiteral("ids"), QJsonArray{1.5});
        QVERIFY(!sb::TicketFilter::fromJson(wrong, back, error));
    }
};

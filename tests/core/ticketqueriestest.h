#pragma once
// Ticket queues (the cases in ticketqueriescases.h), as one test class for tst_ticket_queries
// (SQLite) and tst_ticket_queries_pg (PostgreSQL).
#include "databasetest.h"
#include "testsupport.h"
#include "ticketqueriescases.h"

class TicketQueriesTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void serialNumbers() {
        QCOMPARE(sb::ticketIdFromSerial(QStringLiteral("CS-20251009-123")), 123);
        QCOMPARE(sb::ticketIdFromSerial(QStringLiteral(" 77 ")), 77);
        QCOMPARE(sb::ticketIdFromSerial(QStringLiteral("CS-2025-1")), 0);
        QCOMPARE(sb::ticketIdFromSerial(QStringLiteral("abc")), 0);
    }

    void pagingAndFilters() {
        QString e;
        auto db = sb::test::openMigrated(freshDatabase(QStringLiteral("ticket_queries")), e);
        QVERIFY2(db, qPrintable(e));
        QSqlQuery q;
        QVERIFY(db->exec(q,
                         QStringLiteral("INSERT INTO staff(employee_no, name, login, "
                                        "status_changed_at, created_at) VALUES ('A', 'Ann', "
                                        "'ann', 0, 0) RETURNING id"),
                         {}, e));
        QVERIFY(q.next());
        const qint64 staffId = q.value(0).toLongLong();
        q.finish(); // SQLite commits no transaction while a statement is still open
        sb::test::runTicketQueryTests(*db, staffId);
    }
};

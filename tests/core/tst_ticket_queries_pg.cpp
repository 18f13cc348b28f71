// Ticket queues on PostgreSQL: keyset paging both ways, queues, filters, counts, saved filters,
// query log.
#include "testsupport.h"
#include "ticketqueriestest.h"

using namespace sb;

class TestTicketQueriesPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serialNumbers() {
        QCOMPARE(ticketIdFromSerial(QStringLiteral("CS-20251009-123")), 123);
        QCOMPARE(ticketIdFromSerial(QStringLiteral(" 77 ")), 77);
        QCOMPARE(ticketIdFromSerial(QStringLiteral("CS-2025-1")), 0);
        QCOMPARE(ticketIdFromSerial(QStringLiteral("abc")), 0);
    }

    void pagingAndFilters() {
        QString e;
        auto db = test::openMigrated(test::freshPgDatabase(QStringLiteral("ticket_queries")), e);
        QVERIFY2(db, qPrintable(e));
        QSqlQuery q;
        QVERIFY(db->exec(q,
                         QStringLiteral("INSERT INTO staff(employee_no, name, login, "
                                        "status_changed_at, created_at) VALUES ('A', 'Ann', "
                                        "'ann', 0, 0) RETURNING id"),
                         {}, e));
        QVERIFY(q.next());
        test::runTicketQueryTests(*db, q.value(0).toLongLong());
    }
};

QTEST_MAIN(TestTicketQueriesPg)
#include "tst_ticket_queries_pg.moc"

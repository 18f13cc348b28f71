// Ticket queues on SQLite: keyset paging both ways, queues, filters, counts, saved filters,
// query log.
#include "testsupport.h"
#include "ticketqueriestest.h"

#include <QTemporaryDir>

using namespace sb;

class TestTicketQueries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serialNumbers() {
        QCOMPARE(ticketIdFromSerial(QStringLiteral("CS-20251009-123")), 123);
        QCOMPARE(ticketIdFromSerial(QStringLiteral(" 77 ")), 77);
        QCOMPARE(ticketIdFromSerial(QStringLiteral("CS-2025-1")), 0);
        QCOMPARE(ticketIdFromSerial(QStringLiteral("abc")), 0);
    }

    void pagingAndFilters() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO staff(employee_no, name, login, "
                                        "status_changed_at, created_at) VALUES ('A', 'Ann', "
                                        "'ann', 0, 0)"),
                         {}, e));
        test::runTicketQueryTests(*db, 1);
    }
};

QTEST_MAIN(TestTicketQueries)
#include "tst_ticket_queries.moc"

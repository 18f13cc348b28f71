#pragma once
// Export of a queue view (the cases in ticketexportcases.h), as one test class for
// tst_ticket_export (SQLite) and tst_ticket_export_pg (PostgreSQL).
#include "databasetest.h"
#include "ticketexportcases.h"

class TicketExportTest : public sb::test::DatabaseTest {
    Q_OBJECT
    qint64 m_staff = 0;

    // A fresh migrated database with a staff member allowed to export (their id in `staffId`).
    std::unique_ptr<sb::Database> freshDb(const QString &name, qint64 &staffId) {
        QString e;
        auto db = sb::test::openMigrated(freshDatabase(QStringLiteral("ticket_export_") + name), e);
        return sb::test::exporting::withExporter(std::move(db), e, staffId);
    }

private Q_SLOTS:
    void queryText() { sb::test::exporting::queryText(); }
    void rowsEqualQueue() {
        auto db = freshDb(QStringLiteral("rows"), m_staff);
        sb::test::exporting::rowsEqualQueue(*db, m_staff);
    }
    void masking() {
        auto db = freshDb(QStringLiteral("mask"), m_staff);
        sb::test::exporting::masking(*db, m_staff);
    }
    void cancelAndProgress() {
        auto db = freshDb(QStringLiteral("cancel"), m_staff);
        sb::test::exporting::cancelAndProgress(*db, m_staff);
    }
    void roundTrip() {
        qint64 ignored = 0;
        auto db = freshDb(QStringLiteral("a"), m_staff);
        auto other = freshDb(QStringLiteral("b"), ignored);
        sb::test::exporting::roundTrip(*db, m_staff, *other);
    }
};

#pragma once
// The broadcast GUI on a fresh database per slot with the seeded people, and the scenario
// compose → pop-up → receipt (broadcast_station.h), as one test class for tst_broadcast
// (SQLite) and tst_broadcast_pg (PostgreSQL).
#include "broadcast_station.h"
#include "databasetest.h"
#include "testsupport.h"

class BroadcastTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    sb::DatabaseUrl m_url;
    std::unique_ptr<sb::Database> m_db;
    sb::test::Seed m_s;

private:
    int m_counter = 0;

private Q_SLOTS:
    void init() {
        m_url = freshDatabase(QStringLiteral("sb_broadcast_%1").arg(++m_counter));
        QString e;
        m_db = sb::test::openMigrated(m_url, e);
        QVERIFY2(m_db, qPrintable(e));
        m_s = sb::test::seedPeople(*m_db);
    }

    void cleanup() { m_db.reset(); }

    // The broadcast scenario: compose → pop-up on the receiving window → receipt to the sender.
    void composeToPopupToReceipt() { sb::test::scenarioComposePopupReceipt(m_url, *m_db, m_s); }
};

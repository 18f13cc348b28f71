#pragma once
// Sending, targeting, inbox delivery, receipts, expiry, re-send, hostile text and queries (the
// scenarios of messaging_fixture.h), as one test class for tst_messaging_delivery (SQLite) and
// tst_messaging_pg (PostgreSQL). Every slot gets a fresh database with the seeded people: each
// twin's init() opens it with openSeeded() and adds its own check.
#include "databasetest.h"
#include "messaging_fixture.h"
#include "testsupport.h"

class MessagingTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    std::unique_ptr<sb::Database> m_db;
    sb::ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC)};
    sb::test::Seed m_seed;

    // A fresh migrated database (m_db) with the seeded people (m_seed).
    void openSeeded() {
        QString error;
        m_db = sb::test::openMigrated(
            freshDatabase(QStringLiteral("sb_messaging_%1").arg(++m_counter)), error);
        QVERIFY2(m_db, qPrintable(error));
        m_seed = sb::test::seedPeople(*m_db);
    }

private:
    int m_counter = 0;

private Q_SLOTS:
    void cleanup() { m_db.reset(); }

    void targeting() { sb::test::scenarioTargeting(*m_db, m_clock, m_seed); }
    void onlineAndOfflineDelivery() { sb::test::scenarioOnlineOffline(*m_db, m_clock, m_seed); }
    void expiry() { sb::test::scenarioExpiry(*m_db, m_clock, m_seed); }
    void readReceipts() { sb::test::scenarioReceipts(*m_db, m_clock, m_seed); }
    void resendToUnread() { sb::test::scenarioResend(*m_db, m_clock, m_seed); }
    void hostileTextRoundTrip() { sb::test::scenarioHostileText(*m_db, m_clock, m_seed); }
    void queryFiltersAndSorting() { sb::test::scenarioQuery(*m_db, m_clock, m_seed); }
};

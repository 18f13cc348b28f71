// TicketEdits and the reassign / priority bulk actions on SQLite, where the application is
// the guard (TicketEditsTest's cases, and the green channel).
#include "testsupport.h"
#include "ticketeditstest.h"

using namespace sb;

class TestTicketEdits final : public TicketEditsTest {
    Q_OBJECT
    std::unique_ptr<Database> m_db;
    Workflow m_wf;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    qint64 m_alice = 0, m_bob = 0, m_gone = 0;

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    test::edits::Env env() override {
        return {*m_db, *m_db, m_wf, m_clock, m_alice, m_bob, m_gone, false};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = test::openMigrated(freshDatabase(QStringLiteral("sb_ticket_edits")), error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(m_wf.load(*m_db, error), qPrintable(error));
        m_alice = test::insertStaff(*m_db, QStringLiteral("Alice Wang"), QStringLiteral("alice"));
        m_bob = test::insertStaff(*m_db, QStringLiteral("Bob Li"), QStringLiteral("bob"));
        m_gone = test::insertStaff(*m_db, QStringLiteral("Gone Zhao"), QStringLiteral("gone"));
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE staff SET status = 'inactive' WHERE id = ?"),
                            {m_gone}, error),
                 qPrintable(error));
    }

    void greenChannel() { test::edits::greenChannel(env()); }
};

QTEST_GUILESS_MAIN(TestTicketEdits)
#include "moc_ticketeditstest.cpp"
#include "tst_ticket_edits.moc"

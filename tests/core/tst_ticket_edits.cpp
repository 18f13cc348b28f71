// TicketEdits and the reassign / priority bulk actions on SQLite, where the application is
// the guard (scenarios shared with tst_ticket_edits_pg in ticketeditscases.h).
#include "testsupport.h"
#include "ticketeditscases.h"

#include <QTemporaryDir>

using namespace sb;

class TestTicketEdits : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Workflow m_wf;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    qint64 m_alice = 0, m_bob = 0, m_gone = 0;

    test::edits::Env env() { return {*m_db, *m_db, m_wf, m_clock, m_alice, m_bob, m_gone, false}; }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = test::openMigrated(test::sqliteIn(m_dir), error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(m_wf.load(*m_db, error), qPrintable(error));
        m_alice = test::insertStaff(*m_db, QStringLiteral("Alice Wang"), QStringLiteral("alice"));
        m_bob = test::insertStaff(*m_db, QStringLiteral("Bob Li"), QStringLiteral("bob"));
        m_gone = test::insertStaff(*m_db, QStringLiteral("Gone Zhao"), QStringLiteral("gone"));
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE staff SET status = 'inactive' WHERE id = ?"),
                            {m_gone}, error),
                 qPrintable(error));
    }

    void bulkReassignAndPriority() { test::edits::bulkReassignAndPriority(env()); }
    void refusalsWriteNothing() { test::edits::refusalsWriteNothing(env()); }
    void greenChannel() { test::edits::greenChannel(env()); }
};

QTEST_GUILESS_MAIN(TestTicketEdits)
#include "tst_ticket_edits.moc"

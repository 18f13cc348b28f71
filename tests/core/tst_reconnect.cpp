// Reconnector on SQLite: work that fails because another connection holds the file's write lock
// is run again with backoff until the lock goes, and gives up (naming the cause) once the retry
// time is spent; bad input is never retried. Time moves on a ManualClock, one step per wait.
#include "storage/reconnect.h"
#include "testsupport.h"
#include "tickets/ticketstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

Complaint complaint(const QString &externalId) {
    Complaint c;
    c.receivedAt = QDateTime::fromString(QStringLiteral("2026-03-01T10:12:07+08:00"), Qt::ISODate);
    c.channel = Channel::Phone;
    c.problemType = QStringLiteral("login_failure");
    c.source = QStringLiteral("feed");
    c.externalId = externalId;
    return c;
}

qint64 ticketCount(Database &db) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e) || !q.next())
        qFatal("count failed: %s", qPrintable(e));
    return q.value(0).toLongLong();
}

} // namespace

class TestReconnect : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_holder; // another program that holds the write lock
    ManualClock m_clock;
    QList<int> m_waits;

    // The ingest's work: one batch in one transaction.
    bool store(const QList<Complaint> &batch, QString &error) {
        InsertResult r;
        return TicketStore(*m_writer).insert(batch, m_clock.nowMs(), r, error);
    }

private Q_SLOTS:
    void init() {
        QString e;
        const DatabaseUrl url = test::sqliteIn(
            m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_writer = test::openMigrated(url, e);
        QVERIFY2(m_writer, qPrintable(e));
        m_holder = Database::open(url, QStringLiteral("holder"), e);
        QVERIFY2(m_holder, qPrintable(e));
        // Fail at once instead of after the 10 s busy timeout.
        QVERIFY2(m_writer->exec(QStringLiteral("PRAGMA busy_timeout = 0"), {}, e), qPrintable(e));
        m_waits.clear();
    }
    void cleanup() {
        m_holder.reset();
        m_writer.reset();
    }

    void classifiesLockedAndBadInput() {
        QString e;
        QVERIFY2(m_holder->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        QString locked;
        QVERIFY(!store({complaint(QStringLiteral("a"))}, locked));
        QCOMPARE(classifyDbFailure(*m_writer, locked), DbFailure::Busy);
        QVERIFY2(m_holder->exec(QStringLiteral("ROLLBACK"), {}, e), qPrintable(e));

        QString refused; // NOT NULL: the input is wrong, trying again cannot help
        QVERIFY(!m_writer->exec(QStringLiteral("INSERT INTO tickets(source) VALUES (?)"),
                                {QStringLiteral("x")}, refused));
        QCOMPARE(classifyDbFailure(*m_writer, refused), DbFailure::Permanent);
    }

    void lockedIsRetriedUntilTheLockGoes() {
        QString e;
        QVERIFY2(m_holder->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        Reconnector::Policy policy; // 200 ms doubling to 5 s, for 60 s
        int waitsBeforeRelease = 3;
        Reconnector r(*m_writer, m_clock, policy, [&](int ms) {
            m_waits.append(ms);
            m_clock.advance(ms);
            if (--waitsBeforeRelease == 0) {
                QString err;
                QVERIFY(m_holder->exec(QStringLiteral("COMMIT"), {}, err));
            }
        });
        QStringList notices;
        r.onRetry([&](const QString &why, DbFailure kind, int) {
            QCOMPARE(kind, DbFailure::Busy);
            notices.append(why);
        });
        int recoveredAfter = 0;
        bool reconnected = true;
        r.onRecovered([&](int retries, qint64, bool reopened) {
            recoveredAfter = retries;
            reconnected = reopened;
        });
        const QList<Complaint> batch{complaint(QStringLiteral("a")),
                                     complaint(QStringLiteral("b"))};
        QVERIFY2(r.run([&](QString &err) { return store(batch, err); }, e), qPrintable(e));
        QCOMPARE(m_waits, (QList<int>{200, 400, 800}));
        QCOMPARE(r.retries(), 3);
        QCOMPARE(recoveredAfter, 3);
        QVERIFY(!reconnected); // SQLite has no connection to lose
        QCOMPARE(r.reconnects(), 0);
        QCOMPARE(notices.size(), 3);
        QVERIFY2(notices.first().contains(QLatin1StringView("database is locked")),
                 qPrintable(notices.first()));
        QCOMPARE(ticketCount(*m_writer), 2); // the batch once, whole
    }

    void badInputIsNeverRetried() {
        Reconnector r(*m_writer, m_clock, {}, [&](int ms) { m_waits.append(ms); });
        int tries = 0;
        QString e;
        QVERIFY(!r.run(
            [&](QString &err) {
                ++tries;
                return m_writer->exec(QStringLiteral("INSERT INTO tickets(source) VALUES (?)"),
                                      {QStringLiteral("x")}, err);
            },
            e));
        QCOMPARE(tries, 1);
        QVERIFY(m_waits.isEmpty());
        QVERIFY(!r.gaveUp());
        QVERIFY2(e.contains(QLatin1StringView("NOT NULL")), qPrintable(e));
    }

    void givesUpAfterTheRetryTimeNamingTheCause() {
        QString e;
        QVERIFY2(m_holder->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        Reconnector::Policy policy;
        policy.retryForMs = 12000;
        Reconnector r(*m_writer, m_clock, policy, [&](int ms) {
            m_waits.append(ms);
            m_clock.advance(ms);
        });
        QVERIFY(
            !r.run([&](QString &err) { return store({complaint(QStringLiteral("a"))}, err); }, e));
        QVERIFY(r.gaveUp());
        // Doubling to the longest wait, the last one cut to what is left of the 12 s.
        QCOMPARE(m_waits, (QList<int>{200, 400, 800, 1600, 3200, 5000, 800}));
        QVERIFY2(e.contains(QLatin1StringView("database is locked")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1StringView("12 s")), qPrintable(e));
        QVERIFY2(m_holder->exec(QStringLiteral("ROLLBACK"), {}, e), qPrintable(e));
        QCOMPARE(ticketCount(*m_writer), 0);

        // No retry time: the first passing failure is final.
        QVERIFY2(m_holder->exec(QStringLiteral("BEGIN IMMEDIATE"), {}, e), qPrintable(e));
        m_waits.clear();
        policy.retryForMs = 0;
        Reconnector once(*m_writer, m_clock, policy, [&](int ms) { m_waits.append(ms); });
        QVERIFY(!once.run(
            [&](QString &err) { return store({complaint(QStringLiteral("a"))}, err); }, e));
        QVERIFY(once.gaveUp());
        QVERIFY(m_waits.isEmpty());
        QVERIFY2(m_holder->exec(QStringLiteral("ROLLBACK"), {}, e), qPrintable(e));
    }
    // A server that cannot be reached at start is waited for with the same backoff; a wrong
    // login or a SQLite file that cannot be opened is not.
    void openingWaitsForAServerThatIsNotThereYet() {
        QVERIFY(isPassingOpenFailure(Dialect::PostgreSQL,
                                     QStringLiteral("connection to server at \"127.0.0.1\", port "
                                                    "1 failed: Connection refused")));
        QVERIFY(isPassingOpenFailure(Dialect::PostgreSQL,
                                     QStringLiteral("FATAL: the database system is starting up")));
        QVERIFY(!isPassingOpenFailure(
            Dialect::PostgreSQL,
            QStringLiteral("FATAL: password authentication failed for user \"zhao\"")));
        QVERIFY(!isPassingOpenFailure(Dialect::PostgreSQL,
                                      QStringLiteral("FATAL: database \"sb\" does not exist")));
        QVERIFY(!isPassingOpenFailure(Dialect::SQLite, QStringLiteral("unable to open")));

        DatabaseUrl down;
        QString e;
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("postgresql://sb@127.0.0.1:1/sb"), down, e),
                 qPrintable(e));
        Reconnector::Policy policy;
        policy.retryForMs = 3000;
        int notices = 0;
        bool gaveUp = false;
        auto db = openWithRetry(
            down, QStringLiteral("t"), m_clock, policy,
            [&](int ms) {
                m_waits.append(ms);
                m_clock.advance(ms);
            },
            [&](const QString &, DbFailure kind, int) {
                QCOMPARE(kind, DbFailure::ConnectionLost);
                ++notices;
            },
            e, gaveUp);
        QVERIFY(!db);
        QVERIFY(gaveUp);
        QCOMPARE(m_waits, (QList<int>{200, 400, 800, 1600}));
        QCOMPARE(notices, 4);
        QVERIFY2(e.contains(QLatin1StringView("still failing after retrying for 3 s")),
                 qPrintable(e));

        // A SQLite file in a folder that does not exist: said at once, never waited for.
        m_waits.clear();
        const DatabaseUrl missing =
            DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("no/such/folder/x.db")));
        QVERIFY(!openWithRetry(
            missing, QStringLiteral("t"), m_clock, policy, [&](int ms) { m_waits.append(ms); }, {},
            e, gaveUp));
        QVERIFY(!gaveUp);
        QVERIFY(m_waits.isEmpty());
        QVERIFY(!e.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"

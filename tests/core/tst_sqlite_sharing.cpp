// Another program may open the same SQLite file while workstations are running (the sqlite3
// shell, another system's writer). Opening a second connection in this process must not drop
// the locks SQLite holds, or that program, believing itself the last user, checkpoints and
// deletes the live WAL and later writes are lost.
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSqliteSharing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void otherProgramDoesNotDeleteOurWal() {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("the sqlite3 shell is not installed (scripts/install-deps.sh installs it)");
        QTemporaryDir dir;
        QString e;
        auto a = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(a, qPrintable(e));
        QVERIFY(a->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"), {}, e));
        const auto insert = [&](Database &db) {
            return db.exec(
                QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                               "problem_type, updated_at) VALUES (1, 'phone', 'normal', "
                               "'other', 1)"),
                {}, e);
        };
        QVERIFY(insert(*a));
        auto b = Database::open(a->url(), QStringLiteral("second"), e); // e.g. the feed thread
        QVERIFY2(b, qPrintable(e));
        const QString wal = a->url().path + QStringLiteral("-wal");
        QVERIFY(QFileInfo::exists(wal));

        QProcess p;
        p.start(shell, {a->url().path, QStringLiteral("SELECT COUNT(*) FROM tickets;")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("1"));
        QVERIFY2(QFileInfo::exists(wal), "the other program deleted our live WAL");

        QVERIFY(insert(*a));
        QVERIFY(insert(*b));
        a.reset();
        b.reset();
        auto c = Database::open(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("sb.db"))),
                                QStringLiteral("check"), e);
        QSqlQuery q;
        QVERIFY(c->exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSharing)
#include "tst_sqlite_sharing.moc"

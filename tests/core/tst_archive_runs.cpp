// The record of archive runs as Administration → Archive lists it (newest first, counts read
// back from their JSON, a damaged record shown as such), and the count of an archive file's
// tickets read without changing the file, refusing what is not an archive.
#include "archive/archiveruns.h"
#include "storage/dialect.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QByteArray sha256Of(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestArchiveRuns : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNow};

    void run(const QString &sql, const QVariantList &values = {}) {
        QString e;
        if (!m_db->exec(sql, values, e))
            QFAIL(qPrintable(sql + QStringLiteral(": ") + e));
    }

    void addRun(const QString &kind, qint64 started, const QVariant &finished,
                const QVariant &cutoff, const QString &state, const QString &counts) {
        run(QStringLiteral("INSERT INTO archive_runs (kind, started_at, finished_at, actor, "
                           "cutoff, file_name, counts, state, message) VALUES (?, ?, ?, 'lina', "
                           "?, 'a.sbarchive', ?, ?, ?)"),
            {kind, started, finished, cutoff, counts, state,
             state == QLatin1StringView("failed") ? QStringLiteral("disk full")
                                                  : QStringLiteral("")});
    }

private Q_SLOTS:
    void init() {
        QString e;
        m_db = test::openMigrated(
            test::sqliteIn(
                m_dir,
                QStringLiteral("live%1.db").arg(QLatin1StringView(QTest::currentTestFunction()))),
            e);
        QVERIFY2(m_db, qPrintable(e));
    }
    void cleanup() { m_db.reset(); }

    void newestFirstWithCounts() {
        const QVariant none(QMetaType::fromType<qint64>());
        addRun(QStringLiteral("archive"), 100, 150, 90, QStringLiteral("done"),
               QStringLiteral("{\"ticket_events\":6,\"tickets\":3}"));
        addRun(QStringLiteral("restore"), 300, none, none, QStringLiteral("running"),
               QStringLiteral("{}"));
        addRun(QStringLiteral("archive"), 200, 250, 190, QStringLiteral("failed"),
               QStringLiteral("{oops"));
        QList<ArchiveRun> runs;
        QString e;
        QVERIFY2(ArchiveRuns(*m_db).newest(10, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0).startedAt, 300);
        QCOMPARE(runs.at(1).startedAt, 200);
        QCOMPARE(runs.at(2).startedAt, 100);

        // Running: no end, no cut-off, no counts.
        QCOMPARE(runs.at(0).kind, QStringLiteral("restore"));
        QVERIFY(!runs.at(0).finishedAt);
        QVERIFY(!runs.at(0).cutoff);
        QVERIFY(runs.at(0).countsReadable);
        QCOMPARE(runs.at(0).tickets(), 0);

        // A damaged record is said to be one, and the rest of the row is still there.
        QVERIFY(!runs.at(1).countsReadable);
        QCOMPARE(runs.at(1).state, QStringLiteral("failed"));
        QCOMPARE(runs.at(1).message, QStringLiteral("disk full"));

        // The moved tables in the archive's order, tickets first.
        const ArchiveRun &done = runs.at(2);
        QCOMPARE(done.finishedAt.value_or(0), 150);
        QCOMPARE(done.cutoff.value_or(0), 90);
        QCOMPARE(done.actor, QStringLiteral("lina"));
        QCOMPARE(done.fileName, QStringLiteral("a.sbarchive"));
        QCOMPARE(done.counts.size(), 2);
        QCOMPARE(done.counts.at(0).table, QStringLiteral("tickets"));
        QCOMPARE(done.tickets(), 3);
        QCOMPARE(done.counts.at(1).rows, 6);

        QVERIFY2(ArchiveRuns(*m_db).newest(2, runs, e), qPrintable(e));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).startedAt, 200);
    }

    // An archive's tickets are counted without a byte of the file changing; a missing file,
    // a file that is not SQLite and a live database (no manifest) are refused by name.
    void ticketsInFile() {
        qint64 staff = 0;
        QString e;
        QVERIFY2(dialect::insertReturningId(
                     *m_db,
                     QStringLiteral("INSERT INTO staff (employee_no, name, status_changed_at, "
                                    "login, password_hash, created_at) VALUES ('E1', 'Li Na', 0, "
                                    "'lina', 'x', 0)"),
                     {}, staff, e),
                 qPrintable(e));
        const qint64 closed = kNow.addMonths(-5).toMSecsSinceEpoch();
        for (int i = 0; i < 2; ++i)
            run(QStringLiteral("INSERT INTO tickets (source, external_id, received_at, channel, "
                               "customer_tier, problem_type, category, state, handler_id, "
                               "updated_at) VALUES ('t', ?, ?, 'phone', 'normal', 'billing', "
                               "'fees', 'closed', ?, ?)"),
                {QString::number(i), closed - 1000, staff, closed});
        const QString file = m_dir.filePath(QStringLiteral("runs.sbarchive"));
        ArchiveReport report;
        const RetentionCutoff cutoff =
            RetentionCutoff::at(RetentionRules{}, kNow, kNow.toMSecsSinceEpoch());
        QVERIFY2(
            Archiver(*m_db, m_clock)
                .archive(cutoff, kNow.toMSecsSinceEpoch(), file, QStringLiteral("lina"), report, e),
            qPrintable(e));
        QCOMPARE(report.tickets, 2);

        const QByteArray before = sha256Of(file);
        qint64 n = -1;
        QVERIFY2(ArchiveRuns::ticketsInFile(file, n, e), qPrintable(e));
        QCOMPARE(n, 2);
        QCOMPARE(sha256Of(file), before);

        const QString missing = m_dir.filePath(QStringLiteral("missing.sbarchive"));
        QVERIFY(!ArchiveRuns::ticketsInFile(missing, n, e));
        QVERIFY2(e.contains(missing), qPrintable(e));
        QVERIFY(!QFile::exists(missing));

        const QString text = m_dir.filePath(QStringLiteral("text.sbarchive"));
        {
            QFile t(text);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("hello, this is not SQLite at all, just some words in a file\n");
        }
        const QByteArray textBefore = sha256Of(text);
        QVERIFY(!ArchiveRuns::ticketsInFile(text, n, e));
        QVERIFY2(e.contains(text) && e.contains(QLatin1StringView("not a Signalboard archive")),
                 qPrintable(e));
        QCOMPARE(sha256Of(text), textBefore);

        QVERIFY(!ArchiveRuns::ticketsInFile(m_db->url().path, n, e));
        QVERIFY2(e.contains(QLatin1StringView("no archive manifest")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestArchiveRuns)
#include "tst_archive_runs.moc"

// signalboard-cli release publish / show on a real SQLite database: the published version,
// notes and address are what `show` (and every workstation) reads; bad input is refused with
// a reason and changes nothing.
#include "storage/releasestore.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::CliRun;
using test::runCli;

class TestReleaseCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishAndShow() {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("r.db"));
        const QString dbo = QStringLiteral("--db");
        const QString rel = QStringLiteral("release");
        CliRun r = runCli({QStringLiteral("db"), QStringLiteral("migrate"), dbo, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = runCli({rel, QStringLiteral("show"), dbo, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"no version has been published"_qs), qPrintable(r.out));

        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Today: a home place for supervisors.\n告警抽屉。\n");
        }
        r = runCli({rel, QStringLiteral("publish"), dbo, db, QStringLiteral("--version"),
                    QStringLiteral("99.1.0"), QStringLiteral("--notes"), notes,
                    QStringLiteral("--url"), QStringLiteral("https://example.org/sb/99.1.0"),
                    QStringLiteral("--actor"), QStringLiteral("ops")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"published version 99.1.0"_qs), qPrintable(r.out));

        r = runCli({rel, QStringLiteral("show"), dbo, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"version: 99.1.0"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u" by ops"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"url: https://example.org/sb/99.1.0"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"告警抽屉。"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"(older than the published version)"_qs), qPrintable(r.out));

        // What a workstation reads is what was published.
        QString e;
        DatabaseUrl url;
        QVERIFY(DatabaseUrl::parse(db, url, e));
        auto conn = Database::open(url, QStringLiteral("check"), e);
        QVERIFY2(conn, qPrintable(e));
        std::optional<ReleaseInfo> got = ReleaseStore(*conn).read(e);
        QVERIFY2(got, qPrintable(e));
        QCOMPARE(got->notes, u"Today: a home place for supervisors.\n告警抽屉。"_qs);
        QCOMPARE(got->publishedBy, u"ops"_qs);

        // Refused, with the reason, and nothing changes.
        r = runCli({rel, QStringLiteral("publish"), dbo, db, QStringLiteral("--version"),
                    QStringLiteral("next")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"“next” is not a version"_qs), qPrintable(r.err));
        r = runCli({rel, QStringLiteral("publish"), dbo, db, QStringLiteral("--version"),
                    QStringLiteral("99.2.0"), QStringLiteral("--url"),
                    QStringLiteral("file:///etc/passwd")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--url"_qs), qPrintable(r.err));
        r = runCli({rel, QStringLiteral("publish"), dbo, db, QStringLiteral("--version"),
                    QStringLiteral("99.2.0"), QStringLiteral("--notes"),
                    dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"cannot read"_qs), qPrintable(r.err));
        got = ReleaseStore(*conn).read(e);
        QVERIFY2(got, qPrintable(e));
        QCOMPARE(got->version, u"99.1.0"_qs);
    }
};

QTEST_GUILESS_MAIN(TestReleaseCli)
#include "tst_release_cli.moc"

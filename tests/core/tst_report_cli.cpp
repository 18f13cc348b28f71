// signalboard-cli report: a day's report as JSON, its period texts and the usage errors.
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sb;
using test::CliRun;
using test::runCli;

class TestReportCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    qint64 shanghai(int d, int h) const {
        return QDateTime(QDate(2026, 12, d), QTime(h, 0), QTimeZone("Asia/Shanghai"))
            .toMSecsSinceEpoch();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("r.db"));
        QString e;
        auto db =
            test::openMigrated(DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("r.db"))), e);
        QVERIFY2(db, qPrintable(e));
        // Three tickets on 2026-12-02 (Shanghai), one at the next midnight, one the day before.
        for (const qint64 at :
             {shanghai(2, 0), shanghai(2, 9), shanghai(2, 23), shanghai(3, 0), shanghai(1, 12)})
            QVERIFY2(db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                             "customer_tier, problem_type, updated_at) VALUES (?, "
                                             "'phone', 'normal', 'billing', ?)"),
                              {at, at}, e),
                     qPrintable(e));
    }

    void dayReportAsJson() {
        const QString out = m_dir.filePath(QStringLiteral("day.json"));
        const CliRun r = runCli(
            {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
             QStringLiteral("day"), QStringLiteral("--at"), QStringLiteral("2026-12-02"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
             QStringLiteral("zh_CN"), QStringLiteral("--output"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject period = json.value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("kind")).toString(), QStringLiteral("day"));
        QCOMPARE(period.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-12-02T00:00:00+08:00"));
        QCOMPARE(period.value(QStringLiteral("zone")).toString(), QStringLiteral("Asia/Shanghai"));
        const QJsonObject volume = json.value(QStringLiteral("volume")).toObject();
        QCOMPARE(volume.value(QStringLiteral("total")).toInteger(), 3);
        QCOMPARE(volume.value(QStringLiteral("previous_total")).toInteger(), 1);
        QCOMPARE(volume.value(QStringLiteral("by_channel"))
                     .toObject()
                     .value(QStringLiteral("phone"))
                     .toInteger(),
                 3);
        for (const char *key : {"response", "deadlines", "qa", "cutoff", "generated_at"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
    }

    void rangeToStandardOutputWithChosenSections() {
        const CliRun r =
            runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-12-02"), QStringLiteral("--sections"),
                    QStringLiteral("volume"), QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("range")));
        QCOMPARE(json.value(QStringLiteral("volume"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 4);
        QVERIFY(!json.contains(QStringLiteral("deadlines")));
    }

    // The same report as CSV (to standard output), Excel and PDF: the document forms come from
    // signalboard-render; the PDF is drawn without a display (the CLI starts an offscreen
    // QGuiApplication itself).
    void documentFormats() {
        const QStringList base{
            QStringLiteral("report"),     QStringLiteral("--db"),       m_db,
            QStringLiteral("--from"),     QStringLiteral("2026-12-01"), QStringLiteral("--to"),
            QStringLiteral("2026-12-02"), QStringLiteral("--sections"), QStringLiteral("volume")};
        const CliRun csv =
            runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        // Labels, each labelled row with its stable key; in Chinese with --lang zh_CN.
        QVERIFY2(csv.out.contains(QStringLiteral("volume,total,Total,4\r\n")), qPrintable(csv.out));
        QVERIFY(csv.out.contains(QStringLiteral("volume,phone,Phone,4\r\n")));
        const CliRun zh =
            runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                      QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(zh.code == 0, qPrintable(zh.err));
        QVERIFY2(zh.out.contains(QStringLiteral("volume,total,合计,4\r\n")), qPrintable(zh.out));
        QVERIFY(zh.out.contains(QStringLiteral("volume,phone,电话,4\r\n")));
        const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
        const CliRun x =
            runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                      QStringLiteral("--output"), xlsx});
        QVERIFY2(x.code == 0, qPrintable(x.err));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.read(2) == "PK");
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        qunsetenv("QT_QPA_PLATFORM");
        const CliRun r =
            runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                      QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                      QStringLiteral("--output"), pdf});
        qputenv("QT_QPA_PLATFORM", platform);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString p = QStringLiteral("--period");
        const QString a = QStringLiteral("--at");
        QTest::newRow("bad week") << QStringList{p, QStringLiteral("week"), a,
                                                 QStringLiteral("2025-W53")}
                                  << QStringLiteral("--at: The year 2025 has no ISO week 53");
        QTest::newRow("bad day") << QStringList{p, QStringLiteral("day"), a,
                                                QStringLiteral("2026-02-30")}
                                 << QStringLiteral("\"2026-02-30\" is not a day");
        QTest::newRow("bad kind") << QStringList{p, QStringLiteral("fortnight")}
                                  << QStringLiteral("--period \"fortnight\"");
        QTest::newRow("pdf to stdout") << QStringList{p,
                                                      QStringLiteral("day"),
                                                      QStringLiteral("--format"),
                                                      QStringLiteral("pdf"),
                                                      QStringLiteral("--output"),
                                                      QStringLiteral("-")}
                                       << QStringLiteral("--format pdf needs --output FILE");
        QTest::newRow("bad format")
            << QStringList{p, QStringLiteral("day"), QStringLiteral("--format"),
                           QStringLiteral("docx")}
            << QStringLiteral("--format \"docx\" is not one of");
        QTest::newRow("bad lang") << QStringList{p, QStringLiteral("day"), QStringLiteral("--lang"),
                                                 QStringLiteral("fr")}
                                  << QStringLiteral("--lang \"fr\"");
        QTest::newRow("half range")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-01")}
            << QStringLiteral("a range needs --from and --to");
        QTest::newRow("no period") << QStringList{} << QStringLiteral("give --period");
        QTest::newRow("bad section")
            << QStringList{p, QStringLiteral("day"), QStringLiteral("--sections"),
                           QStringLiteral("volume,weather")}
            << QStringLiteral("\"weather\" is not one of");
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("never.json"));
        const CliRun r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                                            QStringLiteral("--output"), out} +
                                args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"

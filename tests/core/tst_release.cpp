// The newest published version: validation, publication in one go, reading it back, and the
// version comparison workstations use to decide whether to tell their user.
#include "storage/releasestore.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
int count(Database &db, const QString &sql) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, sql, {}, e) || !q.next())
        qFatal("count: %s", qPrintable(e));
    return q.value(0).toInt();
}
} // namespace

class TestRelease : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isNewer_data() {
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("running");
        QTest::addColumn<bool>("newer");
        QTest::newRow("minor as number") << u"0.10.0"_qs << u"0.9.1"_qs << true;
        QTest::newRow("older") << u"0.9.1"_qs << u"0.10.0"_qs << false;
        QTest::newRow("same") << u"1.2.0"_qs << u"1.2.0"_qs << false;
        QTest::newRow("trailing zero") << u"1.2"_qs << u"1.2.0"_qs << false;
        QTest::newRow("patch") << u"1.2.1"_qs << u"1.2"_qs << true;
        QTest::newRow("release after rc") << u"1.2.0"_qs << u"1.2.0-rc.1"_qs << true;
        QTest::newRow("rc before release") << u"1.2.0-rc.1"_qs << u"1.2.0"_qs << false;
        QTest::newRow("rc numbers") << u"1.2.0-rc.10"_qs << u"1.2.0-rc.9"_qs << true;
        QTest::newRow("beta before rc") << u"1.2.0-beta"_qs << u"1.2.0-rc.1"_qs << false;
        QTest::newRow("rc of next") << u"1.3.0-rc.1"_qs << u"1.2.5"_qs << true;
        QTest::newRow("garbage published") << u"latest"_qs << u"1.0.0"_qs << false;
    }
    void isNewer() {
        QFETCH(QString, published);
        QFETCH(QString, running);
        QFETCH(bool, newer);
        QCOMPARE(ReleaseStore::isNewer(published, running), newer);
    }

    void validation() {
        QVERIFY(ReleaseStore::versionProblem(u"1.4.0"_qs).isEmpty());
        QVERIFY(ReleaseStore::versionProblem(u"1.4.0-rc.1"_qs).isEmpty());
        for (const QString &bad : {u""_qs, u"v1.4"_qs, u"1.4."_qs, u"1..4"_qs, u"1.4.0 beta"_qs,
                                   u"1.4.0-"_qs, u"1.2.3.4.5"_qs}) {
            const QString p = ReleaseStore::versionProblem(bad);
            QVERIFY2(p.contains(u"is not a version"_qs), qPrintable(bad));
        }
        QVERIFY(ReleaseStore::urlProblem({}).isEmpty());
        QVERIFY(ReleaseStore::urlProblem(u"https://example.org/signalboard/1.4"_qs).isEmpty());
        QVERIFY(ReleaseStore::urlProblem(u"http://intranet/sb"_qs).isEmpty());
        for (const QString &bad : {u"ftp://example.org/x"_qs, u"javascript:alert(1)"_qs,
                                   u"file:///etc/passwd"_qs, u"example.org"_qs, u"https://"_qs}) {
            QVERIFY2(ReleaseStore::urlProblem(bad).contains(u"http://"_qs), qPrintable(bad));
        }
        QVERIFY(ReleaseStore::notesProblem(u"Line one\nLine two\twith a tab"_qs).isEmpty());
        QVERIFY(ReleaseStore::notesProblem(QString(20000, QLatin1Char('x'))).isEmpty());
        QVERIFY(ReleaseStore::notesProblem(QString(20001, QLatin1Char('x')))
                    .contains(u"at most 20000"_qs));
        QVERIFY(ReleaseStore::notesProblem(u"bell\u0007"_qs).contains(u"U+0007"_qs));
    }

    void publishAndRead() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        ReleaseStore store(*db);
        QVERIFY(!store.read(e));
        QVERIFY2(e.isEmpty(), qPrintable(e)); // nothing published is not an error

        ReleaseInfo info;
        info.version = u" 1.4.0 "_qs;
        info.notes = u"Faster reports.\r\nA home place for supervisors.\r\n"_qs;
        info.url = QUrl(u"https://example.org/signalboard/1.4.0"_qs);
        QVERIFY2(store.publish(info, u"admin"_qs, 5000, e), qPrintable(e));
        std::optional<ReleaseInfo> got = store.read(e);
        QVERIFY2(got, qPrintable(e));
        QCOMPARE(got->version, u"1.4.0"_qs);
        QCOMPARE(got->notes, u"Faster reports.\nA home place for supervisors."_qs);
        QCOMPARE(got->url, QUrl(u"https://example.org/signalboard/1.4.0"_qs));
        QCOMPARE(got->publishedBy, u"admin"_qs);
        QCOMPARE(got->publishedAt, qint64(5000));
        // Three setting versions, each audited.
        QCOMPARE(count(*db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'release.%'"_qs), 3);
        QCOMPARE(count(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'setting.change' "
                            "AND detail LIKE '%release.%'"_qs),
                 3);

        // A later publication without notes or address does not keep the old ones.
        QVERIFY2(store.publish({u"1.5.0"_qs, {}, {}, 0, {}}, u"root"_qs, 9000, e), qPrintable(e));
        got = store.read(e);
        QVERIFY2(got, qPrintable(e));
        QCOMPARE(got->version, u"1.5.0"_qs);
        QVERIFY(got->notes.isEmpty());
        QVERIFY(got->url.isEmpty());
        QCOMPARE(got->publishedBy, u"root"_qs);
        QList<SettingVersion> history;
        QVERIFY(SettingsStore(*db).history(u"release.latest_version"_qs, history, e));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().value, u"1.4.0"_qs);
    }

    void badInputWritesNothing() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        ReleaseStore store(*db);
        QVERIFY(!store.publish({u"2.0"_qs, u"notes"_qs, QUrl(u"ftp://example.org/x"_qs), 0, {}},
                               u"admin"_qs, 1, e));
        QVERIFY2(e.contains(u"ftp://example.org/x"_qs), qPrintable(e));
        QVERIFY(!store.publish({u"two"_qs, {}, {}, 0, {}}, u"admin"_qs, 1, e));
        QVERIFY2(e.contains(u"“two” is not a version"_qs), qPrintable(e));
        QVERIFY(!store.publish({u"2.0"_qs, QString(20001, QLatin1Char('n')), {}, 0, {}},
                               u"admin"_qs, 1, e));
        QVERIFY2(e.contains(u"too long"_qs), qPrintable(e));
        QCOMPARE(count(*db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'release.%'"_qs), 0);
        QVERIFY(!store.read(e));
    }
};

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"

#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSettingsStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionedAndAudited() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        SettingsStore s(*db);
        QString v;
        QVERIFY(s.value(QStringLiteral("replay.quiet_close"), QStringLiteral("PT6H"), v, e));
        QCOMPARE(v, QStringLiteral("PT6H")); // the shipped default until someone changes it
        QVERIFY2(s.set(QStringLiteral("qa.sample_percent"), QStringLiteral("7"),
                       QStringLiteral("admin"), 1000, e),
                 qPrintable(e));
        QVERIFY(s.set(QStringLiteral("qa.sample_percent"), QStringLiteral("6"),
                      QStringLiteral("admin"), 2000, e));
        qint64 n = 0;
        QVERIFY(s.integer(QStringLiteral("qa.sample_percent"), 5, 1, 100, n, e));
        QCOMPARE(n, qint64(6));
        QList<SettingVersion> h;
        QVERIFY(s.history(QStringLiteral("qa.sample_percent"), h, e));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.first().version, 2);
        QCOMPARE(h.last().value, QStringLiteral("7"));
        QSqlQuery q;
        QVERIFY(db->exec(
            q, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'setting.change'"), {},
            e));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // A stored value out of range is reported with the key and the range.
        QVERIFY(s.set(QStringLiteral("qa.sample_percent"), QStringLiteral("five"),
                      QStringLiteral("admin"), 3000, e));
        QVERIFY(!s.integer(QStringLiteral("qa.sample_percent"), 5, 1, 100, n, e));
        QVERIFY2(e.contains(QLatin1StringView("qa.sample_percent")) &&
                     e.contains(QLatin1StringView("1 to 100")),
                 qPrintable(e));
        QCOMPARE(n, qint64(5));
        QList<SettingVersion> all;
        QVERIFY(s.current(all, e));
        // One current row per key (migrations seed other keys), the newest version of ours.
        QSet<QString> keys;
        for (const SettingVersion &sv : all) {
            QVERIFY2(!keys.contains(sv.key), qPrintable(sv.key));
            keys.insert(sv.key);
            if (sv.key == QLatin1StringView("qa.sample_percent"))
                QCOMPARE(sv.version, 3);
        }
        QVERIFY(keys.contains(QStringLiteral("qa.sample_percent")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"

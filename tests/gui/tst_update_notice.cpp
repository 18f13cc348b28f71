// The update notice, offscreen on a real SQLite database: a published newer version opens a
// non-modal notice with its notes as plain text and its address as a link; the same or an
// older version opens none; "Dismiss this version" is remembered, "Remind me tomorrow" brings
// it back a day later by the Clock; an administrator publishes from the settings; and a version
// published on another connection while the workstation runs reaches it through the change feed.
#include "admin/publishreleasedialog.h"
#include "admin/settingstab.h"
#include "admin_fixture.h"
#include "release/releasefeature.h"
#include "release/updatenotice.h"
#include "shell/mainwindow.h"
#include "storage/releasestore.h"
#include "storage/settingsstore.h"
#include "sync/changefeed.h"
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

struct Station {
    QTemporaryDir dir;
    DatabaseUrl url;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-12-01T09:00:00+08:00"), Qt::ISODate)};
    QMainWindow window;
    app::Workspace ws;

    bool open(QString &e) {
        url = test::sqliteIn(dir);
        db = test::openMigrated(url, e);
        if (!db)
            return false;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.login = QStringLiteral("zhao_lei");
        window.show();
        return true;
    }
    bool publish(const QString &version, const QString &notes = {}, const QString &address = {}) {
        QString e;
        ReleaseInfo info{version, notes, QUrl(address), 0, {}};
        const bool ok = ReleaseStore(*db).publish(info, QStringLiteral("admin"), clock.nowMs(), e);
        if (!ok)
            qWarning("publish: %s", qPrintable(e));
        return ok;
    }
};

bool shown(const app::UpdateChecker &c) {
    return c.notice() && c.notice()->isVisible();
}

} // namespace

class TestUpdateNotice final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_update_notice"));
    }
    void init() { QSettings().remove(QStringLiteral("updateNotice")); }
    void cleanupTestCase() { QSettings().remove(QStringLiteral("updateNotice")); }

    void newerVersionShowsNotes() {
        Station s;
        QString e;
        QVERIFY2(s.open(e), qPrintable(e));
        app::UpdateChecker none(s.ws, QStringLiteral("1.4.0"), &s.window);
        none.check();
        QVERIFY(!shown(none)); // nothing published

        const QString notes = QStringLiteral("Today: a home place.\n<b>not bold</b> & more");
        QVERIFY(s.publish(QStringLiteral("1.10.0"), notes,
                          QStringLiteral("https://example.org/sb/1.10.0")));
        app::UpdateChecker checker(s.ws, QStringLiteral("1.9.2"), &s.window);
        checker.check();
        QVERIFY(shown(checker));
        app::UpdateNotice *n = checker.notice();
        QVERIFY(!n->isModal());
        QCOMPARE(n->release().version, QStringLiteral("1.10.0"));
        QCOMPARE(n->notesText(), notes); // plain text, markup shown as written
        auto *headline = n->findChild<QLabel *>(QStringLiteral("headline"));
        QVERIFY(headline->text().contains(QStringLiteral("1.10.0")));
        QVERIFY(headline->text().contains(QStringLiteral("1.9.2")));
        QCOMPARE(headline->textFormat(), Qt::PlainText);
        auto *link = n->findChild<QLabel *>(QStringLiteral("linkLabel"));
        QVERIFY2(
            link->text().contains(QStringLiteral("<a href=\"https://example.org/sb/1.10.0\">")),
            qPrintable(link->text()));
        QVERIFY(!link->openExternalLinks()); // opened through QDesktopServices

        // The same version, or a newer running one: no notice.
        app::UpdateChecker same(s.ws, QStringLiteral("1.10.0"), &s.window);
        same.check();
        QVERIFY(!shown(same));
        app::UpdateChecker ahead(s.ws, QStringLiteral("2.0.0-rc.1"), &s.window);
        ahead.check();
        QVERIFY(!shown(ahead));
    }

    void dismissedVersionStaysDismissed() {
        Station s;
        QString e;
        QVERIFY2(s.open(e), qPrintable(e));
        QVERIFY(s.publish(QStringLiteral("3.0.0"), QStringLiteral("Big one")));
        app::UpdateChecker checker(s.ws, QStringLiteral("2.5.0"), &s.window);
        checker.check();
        QVERIFY(shown(checker));
        QTest::mouseClick(
            checker.notice()->findChild<QPushButton *>(QStringLiteral("dismissButton")),
            Qt::LeftButton);
        QVERIFY(!shown(checker));
        checker.check();
        QVERIFY(!shown(checker));
        s.clock.advance(app::UpdateChecker::kDayMs * 3);
        checker.tick();
        QVERIFY(!shown(checker));
        // The next sign-in on this computer: still dismissed.
        app::UpdateChecker next(s.ws, QStringLiteral("2.5.0"), &s.window);
        next.check();
        QVERIFY(!shown(next));
        // A later version is shown again.
        QVERIFY(s.publish(QStringLiteral("3.0.1"), QStringLiteral("Fixes")));
        next.check();
        QVERIFY(shown(next));
        QCOMPARE(next.notice()->notesText(), QStringLiteral("Fixes"));
    }

    void remindTomorrow() {
        Station s;
        QString e;
        QVERIFY2(s.open(e), qPrintable(e));
        QVERIFY(s.publish(QStringLiteral("3.1.0")));
        app::UpdateChecker checker(s.ws, QStringLiteral("3.0.0"), &s.window);
        checker.check();
        QVERIFY(shown(checker));
        QTest::mouseClick(
            checker.notice()->findChild<QPushButton *>(QStringLiteral("remindButton")),
            Qt::LeftButton);
        QVERIFY(!shown(checker));
        s.clock.advance(app::UpdateChecker::kDayMs / 2);
        checker.tick();
        checker.check();
        QVERIFY(!shown(checker)); // still today
        s.clock.advance(app::UpdateChecker::kDayMs);
        checker.tick(); // the daily check, a day after the last one
        QVERIFY(shown(checker));
    }

    void administratorPublishesInSettings() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::SettingsTab *tab = aw.place->settings();
        // The three keys are listed with what they mean.
        QVERIFY(tab->selectKey(QStringLiteral("release.notes")));
        QVERIFY(!tab->model()->item(tab->view()->currentIndex().row(), 5)->text().isEmpty());
        QVERIFY(
            !app::settingProblem(QStringLiteral("release.url"), QStringLiteral("ftp://example.org"))
                 .isEmpty());

        auto *publish = tab->findChild<QPushButton *>(QStringLiteral("publishRelease"));
        QVERIFY(publish && publish->isEnabled());
        QTest::mouseClick(publish, Qt::LeftButton);
        app::PublishReleaseDialog *d = tab->publishDialog();
        QVERIFY(d && d->isVisible());
        auto *version = d->findChild<QLineEdit *>(QStringLiteral("versionEdit"));
        auto *url = d->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *notes = d->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        QTest::keyClicks(version, QStringLiteral("soon"));
        QVERIFY(!d->tryPublish());
        QVERIFY2(d->errorText().contains(QStringLiteral("is not a version")),
                 qPrintable(d->errorText()));
        QVERIFY(d->isVisible());
        QVERIFY(!ReleaseStore(*f.db).read(e)); // nothing stored

        version->setText(QStringLiteral("99.0.0"));
        url->setText(QStringLiteral("https://example.org/sb"));
        notes->setPlainText(QStringLiteral("First line\nSecond line"));
        QVERIFY(d->tryPublish());
        std::optional<ReleaseInfo> got = ReleaseStore(*f.db).read(e);
        QVERIFY2(got, qPrintable(e));
        QCOMPARE(got->version, QStringLiteral("99.0.0"));
        QCOMPARE(got->notes, QStringLiteral("First line\nSecond line"));
        QCOMPARE(got->publishedBy, QStringLiteral("admin1"));
        QCOMPARE(got->url, QUrl(QStringLiteral("https://example.org/sb")));

        // An older workstation shows it.
        app::UpdateChecker checker(aw.ws, QStringLiteral("1.0.0"), aw.window.get());
        checker.check();
        QVERIFY(shown(checker));
        QCOMPARE(checker.notice()->notesText(), QStringLiteral("First line\nSecond line"));
    }

    void publishedWhileRunningArrivesThroughTheFeed() {
        Station s;
        QString e;
        QVERIFY2(s.open(e), qPrintable(e));
        app::UpdateChecker checker(s.ws, QStringLiteral("1.0.0"), &s.window);
        checker.check();
        QVERIFY(!shown(checker));

        qint64 seq = 0;
        QVERIFY2(ChangeFeed::currentSeq(*s.db, seq, e), qPrintable(e));
        FeedThread feed(s.url, seq);
        connect(&feed, &FeedThread::changed, &checker, &app::UpdateChecker::applyChanges);
        feed.start();
        QTRY_COMPARE(feed.state(), ChangeFeed::State::Live);

        // An administrator publishes on their own connection.
        auto adminDb = Database::open(s.url, QStringLiteral("admin"), e);
        QVERIFY2(adminDb, qPrintable(e));
        ReleaseInfo info{QStringLiteral("1.1.0"), QStringLiteral("Shown live"), {}, 0, {}};
        QVERIFY2(ReleaseStore(*adminDb).publish(info, QStringLiteral("admin"), 1, e),
                 qPrintable(e));
        QTRY_VERIFY(shown(checker));
        QCOMPARE(checker.notice()->notesText(), QStringLiteral("Shown live"));
        QVERIFY(!checker.notice()->findChild<QLabel *>(QStringLiteral("linkLabel"))->isVisible());

        // A later unrelated setting change does not reopen a notice the user closed.
        checker.notice()->close();
        QVERIFY2(SettingsStore(*adminDb).set(QStringLiteral("qa.pass_mark"), QStringLiteral("75"),
                                             QStringLiteral("admin"), 2, e),
                 qPrintable(e));
        QTest::qWait(1500);
        QVERIFY(!shown(checker));
    }

    // The always-on part as the start-up installs it: checked at sign-in, and again when the
    // main window passes on a settings change.
    void installedOnTheMainWindow() {
        Station s;
        QString e;
        QVERIFY2(s.open(e), qPrintable(e));
        QVERIFY(s.publish(QStringLiteral("0.0.1"))); // older than any build
        app::MainWindow window(s.ws);
        app::installReleaseFeature(window);
        window.show();
        auto *checker = window.findChild<app::UpdateChecker *>(QStringLiteral("updateChecker"));
        QVERIFY(checker);
        QTest::qWait(50);
        QVERIFY(!shown(*checker));
        QVERIFY(s.publish(QStringLiteral("9999.0.0"), QStringLiteral("From the feed")));
        Change c;
        c.entity = ChangeEntity::Setting;
        c.op = ChangeOp::Insert;
        window.applyChanges({c});
        QTRY_VERIFY(shown(*checker));
        QCOMPARE(checker->notice()->notesText(), QStringLiteral("From the feed"));
        QVERIFY(checker->notice()
                    ->findChild<QLabel *>(QStringLiteral("headline"))
                    ->text()
                    .contains(QStringLiteral(SIGNALBOARD_VERSION)));
    }
};

QTEST_MAIN(TestUpdateNotice)
#include "tst_update_notice.moc"

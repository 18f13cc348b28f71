// The main window as a new user meets it: it opens at about 90 % of the screen (or as they
// left it), its title names the person once, the status bar names their role in their
// language, the navigation has icons and fits its labels in Chinese, Ctrl+F goes to the
// ticket filter, Help lists the shortcuts and About shows the schema version.
#include "domain/labels.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/shortcutsdialog.h"
#include "storage/migrations.h"
#include "testsupport.h"
#include "tickets/ticketsplace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sb;

class TestShellPolish : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)};

    app::Workspace workspace() const {
        app::Workspace ws;
        ws.db = m_db.get();
        ws.clock = &m_clock;
        ws.user.staffId = 1;
        ws.user.login = QStringLiteral("zhaolei");
        ws.user.name = QStringLiteral("Zhao Lei");
        ws.user.roleKey = QStringLiteral("supervisor");
        ws.user.permissions = PermissionSet({}, true);
        return ws;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shell_polish"));
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Signalboard"));
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
    }

    void init() { QSettings().clear(); } // every test starts as a first start

    void firstStartFitsTheScreenThenRemembers() {
        const QRect avail = QGuiApplication::primaryScreen()->availableGeometry();
        QSize size;
        {
            app::MainWindow w(workspace());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // About 90 % of the available area, centred (within rounding and frame).
            QVERIFY2(qAbs(w.width() - avail.width() * 0.9) <= 2 &&
                         qAbs(w.height() - avail.height() * 0.9) <= 2,
                     qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                    .arg(w.width())
                                    .arg(w.height())
                                    .arg(avail.width())
                                    .arg(avail.height())));
            QVERIFY(qAbs(w.geometry().center().x() - avail.center().x()) <= 2);
            QVERIFY(qAbs(w.geometry().center().y() - avail.center().y()) <= 2);
            // The user makes it wider and lower; closing remembers it.
            const QSize chosen(avail.width() - 60, avail.height() * 3 / 4);
            w.resize(chosen);
            QTRY_COMPARE(w.size(), chosen);
            size = w.size();
            w.close();
        }
        app::MainWindow again(workspace());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size); // the remembered layout wins
    }

    void titleNamesThePersonOnce() {
        app::MainWindow w(workspace());
        // The platform appends the display name: "Zhao Lei — Signalboard".
        QCOMPARE(w.windowTitle(), QStringLiteral("Zhao Lei"));
        QVERIFY(!w.windowTitle().contains(QGuiApplication::applicationDisplayName()));
    }

    void roleByItsLabelInBothLanguages() {
        {
            app::MainWindow w(workspace());
            const QString text = w.findChild<QLabel *>(QStringLiteral("userLabel"))->text();
            QCOMPARE(text, QStringLiteral("Zhao Lei (zhaolei) · Supervisor"));
        }
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/signalboard_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        app::MainWindow w(workspace());
        const QString text = w.findChild<QLabel *>(QStringLiteral("userLabel"))->text();
        QCoreApplication::removeTranslator(&zh);
        const QString label = QStringLiteral("客服主管"); // Labels::role("supervisor") in zh_CN
        QVERIFY2(text.contains(label) && text.contains(QLatin1StringView("Zhao Lei")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1StringView("Supervisor")), qPrintable(text));
    }

    void navigationHasIconsAndFitsChineseLabels() {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/signalboard_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        app::MainWindow w(workspace());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::removeTranslator(&zh);
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("placeList"));
        QVERIFY(nav);
        const QFontMetrics fm(nav->font());
        int widest = 0;
        for (int i = 0; i < nav->count(); ++i) {
            QListWidgetItem *item = nav->item(i);
            // Without an icon theme (as here) each place has the icon shipped for it.
            QVERIFY2(!item->icon().pixmap(nav->iconSize()).isNull(), qPrintable(item->text()));
            widest = qMax(widest, fm.horizontalAdvance(item->text()));
        }
        QCOMPARE(nav->item(int(w.placeKeys().indexOf(QStringLiteral("admin"))))->text(),
                 QStringLiteral("系统管理"));
        QCOMPARE(w.navigationTextWidth(), widest);
        // Icon, the widest label and a three-digit count fit inside the list, even when the
        // user drags the splitter as far left as it goes.
        auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(split);
        split->setSizes({0, split->width()});
        QTRY_VERIFY(nav->width() < split->width() / 2);
        const int needed =
            nav->iconSize().width() + widest + fm.horizontalAdvance(QStringLiteral("999"));
        QVERIFY2(nav->viewport()->width() >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(nav->viewport()->width()).arg(needed)));
    }

    void ctrlFFocusesTheTicketFilter() {
        app::MainWindow w(workspace());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPlace(QStringLiteral("volume")); // a place without a search field
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto *tickets = qobject_cast<app::TicketsPlace *>(w.place(QStringLiteral("tickets")));
        QVERIFY(tickets);
        QTRY_VERIFY(tickets->isVisible());
        auto *filter = tickets->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(filter);
        QTRY_COMPARE(QApplication::focusWidget(), filter);
    }

    void shortcutsDialogListsTheMenusShortcuts() {
        app::MainWindow w(workspace());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *action = w.findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = w.findChild<app::ShortcutsDialog *>();
        QVERIFY(dialog);
        const QStringList keys = dialog->shortcuts();
        for (const QKeySequence &k :
             {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_8),
              QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_Q)})
            // (Quit is Ctrl+Q also where the platform names no key for it, as offscreen.)
            QVERIFY2(keys.contains(k.toString(QKeySequence::NativeText)),
                     qPrintable(k.toString() + QStringLiteral(" not in ") +
                                keys.join(QStringLiteral(", "))));
        // Each shortcut once: no two commands share one.
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        dialog->reject();
    }

    void aboutShowsTheSchemaVersion() {
        app::MainWindow w(workspace());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        auto *dialog = w.findChild<app::AboutDialog *>();
        QVERIFY(dialog);
        SchemaStatus status;
        QString e;
        QVERIFY2(Migrator(*m_db).status(status, e), qPrintable(e));
        QVERIFY(status.current > 30);
        QCOMPARE(status.current, status.supported);
        QCOMPARE(dialog->schemaText(), QStringLiteral("%1 (this version supports %2)")
                                           .arg(status.current)
                                           .arg(status.supported));
        const QString texts = [dialog] {
            QStringList all;
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            for (const QLabel *l : labels)
                all << l->text();
            return all.join(QLatin1Char('\n'));
        }();
        QVERIFY2(texts.contains(QLatin1StringView(SIGNALBOARD_VERSION)), qPrintable(texts));
        QVERIFY2(texts.contains(QString::fromLatin1(qVersion())), qPrintable(texts));
        QVERIFY2(texts.contains(m_db->url().toDisplayString()), qPrintable(texts));
        QVERIFY2(texts.contains(QLatin1StringView("LGPLv3")), qPrintable(texts));
        dialog->reject();
    }
};

// The offscreen platform's screen as large as the one the workstation was tried on (1600×1000):
// its default is narrower than the window's minimum width.
int main(int argc, char *argv[]) {
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(R"({"screens": [{"name": "Screen", "x": 0, "y": 0, "width": 1600, "height": 1000,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
        return 2;
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestShellPolish test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_shell_polish.moc"

// File → Open archive…: an archive file written by Archiver opens read-only in a window of its
// own, with the Tickets place over exactly the archived tickets (queues, filters, detail with
// timeline, attachments and knowledge-base links), every write action unavailable, a banner
// with the manifest's facts, and the file's bytes unchanged after browsing.
#include "archive/archivefeature.h"
#include "archive/archivewindow.h"
#include "archivefixture.h"
#include "shell/features.h"
#include "shell/mainwindow.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketpagemodel.h"
#include "tickets/ticketsplace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace sb;

namespace {

QList<qint64> shownIds(app::TicketPageModel *model) {
    QList<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.append(
            model->data(model->index(r, 0), app::TicketPageModel::TicketIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestOpenArchive : public QObject {
    Q_OBJECT

    test::ArchiveFixture m_fx;
    QString m_file;

    template <typename T> static T *child(QWidget *in, const char *name) {
        return in->findChild<T *>(QLatin1StringView(name));
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_open_archive"));
        m_file = m_fx.dir.filePath(QStringLiteral("old.sbarchive"));
        QString e;
        QVERIFY2(m_fx.setUp(m_file, e), qPrintable(e));
    }

    void browsesTheArchiveReadOnly() {
        app::Workspace ws;
        ws.db = m_fx.live.get();
        ws.clock = &m_fx.clock;
        ws.user.staffId = m_fx.staff;
        ws.user.login = QStringLiteral("lina");
        ws.user.name = QStringLiteral("Li Na");
        ws.user.permissions = PermissionSet({}, true);
        app::MainWindow main(ws);
        app::installFeatures(main);

        // The menu entry is in File.
        auto *action = main.findChild<QAction *>(QStringLiteral("openArchiveAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(main.menuBar()->actions().first()->menu()->actions().contains(action));

        const QByteArray before = test::sha256Of(m_file);
        const QStringList filesBefore = QDir(m_fx.dir.path()).entryList(QDir::Files);
        {
            QString e;
            QPointer<app::ArchiveWindow> window = app::openArchiveFile(main, m_file, e);
            QVERIFY2(window, qPrintable(e));
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QCOMPARE(window->windowTitle(), QStringLiteral("Archive — old.sbarchive (read-only)"));
            QVERIFY(window->isWindow());

            // The banner: an archive, read-only, with the manifest's facts; no warning.
            QVERIFY(child<QLabel>(window, "archiveTitle")->isVisible());
            const QString facts = child<QLabel>(window, "archiveFacts")->text();
            QVERIFY2(facts.contains(QLatin1StringView("Tickets: 3")), qPrintable(facts));
            QVERIFY2(facts.contains(m_fx.live->url().toDisplayString()), qPrintable(facts));
            QTRY_VERIFY(window->isManifestChecked());
            QVERIFY(!child<QLabel>(window, "archiveWarning")->isVisible());
            QVERIFY(window->warnings().isEmpty());
            QVERIFY2(child<QLabel>(window, "userLabel")
                         ->text()
                         .contains(QLatin1StringView("Archive reader")),
                     qPrintable(child<QLabel>(window, "userLabel")->text()));

            // Exactly the archived tickets.
            app::TicketsPlace *place = window->tickets();
            QVERIFY(place);
            app::TicketPageModel *model = place->model();
            QTRY_COMPARE(model->count(), 3);
            QTRY_COMPARE(model->rowCount(), 3);
            QCOMPARE(shownIds(model), m_fx.archived);

            // A filter works: the e-mail complaint alone.
            auto *channel = child<QComboBox>(place, "channelFilter");
            channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
            child<QPushButton>(place, "searchButton")->click();
            // No attempt to log the search in the archive (it would fail, and say so).
            QVERIFY2(!child<QLabel>(place, "ticketsError")->isVisible(),
                     qPrintable(child<QLabel>(place, "ticketsError")->text()));
            QTRY_COMPARE(model->count(), 1);
            QTRY_COMPARE(shownIds(model), QList<qint64>{m_fx.archived.at(1)});
            child<QPushButton>(place, "clearButton")->click();
            QTRY_COMPARE(model->rowCount(), 3);
            QVERIFY(!child<QLabel>(place, "ticketsError")->isVisible());

            // The detail: timeline, attachment and knowledge-base link of the first ticket.
            auto *view = child<QTableView>(place, "ticketsView");
            int row = -1;
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->data(model->index(r, 0), app::TicketPageModel::TicketIdRole)
                        .toLongLong() == m_fx.archived.first())
                    row = r;
            QVERIFY(row >= 0);
            view->setCurrentIndex(model->index(row, 0));
            app::TicketDetailPanel *detail = place->detail();
            QTRY_COMPARE(detail->ticketId(), m_fx.archived.first());
            auto *timeline = child<QTableWidget>(detail, "timeline");
            QTRY_COMPARE(timeline->rowCount(), 2);
            QStringList notes;
            for (int r = 0; r < timeline->rowCount(); ++r)
                notes << timeline->item(r, 4)->text();
            QVERIFY2(notes.join(u'|').contains(QLatin1StringView("answered by letter")),
                     qPrintable(notes.join(u'|')));
            auto *attachments = child<QListWidget>(detail, "attachmentList");
            QTRY_COMPARE(attachments->count(), 1);
            QVERIFY(attachments->item(0)->text().contains(QLatin1StringView("letter.txt")));
            auto *links = child<QListWidget>(detail, "kbList");
            QTRY_COMPARE(links->count(), 1);
            QVERIFY(links->item(0)->text().contains(QLatin1StringView("Fees")));

            // Every write action is unavailable.
            for (const char *name : {"registerButton", "bulkButton", "saveFilterButton",
                                     "deleteFilterButton", "exportViewButton"})
                QVERIFY2(!child<QAbstractButton>(place, name)->isEnabled(), name);
            for (const char *name :
                 {"addAttachment", "kbLinkButton", "kbUnlinkButton", "greenChannelToggle"})
                QVERIFY2(!child<QAbstractButton>(detail, name)->isEnabled(), name);
            const QList<QPushButton *> buttons = detail->findChildren<QPushButton *>();
            int actions = 0;
            for (QPushButton *b : buttons) {
                if (!b->objectName().startsWith(QLatin1StringView("action_")))
                    continue;
                ++actions;
                QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
            }
            QVERIFY(actions > 0); // the closed ticket's steps (reopen …) are there, disabled
            QVERIFY(!window->workspace().canWrite);
            QVERIFY(window->workspace().db->isReadOnlyFile());

            window->close(); // deletes itself
            QTRY_VERIFY(window.isNull());
        }
        // The file is byte for byte as it was, and nothing was created next to it.
        QCOMPARE(test::sha256Of(m_file), before);
        QCOMPARE(QDir(m_fx.dir.path()).entryList(QDir::Files), filesBefore);
    }

    // A bad file: the message names it and the cause, and no window opens.
    void refusesAFileThatIsNotAnArchive() {
        app::Workspace ws;
        ws.db = m_fx.live.get();
        ws.clock = &m_fx.clock;
        ws.user.permissions = PermissionSet({}, true);
        app::MainWindow main(ws);
        const QString path = m_fx.dir.filePath(QStringLiteral("notes.sbarchive"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Minutes of the meeting\n").repeated(200));
        f.close();
        const QByteArray before = test::sha256Of(path);
        QString e;
        QVERIFY(!app::openArchiveFile(main, path, e));
        QVERIFY2(e.contains(path) && e.contains(QLatin1StringView("not an SQLite file")),
                 qPrintable(e));
        QCOMPARE(test::sha256Of(path), before);
        QVERIFY(main.findChildren<app::ArchiveWindow *>().isEmpty());
    }
};

QTEST_MAIN(TestOpenArchive)
#include "tst_open_archive.moc"

// Administration → Archive driven through its widgets on a SQLite database with old closed
// tickets: the rules and cut-offs shown, a preview that counts what Archiver counts and
// changes nothing, archive to a file (file choice and confirmation through the tab's seams)
// that takes the tickets out of the live database and shows the run in Past runs, a declined
// confirmation and a bad file that change nothing, restore that brings the tickets back, and
// the permission gate (admin.archive for the actions, admin.audit to read the runs).
#include "admin/archivetab.h"
#include "admin_fixture.h"
#include "archive/archiver.h"
#include "storage/dialect.h"

#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace sb;

namespace {

constexpr int kWaitMs = 60000; // a generous ceiling for a background job, not a speed check

struct Fixture {
    test::SecurityFixture f;
    QList<qint64> old;     // closed ordinary tickets past retention
    QList<qint64> staying; // recent, open or important tickets
    int external = 0;

    qint64 ticket(const QString &state, const QDateTime &closedAt,
                  const QString &tier = QStringLiteral("normal")) {
        qint64 id = 0;
        QString e;
        const qint64 at = closedAt.toMSecsSinceEpoch();
        if (!dialect::insertReturningId(
                *f.db,
                QStringLiteral("INSERT INTO tickets (source, external_id, received_at, channel, "
                               "customer_tier, problem_type, category, state, handler_id, "
                               "updated_at) VALUES ('t', ?, ?, 'phone', ?, 'billing', 'fees', ?, "
                               "?, ?)"),
                {QString::number(++external), at - 86400000, tier, state, f.admin.staffId, at}, id,
                e))
            qWarning("%s", qPrintable(e));
        for (const QString &to : {QStringLiteral("registered"), state})
            if (!f.db->exec(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, "
                                           "action, to_state) VALUES (?, ?, ?, 'move', ?)"),
                            {id, at, f.admin.staffId, to}, e))
                qWarning("%s", qPrintable(e));
        return id;
    }

    bool setUp(QString &e) {
        if (!f.setUp(e))
            return false;
        const QDateTime now = f.clock.now();
        for (int i = 0; i < 5; ++i)
            old.append(ticket(QStringLiteral("closed"), now.addMonths(-5).addDays(i)));
        staying.append(ticket(QStringLiteral("closed"), now.addMonths(-1)));
        staying.append(ticket(QStringLiteral("in_progress"), now.addMonths(-8)));
        staying.append(ticket(QStringLiteral("closed"), now.addMonths(-5), QStringLiteral("vip")));
        return true;
    }

    qint64 liveTickets(const QList<qint64> &ids) {
        qint64 n = 0;
        for (qint64 id : ids)
            n += f.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ?"), {id});
        return n;
    }
};

QPushButton *button(app::ArchiveTab *tab, const char *name) {
    return tab->findChild<QPushButton *>(QString::fromLatin1(name));
}

// Clicks `name` and waits for the tab to settle; false when it did not.
bool clickAndWait(app::ArchiveTab *tab, const char *name) {
    QSignalSpy done(tab, &app::ArchiveTab::jobFinished);
    QPushButton *b = button(tab, name);
    if (!b || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return !done.isEmpty() || done.wait(kWaitMs);
}

QString countsCell(app::ArchiveTab *tab, const QString &label) {
    QStandardItemModel *m = tab->countsModel();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->item(r, app::ArchiveTab::CountTable)->text() == label)
            return m->item(r, app::ArchiveTab::CountRows)->data(Qt::UserRole).toString();
    return QStringLiteral("(no row %1)").arg(label);
}

} // namespace

class TestAdminArchive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_admin_archive"));
    }

    // The whole round: rules, preview, archive (declined once), past runs, restore.
    void previewArchiveAndRestore() {
        Fixture fx;
        QString e;
        QVERIFY2(fx.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(fx.f, fx.f.admin));
        app::ArchiveTab *tab = aw.place->archive();
        QVERIFY(tab);
        aw.place->tabs()->setCurrentWidget(tab);
        QVERIFY(aw.place->tabs()->isTabEnabled(aw.place->tabs()->indexOf(tab)));

        // The rules in force and the default date: today (2026-03-02) less 3 months.
        QVERIFY2(tab->rulesText().contains(QLatin1StringView("3 month")),
                 qPrintable(tab->rulesText()));
        QVERIFY2(tab->rulesText().contains(QLatin1StringView("6 month")),
                 qPrintable(tab->rulesText()));
        QCOMPARE(tab->beforeDate(), QDate(2026, 3, 2).addMonths(-3));
        QVERIFY2(tab->cutoffText().contains(QLatin1StringView("2025-12-02 00:00")),
                 qPrintable(tab->cutoffText()));
        QVERIFY2(tab->cutoffText().contains(QLatin1StringView("2025-09-02")),
                 qPrintable(tab->cutoffText()));

        // Preview: what Archiver::preview counts on the same cut-off, nothing changed.
        const qint64 allTickets = fx.f.count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
        ArchiveReport expected;
        QVERIFY2(Archiver(*fx.f.db, fx.f.clock).preview(tab->cutoff(), expected, e), qPrintable(e));
        QCOMPARE(expected.tickets, 5);
        QSignalSpy previewDone(tab, &app::ArchiveTab::jobFinished);
        QTest::mouseClick(button(tab, "previewButton"), Qt::LeftButton);
        // Running off the GUI thread: the buttons wait, the busy bar shows.
        QVERIFY(tab->isBusy());
        QVERIFY(!button(tab, "archiveButton")->isEnabled());
        QVERIFY(tab->findChild<QProgressBar *>(QStringLiteral("busyBar"))->isVisibleTo(tab));
        QVERIFY(previewDone.wait(kWaitMs));
        QCOMPARE(previewDone.first().first().toBool(), true);
        QVERIFY(!tab->isBusy());
        QVERIFY(button(tab, "archiveButton")->isEnabled());
        QCOMPARE(tab->lastResult().report.tickets, expected.tickets);
        QCOMPARE(countsCell(tab, QStringLiteral("Tickets")), QStringLiteral("5"));
        QCOMPARE(countsCell(tab, QStringLiteral("Timeline events")),
                 QString::number(fx.f.count(
                     QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id IN (%1)")
                         .arg(QStringLiteral("?,?,?,?,?")),
                     {fx.old[0], fx.old[1], fx.old[2], fx.old[3], fx.old[4]})));
        QVERIFY2(tab->resultText().contains(QLatin1StringView("5 ticket")),
                 qPrintable(tab->resultText()));
        QCOMPARE(fx.f.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), allTickets);
        QCOMPARE(fx.f.count(QStringLiteral("SELECT COUNT(*) FROM archive_runs")), 0);

        // Archive, declined at the confirmation: no file, no run, nothing moved.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("2025-q4.sbarchive"));
        int chosen = 0;
        tab->setFileChooser([&](QWidget *, bool forArchive) {
            ++chosen;
            // Without the suffix when archiving: the tab adds it.
            return forArchive ? dir.filePath(QStringLiteral("2025-q4")) : file;
        });
        QStringList questions;
        bool answer = false;
        aw.place->context().confirm = [&](QWidget *, const QString &q) {
            questions << q;
            return answer;
        };
        QVERIFY(clickAndWait(tab, "archiveButton"));
        QCOMPARE(chosen, 1);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.last().contains(QLatin1StringView("5 ticket")) &&
                     questions.last().contains(file),
                 qPrintable(questions.last()));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(fx.liveTickets(fx.old), 5);
        QCOMPARE(fx.f.count(QStringLiteral("SELECT COUNT(*) FROM archive_runs")), 0);

        // Archive, confirmed.
        answer = true;
        QVERIFY(clickAndWait(tab, "archiveButton"));
        QVERIFY2(tab->lastResult().ok, qPrintable(tab->lastResult().error));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(tab->lastResult().report.tickets, 5);
        QCOMPARE(fx.liveTickets(fx.old), 0);
        QCOMPARE(fx.liveTickets(fx.staying), fx.staying.size());
        QVERIFY2(tab->resultText().contains(QLatin1StringView("Archived 5 ticket")) &&
                     tab->resultText().contains(file),
                 qPrintable(tab->resultText()));
        QCOMPARE(countsCell(tab, QStringLiteral("Tickets")), QStringLiteral("5"));
        // Past runs: the run, as the signed-in person.
        QStandardItemModel *runs = tab->runsModel();
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(runs->item(0, app::ArchiveTab::RunKind)->text(), QStringLiteral("Archive"));
        QCOMPARE(runs->item(0, app::ArchiveTab::RunState)->text(), QStringLiteral("Done"));
        QCOMPARE(runs->item(0, app::ArchiveTab::RunActor)->text(), fx.f.admin.login);
        QCOMPARE(runs->item(0, app::ArchiveTab::RunFile)->text(),
                 QStringLiteral("2025-q4.sbarchive"));
        QCOMPARE(runs->item(0, app::ArchiveTab::RunCutoff)->text(), QStringLiteral("2025-12-02"));
        QCOMPARE(runs->item(0, app::ArchiveTab::RunTickets)->data(Qt::UserRole).toLongLong(), 5);

        // A second preview now finds nothing.
        QVERIFY(clickAndWait(tab, "previewButton"));
        QCOMPARE(tab->lastResult().report.tickets, 0);

        // Restore from a file that is not an archive: a clear message, nothing changed.
        const QString bogus = dir.filePath(QStringLiteral("notes.sbarchive"));
        {
            QFile b(bogus);
            QVERIFY(b.open(QIODevice::WriteOnly));
            b.write("not an archive at all");
        }
        tab->setFileChooser([&](QWidget *, bool) { return bogus; });
        questions.clear();
        QVERIFY(clickAndWait(tab, "restoreButton"));
        QVERIFY(!tab->lastResult().ok);
        QVERIFY(questions.isEmpty());
        QVERIFY2(tab->resultText().contains(bogus) &&
                     tab->resultText().contains(QLatin1StringView("not a Signalboard archive")),
                 qPrintable(tab->resultText()));
        QCOMPARE(runs->rowCount(), 1);

        // Restore from the archive: confirmed with its count and file, the tickets come back.
        tab->setFileChooser(
            [&](QWidget *, bool forArchive) { return forArchive ? QString() : file; });
        QVERIFY(clickAndWait(tab, "restoreButton"));
        QVERIFY2(tab->lastResult().ok, qPrintable(tab->lastResult().error));
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.last().contains(QLatin1StringView("5 ticket")) &&
                     questions.last().contains(file),
                 qPrintable(questions.last()));
        QCOMPARE(fx.liveTickets(fx.old), 5);
        QCOMPARE(fx.f.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), allTickets);
        QVERIFY2(tab->resultText().contains(QLatin1StringView("Restored 5 ticket")),
                 qPrintable(tab->resultText()));
        // Newest first.
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(runs->item(0, app::ArchiveTab::RunKind)->text(), QStringLiteral("Restore"));
        QCOMPARE(runs->item(1, app::ArchiveTab::RunKind)->text(), QStringLiteral("Archive"));
    }

    // A manager (admin.audit, no admin.archive) reads the past runs but cannot preview,
    // archive or restore; an agent has no Archive tab.
    void permissionsGateTheActions() {
        Fixture fx;
        QString e;
        QVERIFY2(fx.setUp(e), qPrintable(e));
        const qint64 mgr =
            fx.f.addStaff(QStringLiteral("M01"), QStringLiteral("mgr1"), QStringLiteral("manager"));
        {
            test::AdminWindow aw;
            QVERIFY(aw.open(fx.f, test::sessionOf(fx.f, mgr)));
            app::ArchiveTab *tab = aw.place->archive();
            QVERIFY(aw.place->tabs()->isTabEnabled(aw.place->tabs()->indexOf(tab)));
            for (const char *name : {"previewButton", "archiveButton", "restoreButton"}) {
                QVERIFY2(!button(tab, name)->isEnabled(), name);
                QVERIFY2(button(tab, name)->toolTip().contains(QLatin1StringView("admin.archive")),
                         name);
            }
            aw.place->tabs()->setCurrentWidget(tab);
            QVERIFY(tab->refreshRuns());
            // Called directly, the actions are refused too.
            QTemporaryDir dir;
            const QString file = dir.filePath(QStringLiteral("refused.sbarchive"));
            tab->setFileChooser([&](QWidget *, bool) { return file; });
            QSignalSpy done(tab, &app::ArchiveTab::jobFinished);
            tab->archiveToFile();
            QCOMPARE(done.size(), 1); // refused at once: nothing was started
            QCOMPARE(done.first().first().toBool(), false);
            QVERIFY(!tab->isBusy());
            QVERIFY2(tab->resultText().contains(QLatin1StringView("admin.archive")),
                     qPrintable(tab->resultText()));
            QVERIFY(!QFileInfo::exists(file));
            QCOMPARE(fx.liveTickets(fx.old), 5);
        }
        const qint64 agent =
            fx.f.addStaff(QStringLiteral("G01"), QStringLiteral("agent1"), QStringLiteral("agent"));
        test::AdminWindow aw;
        aw.open(fx.f, test::sessionOf(fx.f, agent));
        if (aw.place) {
            QVERIFY(
                !aw.place->tabs()->isTabEnabled(aw.place->tabs()->indexOf(aw.place->archive())));
            QVERIFY(!aw.place->archive()->refreshRuns());
        }
    }
};

QTEST_MAIN(TestAdminArchive)
#include "tst_admin_archive.moc"

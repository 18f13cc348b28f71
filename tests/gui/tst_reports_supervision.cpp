// Supervision items (督办) as a manager works them: an item opened from a report's recurring
// row (prefilled from the draft), edited (status, due date, notes: overdue shows), closed
// with a required closing note; a second editor's save on the old version is refused with
// the reload message, and saves after reloading; without reports.supervise the panel reads.
#include "reports/supervisiondialog.h"
#include "reports/supervisionpanel.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestReportsSupervision : public QObject {
    Q_OBJECT

    static qint64 person(Database &db, const QString &login, const QString &role) {
        QSqlQuery q(db.db());
        QString e;
        if (!db.exec(q,
                     QStringLiteral("INSERT INTO staff(employee_no, name, login, role_id, status, "
                                    "status_changed_at, created_at) VALUES (?, ?, ?, (SELECT id "
                                    "FROM roles WHERE key = ?), 'active', 0, 0) RETURNING id"),
                     {login.toUpper(), QString(QStringLiteral("Name ") + login), login, role}, e) ||
            !q.next())
            qFatal("seed: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    template <typename T> static T *child(QWidget *w, const char *name) {
        T *c = w->findChild<T *>(QLatin1StringView(name));
        if (!c)
            qFatal("no %s", name);
        return c;
    }
    static QString cell(app::SupervisionPanel &p, int row, int column) {
        auto *view = child<QTableView>(&p, "itemsView");
        return view->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void openEditCloseAndStaleSave() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        const qint64 manager = person(*db, QStringLiteral("boss"), QStringLiteral("manager"));
        const qint64 owner = person(*db, QStringLiteral("lead"), QStringLiteral("team_lead"));
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = manager;
        ws.user.login = QStringLiteral("boss");
        ws.user.name = QStringLiteral("Name boss");
        ws.user.roleKey = QStringLiteral("manager");
        ws.user.permissions = PermissionSet({perm::ReportsSupervise}, false);

        // Opened from the recurring row of last week's report.
        const qint64 start = QDateTime(QDate(2026, 11, 30), QTime(0, 0)).toMSecsSinceEpoch();
        const SupervisionDraft draft{QStringLiteral("problem_type"),
                                     QStringLiteral("login_failure"),
                                     start,
                                     start + 7 * 24 * 3600 * 1000LL,
                                     owner,
                                     QDate(2026, 12, 14),
                                     QStringLiteral("Above 50 for 3 weeks")};
        app::SupervisionDialog dialog(ws, draft);
        QCOMPARE(child<QComboBox>(&dialog, "ownerCombo")->currentData().toLongLong(), owner);
        QCOMPARE(child<QDateEdit>(&dialog, "dueEdit")->date(), QDate(2026, 12, 14));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "notesEdit")->toPlainText(),
                 QStringLiteral("Above 50 for 3 weeks"));
        QSignalSpy opened(&dialog, &app::SupervisionDialog::opened);
        dialog.show();
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto item = opened.at(0).at(0).value<SupervisionItem>();
        QVERIFY(item.id > 0);
        QCOMPARE(item.ownerId, owner);
        // A second item on the same problem type while the first is open: refused, shown.
        app::SupervisionDialog again(ws, draft);
        QSignalSpy openedAgain(&again, &app::SupervisionDialog::opened);
        again.show();
        again.accept();
        auto *againError = child<QLabel>(&again, "errorLabel");
        QTRY_VERIFY(againError->isVisible() && !againError->text().isEmpty());
        QCOMPARE(openedAgain.count(), 0);
        QVERIFY(again.isVisible());

        // Two editors see it.
        app::SupervisionPanel panel(ws), other(ws);
        for (app::SupervisionPanel *p : {&panel, &other}) {
            p->show();
            QTRY_COMPARE(p->items().size(), 1);
            p->selectItem(item.id);
            QCOMPARE(p->selectedId(), item.id);
        }
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::Status), QStringLiteral("Open"));
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::Owner), QStringLiteral("Name lead"));
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::Key), QStringLiteral("login_failure"));
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::LastNote),
                 QStringLiteral("Above 50 for 3 weeks"));
        QVERIFY(!panel.items().isEmpty());

        // The first editor: in progress, due yesterday (so overdue), a note.
        auto *status = child<QComboBox>(&panel, "statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
        child<QDateEdit>(&panel, "dueEdit")->setDate(QDate(2026, 12, 6));
        child<QPlainTextEdit>(&panel, "notesEdit")
            ->setPlainText(QStringLiteral("Above 50 for 3 weeks\nVendor called"));
        QSignalSpy saved(&panel, &app::SupervisionPanel::saveFinished);
        QTest::mouseClick(child<QPushButton>(&panel, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
        QTRY_COMPARE(cell(panel, 0, app::SupervisionPanel::Status), QStringLiteral("In progress"));
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::LastNote), QStringLiteral("Vendor called"));
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::Due), QStringLiteral("2026-12-06"));
        auto *view = child<QTableView>(&panel, "itemsView");
        QVERIFY(view->model()->index(0, 0).data(app::SupervisionPanel::OverdueRole).toBool());

        // The second editor still shows the old version: its save is refused with the reload
        // message, and nothing of it is written.
        child<QPlainTextEdit>(&other, "notesEdit")->setPlainText(QStringLiteral("Stale"));
        QSignalSpy stale(&other, &app::SupervisionPanel::saveFinished);
        QTest::mouseClick(child<QPushButton>(&other, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(stale.count(), 1);
        QVERIFY(!stale.at(0).at(0).toBool());
        auto *error = child<QLabel>(&other, "errorLabel");
        auto *reload = child<QPushButton>(&other, "reloadButton");
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("reload")),
                 qPrintable(error->text()));
        QVERIFY(reload->isVisible());
        std::optional<SupervisionItem> now;
        QVERIFY(SupervisionStore::load(*db, item.id, now, e) && now);
        QCOMPARE(now->notes, QStringLiteral("Above 50 for 3 weeks\nVendor called"));
        // Reload: the form shows the other editor's change, and a save then goes through.
        QTest::mouseClick(reload, Qt::LeftButton);
        auto *otherNotes = child<QPlainTextEdit>(&other, "notesEdit");
        QTRY_COMPARE(otherNotes->toPlainText(),
                     QStringLiteral("Above 50 for 3 weeks\nVendor called"));
        QVERIFY(!error->isVisible());
        otherNotes->setPlainText(otherNotes->toPlainText() + QStringLiteral("\nFix scheduled"));
        QTest::mouseClick(child<QPushButton>(&other, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(stale.count(), 2);
        QVERIFY2(stale.at(1).at(0).toBool(), qPrintable(stale.at(1).at(1).toString()));

        // The first editor learns of it from the change feed, then closes with a note: not
        // without one.
        panel.applyChanges(
            {Change{0, ChangeEntity::ReportSupervision, item.id, ChangeOp::Update, 0}});
        QTRY_COMPARE(cell(panel, 0, app::SupervisionPanel::LastNote),
                     QStringLiteral("Fix scheduled"));
        auto *close = child<QPushButton>(&panel, "closeButton");
        QVERIFY(!close->isEnabled());
        child<QLineEdit>(&panel, "closeNoteEdit")->setText(QStringLiteral("Fixed in 5.2"));
        QVERIFY(close->isEnabled());
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY2(saved.at(1).at(0).toBool(), qPrintable(saved.at(1).at(1).toString()));
        QTRY_COMPARE(panel.items().size(), 0); // "Open items" no longer lists it
        auto *scope = child<QComboBox>(&panel, "scopeFilter");
        scope->setCurrentIndex(1); // all items
        QTRY_COMPARE(panel.items().size(), 1);
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::Status), QStringLiteral("Closed"));
        QCOMPARE(cell(panel, 0, app::SupervisionPanel::LastNote), QStringLiteral("Fixed in 5.2"));
        QVERIFY(!view->model()->index(0, 0).data(app::SupervisionPanel::OverdueRole).toBool());
        panel.selectItem(item.id);
        QVERIFY(!child<QPushButton>(&panel, "saveButton")->isEnabled()); // closed: final

        // Without reports.supervise: the list, read-only.
        app::Workspace reader = ws;
        reader.user.permissions = PermissionSet({perm::ReportsRead}, false);
        app::SupervisionPanel readOnly(reader);
        child<QComboBox>(&readOnly, "scopeFilter")->setCurrentIndex(1);
        QTRY_COMPARE(readOnly.items().size(), 1);
        QVERIFY(!readOnly.mayEdit());
        readOnly.selectItem(item.id);
        QVERIFY(!child<QPushButton>(&readOnly, "saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&readOnly, "closeButton")->isEnabled());
    }
};

QTEST_MAIN(TestReportsSupervision)
#include "tst_reports_supervision.moc"

// The report schedules editor through its real widgets, offscreen on a real SQLite database: a
// service manager creates a schedule in the dialog, filling every field, and it is stored with
// every field as typed; a bad field is named and nothing typed is lost; a schedule changed by
// someone else since the dialog opened is refused, and "Reload" shows the stored one; "Run now"
// names the period a run would report; Delete removes it; the list follows the change feed;
// a team lead without reports.schedule sees the list read-only.
#include "reports/reportscheduledialog.h"
#include "reports/reportschedulespanel.h"
#include "reportschedulefixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeEdit>

using namespace sb;
using app::ReportScheduleDialog;
using app::ReportSchedulesPanel;

namespace {

template <typename T> T *child(QObject *parent, const char *name) {
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Checks the items of `list` whose text starts with `text`.
void check(QListWidget *list, const QString &text) {
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(text)) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    qFatal("no item %s", qPrintable(text));
}

QString cell(const ReportSchedulesPanel &panel, int row, int column) {
    return panel.model()->index(row, column).data().toString();
}

// Selects the combo item whose data is `data`.
void choose(QComboBox *combo, const QVariant &data) {
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

ReportSchedule weekly(const QString &name, qint64 staffId) {
    ReportSchedule s;
    s.name = name;
    s.periodKind = ReportPeriodKind::Week;
    s.weekday = 1;
    s.timeOfDay = QTime(7, 0);
    s.formats = {QStringLiteral("pdf")};
    s.audience = {Audience::staff({staffId})};
    return s;
}

} // namespace

class TestReportSchedules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createStoresEveryField();
    void badFieldIsNamedAndInputKept();
    void changedBySomeoneElseOffersReload();
    void runNowNamesThePeriod();
    void deleteAndChangeFeed();
    void readOnlyWithoutPermission();
};

void TestReportSchedules::createStoresEveryField() {
    test::ReportWorld w;
    QVERIFY(w.open());
    test::ReportStation boss(w, w.boss, QStringLiteral("zhao_boss"));
    ReportSchedulesPanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    QCOMPARE(panel.model()->rowCount(), 0);

    ReportScheduleDialog *dialog = panel.openNew();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isReady());
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Monthly hotline report"));
    auto *sections = child<QListWidget>(dialog, "sectionsList");
    check(sections, app::ReportScheduleLabels::section(QStringLiteral("volume")));
    check(sections, app::ReportScheduleLabels::section(QStringLiteral("deadlines")));
    choose(child<QComboBox>(dialog, "periodCombo"), QStringLiteral("month"));
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(8, 30));
    QVERIFY(child<QSpinBox>(dialog, "dayOfMonthSpin")->isEnabled());
    QVERIFY(!child<QComboBox>(dialog, "weekdayCombo")->isEnabled());
    child<QSpinBox>(dialog, "dayOfMonthSpin")->setValue(5);
    child<QCheckBox>(dialog, "formatPdf")->setChecked(true);
    child<QCheckBox>(dialog, "formatXlsx")->setChecked(true);
    child<QCheckBox>(dialog, "formatJson")->setChecked(false);
    choose(child<QComboBox>(dialog, "languageCombo"), QStringLiteral("zh_CN"));
    child<QCheckBox>(dialog, "skipIfEmptyCheck")->setChecked(true);
    child<QCheckBox>(dialog, "activeCheck")->setChecked(false);
    child<QCheckBox>(dialog, "broadcastCheck")->setChecked(true);
    check(child<QListWidget>(dialog, "rolesList"), QStringLiteral("Manager (leadership)"));
    check(child<QListWidget>(dialog, "teamsList"), QStringLiteral("Hotline"));
    auto *people = child<QListWidget>(dialog, "peopleList");
    child<QLineEdit>(dialog, "peopleSearch")->setText(QStringLiteral("sun_"));
    int shown = 0;
    for (int i = 0; i < people->count(); ++i)
        shown += people->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 1); // the search finds the agent by employee number
    check(people, QStringLiteral("Sun Agent"));
    QVERIFY(child<QLabel>(dialog, "audienceSummary")->text().contains(QStringLiteral("1 role")));
    child<QLineEdit>(dialog, "folderEdit")->setText(QStringLiteral("/srv/share/reports"));
    child<QCheckBox>(dialog, "webhooksCheck")->setChecked(true);

    QSignalSpy saved(dialog, &ReportScheduleDialog::saved);
    QSignalSpy listed(&panel, &ReportSchedulesPanel::loaded);
    QTest::mouseClick(child<QPushButton>(dialog, "scheduleSave"), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QVERIFY(listed.wait(5000));

    QList<ReportSchedule> stored;
    QString error;
    QVERIFY2(ReportScheduleStore::list(*w.db, stored, error), qPrintable(error));
    QCOMPARE(stored.size(), 1);
    const ReportSchedule &s = stored.first();
    QCOMPARE(s.name, QStringLiteral("Monthly hotline report"));
    QCOMPARE(s.sections, (QStringList{QStringLiteral("volume"), QStringLiteral("deadlines")}));
    QCOMPARE(s.periodKind, ReportPeriodKind::Month);
    QCOMPARE(s.timeOfDay, QTime(8, 30));
    QCOMPARE(s.dayOfMonth, 5);
    QCOMPARE(s.formats, (QStringList{QStringLiteral("pdf"), QStringLiteral("xlsx")}));
    QCOMPARE(s.language, QStringLiteral("zh_CN"));
    QVERIFY(s.skipIfEmpty);
    QVERIFY(!s.active);
    QVERIFY(s.broadcast);
    QCOMPARE(s.folder, QStringLiteral("/srv/share/reports"));
    QVERIFY(s.webhooks);
    QCOMPARE(s.audience.size(), 3);
    QCOMPARE(s.audience.at(0).kind, Audience::Kind::Roles);
    QCOMPARE(s.audience.at(0).ids, QList<qint64>{w.managerRole});
    QCOMPARE(s.audience.at(1).kind, Audience::Kind::Teams);
    QCOMPARE(s.audience.at(1).ids, QList<qint64>{w.team});
    QCOMPARE(s.audience.at(2).kind, Audience::Kind::Staff);
    QCOMPARE(s.audience.at(2).ids, QList<qint64>{w.agent});
    QCOMPARE(s.updatedBy, w.boss);

    // The list shows it as stored, the new schedule selected.
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.selectedSchedule(), s.id);
    QCOMPARE(cell(panel, 0, ReportSchedulesPanel::Name), s.name);
    QCOMPARE(cell(panel, 0, ReportSchedulesPanel::When),
             app::ReportScheduleLabels::when(s)); // "Day 5 of each month at 08:30"
    QVERIFY(cell(panel, 0, ReportSchedulesPanel::When).contains(QStringLiteral("08:30")));
    const QString audience = cell(panel, 0, ReportSchedulesPanel::Audience);
    QVERIFY2(audience.contains(QStringLiteral("Manager (leadership)")) &&
                 audience.contains(QStringLiteral("Hotline")) &&
                 audience.contains(QStringLiteral("Sun Agent")),
             qPrintable(audience));
    QCOMPARE(cell(panel, 0, ReportSchedulesPanel::Formats), QStringLiteral("PDF, XLSX"));
    QVERIFY(cell(panel, 0, ReportSchedulesPanel::Delivery).contains(QStringLiteral("/srv/share")));
    QCOMPARE(cell(panel, 0, ReportSchedulesPanel::LastRun), QStringLiteral("Never run"));

    // Edit opens it with every field as stored; Duplicate starts a new one from it.
    ReportScheduleDialog *edit = panel.openEdit();
    QVERIFY(edit);
    QTRY_VERIFY(edit->isReady());
    const ReportSchedule shown2 = edit->schedule();
    QCOMPARE(shown2.id, s.id);
    QCOMPARE(shown2.audience.size(), 3);
    QCOMPARE(shown2.dayOfMonth, 5);
    QCOMPARE(shown2.language, QStringLiteral("zh_CN"));
    edit->reject();
    ReportScheduleDialog *copy = panel.openDuplicate();
    QVERIFY(copy);
    QTRY_VERIFY(copy->isReady());
    QCOMPARE(copy->schedule().id, 0);
    QCOMPARE(copy->schedule().name, QStringLiteral("Monthly hotline report (copy)"));
    QCOMPARE(copy->schedule().formats, s.formats);
    copy->reject();
}

void TestReportSchedules::badFieldIsNamedAndInputKept() {
    test::ReportWorld w;
    QVERIFY(w.open());
    test::ReportStation boss(w, w.boss, QStringLiteral("zhao_boss"));
    ReportSchedulesPanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    ReportScheduleDialog *dialog = panel.openNew();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isReady());
    // No name, no format, a broadcast without recipients.
    child<QLineEdit>(dialog, "folderEdit")->setText(QStringLiteral("/srv/share/weekly"));
    child<QCheckBox>(dialog, "formatPdf")->setChecked(false);
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(6, 45));
    QSignalSpy finished(dialog, &ReportScheduleDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "scheduleSave"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString error = dialog->errorText();
    QVERIFY2(error.contains(QStringLiteral("name:")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("formats:")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("audience:")), qPrintable(error));
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "folderEdit")->text(), QStringLiteral("/srv/share/weekly"));
    QCOMPARE(child<QTimeEdit>(dialog, "timeEdit")->time(), QTime(6, 45));

    // Fix the fields one by one; the messages follow, then it saves.
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Weekly"));
    child<QCheckBox>(dialog, "formatCsv")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "scheduleSave"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(!dialog->errorText().contains(QStringLiteral("name:")));
    QVERIFY(dialog->errorText().contains(QStringLiteral("audience:")));
    QList<ReportSchedule> stored;
    QString e;
    QVERIFY(ReportScheduleStore::list(*w.db, stored, e));
    QVERIFY(stored.isEmpty());
    child<QCheckBox>(dialog, "everyoneCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "scheduleSave"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog->errorText()));
    QVERIFY(ReportScheduleStore::list(*w.db, stored, e));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().folder, QStringLiteral("/srv/share/weekly"));
    QCOMPARE(stored.first().timeOfDay, QTime(6, 45));
    QCOMPARE(stored.first().audience.size(), 1);
    QCOMPARE(stored.first().audience.first().kind, Audience::Kind::Everyone);

    // A second schedule of the same name is refused by the store, the dialog kept open.
    ReportScheduleDialog *again = panel.openNew();
    QVERIFY(again);
    QTRY_VERIFY(again->isReady());
    again->setSchedule(weekly(QStringLiteral("Weekly"), w.agent));
    QSignalSpy refused(again, &ReportScheduleDialog::saveFinished);
    again->accept();
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY2(again->errorText().contains(QStringLiteral("Weekly")), qPrintable(again->errorText()));
    QVERIFY(again->isVisible());
    QVERIFY(!again->hasConflict());
    again->reject();
}

void TestReportSchedules::changedBySomeoneElseOffersReload() {
    test::ReportWorld w;
    QVERIFY(w.open());
    const ReportSchedule s = w.saveSchedule(weekly(QStringLiteral("Weekly"), w.agent));
    test::ReportStation boss(w, w.boss, QStringLiteral("zhao_boss"));
    ReportSchedulesPanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    QVERIFY(panel.selectSchedule(s.id));
    ReportScheduleDialog *dialog = panel.openEdit();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isReady());
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Weekly (mine)"));

    // Meanwhile someone else changes it.
    ReportSchedule theirs = s;
    theirs.name = QStringLiteral("Weekly (theirs)");
    w.saveSchedule(theirs);

    QSignalSpy finished(dialog, &ReportScheduleDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "scheduleSave"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(dialog->hasConflict());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("someone else")),
             qPrintable(dialog->errorText()));
    QVERIFY(child<QPushButton>(dialog, "reloadButton")->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Weekly (mine)"));
    std::optional<ReportSchedule> now;
    QString error;
    QVERIFY(ReportScheduleStore::load(*w.db, s.id, now, error) && now);
    QCOMPARE(now->name, QStringLiteral("Weekly (theirs)"));

    QTest::mouseClick(child<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Weekly (theirs)"));
    QVERIFY(!dialog->hasConflict());
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Weekly (agreed)"));
    QTest::mouseClick(child<QPushButton>(dialog, "scheduleSave"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QVERIFY(ReportScheduleStore::load(*w.db, s.id, now, error) && now);
    QCOMPARE(now->name, QStringLiteral("Weekly (agreed)"));
}

void TestReportSchedules::runNowNamesThePeriod() {
    test::ReportWorld w;
    QVERIFY(w.open());
    // Now: Monday 2026-03-30 09:00 in Shanghai. A weekly report on Mondays at 07:00 is due for
    // the week that ended last Sunday (2026-W13); at 10:00 it would not be built yet.
    ReportSchedule early = weekly(QStringLiteral("Early"), w.agent);
    const ReportSchedule a = w.saveSchedule(early);
    ReportSchedule late = weekly(QStringLiteral("Late"), w.agent);
    late.timeOfDay = QTime(10, 0);
    const ReportSchedule b = w.saveSchedule(late);
    test::ReportStation boss(w, w.boss, QStringLiteral("zhao_boss"));
    ReportSchedulesPanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    QSignalSpy done(&panel, &ReportSchedulesPanel::actionFinished);
    QVERIFY(panel.selectSchedule(a.id));
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("runNowButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(panel.statusText().contains(QStringLiteral("2026-W13")) &&
                 panel.statusText().contains(QStringLiteral("2026-03-23T00:00:00+08:00")),
             qPrintable(panel.statusText()));
    QVERIFY(panel.selectSchedule(b.id));
    panel.previewSelected();
    QTRY_COMPARE(done.size(), 2);
    QVERIFY2(panel.statusText().contains(QStringLiteral("2026-W12")),
             qPrintable(panel.statusText()));
    // A preview stores no run.
    QList<ReportRun> runs;
    QString error;
    QVERIFY(ReportScheduleStore::runs(*w.db, {}, runs, error));
    QVERIFY(runs.isEmpty());
}

void TestReportSchedules::deleteAndChangeFeed() {
    test::ReportWorld w;
    QVERIFY(w.open());
    const ReportSchedule s = w.saveSchedule(weekly(QStringLiteral("Weekly"), w.agent));
    test::ReportStation boss(w, w.boss, QStringLiteral("zhao_boss"));
    ReportSchedulesPanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    QCOMPARE(panel.model()->rowCount(), 1);

    // Another workstation adds one: the feed's notice brings it.
    w.saveSchedule(weekly(QStringLiteral("Daily digest"), w.agent));
    QSignalSpy listed(&panel, &ReportSchedulesPanel::loaded);
    panel.applyChanges({Change{1, ChangeEntity::Ticket, 1, ChangeOp::Update, 0}});
    QVERIFY(!listed.wait(ReportSchedulesPanel::kCoalesceMs * 3)); // not its business
    panel.applyChanges({Change{2, ChangeEntity::ReportSchedule, 2, ChangeOp::Insert, 0}});
    QVERIFY(listed.wait(5000));
    QCOMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(cell(panel, 0, ReportSchedulesPanel::Name), QStringLiteral("Daily digest"));

    QVERIFY(panel.selectSchedule(s.id));
    QMessageBox *box = panel.deleteSelected();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Weekly")));
    QSignalSpy done(&panel, &ReportSchedulesPanel::actionFinished);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    std::optional<ReportSchedule> gone;
    QString error;
    QVERIFY(ReportScheduleStore::load(*w.db, s.id, gone, error));
    QVERIFY(!gone);
}

void TestReportSchedules::readOnlyWithoutPermission() {
    test::ReportWorld w;
    QVERIFY(w.open());
    const ReportSchedule s = w.saveSchedule(weekly(QStringLiteral("Weekly"), w.agent));
    test::ReportStation lead(w, w.lead, QStringLiteral("li_lead"));
    QVERIFY(lead.ws.user.permissions.has(perm::ReportsRead));
    QVERIFY(!lead.ws.user.permissions.has(perm::ReportsSchedule));
    ReportSchedulesPanel panel(lead.ws);
    QTRY_VERIFY(panel.isLoaded());
    QCOMPARE(panel.model()->rowCount(), 1); // reading is allowed
    QVERIFY(panel.selectSchedule(s.id));
    for (const char *name :
         {"newButton", "editButton", "duplicateButton", "deleteButton", "runNowButton"}) {
        auto *button = child<QPushButton>(&panel, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(perm::ReportsSchedule), name);
    }
    QVERIFY(!panel.openNew());
    QVERIFY(!panel.openEdit());
    QVERIFY(!panel.deleteSelected());
}

QTEST_MAIN(TestReportSchedules)
#include "tst_report_schedules.moc"

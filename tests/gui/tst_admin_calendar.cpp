// Administration > Calendar and Deadline rules, driven through their widgets: a holiday added
// in the dialog is stored, audited and moves a working-day deadline; an iCalendar file imports
// holidays and make-up days, a malformed one is refused with its line and stores nothing; days
// are removed; a deadline rule with a bad field is refused naming it, a valid one is saved,
// disabled and removed; without admin.settings (or with a read-only workspace) the buttons are
// disabled with a tooltip saying why; a change from another workstation shows at once.
#include "admin/calendartab.h"
#include "admin/deadlineruledialog.h"
#include "admin/deadlinerulestab.h"
#include "admin_fixture.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlines.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

using namespace sb;

namespace {

QString dataFile(const char *name) {
    return qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
           QStringLiteral("/tests/data/calendar/") + QString::fromLatin1(name);
}

// A one-working-day rule applied to a ticket received at `receivedAt`; the due time.
qint64 oneWorkingDayDue(Database &db, qint64 receivedAt) {
    BusinessCalendar cal;
    QString e;
    if (!CalendarStore(db).load(cal, e)) {
        qWarning("load: %s", qPrintable(e));
        return -1;
    }
    DeadlineRule rule;
    rule.id = 1;
    rule.milestone = QStringLiteral("final_reply");
    rule.duration = 1;
    rule.unit = DeadlineUnit::Day;
    rule.clock = DeadlineClock::Working;
    rule.metBy = {QStringLiteral("reply")};
    DeadlineSubject subject;
    subject.channel = QStringLiteral("email");
    subject.category = QStringLiteral("product");
    subject.tier = QStringLiteral("normal");
    subject.receivedAt = receivedAt;
    const QList<MilestoneDeadline> d = computeDeadlines({rule}, subject, cal);
    return d.size() == 1 ? d.first().dueAt : -1;
}

qint64 shanghai(int y, int m, int d, int h) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

QStringList column(QStandardItemModel *m, int col) {
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->item(r, col)->text());
    return out;
}

void clickButton(QWidget *in, const char *name) {
    auto *b = in->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(b, name);
    QVERIFY2(b->isEnabled(), qPrintable(QString::fromLatin1(name) + b->toolTip()));
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

class TestAdminCalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_admin_calendar"));
    }

    void holidayAddedInDialogMovesDeadlineAndIsRemoved() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::CalendarTab *cal = aw.place->calendar();
        QCOMPARE(cal->objectName(), QStringLiteral("calendarTab"));
        aw.place->tabs()->setCurrentWidget(cal);
        auto *summary = cal->findChild<QLabel *>(QStringLiteral("calendarSummary"));
        QVERIFY(summary->text().contains(QLatin1StringView("Asia/Shanghai")));
        QVERIFY2(summary->text().contains(QStringLiteral("09:00–18:00")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1StringView("Settings")));

        // Received Tuesday 10 March 2026 10:00 Shanghai: one working day → Wednesday 10:00.
        const qint64 received = shanghai(2026, 3, 10, 10);
        QCOMPARE(oneWorkingDayDue(*f.db, received), shanghai(2026, 3, 11, 10));

        clickButton(cal, "calendarAddButton");
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = cal->findChild<QDialog *>(QStringLiteral("calendarDayDialog"))));
        dialog->findChild<QDateEdit *>(QStringLiteral("calendarDayDate"))
            ->setDate(QDate(2026, 3, 11));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("calendarDayKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("holiday")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("calendarDayName")),
                         QStringLiteral("Test holiday"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY2(!cal->statusLine()->isError(), qPrintable(cal->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE date = "
                                        "'2026-03-11' AND kind = 'holiday' AND name = 'Test "
                                        "holiday' AND updated_by = 'admin1'")),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'admin1' "
                                        "AND action = 'calendar.days' AND detail LIKE "
                                        "'%2026-03-11%'")),
                 1);
        QVERIFY(f.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = "
                                       "'calendar_day' AND entity_id = 20260311")) >= 1);
        QCOMPARE(column(cal->model(), 0), QStringList{QStringLiteral("2026-03-11")});
        QCOMPARE(cal->model()->item(0, 2)->text(), QStringLiteral("Holiday"));
        // The deadline skips the holiday: Thursday 10:00.
        QCOMPARE(oneWorkingDayDue(*f.db, received), shanghai(2026, 3, 12, 10));

        // Remove it again.
        cal->view()->selectRow(0);
        clickButton(cal, "calendarRemoveButton");
        QVERIFY2(!cal->statusLine()->isError(), qPrintable(cal->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_days")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'admin1' "
                                        "AND action = 'calendar.remove_day' AND detail = "
                                        "'2026-03-11'")),
                 1);
        QCOMPARE(cal->model()->rowCount(), 0);
        QCOMPARE(oneWorkingDayDue(*f.db, received), shanghai(2026, 3, 11, 10));
    }

    void importICalendarAndRefuseMalformed() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::CalendarTab *cal = aw.place->calendar();
        QString file = dataFile("holidays.ics");
        cal->setFileChooser([&file](QWidget *) { return file; });
        clickButton(cal, "calendarImportButton");
        QVERIFY2(!cal->statusLine()->isError(), qPrintable(cal->statusLine()->text()));
        QVERIFY2(cal->statusLine()->text().contains(QLatin1StringView("3 day")),
                 qPrintable(cal->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE kind = "
                                        "'holiday' AND date IN ('2026-10-01', '2026-10-02')")),
                 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE kind = "
                                        "'workday' AND date = '2026-10-10'")),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'admin1' "
                                        "AND action = 'calendar.days'")),
                 1);
        QCOMPARE(column(cal->model(), 0),
                 (QStringList{QStringLiteral("2026-10-01"), QStringLiteral("2026-10-02"),
                              QStringLiteral("2026-10-10")}));
        QCOMPARE(cal->model()->item(2, 2)->text(), QStringLiteral("Make-up working day"));
        // Saturday 10 October is worked: a ticket received Friday 9 October 10:00 is due then.
        QCOMPARE(oneWorkingDayDue(*f.db, shanghai(2026, 10, 9, 10)), shanghai(2026, 10, 10, 10));

        // Year filter: another year shows none of them.
        QVERIFY2(f.db->exec(QStringLiteral("INSERT INTO calendar_days(date, kind, name) VALUES "
                                           "('2027-01-01', 'holiday', 'New Year')"),
                            {}, e),
                 qPrintable(e));
        aw.place->applyChanges(
            {Change{0, ChangeEntity::CalendarDay, 20270101, ChangeOp::Insert, 0}});
        QCOMPARE(cal->model()->rowCount(), 4); // live: the other workstation's day is listed
        auto *year = cal->findChild<QComboBox *>(QStringLiteral("calendarYear"));
        year->setCurrentIndex(year->findData(2027));
        QCOMPARE(column(cal->model(), 0), QStringList{QStringLiteral("2027-01-01")});
        year->setCurrentIndex(year->findData(2026));
        QCOMPARE(cal->model()->rowCount(), 3);

        // A malformed file: the error names the line and nothing is stored (not even the
        // good event before it).
        file = dataFile("malformed.ics");
        clickButton(cal, "calendarImportButton");
        QVERIFY(cal->statusLine()->isError());
        QVERIFY2(cal->statusLine()->text().contains(QLatin1StringView("line 8")),
                 qPrintable(cal->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_days")), 4);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE date = "
                                        "'2026-11-01'")),
                 0);

        // Removing several selected rows.
        year->setCurrentIndex(year->findData(2026));
        cal->view()->selectAll();
        clickButton(cal, "calendarRemoveButton");
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM calendar_days")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'calendar.remove_day'")),
                 3);
    }

    void deadlineRuleRefusedThenSavedToggledRemoved() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::DeadlineRulesTab *tab = aw.place->deadlineRules();
        QCOMPARE(tab->objectName(), QStringLiteral("deadlineRulesTab"));
        aw.place->tabs()->setCurrentWidget(tab);
        const qint64 before = f.count(QStringLiteral("SELECT COUNT(*) FROM deadline_rules"));
        QVERIFY(before > 0); // the docs/spec/DOMAIN.md defaults of migration 003
        QCOMPARE(tab->model()->rowCount(), int(before));

        clickButton(tab, "deadlineRuleAdd");
        app::DeadlineRuleDialog *d = tab->dialog();
        QVERIFY(d);
        auto *milestone = d->findChild<QComboBox *>(QStringLiteral("ruleMilestone"));
        milestone->setEditText(QStringLiteral("Bad Milestone"));
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("ruleMetBy")),
                         QStringLiteral("respond,reply"));
        auto *save = d->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                         ->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY2(d->errorText().contains(QLatin1StringView("field milestone")),
                 qPrintable(d->errorText()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM deadline_rules")), before);

        // A warning lead as long as the deadline: refused, naming warn_lead.
        milestone->setCurrentIndex(milestone->findData(QStringLiteral("acknowledged")));
        auto choose = [d](const char *name, const QVariant &v) {
            auto *box = d->findChild<QComboBox *>(QString::fromLatin1(name));
            QVERIFY2(box, name);
            const int i = box->findData(v);
            QVERIFY2(i >= 0, name);
            box->setCurrentIndex(i);
        };
        choose("ruleChannel", QStringLiteral("email"));
        choose("ruleTier", QStringLiteral("vip"));
        choose("ruleUnit", int(DeadlineUnit::Hour));
        choose("ruleClock", int(DeadlineClock::Working));
        d->findChild<QSpinBox *>(QStringLiteral("ruleDuration"))->setValue(2);
        auto *warn = d->findChild<QSpinBox *>(QStringLiteral("ruleWarnLead"));
        warn->setValue(7200);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY2(d->errorText().contains(QLatin1StringView("warn_lead")),
                 qPrintable(d->errorText()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM deadline_rules")), before);

        // The keys of an existing rule (e-mail, any tier): refused, naming that rule.
        choose("ruleTier", QStringLiteral("*"));
        warn->setValue(1800);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY2(d->errorText().contains(QLatin1StringView("already a rule for acknowledged")),
                 qPrintable(d->errorText()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM deadline_rules")), before);

        // Typing into a box that shows "* (any)" replaces it, it does not append to it.
        auto *category = d->findChild<QComboBox *>(QStringLiteral("ruleCategory"));
        QCOMPARE(category->currentData().toString(), QStringLiteral("*"));
        d->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d));
        QTest::mouseClick(category->lineEdit(), Qt::LeftButton);
        QTRY_COMPARE(category->lineEdit()->selectedText(), category->currentText());
        QTest::keyClicks(category->lineEdit(), QStringLiteral("billing"));
        QCOMPARE(d->rule().category, QStringLiteral("billing"));
        category->setCurrentIndex(0);
        QCOMPARE(d->rule().category, QStringLiteral("*"));

        // Valid: VIP e-mail acknowledged within 2 working hours, warning 30 minutes before.
        choose("ruleTier", QStringLiteral("vip"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!tab->dialog());
        QVERIFY2(!tab->statusLine()->isError(), qPrintable(tab->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM deadline_rules")), before + 1);
        const qint64 id = f.count(QStringLiteral(
            "SELECT id FROM deadline_rules WHERE ticket_kind = '*' AND channel = 'email' AND "
            "category = '*' AND tier = 'vip' AND milestone = 'acknowledged' AND duration = 2 AND "
            "unit = 'hour' AND clock = 'working' AND warn_lead = 1800 AND met_by = "
            "'respond,reply' AND enabled = 1 AND updated_by = 'admin1'"));
        QVERIFY(id > 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'admin1' "
                                        "AND action = 'deadline_rule.save' AND entity_id = ?"),
                         {id}),
                 1);
        QCOMPARE(tab->model()->rowCount(), int(before + 1));
        QCOMPARE(tab->selectedId(), id);
        const int row = tab->view()->currentIndex().row();
        QCOMPARE(tab->model()->item(row, 5)->text(), QStringLiteral("2 working hours"));
        QCOMPARE(tab->model()->item(row, 4)->text(), QStringLiteral("VIP"));

        // Disable, then remove.
        clickButton(tab, "deadlineRuleToggle");
        QCOMPARE(f.count(QStringLiteral("SELECT enabled FROM deadline_rules WHERE id = ?"), {id}),
                 0);
        QCOMPARE(tab->selectedId(), id);
        clickButton(tab, "deadlineRuleRemove");
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM deadline_rules WHERE id = ?"), {id}),
                 0);
        QCOMPARE(tab->model()->rowCount(), int(before));
    }

    void withoutAdminSettingsReadOnly() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 mgr =
            f.addStaff(QStringLiteral("M01"), QStringLiteral("mgr1"), QStringLiteral("manager"));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, test::sessionOf(f, mgr)));
        QVERIFY(!aw.gate->has(QStringLiteral("admin.settings")));
        for (const char *name :
             {"calendarAddButton", "calendarImportButton", "calendarRemoveButton"}) {
            auto *b = aw.place->calendar()->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(b && !b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QLatin1StringView("admin.settings")), name);
        }
        for (const char *name :
             {"deadlineRuleAdd", "deadlineRuleEdit", "deadlineRuleRemove", "deadlineRuleToggle"}) {
            auto *b =
                aw.place->deadlineRules()->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(b && !b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QLatin1StringView("admin.settings")), name);
        }
        // They still see the days and rules.
        QVERIFY(aw.place->deadlineRules()->model()->rowCount() > 0);

        // A read-only workspace: even the administrator cannot change anything.
        test::AdminWindow ro;
        ro.ws.canWrite = false;
        ro.ws.readOnlyReason = QStringLiteral("Read-only: the server is in maintenance.");
        QVERIFY(ro.open(f, f.admin));
        auto *add =
            ro.place->calendar()->findChild<QPushButton *>(QStringLiteral("calendarAddButton"));
        QVERIFY(!add->isEnabled());
        QCOMPARE(add->toolTip(), ro.ws.readOnlyReason);
        auto *ruleAdd =
            ro.place->deadlineRules()->findChild<QPushButton *>(QStringLiteral("deadlineRuleAdd"));
        QVERIFY(!ruleAdd->isEnabled());
        QCOMPARE(ruleAdd->toolTip(), ro.ws.readOnlyReason);
    }
};

QTEST_MAIN(TestAdminCalendar)
#include "tst_admin_calendar.moc"

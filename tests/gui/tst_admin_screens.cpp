// Administration screens driven through their widgets: teams, roles with the permission tree,
// staff with the editor dialog, temporary permissions with expiry, deleting a role or team
// keeps the staff, the audit viewer filters and sorts, settings validate and keep history, and
// hostile input in every admin field is refused with a clear message.
#include "admin/audittab.h"
#include "admin/erasuretab.h"
#include "admin/rolestab.h"
#include "admin/searchlogtab.h"
#include "admin/settingstab.h"
#include "admin/staffdialog.h"
#include "admin/stafftab.h"
#include "admin/teamstab.h"
#include "admin/temppermtab.h"
#include "admin_fixture.h"
#include "tickets/ticketstores.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>

using namespace sb;

namespace {

void fillStaff(app::StaffDialog *d, const QString &no, const QString &name, const QString &login,
               const QString &phone, const QString &password) {
    auto set = [d](const char *field, const QString &v) {
        auto *e = d->findChild<QLineEdit *>(QString::fromLatin1(field));
        QVERIFY2(e, field);
        e->clear();
        QTest::keyClicks(e, v);
    };
    set("employeeNo", no);
    set("name", name);
    set("login", login);
    set("phone", phone);
    set("password", password);
    set("password2", password);
}

void choose(QComboBox *box, const QVariant &data) {
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(i);
}

void clickSave(app::StaffDialog *d) {
    auto *b = d->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(b->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

class TestAdminScreens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_admin_screens"));
    }

    void createTeamRoleStaffTempPermissionAndDelete() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::AdminPlace *p = aw.place;
        QCOMPARE(p->tabs()->count(), 11);
        // The first administrator's super role holds personal_data.erase too.
        QVERIFY(p->tabs()->isTabEnabled(p->tabs()->indexOf(p->erasure())));

        // Team.
        p->tabs()->setCurrentWidget(p->teams());
        auto *teamName = p->teams()->findChild<QLineEdit *>(QStringLiteral("teamName"));
        QTest::keyClicks(teamName, QStringLiteral("Night shift"));
        QTest::mouseClick(p->teams()->findChild<QPushButton *>(QStringLiteral("teamAdd")),
                          Qt::LeftButton);
        QVERIFY2(!p->teams()->statusLine()->isError(),
                 qPrintable(p->teams()->statusLine()->text()));
        const qint64 teamId =
            f.count(QStringLiteral("SELECT id FROM teams WHERE name = 'Night shift'"));
        QVERIFY(teamId > 0);
        QCOMPARE(p->teams()->model()->rowCount(), 1);

        // Role, and a permission granted by ticking its box in the tree.
        p->tabs()->setCurrentWidget(p->roles());
        app::RolesTab *roles = p->roles();
        QTest::keyClicks(roles->findChild<QLineEdit *>(QStringLiteral("roleKey")),
                         QStringLiteral("night_lead"));
        QTest::keyClicks(roles->findChild<QLineEdit *>(QStringLiteral("roleName")),
                         QStringLiteral("Night lead"));
        QTest::mouseClick(roles->findChild<QPushButton *>(QStringLiteral("roleCreate")),
                          Qt::LeftButton);
        QVERIFY2(!roles->statusLine()->isError(), qPrintable(roles->statusLine()->text()));
        const qint64 roleId = f.roleId(QStringLiteral("night_lead"));
        QVERIFY(roleId > 0);
        QCOMPARE(roles->selectedId(), roleId);
        QTreeWidgetItem *urge = roles->permissionItem(QStringLiteral("tickets.urge"));
        QVERIFY(urge);
        QCOMPARE(urge->parent()->text(0), QStringLiteral("tickets")); // the tree is hierarchical
        QCOMPARE(urge->checkState(0), Qt::Unchecked);
        urge->setCheckState(0, Qt::Checked); // as a click on the box does
        QVERIFY2(!roles->statusLine()->isError(), qPrintable(roles->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role_id = ? "
                                        "AND permission_key = 'tickets.urge'"),
                         {roleId}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'role.grant' AND entity_id = ?"),
                         {roleId}),
                 1);
        // A parent brings its children: they show ticked and cannot be changed one by one.
        roles->permissionItem(QStringLiteral("reports"))->setCheckState(0, Qt::Checked);
        QTreeWidgetItem *read = roles->permissionItem(QStringLiteral("reports.read"));
        QCOMPARE(read->checkState(0), Qt::Checked);
        QVERIFY(!(read->flags() & Qt::ItemIsEnabled));
        QVERIFY(read->toolTip(0).contains(QLatin1StringView("reports")));
        // Unticking revokes.
        roles->permissionItem(QStringLiteral("reports"))->setCheckState(0, Qt::Unchecked);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role_id = ? "
                                        "AND permission_key = 'reports'"),
                         {roleId}),
                 0);

        // Staff member through the editor dialog, with that role and team.
        p->tabs()->setCurrentWidget(p->staff());
        app::StaffTab *staff = p->staff();
        QTest::mouseClick(staff->findChild<QPushButton *>(QStringLiteral("staffNew")),
                          Qt::LeftButton);
        app::StaffDialog *d = staff->editor();
        QVERIFY(d);
        fillStaff(d, QStringLiteral("N0042"), QStringLiteral("Wang Fang"),
                  QStringLiteral("wang_fang"), QStringLiteral("13812345678"),
                  QStringLiteral("night-pass-1"));
        choose(d->findChild<QComboBox *>(QStringLiteral("role")), roleId);
        choose(d->findChild<QComboBox *>(QStringLiteral("team")), teamId);
        d->findChild<QSpinBox *>(QStringLiteral("level"))->setValue(3);
        d->findChild<QComboBox *>(QStringLiteral("gender"))
            ->setCurrentText(QStringLiteral("female"));
        d->findChild<QLineEdit *>(QStringLiteral("skillGroups"))
            ->setText(QStringLiteral("broadband"));
        clickSave(d);
        QVERIFY2(!staff->statusLine()->isError(), qPrintable(staff->statusLine()->text()));
        QTRY_VERIFY(!staff->editor());
        const qint64 staffId =
            f.count(QStringLiteral("SELECT id FROM staff WHERE login = 'wang_fang'"));
        QVERIFY(staffId > 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND role_id = ? "
                                        "AND team_id = ? AND level = 3 AND gender = 'female' AND "
                                        "phone = '13812345678' AND skill_groups = 'broadband' "
                                        "AND password_hash LIKE '$argon2id$%'"),
                         {staffId, roleId, teamId}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'staff.create' AND entity_id = ?"),
                         {staffId}),
                 1);
        // The admin holds personal_data (super): the phone shows in full.
        QCOMPARE(staff->view()->model()->rowCount(), 2);

        // Edit: status change records when it changed.
        f.clock.advance(60 * 1000);
        staff->view()->selectRow(1);
        QCOMPARE(staff->selectedId(), staffId);
        QTest::mouseClick(staff->findChild<QPushButton *>(QStringLiteral("staffEdit")),
                          Qt::LeftButton);
        d = staff->editor();
        QVERIFY(d);
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("login"))->text(),
                 QStringLiteral("wang_fang"));
        choose(d->findChild<QComboBox *>(QStringLiteral("status")), QStringLiteral("expired"));
        clickSave(d);
        QVERIFY2(!staff->statusLine()->isError(), qPrintable(staff->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT status_changed_at FROM staff WHERE id = ? AND "
                                        "status = 'expired'"),
                         {staffId}),
                 f.clock.nowMs());
        QVERIFY(f.db->exec(QStringLiteral("UPDATE staff SET status = 'active' WHERE id = ?"),
                           {staffId}, e));

        // Temporary permission with an expiry: counts until then, not after.
        p->tabs()->setCurrentWidget(p->temporary());
        app::TempPermissionsTab *temp = p->temporary();
        temp->reloadChoices();
        choose(temp->holder(), staffId);
        choose(temp->permission(), QStringLiteral("tickets.export"));
        temp->expiry()->setDateTime(f.clock.now().addSecs(3600).toLocalTime());
        QTest::mouseClick(temp->findChild<QPushButton *>(QStringLiteral("tempGrant")),
                          Qt::LeftButton);
        QVERIFY2(!temp->statusLine()->isError(), qPrintable(temp->statusLine()->text()));
        QCOMPARE(temp->model()->rowCount(), 1);
        PermissionService perms(*f.db);
        PermissionSet now;
        QVERIFY(perms.effective(staffId, f.clock.nowMs(), now, e));
        QVERIFY(now.has(QStringLiteral("tickets.export")));
        QVERIFY(perms.effective(staffId, f.clock.nowMs() + 2 * 3600 * 1000, now, e));
        QVERIFY(!now.has(QStringLiteral("tickets.export")));
        // An expiry in the past is refused with a message.
        temp->expiry()->setDateTime(f.clock.now().addSecs(-60).toLocalTime());
        QTest::mouseClick(temp->findChild<QPushButton *>(QStringLiteral("tempGrant")),
                          Qt::LeftButton);
        QVERIFY(temp->statusLine()->isError());
        QVERIFY(temp->statusLine()->text().contains(QLatin1StringView("future")));

        // Deleting the role keeps the person (without a role); so does deleting the team.
        p->tabs()->setCurrentWidget(p->roles());
        QVERIFY(roles->selectRole(QStringLiteral("night_lead")));
        QTest::mouseClick(roles->findChild<QPushButton *>(QStringLiteral("roleDelete")),
                          Qt::LeftButton);
        QVERIFY2(!roles->statusLine()->isError(), qPrintable(roles->statusLine()->text()));
        QCOMPARE(f.roleId(QStringLiteral("night_lead")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND role_id IS "
                                        "NULL AND team_id = ?"),
                         {staffId, teamId}),
                 1);
        p->tabs()->setCurrentWidget(p->teams());
        p->teams()->model()->refresh();
        p->teams()->view()->selectRow(0);
        QTest::mouseClick(p->teams()->findChild<QPushButton *>(QStringLiteral("teamDelete")),
                          Qt::LeftButton);
        QVERIFY2(!p->teams()->statusLine()->isError(),
                 qPrintable(p->teams()->statusLine()->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND team_id IS "
                                        "NULL"),
                         {staffId}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM teams")), 0);
    }

    void auditViewerFilters() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        AdminService svc(*f.db, f.clock, f.admin, f.settings);
        qint64 id = 0;
        QVERIFY(svc.createTeam(QStringLiteral("Alpha"), id, e));
        f.clock.advance(60 * 60 * 1000);
        QVERIFY(svc.createTeam(QStringLiteral("Beta 100%"), id, e));
        QVERIFY(svc.renameTeam(id, QStringLiteral("Gamma"), e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::AuditTab *audit = aw.place->audit();
        aw.place->tabs()->setCurrentWidget(audit);
        QVERIFY(aw.place->tabs()->isTabEnabled(aw.place->tabs()->indexOf(audit)));
        QSortFilterProxyModel *m = audit->model();

        auto run = [&](app::AuditTab::Filter flt) {
            audit->setFilter(flt);
            QTest::mouseClick(audit->findChild<QPushButton *>(QStringLiteral("auditSearch")),
                              Qt::LeftButton);
            return m->rowCount();
        };
        app::AuditTab::Filter all;
        all.fromMs = f.clock.nowMs() - 24 * 3600 * 1000;
        all.toMs = f.clock.nowMs() + 1000;
        const int everything = run(all);
        QVERIFY(everything >= 4); // first admin, two creates, one rename
        app::AuditTab::Filter byAction = all;
        byAction.action = QStringLiteral("team.create");
        QCOMPARE(run(byAction), 2);
        app::AuditTab::Filter byEntity = all;
        byEntity.entity = QStringLiteral("team");
        QCOMPARE(run(byEntity), 3);
        app::AuditTab::Filter byActor = all;
        byActor.actor = QStringLiteral("ADMIN1"); // any case
        QCOMPARE(run(byActor), everything);
        byActor.actor = QStringLiteral("nobody");
        QCOMPARE(run(byActor), 0);
        app::AuditTab::Filter byText = all;
        byText.text = QStringLiteral("gamma");
        QCOMPARE(run(byText), 1);
        byText.text = QStringLiteral("100%"); // % is literal, not a wildcard
        QCOMPARE(run(byText), 2);             // the create and the rename's "before"
        byText.text = QStringLiteral("1_0");
        QCOMPARE(run(byText), 0);
        app::AuditTab::Filter byTime = all; // only the last hour: the second create and rename
        byTime.fromMs = f.clock.nowMs() - 30 * 60 * 1000;
        QCOMPARE(run(byTime), 2);
        app::AuditTab::Filter empty = all;
        empty.toMs = empty.fromMs;
        run(empty);
        QVERIFY(audit->statusLine()->isError());

        // Sorting by the action column.
        run(byEntity);
        audit->view()->sortByColumn(app::AuditTab::Action, Qt::AscendingOrder);
        QCOMPARE(m->index(0, app::AuditTab::Action).data().toString(),
                 QStringLiteral("team.create"));
        QCOMPARE(m->index(2, app::AuditTab::Action).data().toString(),
                 QStringLiteral("team.rename"));
        audit->view()->sortByColumn(app::AuditTab::Action, Qt::DescendingOrder);
        QCOMPARE(m->index(0, app::AuditTab::Action).data().toString(),
                 QStringLiteral("team.rename"));
    }

    // Stored keys are shown by their labels: status "active" as Active, gender "F" as Female.
    void staffShownByLabels() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 id =
            f.addStaff(QStringLiteral("G09"), QStringLiteral("lin9"), QStringLiteral("agent"));
        QVERIFY2(f.db->exec(QStringLiteral("UPDATE staff SET gender = 'F' WHERE id = ?"), {id}, e),
                 qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        QAbstractItemModel *m = aw.place->staff()->view()->model();
        int row = -1;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, app::StaffTab::Login).data().toString() == QLatin1StringView("lin9"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(m->index(row, app::StaffTab::Status).data().toString(), QStringLiteral("Active"));
        QCOMPARE(m->index(row, app::StaffTab::Gender).data().toString(), QStringLiteral("Female"));
    }

    // Who searched for what: every ticket search and export, readable with admin.audit.
    void ticketSearchLog() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 agent =
            f.addStaff(QStringLiteral("G07"), QStringLiteral("wu7"), QStringLiteral("agent"));
        TicketFilter byCustomer;
        byCustomer.customer = QStringLiteral("C-100%");
        // Both before the main window opens: opening the tickets place logs its own search.
        QVERIFY2(QueryLog::record(*f.db, f.clock.nowMs() - 2 * 3600 * 1000, agent,
                                  QStringLiteral("overdue"), byCustomer, e),
                 qPrintable(e));
        TicketFilter phone;
        phone.channel = QStringLiteral("phone");
        QVERIFY2(QueryLog::record(*f.db, f.clock.nowMs() - 3600 * 1000, f.admin.staffId,
                                  QStringLiteral("all"), phone, e, QStringLiteral("export")),
                 qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::SearchLogTab *log = aw.place->searchLog();
        aw.place->tabs()->setCurrentWidget(log);
        QVERIFY(aw.place->tabs()->isTabEnabled(aw.place->tabs()->indexOf(log)));
        QSortFilterProxyModel *m = log->model();
        auto run = [&](const QString &person, const QString &text) {
            app::SearchLogTab::Filter flt;
            flt.fromMs = f.clock.nowMs() - 24 * 3600 * 1000;
            flt.toMs = f.clock.nowMs() - 1000;
            flt.person = person;
            flt.text = text;
            log->setFilter(flt);
            QTest::mouseClick(log->searchButton(), Qt::LeftButton);
            return m->rowCount();
        };
        QCOMPARE(run({}, {}), 2);
        // Newest first: the export, then the agent's search, shown as the CLI's query text.
        QCOMPARE(m->index(0, app::SearchLogTab::Purpose).data().toString(),
                 QStringLiteral("Export"));
        QCOMPARE(m->index(0, app::SearchLogTab::Query).data().toString(),
                 QStringLiteral("channel=phone"));
        QVERIFY2(m->index(1, app::SearchLogTab::Person).data().toString().contains(u"wu7"),
                 qPrintable(m->index(1, app::SearchLogTab::Person).data().toString()));
        QCOMPARE(m->index(1, app::SearchLogTab::Queue).data().toString(),
                 QStringLiteral("Overdue"));
        QCOMPARE(m->index(1, app::SearchLogTab::Purpose).data().toString(),
                 QStringLiteral("Search"));
        QCOMPARE(run(QStringLiteral("WU7"), {}), 1);    // name or login, any case
        QCOMPARE(run({}, QStringLiteral("c-100%")), 1); // % is literal
        QCOMPARE(run({}, QStringLiteral("c-1000")), 0);
        QCOMPARE(run(QStringLiteral("nobody"), {}), 0);

        // Without admin.audit: the tab is closed and the search refused.
        test::AdminWindow aw2;
        QVERIFY(aw2.open(f, test::sessionOf(f, agent)));
        QVERIFY(!aw2.place->tabs()->isTabEnabled(
            aw2.place->tabs()->indexOf(static_cast<QWidget *>(aw2.place->searchLog()))));
        QVERIFY(!aw2.place->searchLog()->searchButton()->isEnabled());
        QCOMPARE(aw2.place->searchLog()->model()->rowCount(), 0);
    }

    void hostileInputRefused() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::AdminPlace *p = aw.place;
        const qint64 staffBefore = f.count(QStringLiteral("SELECT COUNT(*) FROM staff"));
        const qint64 rolesBefore = f.count(QStringLiteral("SELECT COUNT(*) FROM roles"));

        // Team names.
        auto *teamName = p->teams()->findChild<QLineEdit *>(QStringLiteral("teamName"));
        auto *teamAdd = p->teams()->findChild<QPushButton *>(QStringLiteral("teamAdd"));
        const QStringList badTeams{QString(),
                                   QStringLiteral("   "),
                                   QStringLiteral("evil\u202Eeman"),
                                   QStringLiteral("zero\u200Bwidth"),
                                   QStringLiteral("two\nlines"),
                                   QString(65, QLatin1Char('x'))};
        for (const QString &bad : badTeams) {
            teamName->setText(bad);
            QTest::mouseClick(teamAdd, Qt::LeftButton);
            QVERIFY2(p->teams()->statusLine()->isError(), qPrintable(bad));
            QVERIFY(p->teams()->statusLine()->text().contains(QLatin1StringView("team name")));
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM teams")), 0);
        // Markup is just text: stored as typed, shown as plain text.
        teamName->setText(QStringLiteral("<b>Bold</b> & 'quoted'; DROP TABLE teams;--"));
        QTest::mouseClick(teamAdd, Qt::LeftButton);
        QVERIFY2(!p->teams()->statusLine()->isError(),
                 qPrintable(p->teams()->statusLine()->text()));
        QCOMPARE(p->teams()->statusLine()->textFormat(), Qt::PlainText);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM teams WHERE name = ?"),
                         {QStringLiteral("<b>Bold</b> & 'quoted'; DROP TABLE teams;--")}),
                 1);

        // Role keys and names.
        auto *roleKey = p->roles()->findChild<QLineEdit *>(QStringLiteral("roleKey"));
        auto *roleName = p->roles()->findChild<QLineEdit *>(QStringLiteral("roleName"));
        auto *roleCreate = p->roles()->findChild<QPushButton *>(QStringLiteral("roleCreate"));
        const QList<std::pair<QString, QString>> badRoles{
            {QStringLiteral("Robert'); DROP TABLE roles;--"), QStringLiteral("x")},
            {QStringLiteral("UPPER"), QStringLiteral("x")},
            {QString(), QStringLiteral("x")},
            {QStringLiteral("ok_key"), QStringLiteral("bad\u0007bell")},
            {QStringLiteral("ok_key"), QStringLiteral("bidi\u202Dname")},
            {QStringLiteral("admin"), QStringLiteral("Duplicate")}};
        for (const auto &[k, n] : badRoles) {
            roleKey->setText(k);
            roleName->setText(n);
            QTest::mouseClick(roleCreate, Qt::LeftButton);
            QVERIFY2(p->roles()->statusLine()->isError(), qPrintable(k + QLatin1Char('/') + n));
            QVERIFY(!p->roles()->statusLine()->text().isEmpty());
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM roles")), rolesBefore);

        // Every field of the staff editor.
        app::StaffTab *staff = p->staff();
        struct Bad {
            const char *field;
            QString value;
            const char *mentions;
        };
        const QList<Bad> bads{
            {"employeeNo", QStringLiteral("N 01"), "employee number"},
            {"employeeNo", QStringLiteral("N01';--"), "employee number"},
            {"name", QStringLiteral("Evil\u202Ename"), "name"},
            {"name", QString(), "name"},
            {"login", QStringLiteral("Robert'); DROP ROLE x;--"), "login"},
            {"login", QStringLiteral("pg_monitor"), "login"},
            {"login", QStringLiteral("sb_admin"), "login"},
            {"phone", QStringLiteral("138<script>"), "phone"},
            {"skillGroups", QStringLiteral("a\u200Bb"), "skill groups"},
        };
        for (const Bad &b : bads) {
            staff->openEditor(0);
            app::StaffDialog *d = staff->editor();
            QVERIFY(d);
            fillStaff(d, QStringLiteral("N01"), QStringLiteral("Fine Name"),
                      QStringLiteral("fine_login"), QString(), QStringLiteral("good-pass-1"));
            auto *edit = d->findChild<QLineEdit *>(QString::fromLatin1(b.field));
            QVERIFY2(edit, b.field);
            edit->setText(b.value);
            clickSave(d);
            QVERIFY2(d->isVisible(), b.field); // stays open to be corrected
            QVERIFY2(
                d->errorText().contains(QLatin1StringView(b.mentions), Qt::CaseInsensitive),
                qPrintable(QLatin1StringView(b.field) + QLatin1StringView(": ") + d->errorText()));
            d->close();
        }
        // Gender, and passwords that differ or are too short.
        staff->openEditor(0);
        app::StaffDialog *d = staff->editor();
        fillStaff(d, QStringLiteral("N01"), QStringLiteral("Fine Name"),
                  QStringLiteral("fine_login"), QString(), QStringLiteral("good-pass-1"));
        d->findChild<QComboBox *>(QStringLiteral("gender"))
            ->setCurrentText(QStringLiteral("x\u0000y"));
        clickSave(d);
        QVERIFY2(d->errorText().contains(QLatin1StringView("gender"), Qt::CaseInsensitive),
                 qPrintable(d->errorText()));
        d->findChild<QComboBox *>(QStringLiteral("gender"))->setCurrentText(QString());
        d->findChild<QLineEdit *>(QStringLiteral("password2"))->setText(QStringLiteral("other"));
        clickSave(d);
        QVERIFY(d->errorText().contains(QLatin1StringView("differ")));
        d->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("short"));
        d->findChild<QLineEdit *>(QStringLiteral("password2"))->setText(QStringLiteral("short"));
        clickSave(d);
        QVERIFY2(d->errorText().contains(QLatin1StringView("8")), qPrintable(d->errorText()));
        d->close();
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM staff")), staffBefore);

        // Settings: bad names, out-of-range numbers and invisible characters are refused.
        app::SettingsTab *settings = p->settings();
        auto *key = settings->findChild<QLineEdit *>(QStringLiteral("settingKey"));
        auto *value = settings->findChild<QLineEdit *>(QStringLiteral("settingValue"));
        const QList<std::pair<QString, QString>> badSettings{
            {QStringLiteral("x; DROP TABLE settings"), QStringLiteral("1")},
            {QStringLiteral("Security.Lockout"), QStringLiteral("1")},
            {SecuritySettings::kLockoutMinutes, QStringLiteral("abc")},
            {SecuritySettings::kLockoutMinutes, QStringLiteral("0")},
            {SecuritySettings::kMaxFailures, QStringLiteral("1001")},
            {QStringLiteral("ui.banner"), QStringLiteral("hidden\u200Btext")},
            {QStringLiteral("workflow.max_support_tier"), QStringLiteral("10")},
            {QStringLiteral("workflow.calendar"), QStringLiteral("{\"timeZone\": ")},
            {QStringLiteral("workflow.calendar"), QStringLiteral("[1, 2]")}};
        const qint64 settingsBefore = f.count(QStringLiteral("SELECT COUNT(*) FROM settings"));
        for (const auto &[k, v] : badSettings) {
            key->setText(k);
            value->setText(v);
            QVERIFY2(!settings->save(), qPrintable(k));
            QVERIFY(settings->statusLine()->isError());
            QVERIFY2(settings->statusLine()->text().contains(k.left(8)) ||
                         settings->statusLine()->text().contains(QLatin1StringView("name")),
                     qPrintable(settings->statusLine()->text()));
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM settings")), settingsBefore);
    }

    void settingsEditAndHistory() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, f.admin));
        app::SettingsTab *settings = aw.place->settings();
        aw.place->tabs()->setCurrentWidget(settings);
        // Known keys show even when never set, at their defaults.
        QVERIFY(settings->selectKey(SecuritySettings::kLockoutMinutes));
        QCOMPARE(settings->history()->rowCount(), 0);
        auto *value = settings->findChild<QLineEdit *>(QStringLiteral("settingValue"));
        QCOMPARE(value->text(), QStringLiteral("15"));
        value->setText(QStringLiteral("30"));
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("settingSave")),
                          Qt::LeftButton);
        QVERIFY2(!settings->statusLine()->isError(), qPrintable(settings->statusLine()->text()));
        value->setText(QStringLiteral("45"));
        QVERIFY(settings->save());
        QCOMPARE(settings->selectedKey(), SecuritySettings::kLockoutMinutes);
        QCOMPARE(settings->history()->rowCount(), 2);
        QCOMPARE(settings->history()->item(0, 1)->text(), QStringLiteral("45"));
        QCOMPARE(settings->history()->item(1, 1)->text(), QStringLiteral("30"));
        SecuritySettings loaded;
        QVERIFY(SecuritySettings::load(*f.db, loaded, e));
        QCOMPARE(loaded.lockoutMinutes, 45);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'setting.change' AND actor = 'admin1'")),
                 2);
    }
};

QTEST_MAIN(TestAdminScreens)
#include "tst_admin_screens.moc"

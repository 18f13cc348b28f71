// The UI follows permissions: what a person may not do is disabled (or hidden) with a tooltip
// naming the missing permission; the window's PermissionGate follows the change feed, so a
// role removed while someone is signed in takes their rights at once and says why; personal
// data is masked unless the viewer may see it, and each reveal is audited.
#include "admin/audittab.h"
#include "admin/personaldataproxy.h"
#include "admin/rolestab.h"
#include "admin/settingstab.h"
#include "admin/stafftab.h"
#include "admin/teamstab.h"
#include "admin_fixture.h"
#include "sync/feedthread.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

using namespace sb;

namespace {

QListWidgetItem *adminNavItem(app::MainWindow &w) {
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("placeList"));
    return nav ? nav->item(int(w.placeKeys().indexOf(QStringLiteral("admin")))) : nullptr;
}

qint64 addWithPhone(test::SecurityFixture &f, const QString &no, const QString &login,
                    const QString &role, const QString &phone) {
    const qint64 id = f.addStaff(no, login, role);
    QString e;
    if (!f.db->exec(QStringLiteral("UPDATE staff SET phone = ? WHERE id = ?"), {phone, id}, e))
        qWarning("%s", qPrintable(e));
    return id;
}

} // namespace

class TestAdminPermissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_admin_permissions"));
    }

    void uiHidesOrDisablesWithTooltip() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 mgr = addWithPhone(f, QStringLiteral("M01"), QStringLiteral("mgr1"),
                                        QStringLiteral("manager"), QStringLiteral("13812345678"));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, test::sessionOf(f, mgr)));
        // A manager reads the audit log (admin.audit) but changes nothing.
        QListWidgetItem *nav = adminNavItem(*aw.window);
        QVERIFY(nav && (nav->flags() & Qt::ItemIsEnabled));
        auto *newStaff = aw.place->staff()->findChild<QPushButton *>(QStringLiteral("staffNew"));
        QVERIFY(!newStaff->isEnabled());
        QCOMPARE(newStaff->toolTip(),
                 QStringLiteral("Needs the permission: admin.staff (Create and change staff and "
                                "logins)"));
        auto *roleCreate =
            aw.place->roles()->findChild<QPushButton *>(QStringLiteral("roleCreate"));
        QVERIFY(!roleCreate->isEnabled());
        QVERIFY(roleCreate->toolTip().contains(QLatin1StringView("admin.roles")));
        auto *teamAdd = aw.place->teams()->findChild<QPushButton *>(QStringLiteral("teamAdd"));
        QVERIFY(!teamAdd->isEnabled());
        QVERIFY(teamAdd->toolTip().contains(QLatin1StringView("admin.teams")));
        auto *settingSave =
            aw.place->settings()->findChild<QPushButton *>(QStringLiteral("settingSave"));
        QVERIFY(!settingSave->isEnabled());
        QVERIFY(settingSave->toolTip().contains(QLatin1StringView("admin.settings")));
        QTabWidget *tabs = aw.place->tabs();
        QVERIFY(tabs->isTabEnabled(tabs->indexOf(static_cast<QWidget *>(aw.place->audit()))));
        // Phone numbers are masked for the manager (no personal_data.view), and revealing
        // needs personal_data.unmask, which a manager does not hold.
        app::StaffTab *staff = aw.place->staff();
        const int mgrRow = 1; // A0001 sorts before M01
        QCOMPARE(staff->view()->model()->index(mgrRow, app::StaffTab::Phone).data().toString(),
                 QStringLiteral("138****5678"));
        auto *reveal = staff->view()->findChild<QAction *>(QStringLiteral("revealPersonalData"));
        QVERIFY(reveal && !reveal->isEnabled());
        QVERIFY(reveal->toolTip().contains(QLatin1StringView("personal_data.unmask")));
        // Searching the list searches what is shown: a masked number cannot be found by its
        // hidden digits.
        auto *search = staff->findChild<QLineEdit *>(QStringLiteral("staffSearch"));
        QTest::keyClicks(search, QStringLiteral("m01"));
        QCOMPARE(staff->view()->model()->rowCount(), 1);
        search->setText(QStringLiteral("1234"));
        QCOMPARE(staff->view()->model()->rowCount(), 0);
        search->clear();
        QCOMPARE(staff->view()->model()->rowCount(), 2);
        QString why;
        QVERIFY(!staff->proxy()->reveal(staff->view()->model()->index(mgrRow, app::StaffTab::Phone),
                                        why));
        QVERIFY(why.contains(QLatin1StringView("personal_data.unmask")));

        // An agent holds no admin.* at all: the place is not offered, and says why.
        const qint64 agent =
            f.addStaff(QStringLiteral("G01"), QStringLiteral("agent1"), QStringLiteral("agent"));
        test::AdminWindow aw2;
        QVERIFY(aw2.open(f, test::sessionOf(f, agent)));
        nav = adminNavItem(*aw2.window);
        QVERIFY(!(nav->flags() & Qt::ItemIsEnabled));
        QVERIFY(nav->toolTip().contains(QLatin1StringView("admin")));
        QVERIFY(!aw2.place->tabs()->isTabEnabled(
            aw2.place->tabs()->indexOf(static_cast<QWidget *>(aw2.place->audit()))));
        QVERIFY(
            aw2.place->tabs()
                ->tabToolTip(aw2.place->tabs()->indexOf(static_cast<QWidget *>(aw2.place->audit())))
                .contains(QLatin1StringView("admin.audit")));

        // Other features guard their controls the same way.
        QPushButton bulk(QStringLiteral("Bulk close"));
        bulk.setToolTip(QStringLiteral("Close many"));
        QAction exportAction(QStringLiteral("Export"));
        aw2.gate->guard(&bulk, QStringLiteral("tickets.bulk"));
        aw2.gate->guard(&exportAction, QStringLiteral("qa.sample"),
                        app::PermissionGate::Mode::Hide);
        QVERIFY(!bulk.isEnabled());
        QCOMPARE(
            bulk.toolTip(),
            QStringLiteral("Needs the permission: tickets.bulk (Bulk actions on many tickets)"));
        QVERIFY(!exportAction.isVisible());
        // Hidden controls come back when the permission arrives.
        QWidget panel;
        auto *sample = new QPushButton(QStringLiteral("Draw sample"), &panel);
        aw2.gate->guard(sample, QStringLiteral("qa.sample"), app::PermissionGate::Mode::Hide);
        panel.show();
        QVERIFY(!sample->isVisible());
        AdminService svc(*f.db, f.clock, f.admin, f.settings);
        qint64 tempId = 0;
        QVERIFY2(svc.grantTemporary(agent, QStringLiteral("qa.sample"), f.clock.nowMs() + 60000,
                                    tempId, e),
                 qPrintable(e));
        aw2.window->applyChanges(
            {Change{0, ChangeEntity::TempPermission, agent, ChangeOp::Insert, 0}});
        QVERIFY(aw2.gate->has(QStringLiteral("qa.sample")));
        QVERIFY(sample->isVisible());
        QVERIFY(exportAction.isVisible());
        QPushButton handle(QStringLiteral("Handle"));
        aw2.gate->guard(&handle, QStringLiteral("tickets.handle"));
        QVERIFY(handle.isEnabled());
        QVERIFY(aw2.gate->has(QStringLiteral("tickets.handle")));
    }

    void roleRemovedWhileSignedIn() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 lead =
            f.addStaff(QStringLiteral("L01"), QStringLiteral("lead1"), QStringLiteral("team_lead"));
        test::AdminWindow aw;
        QVERIFY(aw.open(f, test::sessionOf(f, lead)));
        app::PermissionGate *gate = aw.gate;
        QVERIFY(gate->has(QStringLiteral("tickets.dispatch")));
        QVERIFY(gate->has(QStringLiteral("broadcast.send")));
        QPushButton dispatch(QStringLiteral("Dispatch"));
        gate->guard(&dispatch, QStringLiteral("tickets.dispatch"));
        QVERIFY(dispatch.isEnabled());
        int changes = 0;
        connect(gate, &app::PermissionGate::changed, this, [&changes] { ++changes; });

        qint64 seq = 0;
        QVERIFY(ChangeFeed::currentSeq(*f.db, seq, e));
        FeedThread feed(f.db->url(), seq);
        connect(&feed, &FeedThread::changed, aw.window.get(), &app::MainWindow::applyChanges);
        feed.start();
        QTRY_COMPARE(feed.state(), ChangeFeed::State::Live);

        // Another workstation (its own connection) changes things as the administrator.
        auto other = Database::open(f.db->url(), QStringLiteral("other-admin"), e);
        QVERIFY2(other, qPrintable(e));
        AdminService svc(*other, f.clock, f.admin, f.settings);
        const qint64 teamLead = f.roleId(QStringLiteral("team_lead"));

        // A grant withdrawn from the role.
        QVERIFY2(svc.revoke(teamLead, QStringLiteral("broadcast.send"), e), qPrintable(e));
        QTRY_VERIFY(!gate->has(QStringLiteral("broadcast.send")));
        QVERIFY(gate->has(QStringLiteral("tickets.dispatch")));
        QVERIFY(gate->lastReason().contains(QLatin1StringView("withdrawn")));

        // A temporary permission arrives through the feed too.
        qint64 tempId = 0;
        QVERIFY2(svc.grantTemporary(lead, QStringLiteral("qa.sample"),
                                    f.clock.nowMs() + 3600 * 1000, tempId, e),
                 qPrintable(e));
        QTRY_VERIFY(gate->has(QStringLiteral("qa.sample")));

        // The role is deleted: every role permission goes at once, the UI follows and the
        // person is told why, without a modal dialog in the way.
        QVERIFY2(svc.deleteRole(teamLead, e), qPrintable(e));
        QTRY_VERIFY(!gate->has(QStringLiteral("tickets.dispatch")));
        QVERIFY(gate->has(QStringLiteral("qa.sample"))); // the temporary grant stays
        QVERIFY(!dispatch.isEnabled());
        QVERIFY(dispatch.toolTip().contains(QLatin1StringView("tickets.dispatch")));
        QVERIFY2(changes >= 3, qPrintable(QString::number(changes)));
        QVERIFY2(gate->lastReason().contains(QLatin1StringView("was deleted")),
                 qPrintable(gate->lastReason()));
        QVERIFY(gate->lastReason().contains(QLatin1StringView("team_lead")));
        auto *notice = aw.window->findChild<QMessageBox *>(QStringLiteral("permissionsLostNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->windowModality(), Qt::NonModal);
        QVERIFY(notice->text().contains(QLatin1StringView("was deleted")));
        QVERIFY2(notice->text().contains(QLatin1StringView("tickets")) &&
                     notice->text().contains(QLatin1StringView("incidents.grade")),
                 qPrintable(notice->text()));
        QVERIFY(QApplication::activeModalWidget() == nullptr);

        // A temporary permission that simply runs out (no change row): the gate's periodic
        // check finds it.
        f.clock.advance(2 * 3600 * 1000);
        QVERIFY(gate->recheck());
        QVERIFY(!gate->has(QStringLiteral("qa.sample")));
        QVERIFY2(gate->lastReason().contains(QLatin1StringView("temporary permission ended")),
                 qPrintable(gate->lastReason()));
        QVERIFY2(svc.grantTemporary(lead, QStringLiteral("qa.sample"),
                                    f.clock.nowMs() + 3600 * 1000, tempId, e),
                 qPrintable(e));
        QTRY_VERIFY(gate->has(QStringLiteral("qa.sample")));

        // The account is disabled: nothing is left, and the reason says so.
        StaffInput in;
        in.employeeNo = QStringLiteral("L01");
        in.name = QStringLiteral("Person L01");
        in.login = QStringLiteral("lead1");
        in.status = QStringLiteral("disabled");
        QVERIFY2(svc.updateStaff(lead, in, e), qPrintable(e));
        QTRY_VERIFY(!gate->has(QStringLiteral("qa.sample")));
        QVERIFY2(gate->lastReason().contains(QLatin1StringView("not active")),
                 qPrintable(gate->lastReason()));
    }

    void revealIsAudited() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 sup =
            addWithPhone(f, QStringLiteral("S01"), QStringLiteral("sup1"),
                         QStringLiteral("supervisor"), QStringLiteral("13912345678"));
        // The supervisor holds no admin.* but may reveal; use the proxy on its own.
        test::AdminWindow aw;
        QVERIFY(aw.open(f, test::sessionOf(f, sup)));
        app::StaffTab *staff = aw.place->staff();
        QAbstractItemModel *m = staff->view()->model();
        const QModelIndex phone = m->index(1, app::StaffTab::Phone);
        QCOMPARE(phone.data().toString(), QStringLiteral("139****5678"));
        QVERIFY(staff->proxy()->isMasked(phone));
        auto *reveal = staff->view()->findChild<QAction *>(QStringLiteral("revealPersonalData"));
        QVERIFY(reveal->isEnabled());
        staff->view()->setCurrentIndex(phone);
        reveal->trigger();
        QCOMPARE(phone.data().toString(), QStringLiteral("13912345678"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'personal_data.unmask' AND actor = 'sup1' AND entity = "
                                        "'staff' AND entity_id = ? AND detail NOT LIKE "
                                        "'%13912345678%'"),
                         {sup}),
                 1);
        // Losing the permission masks again.
        QVERIFY(f.db->exec(QStringLiteral("DELETE FROM role_permissions WHERE role_id = ? AND "
                                          "permission_key = 'personal_data.unmask'"),
                           {f.roleId(QStringLiteral("supervisor"))}, e));
        QVERIFY(aw.gate->recheck());
        QCOMPARE(phone.data().toString(), QStringLiteral("139****5678"));
        QVERIFY(!reveal->isEnabled());
    }
};

QTEST_MAIN(TestAdminPermissions)
#include "tst_admin_permissions.moc"

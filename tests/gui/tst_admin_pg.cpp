// PostgreSQL: the administration screens as a real administrator login create a person's own
// database login (sb_create_login through AdminService) and disable it; the permission gate of
// a signed-in login follows role changes through the change feed (migration 009 logs roles and
// grants) using the server's own permission answer. The Calendar and Deadline rules tabs
// store and remove a holiday and switch a rule off and on as that login (migration 018 logs
// calendar_days changes). The Archive tab previews, archives and restores as that login through
// the server's archive functions and lists the run row security lets it read.
#include "admin/adminfeature.h"
#include "admin/adminplace.h"
#include "admin/archivetab.h"
#include "admin/calendartab.h"
#include "admin/deadlinerulestab.h"
#include "admin/permissiongate.h"
#include "admin/staffdialog.h"
#include "admin/stafftab.h"
#include "security/serversession.h"
#include "security_pg_fixture.h"
#include "sync/feedthread.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
// The Administration place, shown, as the administrator login (its own session from the
// server); deletions confirmed.
struct BossPlace {
    std::unique_ptr<Database> db;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    app::Workspace ws;
    std::unique_ptr<QWidget> widget;
    app::AdminPlace *place = nullptr;

    bool open(const DatabaseUrl &url, const QString &login, const QString &password, QString &e) {
        db = test::connectAs(url, login, password, e);
        if (!db)
            return false;
        ws.db = db.get();
        ws.clock = &clock;
        if (!loadServerSession(*db, clock, ws.user, e))
            return false;
        widget.reset(app::createAdminPlace(ws, nullptr));
        place = qobject_cast<app::AdminPlace *>(widget.get());
        if (!place) {
            e = QStringLiteral("the administration place was not built");
            return false;
        }
        place->context().confirm = [](QWidget *, const QString &) {
            return true;
        };
        widget->show();
        return true;
    }
};
} // namespace

class TestAdminPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
        m_url = test::freshPgDatabase(QStringLiteral("sb_admin_gui_pg"));
        QString e;
        m_owner = test::openMigrated(m_url, e);
        QVERIFY2(m_owner, qPrintable(e));
        m_suffix = test::uniqueSuffix();
        m_boss = login("boss");
        m_lead = login("lead");
        m_new = login("newbie");
        m_logins << m_boss << m_lead << m_new;
        for (const auto &[who, role] : {std::pair{m_boss, QStringLiteral("admin")},
                                        std::pair{m_lead, QStringLiteral("team_lead")}}) {
            QVERIFY2(
                m_owner->exec(QStringLiteral("SELECT sb_create_login(?, ?, ?, ?, ?, NULL)"),
                              {QString(QStringLiteral("E-") + who), who, m_password, role, who}, e),
                qPrintable(e));
        }
    }

    void cleanupTestCase() {
        if (m_owner)
            test::dropLogins(*m_owner, m_logins);
    }

    void createAndDisableLoginFromTheScreens() {
        QString e;
        BossPlace boss;
        QVERIFY2(boss.open(m_url, m_boss, m_password, e), qPrintable(e));
        app::AdminPlace *place = boss.place;
        const ManualClock &clock = boss.clock;
        app::StaffTab *staff = place->staff();
        QTest::mouseClick(staff->findChild<QPushButton *>(QStringLiteral("staffNew")),
                          Qt::LeftButton);
        app::StaffDialog *d = staff->editor();
        QVERIFY(d);
        d->findChild<QLineEdit *>(QStringLiteral("employeeNo"))->setText(QStringLiteral("P0100"));
        d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("New Person"));
        d->findChild<QLineEdit *>(QStringLiteral("login"))->setText(m_new);
        d->findChild<QLineEdit *>(QStringLiteral("password"))->setText(m_password);
        d->findChild<QLineEdit *>(QStringLiteral("password2"))->setText(m_password);
        auto *role = d->findChild<QComboBox *>(QStringLiteral("role"));
        role->setCurrentIndex(role->findText(QStringLiteral("agent"), Qt::MatchStartsWith));
        QVERIFY(role->currentIndex() > 0);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(!staff->statusLine()->isError(), qPrintable(staff->statusLine()->text()));
        // The new person signs in with their own PostgreSQL role.
        {
            auto mine = test::connectAs(m_url, m_new, m_password, e);
            QVERIFY2(mine, qPrintable(e));
            Session s;
            QVERIFY2(loadServerSession(*mine, clock, s, e), qPrintable(e));
            QCOMPARE(s.login, m_new);
            QVERIFY(s.permissions.has(QStringLiteral("tickets.register")));
        }
        // Disabled from the screen: the login no longer connects.
        staff->model()->refresh();
        int row = -1;
        for (int r = 0; r < staff->model()->rowCount(); ++r) {
            if (staff->model()->row(r).login == m_new)
                row = r;
        }
        QVERIFY(row >= 0);
        staff->view()->selectRow(row);
        QTest::mouseClick(staff->findChild<QPushButton *>(QStringLiteral("staffDisable")),
                          Qt::LeftButton);
        QVERIFY2(!staff->statusLine()->isError(), qPrintable(staff->statusLine()->text()));
        auto refused = test::connectAs(m_url, m_new, m_password, e);
        QVERIFY(!refused);
    }

    void gateFollowsRoleChangesOnTheServer() {
        QString e;
        auto lead = test::connectAs(m_url, m_lead, m_password, e);
        QVERIFY2(lead, qPrintable(e));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Session s;
        QVERIFY2(loadServerSession(*lead, clock, s, e), qPrintable(e));
        app::PermissionGate gate(*lead, clock, s);
        QVERIFY(gate.has(QStringLiteral("broadcast.send")));

        qint64 seq = 0;
        QVERIFY(ChangeFeed::currentSeq(*lead, seq, e));
        DatabaseUrl feedUrl = m_url;
        feedUrl.user = m_lead;
        feedUrl.password = m_password;
        FeedThread feed(feedUrl, seq);
        connect(&feed, &FeedThread::changed, &gate, &app::PermissionGate::applyChanges);
        feed.start();
        QTRY_COMPARE(feed.state(), ChangeFeed::State::Live);

        auto boss = test::connectAs(m_url, m_boss, m_password, e);
        QVERIFY2(boss, qPrintable(e));
        QVERIFY2(boss->exec(QStringLiteral("SELECT sb_revoke_permission('team_lead', "
                                           "'broadcast.send')"),
                            {}, e),
                 qPrintable(e));
        QTRY_VERIFY(!gate.has(QStringLiteral("broadcast.send")));
        QVERIFY(gate.has(QStringLiteral("tickets.dispatch")));
        QVERIFY(gate.lastReason().contains(QLatin1StringView("withdrawn")));

        Session bossSession;
        QVERIFY2(loadServerSession(*boss, clock, bossSession, e), qPrintable(e));
        AdminService svc(*boss, clock, bossSession);
        const qint64 roleId = test::scalar(*boss, QStringLiteral("SELECT id FROM roles WHERE "
                                                                 "key = 'team_lead'"));
        QVERIFY2(svc.deleteRole(roleId, e), qPrintable(e));
        QTRY_VERIFY(!gate.has(QStringLiteral("tickets.dispatch")));
        QVERIFY2(gate.lastReason().contains(QLatin1StringView("was deleted")),
                 qPrintable(gate.lastReason()));
        QCOMPARE(test::scalar(*m_owner,
                              QStringLiteral("SELECT COUNT(*) FROM change_log WHERE "
                                             "entity = 'role' AND op = 'delete' AND "
                                             "entity_id = ?"),
                              {roleId}),
                 1);
    }

    void calendarDayAndDeadlineRuleAsAdminLogin() {
        QString e;
        BossPlace boss;
        QVERIFY2(boss.open(m_url, m_boss, m_password, e), qPrintable(e));
        app::AdminPlace *place = boss.place;
        app::CalendarTab *cal = place->calendar();
        auto *add = cal->findChild<QPushButton *>(QStringLiteral("calendarAddButton"));
        QVERIFY2(add->isEnabled(), qPrintable(add->toolTip()));
        QTest::mouseClick(add, Qt::LeftButton);
        QDialog *d = nullptr;
        QTRY_VERIFY((d = cal->findChild<QDialog *>(QStringLiteral("calendarDayDialog"))));
        d->findChild<QDateEdit *>(QStringLiteral("calendarDayDate"))->setDate(QDate(2026, 10, 1));
        d->findChild<QLineEdit *>(QStringLiteral("calendarDayName"))
            ->setText(QStringLiteral("National Day"));
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY2(!cal->statusLine()->isError(), qPrintable(cal->statusLine()->text()));
        QCOMPARE(test::scalar(*m_owner,
                              QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE "
                                             "date = '2026-10-01' AND kind = 'holiday' "
                                             "AND updated_by = ?"),
                              {m_boss}),
                 1);
        QCOMPARE(test::scalar(*m_owner, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE "
                                                       "entity = 'calendar_day' AND entity_id = "
                                                       "20261001 AND op = 'insert'")),
                 1);
        QCOMPARE(test::scalar(*m_owner,
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                             "action = 'calendar.days' AND actor = ?"),
                              {m_boss}),
                 1);
        QCOMPARE(cal->model()->rowCount(), 1);
        cal->view()->selectRow(0);
        QTest::mouseClick(cal->findChild<QPushButton *>(QStringLiteral("calendarRemoveButton")),
                          Qt::LeftButton);
        QVERIFY2(!cal->statusLine()->isError(), qPrintable(cal->statusLine()->text()));
        QCOMPARE(test::scalar(*m_owner, QStringLiteral("SELECT COUNT(*) FROM calendar_days")), 0);

        // A deadline rule switched off and on again by the same login.
        app::DeadlineRulesTab *rules = place->deadlineRules();
        QVERIFY(rules->model()->rowCount() > 0);
        rules->view()->selectRow(0);
        const qint64 id = rules->selectedId();
        auto *toggle = rules->findChild<QPushButton *>(QStringLiteral("deadlineRuleToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY2(!rules->statusLine()->isError(), qPrintable(rules->statusLine()->text()));
        QCOMPARE(test::scalar(*m_owner,
                              QStringLiteral("SELECT enabled FROM deadline_rules WHERE id = ?"),
                              {id}),
                 0);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(test::scalar(*m_owner,
                              QStringLiteral("SELECT enabled FROM deadline_rules WHERE id = ?"),
                              {id}),
                 1);
    }

    void archiveTabAsAdminLogin() {
        QString e;
        // Two tickets closed in 2024, past retention, seeded by the owner.
        QList<qint64> old;
        for (int i = 0; i < 2; ++i) {
            QSqlQuery q;
            QVERIFY2(m_owner->exec(q,
                                   QStringLiteral("INSERT INTO tickets(source, external_id, "
                                                  "received_at, channel, customer_tier, "
                                                  "problem_type, category, customer_id, state, "
                                                  "updated_at) VALUES ('t', ?, ?, 'phone', "
                                                  "'normal', 'billing', 'fees', 'C1', 'closed', "
                                                  "?) RETURNING id"),
                                   {QStringLiteral("arch-%1").arg(i), kClosed2024 - 86400000,
                                    kClosed2024 + i},
                                   e) &&
                         q.next(),
                     qPrintable(e));
            old.append(q.value(0).toLongLong());
        }
        const QString ids = QStringLiteral("{%1,%2}").arg(old[0]).arg(old[1]);
        auto live = [&] {
            return test::scalar(
                *m_owner,
                QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ANY(?::bigint[])"), {ids});
        };
        BossPlace boss;
        QVERIFY2(boss.open(m_url, m_boss, m_password, e), qPrintable(e));
        app::ArchiveTab *tab = boss.place->archive();
        boss.place->tabs()->setCurrentWidget(tab);
        tab->setBeforeDate(QDate(2026, 1, 1));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pg.sbarchive"));
        tab->setFileChooser([&](QWidget *, bool) { return file; });
        for (const char *action : {"previewButton", "archiveButton", "restoreButton"}) {
            auto *b = tab->findChild<QPushButton *>(QString::fromLatin1(action));
            QVERIFY2(b->isEnabled(), qPrintable(b->toolTip()));
            QSignalSpy done(tab, &app::ArchiveTab::jobFinished);
            QTest::mouseClick(b, Qt::LeftButton);
            QVERIFY2(done.wait(120000), action);
            QVERIFY2(tab->lastResult().ok, qPrintable(tab->lastResult().error));
            QCOMPARE(tab->lastResult().report.tickets, 2);
            QCOMPARE(live(), action == std::string_view("archiveButton") ? 0 : 2);
        }
        // Both runs, newest first, in the login's name (the server stamps it).
        QStandardItemModel *runs = tab->runsModel();
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(runs->item(0, app::ArchiveTab::RunKind)->text(), QStringLiteral("Restore"));
        QCOMPARE(runs->item(1, app::ArchiveTab::RunKind)->text(), QStringLiteral("Archive"));
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(runs->item(r, app::ArchiveTab::RunActor)->text(), m_boss);
            QCOMPARE(runs->item(r, app::ArchiveTab::RunState)->text(), QStringLiteral("Done"));
        }
    }

private:
    QString login(const char *base) const {
        return QStringLiteral("%1_%2").arg(QLatin1StringView(base)).arg(m_suffix);
    }

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_owner;
    quint32 m_suffix = 0;
    QString m_boss, m_lead, m_new;
    QStringList m_logins;
    const QString m_password = QStringLiteral("Admin-gui-pass-1");
    static constexpr qint64 kClosed2024 = 1717200000000; // 2024-06-01
};

QTEST_MAIN(TestAdminPg)
#include "tst_admin_pg.moc"

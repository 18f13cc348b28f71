// What the administration screens read, as typed rows: roles, the permission tree, teams,
// temporary permissions, staff, a person's standing, the audit log and the ticket search log.
#include "security/adminqueries.h"
#include "security/logqueries.h"
#include "security_fixture.h"
#include "storage/dialect.h"
#include "tickets/ticketstores.h"

#include <QTest>

using namespace sb;

namespace {

QStringList roleKeys(const QList<RoleRow> &rows) {
    QStringList out;
    for (const RoleRow &r : rows)
        out << r.key;
    return out;
}

const RoleRow *roleByKey(const QList<RoleRow> &rows, const QString &key) {
    for (const RoleRow &r : rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

QStringList actions(const QList<AuditLogEntry> &rows) {
    QStringList out;
    for (const AuditLogEntry &a : rows)
        out << a.action;
    return out;
}

} // namespace

class TestAdminQueries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void containsPatternIsLiteral() {
        QCOMPARE(dialect::containsPattern(QStringLiteral("Ab")), QStringLiteral("%ab%"));
        QCOMPARE(dialect::containsPattern(QStringLiteral("100%_!")), QStringLiteral("%100!%!_!!%"));
        QCOMPARE(dialect::containsPattern(QString()), QStringLiteral("%%"));
    }

    void rolesWithMembersAndGrants() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        AdminService svc(*f.db, f.clock, f.admin, f.settings);
        qint64 roleId = 0;
        RoleInput in;
        in.key = QStringLiteral("aa_night");
        in.name = QStringLiteral("Night");
        in.dbGroup = QStringLiteral("sb_agent");
        QVERIFY2(svc.createRole(in, roleId, e), qPrintable(e));
        QVERIFY2(svc.grant(roleId, QStringLiteral("tickets.urge"), e), qPrintable(e));
        QVERIFY2(svc.grant(roleId, QStringLiteral("reports"), e), qPrintable(e));
        QVERIFY(f.addStaff(QStringLiteral("N1"), QStringLiteral("n1"), QStringLiteral("aa_night")));
        QVERIFY(f.addStaff(QStringLiteral("N2"), QStringLiteral("n2"), QStringLiteral("aa_night")));

        QList<RoleRow> roles;
        QVERIFY2(AdminQueries::roles(*f.db, roles, e), qPrintable(e));
        QStringList sorted = roleKeys(roles);
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(roleKeys(roles), sorted); // by key
        QCOMPARE(roles.first().key, QStringLiteral("aa_night"));
        const RoleRow &night = roles.first();
        QCOMPARE(night.id, roleId);
        QCOMPARE(night.name, QStringLiteral("Night"));
        QCOMPARE(night.dbGroup, QStringLiteral("sb_agent"));
        QVERIFY(!night.isSuper);
        QCOMPARE(night.members, qint64(2));
        const RoleRow *admin = roleByKey(roles, QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(admin->isSuper);
        QCOMPARE(admin->members, qint64(1)); // the first administrator

        QSet<QString> keys;
        QVERIFY2(AdminQueries::rolePermissionKeys(*f.db, roleId, keys, e), qPrintable(e));
        QCOMPARE(keys, (QSet<QString>{QStringLiteral("tickets.urge"), QStringLiteral("reports")}));
        bool super = true;
        QVERIFY(AdminQueries::roleIsSuper(*f.db, roleId, super, e));
        QVERIFY(!super);
        QVERIFY(AdminQueries::roleIsSuper(*f.db, admin->id, super, e));
        QVERIFY(super);
        QVERIFY(AdminQueries::roleIsSuper(*f.db, 999999, super, e));
        QVERIFY(!super);
        bool exists = false;
        QVERIFY(AdminQueries::roleExists(*f.db, roleId, exists, e));
        QVERIFY(exists);
        QVERIFY(AdminQueries::roleExists(*f.db, 999999, exists, e));
        QVERIFY(!exists);
    }

    void permissionTree() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        QList<PermissionEntry> tree;
        QVERIFY2(AdminQueries::permissions(*f.db, tree, e), qPrintable(e));
        QStringList keys;
        QHash<QString, PermissionEntry> byKey;
        for (const PermissionEntry &p : tree) {
            keys << p.key;
            byKey.insert(p.key, p);
        }
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
        QCOMPARE(byKey.value(perm::TicketsUrge).parentKey, perm::Tickets);
        QVERIFY(byKey.value(perm::Tickets).parentKey.isEmpty());
        QVERIFY(!byKey.value(perm::AdminAudit).description.isEmpty());
    }

    void teamsAndTemporaryPermissions() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        AdminService svc(*f.db, f.clock, f.admin, f.settings);
        qint64 night = 0, day = 0;
        QVERIFY2(svc.createTeam(QStringLiteral("Night"), night, e), qPrintable(e));
        f.clock.advance(1000);
        QVERIFY2(svc.createTeam(QStringLiteral("Day"), day, e), qPrintable(e));
        const qint64 lin =
            f.addStaff(QStringLiteral("B2"), QStringLiteral("lin"), QStringLiteral("agent"), night);
        const qint64 wu =
            f.addStaff(QStringLiteral("B1"), QStringLiteral("wu"), QStringLiteral("agent"), night);
        QVERIFY(lin > 0 && wu > 0);

        QList<TeamRow> teams;
        QVERIFY2(AdminQueries::teams(*f.db, teams, e), qPrintable(e));
        QCOMPARE(teams.size(), 2);
        QCOMPARE(teams.at(0).name, QStringLiteral("Day")); // by name
        QCOMPARE(teams.at(0).members, qint64(0));
        QCOMPARE(teams.at(0).createdAt, f.clock.nowMs());
        QCOMPARE(teams.at(1).id, night);
        QCOMPARE(teams.at(1).members, qint64(2));
        QCOMPARE(teams.at(1).createdAt, f.clock.nowMs() - 1000);

        const qint64 now = f.clock.nowMs();
        qint64 soon = 0, later = 0;
        QVERIFY2(svc.grantTemporary(lin, perm::TicketsExport, now + 3600 * 1000, soon, e),
                 qPrintable(e));
        QVERIFY2(svc.grantTemporary(wu, perm::ReportsRead, now + 7200 * 1000, later, e),
                 qPrintable(e));
        QList<TempPermissionRow> temp;
        QVERIFY2(AdminQueries::temporaryPermissions(*f.db, temp, e), qPrintable(e));
        QCOMPARE(temp.size(), 2);
        QCOMPARE(temp.at(0).id, later); // latest expiry first
        QCOMPARE(temp.at(0).employeeNo, QStringLiteral("B1"));
        QCOMPARE(temp.at(0).holderName, QStringLiteral("Person B1"));
        QCOMPARE(temp.at(0).permissionKey, perm::ReportsRead);
        QCOMPARE(temp.at(0).expiresAt, now + 7200 * 1000);
        QCOMPARE(temp.at(0).grantedByName, QStringLiteral("Administrator"));
        QCOMPARE(temp.at(1).id, soon);
    }

    void staffRowsRecordsAndStanding() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        AdminService svc(*f.db, f.clock, f.admin, f.settings);
        qint64 team = 0;
        QVERIFY2(svc.createTeam(QStringLiteral("Night"), team, e), qPrintable(e));
        const qint64 lin =
            f.addStaff(QStringLiteral("C2"), QStringLiteral("lin"), QStringLiteral("agent"), team);
        const qint64 nobody = f.addStaff(QStringLiteral("C1"), QStringLiteral("nob"), QString());
        QVERIFY(lin > 0 && nobody > 0);
        QVERIFY2(f.db->exec(QStringLiteral("UPDATE staff SET phone = '13812345678', gender = 'F', "
                                           "locked_until = ?, skill_groups = 'broadband' WHERE "
                                           "id = ?"),
                            {f.clock.nowMs() + 60000, lin}, e),
                 qPrintable(e));

        // SQLite: this program is the guard, the reader's rights do not narrow the columns.
        for (const bool holdsAdminStaff : {true, false}) {
            QList<StaffRow> rows;
            QVERIFY2(AdminQueries::staff(*f.db, holdsAdminStaff, rows, e), qPrintable(e));
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows.at(0).employeeNo, QStringLiteral("A0001")); // by employee number
            QCOMPARE(rows.at(1).id, nobody);
            QVERIFY(rows.at(1).roleKey.isEmpty());
            QVERIFY(rows.at(1).teamName.isEmpty());
            const StaffRow &r = rows.at(2);
            QCOMPARE(r.id, lin);
            QCOMPARE(r.employeeNo, QStringLiteral("C2"));
            QCOMPARE(r.name, QStringLiteral("Person C2"));
            QCOMPARE(r.gender, QStringLiteral("F"));
            QCOMPARE(r.phone, QStringLiteral("13812345678")); // unmasked: the list masks it
            QCOMPARE(r.roleKey, QStringLiteral("agent"));
            QCOMPARE(r.level, 1);
            QCOMPARE(r.status, QStringLiteral("active"));
            QCOMPARE(r.statusChangedAt, f.clock.nowMs());
            QCOMPARE(r.teamName, QStringLiteral("Night"));
            QCOMPARE(r.skillGroups, QStringLiteral("broadband"));
            QCOMPARE(r.login, QStringLiteral("lin"));
            QCOMPARE(r.lockedUntil, f.clock.nowMs() + 60000);
        }

        std::optional<StaffRecord> rec;
        QVERIFY2(AdminQueries::staffRecord(*f.db, lin, rec, e), qPrintable(e));
        QVERIFY(rec);
        QCOMPARE(rec->input.employeeNo, QStringLiteral("C2"));
        QCOMPARE(rec->input.login, QStringLiteral("lin"));
        QCOMPARE(rec->input.phone, QStringLiteral("13812345678"));
        QCOMPARE(rec->input.roleId, f.roleId(QStringLiteral("agent")));
        QCOMPARE(rec->input.teamId, team);
        QCOMPARE(rec->input.status, QStringLiteral("active"));
        QCOMPARE(rec->statusChangedAt, f.clock.nowMs());
        QVERIFY(AdminQueries::staffRecord(*f.db, nobody, rec, e));
        QVERIFY(rec);
        QCOMPARE(rec->input.roleId, qint64(0));
        QCOMPARE(rec->input.teamId, qint64(0));
        QVERIFY(AdminQueries::staffRecord(*f.db, 999999, rec, e));
        QVERIFY(!rec);

        StaffStanding s;
        QVERIFY2(AdminQueries::standing(*f.db, lin, s, e), qPrintable(e));
        QCOMPARE(s.roleId, f.roleId(QStringLiteral("agent")));
        QCOMPARE(s.roleKey, QStringLiteral("agent"));
        QVERIFY(!s.roleName.isEmpty());
        QCOMPARE(s.status, QStringLiteral("active"));
        QVERIFY(AdminQueries::standing(*f.db, nobody, s, e));
        QCOMPARE(s.roleId, qint64(0));
        QVERIFY(s.roleKey.isEmpty());
        QVERIFY(AdminQueries::standing(*f.db, 999999, s, e));
        QVERIFY(s.status.isEmpty());
    }

    void workflowActionKeysAreDistinctAndSorted() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        QStringList keys;
        QVERIFY2(AdminQueries::workflowActionKeys(*f.db, keys, e), qPrintable(e));
        QVERIFY(keys.contains(QStringLiteral("dispatch"))); // seeded twice (two from-states)
        QCOMPARE(keys.count(QStringLiteral("dispatch")), 1);
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
    }

    void auditLogPagesAndFilters() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 start = f.clock.nowMs();
        AuditTrail trail(*f.db, f.clock);
        auto add = [&](const char *actor, const char *action, const char *entity, qint64 id,
                       const QJsonObject &detail) {
            f.clock.advance(1000);
            QVERIFY2(trail.append(QLatin1StringView(actor), QLatin1StringView(action),
                                  QLatin1StringView(entity), id, detail, e),
                     qPrintable(e));
        };
        add("Boss", "team.create", "team", 7, {{QStringLiteral("name"), QStringLiteral("Alpha")}});
        add("boss", "team.rename", "team", 7,
            {{QStringLiteral("after"), QStringLiteral("Beta 100%")}});
        add("clerk", "personal_data.reveal", "staff", 0,
            {{QStringLiteral("field"), QStringLiteral("phone")}});
        add("clerk", "role.grant", "role", 3, {{QStringLiteral("key"), QStringLiteral("a_b")}});

        AuditLogFilter all;
        all.fromMs = start + 1; // after the first administrator's own entries
        all.toMs = f.clock.nowMs() + 1;
        QList<AuditLogEntry> rows;
        bool more = true;
        QVERIFY2(LogQueries::auditPage(*f.db, all, 100, rows, more, e), qPrintable(e));
        QVERIFY(!more);
        QCOMPARE(actions(rows),
                 (QStringList{QStringLiteral("role.grant"), QStringLiteral("personal_data.reveal"),
                              QStringLiteral("team.rename"),
                              QStringLiteral("team.create")})); // newest first
        QCOMPARE(rows.at(0).at, f.clock.nowMs());
        QCOMPARE(rows.at(0).actor, QStringLiteral("clerk"));
        QCOMPARE(rows.at(0).entity, QStringLiteral("role"));
        QCOMPARE(rows.at(0).entityId, std::optional<qint64>(3));
        QVERIFY(!rows.at(1).entityId); // stored as NULL
        QVERIFY(rows.at(3).detail.contains(QLatin1StringView("Alpha")));

        // Bounded: one more than the page says there is more.
        QVERIFY(LogQueries::auditPage(*f.db, all, 3, rows, more, e));
        QCOMPARE(rows.size(), 3);
        QVERIFY(more);
        QCOMPARE(rows.last().action, QStringLiteral("team.rename"));
        QVERIFY(LogQueries::auditPage(*f.db, all, 4, rows, more, e));
        QVERIFY(!more);

        auto count = [&](const AuditLogFilter &flt) {
            QList<AuditLogEntry> r;
            bool m = false;
            QString err;
            if (!LogQueries::auditPage(*f.db, flt, 100, r, m, err))
                qWarning("%s", qPrintable(err));
            return int(r.size());
        };
        AuditLogFilter flt = all;
        flt.actor = QStringLiteral("BOSS"); // contains, any case
        QCOMPARE(count(flt), 2);
        flt = all;
        flt.action = QStringLiteral("team"); // exact
        QCOMPARE(count(flt), 0);
        flt.action = QStringLiteral("team.create");
        QCOMPARE(count(flt), 1);
        flt = all;
        flt.entity = QStringLiteral("team");
        QCOMPARE(count(flt), 2);
        flt = all;
        flt.text = QStringLiteral("100%"); // % is literal
        QCOMPARE(count(flt), 1);
        flt.text = QStringLiteral("1_0"); // so is _
        QCOMPARE(count(flt), 0);
        flt.text = QStringLiteral("a_b");
        QCOMPARE(count(flt), 1);
        flt.text = QStringLiteral("CLERK"); // the actor too
        QCOMPARE(count(flt), 2);
        flt.text = QStringLiteral("reveal"); // the action
        QCOMPARE(count(flt), 1);
        flt = all; // the range: from inclusive, to exclusive
        flt.fromMs = start + 2000;
        flt.toMs = start + 4000;
        QCOMPARE(count(flt), 2);
        // Hostile input is a value, never SQL.
        flt = all;
        flt.actor = QStringLiteral("' OR 1=1 --");
        QCOMPARE(count(flt), 0);

        QStringList values;
        QVERIFY2(LogQueries::auditValues(*f.db, LogQueries::AuditColumn::Entity, values, e),
                 qPrintable(e));
        QVERIFY(values.contains(QStringLiteral("team")));
        QCOMPARE(values.count(QStringLiteral("team")), 1);
        QStringList sorted = values;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(values, sorted);
        QVERIFY(LogQueries::auditValues(*f.db, LogQueries::AuditColumn::Action, values, e));
        QVERIFY(values.contains(QStringLiteral("personal_data.reveal")));
        QVERIFY(!values.contains(QStringLiteral("team")));
    }

    void searchLogPagesAndFilters() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 agent =
            f.addStaff(QStringLiteral("D7"), QStringLiteral("wu7"), QStringLiteral("agent"));
        const qint64 now = f.clock.nowMs();
        TicketFilter byCustomer;
        byCustomer.customer = QStringLiteral("C-100%");
        QVERIFY2(
            QueryLog::record(*f.db, now - 3000, agent, QStringLiteral("overdue"), byCustomer, e),
            qPrintable(e));
        TicketFilter phone;
        phone.channel = QStringLiteral("phone");
        QVERIFY(QueryLog::record(*f.db, now - 2000, f.admin.staffId, QStringLiteral("all"), phone,
                                 e, QStringLiteral("export")));
        QVERIFY(QueryLog::record(*f.db, now - 1000, 0, QStringLiteral("all"), phone, e));

        SearchLogFilter all;
        all.fromMs = now - 3000;
        all.toMs = now;
        QList<SearchLogEntry> rows;
        bool more = true;
        QVERIFY2(LogQueries::searchPage(*f.db, all, 100, rows, more, e), qPrintable(e));
        QVERIFY(!more);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at, now - 1000); // newest first
        QVERIFY(rows.at(0).staffName.isEmpty());
        QVERIFY(rows.at(0).staffLogin.isEmpty());
        QCOMPARE(rows.at(1).staffLogin, QStringLiteral("admin1"));
        QCOMPARE(rows.at(1).filter.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("export"));
        QCOMPARE(rows.at(2).staffName, QStringLiteral("Person D7"));
        QCOMPARE(rows.at(2).queue, QStringLiteral("overdue"));
        TicketFilter back;
        QString ignored;
        QVERIFY(TicketFilter::fromJson(rows.at(2).filter, back, ignored));
        QCOMPARE(back.customer, QStringLiteral("C-100%"));

        QVERIFY(LogQueries::searchPage(*f.db, all, 2, rows, more, e));
        QCOMPARE(rows.size(), 2);
        QVERIFY(more);

        auto count = [&](const QString &person, const QString &text) {
            SearchLogFilter flt = all;
            flt.person = person;
            flt.text = text;
            QList<SearchLogEntry> r;
            bool m = false;
            QString err;
            if (!LogQueries::searchPage(*f.db, flt, 100, r, m, err))
                qWarning("%s", qPrintable(err));
            return int(r.size());
        };
        QCOMPARE(count(QStringLiteral("WU7"), {}), 1);      // login, any case
        QCOMPARE(count(QStringLiteral("person d"), {}), 1); // name
        QCOMPARE(count({}, QStringLiteral("c-100%")), 1);   // % is literal
        QCOMPARE(count({}, QStringLiteral("c-1000")), 0);
        QCOMPARE(count({}, QStringLiteral("PHONE")), 2);
        QCOMPARE(count(QStringLiteral("nobody"), {}), 0);
        SearchLogFilter older = all;
        older.toMs = now - 2000; // exclusive
        QVERIFY(LogQueries::searchPage(*f.db, older, 100, rows, more, e));
        QCOMPARE(rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdminQueries)
#include "tst_admin_queries.moc"

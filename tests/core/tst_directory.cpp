#include "security/directory.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sb;

// The people, roles and teams that pickers offer, read through core.
class TestDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsPeopleRolesAndTeams() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                         "('Night', 0), ('Day', 0)"),
                          {}, e),
                 qPrintable(e));
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO roles(key, name) VALUES ('zz_lead', 'Lead')"),
                          {}, e),
                 qPrintable(e));
        const QString ins = QStringLiteral(
            "INSERT INTO staff(employee_no, name, login, status, status_changed_at, created_at, "
            "team_id, "
            "role_id) VALUES (?, ?, ?, ?, 0, 0, (SELECT id FROM teams WHERE name = ?), "
            "(SELECT id FROM roles WHERE key = ?))");
        QVERIFY2(
            db->exec(ins,
                     {QStringLiteral("E2"), QStringLiteral("Bo"), QStringLiteral("bo"),
                      QStringLiteral("active"), QStringLiteral("Day"), QStringLiteral("zz_lead")},
                     e),
            qPrintable(e));
        QVERIFY2(db->exec(ins,
                          {QStringLiteral("E1"), QStringLiteral("Al"), QStringLiteral("al"),
                           QStringLiteral("left"), QVariant(), QVariant()},
                          e),
                 qPrintable(e));

        QList<StaffEntry> all;
        QVERIFY2(Directory::staff(*db, Directory::StaffScope::Everyone, 100, all, e),
                 qPrintable(e));
        QStringList names;
        for (const StaffEntry &s : all)
            names << s.name;
        QVERIFY2(names.indexOf(QStringLiteral("Al")) >= 0 &&
                     names.indexOf(QStringLiteral("Al")) < names.indexOf(QStringLiteral("Bo")),
                 qPrintable(names.join(u',')));
        const StaffEntry bo = all.at(names.indexOf(QStringLiteral("Bo")));
        QCOMPARE(bo.employeeNo, QStringLiteral("E2"));
        QCOMPARE(bo.teamName, QStringLiteral("Day"));
        QCOMPARE(bo.roleName, QStringLiteral("Lead"));
        QVERIFY(bo.active);
        QVERIFY(!all.at(names.indexOf(QStringLiteral("Al"))).active);

        QList<StaffEntry> active;
        QVERIFY(Directory::staff(*db, Directory::StaffScope::ActiveOnly, 100, active, e));
        for (const StaffEntry &s : active)
            QVERIFY2(s.name != QLatin1StringView("Al"), "a person who left is not offered");
        // Pickers of a workflow form offer everyone who has not left, disabled people too.
        QVERIFY2(db->exec(ins,
                          {QStringLiteral("E3"), QStringLiteral("Cy"), QStringLiteral("cy"),
                           QStringLiteral("disabled"), QVariant(), QVariant()},
                          e),
                 qPrintable(e));
        QList<StaffEntry> notLeft;
        QVERIFY(Directory::staff(*db, Directory::StaffScope::NotLeft, 100, notLeft, e));
        QStringList notLeftNames;
        for (const StaffEntry &s : notLeft)
            notLeftNames << s.name;
        QVERIFY2(notLeftNames.contains(QStringLiteral("Cy")) &&
                     notLeftNames.contains(QStringLiteral("Bo")) &&
                     !notLeftNames.contains(QStringLiteral("Al")),
                 qPrintable(notLeftNames.join(u',')));
        QList<StaffEntry> one;
        QVERIFY(Directory::staff(*db, Directory::StaffScope::Everyone, 1, one, e));
        QCOMPARE(one.size(), 1); // bounded

        QList<NamedEntry> teams;
        QVERIFY(Directory::teams(*db, 10, teams, e));
        QCOMPARE(teams.size(), 2);
        QCOMPARE(teams.first().name, QStringLiteral("Day"));
        QList<NamedEntry> roles;
        QVERIFY(Directory::roles(*db, 1000, roles, e));
        bool found = false;
        for (const NamedEntry &r : roles)
            found = found ||
                    (r.key == QLatin1StringView("zz_lead") && r.name == QLatin1StringView("Lead"));
        QVERIFY(found);

        qint64 id = -1;
        QVERIFY(Directory::staffIdByLogin(*db, QStringLiteral("bo"), id, e));
        QCOMPARE(id, bo.id);
        QVERIFY(Directory::staffIdByLogin(*db, QStringLiteral("nobody"), id, e));
        QCOMPARE(id, qint64(0));
        qint64 team = -1;
        QVERIFY(Directory::teamOf(*db, bo.id, team, e));
        QCOMPARE(team, teams.first().id);
        QVERIFY(Directory::teamOf(*db, all.at(names.indexOf(QStringLiteral("Al"))).id, team, e));
        QCOMPARE(team, qint64(0));
    }

    void listsRolesByKeyOrByName() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO roles(key, name) VALUES ('aa_last', "
                                         "'Zz last'), ('zz_first', 'Aa first')"),
                          {}, e),
                 qPrintable(e));
        auto keys = [](const QList<NamedEntry> &roles) {
            QStringList out;
            for (const NamedEntry &r : roles)
                out << r.key;
            return out;
        };
        QList<NamedEntry> roles;
        QVERIFY2(Directory::roles(*db, 1000, roles, e), qPrintable(e));
        QStringList byKey = keys(roles);
        QVERIFY2(byKey.indexOf(QStringLiteral("aa_last")) >= 0 &&
                     byKey.indexOf(QStringLiteral("aa_last")) <
                         byKey.indexOf(QStringLiteral("zz_first")),
                 qPrintable(byKey.join(u',')));
        QCOMPARE(byKey.first(), QStringLiteral("aa_last"));

        QVERIFY2(Directory::roles(*db, 1000, roles, e, Directory::RoleOrder::ByName),
                 qPrintable(e));
        QStringList names;
        for (const NamedEntry &r : std::as_const(roles))
            names << r.name;
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QCOMPARE(roles.first().key, QStringLiteral("zz_first"));
        QCOMPARE(roles.last().key, QStringLiteral("aa_last"));

        QVERIFY(Directory::roles(*db, 1, roles, e, Directory::RoleOrder::ByName));
        QCOMPARE(keys(roles), QStringList{QStringLiteral("zz_first")}); // bounded
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"

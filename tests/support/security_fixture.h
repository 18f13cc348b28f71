#pragma once
// Shared set-up for the tst_security_* tests (SQLite): a migrated database, fast hashing
// parameters, a first administrator and helpers to add people.

#include "security/adminservice.h"
#include "security/authenticator.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace sb::test {

struct SecurityFixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    SecuritySettings settings;
    Session admin;

    // Opens, migrates, switches to the cheapest Argon2id parameters through the settings
    // table (as an administrator would) and creates the first administrator.
    bool setUp(QString &error) {
        db = openMigrated(sqliteIn(dir), error);
        if (!db)
            return false;
        const auto lo = PasswordHashParams::minimum();
        if (!db->exec(
                QStringLiteral("INSERT INTO settings(key, version, value, changed_by, "
                               "changed_at) VALUES (?, 2, ?, 'test', 0), (?, 2, ?, 'test', 0)"),
                {SecuritySettings::kOpsLimit, QString::number(lo.opsLimit),
                 SecuritySettings::kMemLimit, QString::number(lo.memLimit)},
                error))
            return false;
        if (!SecuritySettings::load(*db, settings, error))
            return false;
        StaffInput in;
        in.employeeNo = QStringLiteral("A0001");
        in.name = QStringLiteral("Administrator");
        in.login = QStringLiteral("admin1");
        qint64 id = 0;
        if (!AdminService::createFirstAdministrator(*db, clock, in, QStringLiteral("admin-pass-1"),
                                                    settings, id, error))
            return false;
        LocalAuthenticator auth(*db, clock, settings);
        return auth.sessionFor(id, admin, error);
    }

    qint64 roleId(const QString &key) {
        QSqlQuery q;
        QString error;
        if (!db->exec(q, QStringLiteral("SELECT id FROM roles WHERE key = ?"), {key}, error) ||
            !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

    qint64 addStaff(const QString &no, const QString &login, const QString &roleKey,
                    qint64 teamId = 0, const QString &password = QStringLiteral("secret-pass")) {
        AdminService svc(*db, clock, admin, settings);
        StaffInput in;
        in.employeeNo = no;
        in.name = QStringLiteral("Person ") + no;
        in.login = login;
        in.roleId = roleKey.isEmpty() ? 0 : roleId(roleKey);
        in.teamId = teamId;
        qint64 id = 0;
        QString error;
        if (!svc.createStaff(in, password, id, error))
            qWarning("addStaff %s: %s", qPrintable(no), qPrintable(error));
        return id;
    }

    qint64 count(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q;
        QString error;
        if (!db->exec(q, sql, values, error) || !q.next()) {
            qWarning("count failed: %s", qPrintable(error));
            return -1;
        }
        return q.value(0).toLongLong();
    }
};

} // namespace sb::test

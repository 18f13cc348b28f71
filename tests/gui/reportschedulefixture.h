#pragma once

// A real SQLite database for the schedules editor and the report archive: a service manager
// (who holds reports.schedule), a manager, a team lead (reports.read only) and an agent, a
// team, and a workstation
// (own connection, the user's effective permissions) for each of them.
#include "reports/reportschedule.h"
#include "security/permissions.h"
#include "shell/workspace.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace sb::test {

struct ReportWorld {
    QTemporaryDir dir;
    DatabaseUrl url;
    std::unique_ptr<Database> db;
    // Monday 2026-03-30 09:00 in Asia/Shanghai (the calendar's default zone).
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00+08:00"), Qt::ISODate)};
    qint64 boss = 0, manager = 0, lead = 0, agent = 0, team = 0;
    qint64 managerRole = 0;

    bool open() {
        QString error;
        url = sqliteIn(dir);
        db = openMigrated(url, error);
        if (!db) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        team =
            insert(QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Hotline', 0)"), {});
        managerRole =
            insert(QStringLiteral("SELECT id FROM roles WHERE key = 'manager'"), {}, false);
        boss = staff(QStringLiteral("zhao_boss"), QStringLiteral("Zhao Boss"),
                     QStringLiteral("service_manager"));
        manager = staff(QStringLiteral("qian_mgr"), QStringLiteral("Qian Manager"),
                        QStringLiteral("manager"));
        lead = staff(QStringLiteral("li_lead"), QStringLiteral("Li Lead"),
                     QStringLiteral("team_lead"));
        agent = staff(QStringLiteral("sun_agent"), QStringLiteral("Sun Agent"),
                      QStringLiteral("agent"));
        return true;
    }

    qint64 insert(const QString &sql, const QVariantList &values, bool returning = true) {
        QSqlQuery q(db->db());
        QString error;
        if (!db->exec(q, returning ? sql + QStringLiteral(" RETURNING id") : sql, values, error) ||
            !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

    qint64 staff(const QString &login, const QString &name, const QString &role) {
        return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, team_id, "
                                     "status, status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), ?, 'active', 0, ?, 0)"),
                      {login.toUpper(), name, role, team, login});
    }

    ReportActor actor(qint64 staffId, const QString &login) const { return {staffId, login}; }

    // A stored schedule saved by the service manager.
    ReportSchedule saveSchedule(ReportSchedule s) {
        ReportSchedule out;
        QString error;
        if (!ReportScheduleStore(*db, clock)
                 .save({boss, QStringLiteral("zhao_boss")}, s, s.version, out, error))
            qFatal("save schedule: %s", qPrintable(error));
        return out;
    }
};

// One person's workstation: their connection and what the Reports place is given.
struct ReportStation {
    std::unique_ptr<Database> db;
    app::Workspace ws;

    ReportStation(ReportWorld &w, qint64 staffId, const QString &login) {
        QString error;
        db = Database::open(w.url, login, error);
        if (!db)
            qFatal("open: %s", qPrintable(error));
        ws.db = db.get();
        ws.clock = &w.clock;
        ws.user.staffId = staffId;
        ws.user.login = login;
        ws.user.name = login;
        if (!PermissionService(*db).effective(staffId, w.clock.nowMs(), ws.user.permissions, error))
            qFatal("permissions: %s", qPrintable(error));
    }
};

} // namespace sb::test

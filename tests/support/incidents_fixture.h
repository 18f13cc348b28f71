#pragma once
// Shared by the incident tests (core and GUI): staff with the owner roles, a known issue,
// webhook targets and complaints of one problem type.

#include "storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sb::test::incidents {

struct World {
    qint64 lead = 0;    // team lead, on duty
    qint64 leadOff = 0; // team lead, off duty
    qint64 sup = 0;     // supervisor, on duty (the grader)
    qint64 mgr = 0;     // service manager, on duty
    qint64 agent1 = 0;  // agent, on duty
    qint64 agent2 = 0;  // agent, off duty
    qint64 knownIssue = 0;
    qint64 hookWeCom = 0, hookSlack = 0, hookOff = 0;
};

inline qint64 insertId(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q;
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("seed failed: %s (%s)", qPrintable(error), qPrintable(sql));
    return q.value(0).toLongLong();
}

inline qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q;
    QString error;
    if (!db.exec(q, sql, values, error) || !q.next())
        qFatal("scalar failed: %s (%s)", qPrintable(error), qPrintable(sql));
    return q.value(0).toLongLong();
}

inline World seedWorld(Database &db) {
    World w;
    auto person = [&](const char *login, const char *role, int onDuty) {
        return insertId(db,
                        QStringLiteral("INSERT INTO staff(employee_no, name, role_id, on_duty, "
                                       "status, status_changed_at, login, created_at) VALUES "
                                       "(?, ?, (SELECT id FROM roles WHERE key = ?), ?, 'active', "
                                       "0, ?, 0)"),
                        {QStringLiteral("E-%1").arg(QLatin1StringView(login)),
                         QStringLiteral("Name %1").arg(QLatin1StringView(login)),
                         QString::fromLatin1(role), onDuty, QString::fromLatin1(login)});
    };
    w.lead = person("lead", "team_lead", 1);
    w.leadOff = person("leadoff", "team_lead", 0);
    w.sup = person("sup", "supervisor", 1);
    w.mgr = person("mgr", "service_manager", 1);
    w.agent1 = person("agent1", "agent", 1);
    w.agent2 = person("agent2", "agent", 0);
    w.knownIssue = insertId(db,
                            QStringLiteral("INSERT INTO kb_articles(kind, title, body, "
                                           "created_at, updated_at) VALUES ('known_issue', ?, ?, "
                                           "0, 0)"),
                            {QStringLiteral("Payment channel maintenance window"),
                             QStringLiteral("Channel closed 02:00-04:00; tell customers to retry "
                                            "after 04:00.")});
    insertId(db,
             QStringLiteral("INSERT INTO kb_articles(kind, title, body, created_at, updated_at) "
                            "VALUES ('article', 'Login help', 'Reset the password', 0, 0)"),
             {});
    auto hook = [&](const char *name, const char *kind, int enabled) {
        return insertId(
            db,
            QStringLiteral("INSERT INTO webhook_targets(name, kind, url, enabled, "
                           "created_at) VALUES (?, ?, ?, ?, 0)"),
            {QString::fromLatin1(name), QString::fromLatin1(kind),
             QStringLiteral("https://hooks.example.invalid/%1").arg(QLatin1StringView(name)),
             enabled});
    };
    w.hookWeCom = hook("ops-wecom", "wecom", 1);
    w.hookSlack = hook("ops-slack", "slack", 1);
    w.hookOff = hook("old-dingtalk", "dingtalk", 0);
    return w;
}

// One complaint of `type` at `atMs` in `tier` (normal, vip, key_account, distributor).
inline void complaint(Database &db, const QString &type, qint64 atMs, const QString &tier,
                      const QString &subject = QStringLiteral("It fails")) {
    QString error;
    if (!db.exec(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                "problem_type, subject, description, updated_at) VALUES "
                                "(?, 'phone', ?, ?, ?, 'details', ?)"),
                 {atMs, tier, type, subject, atMs}, error))
        qFatal("complaint: %s", qPrintable(error));
}

} // namespace sb::test::incidents

#include "demo/demoseeder.h"

#include "demo/demodata.h"
#include "demo/demotimeline.h"
#include "grading/ruleset.h"
#include "security/passwordhasher.h"
#include "tickets/ticketwriter.h"
#include "volume/volumerules.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <climits>
#include <cmath>

namespace sb {

namespace {
struct RoleSeed {
    const char *key;
    const char *name;
    int isSuper;
    const char *dbGroup;
};
constexpr RoleSeed kRoles[] = {
    {"agent", "Agent (tier 1)", 0, "sb_agent"},
    {"tier2", "Technical support (tier 2)", 0, "sb_agent"},
    {"tier3", "Expert (tier 3)", 0, "sb_agent"},
    {"team_lead", "Team lead", 0, "sb_team_lead"},
    {"supervisor", "Supervisor", 0, "sb_supervisor"},
    {"service_manager", "Service manager", 0, "sb_manager"},
    {"coordinator", "Coordinator", 0, "sb_supervisor"},
    {"relationship_manager", "Relationship manager", 0, "sb_agent"},
    {"qa", "QA inspector", 0, "sb_qa"},
    {"manager", "Manager", 0, "sb_manager"},
    {"admin", "Administrator", 1, "sb_admin"},
};

struct StaffSeed {
    QString login;
    QString name;
    QString role;
    int team; // 0: none, else 1..4
};

QList<StaffSeed> staffSeeds() {
    static const char *const family[] = {"Zhang", "Wang",  "Li",   "Zhao", "Chen", "Liu",
                                         "Yang",  "Huang", "Zhou", "Wu",   "Xu",   "Sun",
                                         "Hu",    "Zhu",   "Gao",  "Lin"};
    static const char *const given[] = {"Wei",   "Fang", "Na",  "Min", "Jing", "Lei",
                                        "Qiang", "Yan",  "Jie", "Tao", "Ming", "Chao",
                                        "Xia",   "Ping", "Hui", "Yun"};
    int n = 0;
    const auto name = [&]() -> QString {
        const int i = n++;
        return QString::fromLatin1(family[i % 16]) + QLatin1Char(' ') +
               QString::fromLatin1(given[(i * 7 + i / 16) % 16]);
    };
    QList<StaffSeed> s;
    s.append({QStringLiteral("admin"), name(), QStringLiteral("admin"), 0});
    s.append({QStringLiteral("manager"), name(), QStringLiteral("manager"), 0});
    s.append({QStringLiteral("svcmgr"), name(), QStringLiteral("service_manager"), 0});
    s.append({QStringLiteral("supervisor"), name(), QStringLiteral("supervisor"), 0});
    s.append({QStringLiteral("supervisor2"), name(), QStringLiteral("supervisor"), 0});
    s.append({QStringLiteral("coordinator"), name(), QStringLiteral("coordinator"), 0});
    s.append({QStringLiteral("relations"), name(), QStringLiteral("relationship_manager"), 0});
    s.append({QStringLiteral("qa"), name(), QStringLiteral("qa"), 0});
    s.append({QStringLiteral("qa2"), name(), QStringLiteral("qa"), 0});
    s.append({QStringLiteral("expert"), name(), QStringLiteral("tier3"), 0});
    s.append({QStringLiteral("tech1"), name(), QStringLiteral("tier2"), 0});
    s.append({QStringLiteral("tech2"), name(), QStringLiteral("tier2"), 0});
    for (int t = 1; t <= 4; ++t) {
        s.append({QStringLiteral("lead%1").arg(t), name(), QStringLiteral("team_lead"), t});
        for (int a = 1; a <= 8; ++a)
            s.append(
                {QStringLiteral("agent%1%2").arg(t).arg(a), name(), QStringLiteral("agent"), t});
    }
    return s;
}

int poisson(QRandomGenerator &rng, double lambda) {
    const double l = std::exp(-lambda);
    int k = 0;
    double p = 1.0;
    do {
        ++k;
        p *= rng.generateDouble();
    } while (p > l);
    return k - 1;
}
} // namespace

DemoSeeder::DemoSeeder(Database &db)
    : m_db(db) {
}

double DemoSeeder::rhythm(int hourOfDay) {
    // Quiet at night, a morning rise, a lunchtime dip, the evening peak.
    static const double shape[24] = {0.35, 0.25, 0.2, 0.15, 0.15, 0.2, 0.4, 0.8,
                                     1.3,  1.6,  1.7, 1.6,  1.3,  1.4, 1.6, 1.6,
                                     1.5,  1.4,  1.5, 1.7,  1.6,  1.3, 0.9, 0.55};
    return shape[qBound(0, hourOfDay, 23)];
}

bool DemoSeeder::isSeeded(bool &seeded, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM staff"), {}, error))
        return false;
    seeded = q.next() && q.value(0).toLongLong() > 0;
    return true;
}

QStringList DemoSeeder::demoLogins() {
    QStringList logins;
    for (const StaffSeed &s : staffSeeds())
        logins.append(s.login);
    return logins;
}

bool DemoSeeder::refuseOccupied(const DemoOptions &options, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, error))
        return false;
    const qint64 tickets = q.next() ? q.value(0).toLongLong() : 0;
    if (tickets > 0) {
        error = tr("The database already holds %n ticket(s); the demo is written only into a "
                   "database without tickets.",
                   nullptr, int(qMin<qint64>(tickets, INT_MAX)));
        return false;
    }
    const QStringList logins = demoLogins();
    QString in;
    QVariantList values;
    for (const QString &login : logins) {
        in += in.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values.append(login);
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT login FROM staff WHERE login IN (") + in +
                       QStringLiteral(") ORDER BY login"),
                   values, error))
        return false;
    QStringList taken;
    while (q.next())
        taken.append(q.value(0).toString());
    if (!taken.isEmpty()) {
        error = tr("The database already has staff with the demo's logins (%1); the demo is "
                   "written only into a database without them.")
                    .arg(taken.join(QStringLiteral(", ")));
        return false;
    }
    if (!options.loginPassword.isEmpty()) {
        if (m_db.dialect() != Dialect::PostgreSQL) {
            error = tr("Demo logins are database roles: they exist only on PostgreSQL.");
            return false;
        }
        if (options.loginPassword.size() < 8 || options.loginPassword.size() > 1024) {
            error = tr("The demo logins' password must have 8 to 1024 characters.");
            return false;
        }
        if (!m_db.exec(q,
                       QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (") + in +
                           QStringLiteral(") ORDER BY rolname"),
                       values, error))
            return false;
        while (q.next())
            taken.append(q.value(0).toString());
        if (!taken.isEmpty()) {
            error = tr("The server already has database roles named like demo people (%1); "
                       "roles are shared by every database of a server, so the demo logins "
                       "cannot be created here.")
                        .arg(taken.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (options.days < 1 || options.days > 366) {
        error = tr("The demo history must span 1 to 366 days, not %1.").arg(options.days);
        return false;
    }
    return true;
}

bool DemoSeeder::seed(const DemoOptions &options, QString &error,
                      const std::function<void(int)> &progress, DemoSummary *summary) {
    m_summary = {};
    // The rules that open the history's incidents, read before the transaction (reading
    // them opens one of its own).
    RuleSet rules = RuleSet::defaults();
    int rulesVersion = 0;
    if (!loadActiveRuleSet(m_db, rules, rulesVersion, error))
        return false;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            std::vector<GradingInput> grading;
            return refuseOccupied(options, err) && seedPeople(options.nowMs, err) &&
                   seedCalendar(options, err) && seedHistory(options, grading, err, progress) &&
                   seedIncidents(options, rules, grading, err) && seedBroadcasts(options, err) &&
                   (options.loginPassword.isEmpty() || createLogins(options.loginPassword, err));
        },
        error);
    if (ok && summary)
        *summary = m_summary;
    return ok;
}

bool DemoSeeder::seedPeople(qint64 nowMs, QString &error) {
    for (const RoleSeed &r : kRoles) {
        if (!m_db.exec(QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) VALUES "
                                      "(?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"),
                       {QString::fromLatin1(r.key), QString::fromLatin1(r.name), r.isSuper,
                        QString::fromLatin1(r.dbGroup)},
                       error))
            return false;
    }
    for (int t = 1; t <= 4; ++t) {
        if (!m_db.exec(QStringLiteral("INSERT INTO teams(name, created_at) VALUES (?, ?) "
                                      "ON CONFLICT (name) DO NOTHING"),
                       {QStringLiteral("Team %1").arg(t), nowMs}, error))
            return false;
        ++m_summary.teams;
    }
    // Every demo account signs in with the demo password. One Argon2id hash serves them all:
    // hashing 48 times would add seconds to the first start for no gain in a demo.
    QString hash;
    if (!PasswordHasher().hash(demoPassword(), hash, error))
        return false;
    int employee = 1000;
    for (const StaffSeed &s : staffSeeds()) {
        ++employee;
        const QVariant team = s.team > 0 ? QVariant(QStringLiteral("Team %1").arg(s.team))
                                         : QVariant(QMetaType::fromType<QString>());
        if (!m_db.exec(QStringLiteral(
                           "INSERT INTO staff(employee_no, name, gender, phone, role_id, level, "
                           "status, status_changed_at, team_id, skill_groups, login, on_duty, "
                           "created_at, password_hash) VALUES (?, ?, ?, ?, (SELECT id FROM roles "
                           "WHERE key = ?), 1, 'active', ?, (SELECT id FROM teams WHERE name = ?), "
                           "?, ?, ?, ?, ?)"),
                       {QString::number(employee), s.name,
                        employee % 2 ? QStringLiteral("F") : QStringLiteral("M"),
                        QStringLiteral("1380013%1").arg(employee, 4, 10, QLatin1Char('0')), s.role,
                        nowMs, team, QStringLiteral("complaints"), s.login,
                        (employee % 3 != 0) ? 1 : 0, nowMs, hash},
                       error))
            return false;
        ++m_summary.staff;
    }
    const QList<std::pair<QString, QString>> kb{
        {QStringLiteral("Login failures after the 2.3 app update"),
         QStringLiteral("Known issue: clear the session cookie; fixed in 2.3.1.")},
        {QStringLiteral("Top-up credited to the wrong account (串号)"),
         QStringLiteral("Escalate to tier 3 at once; freeze both accounts; security-sensitive.")},
        {QStringLiteral("Payment channel maintenance window"),
         QStringLiteral("Channel closed 02:00–04:00 on Tuesdays; announce in advance.")},
        {QStringLiteral("Campaign reward delays"),
         QStringLiteral("Rewards are credited within 24 h of the campaign close.")},
    };
    for (const auto &[title, body] : kb) {
        if (!m_db.exec(QStringLiteral("INSERT INTO kb_articles(kind, title, body, created_at, "
                                      "updated_at) VALUES ('known_issue', ?, ?, ?, ?)"),
                       {title, body, nowMs, nowMs}, error))
            return false;
        ++m_summary.articles;
    }
    return true;
}

bool DemoSeeder::seedHistory(const DemoOptions &o, std::vector<GradingInput> &grading,
                             QString &error, const std::function<void(int)> &progress) {
    QSqlQuery agents;
    if (!m_db.exec(agents,
                   QStringLiteral("SELECT s.id, s.team_id FROM staff s JOIN roles r ON r.id = "
                                  "s.role_id WHERE r.key = 'agent' ORDER BY s.id"),
                   {}, error))
        return false;
    QList<std::pair<qint64, qint64>> handlers;
    while (agents.next())
        handlers.append({agents.value(0).toLongLong(), agents.value(1).toLongLong()});
    if (handlers.isEmpty()) {
        error = tr("No agents to assign the demo history to.");
        return false;
    }

    // One statement, prepared once: every demo ticket sets the same columns.
    TicketWriter ins(m_db);

    QSqlQuery event(m_db.db());
    if (!event.prepare(
            QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                           "from_state, to_state, data) VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        error = describeSqlError(event.lastError());
        return false;
    }

    demo::ComplaintDraw draw(o.seed);
    QRandomGenerator &rng = draw.rng();
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    const qint64 minuteMs = 60 * 1000;
    const qint64 endMs = o.nowMs - o.nowMs % minuteMs;
    const qint64 startMs = endMs - qint64(o.days) * 24 * 60 * minuteMs;
    qint64 serial = 0;

    const auto insertOne = [&](const Complaint &c) {
        const qint64 at = c.receivedAt.toMSecsSinceEpoch();
        const double ageDays = double(o.nowMs - at) / (24.0 * 3600 * 1000);
        QString state;
        QVariant satisfaction(QMetaType::fromType<int>());
        if (ageDays > 3 || (ageDays > 1 && rng.bounded(10) < 7)) {
            state = QStringLiteral("closed");
            const int r = int(rng.bounded(100));
            satisfaction = r < 45 ? 5 : r < 75 ? 4 : r < 88 ? 3 : r < 96 ? 2 : 1;
        } else if (ageDays > 1) {
            state = rng.bounded(2) ? QStringLiteral("replied") : QStringLiteral("revisited");
        } else {
            static const char *const open[] = {"registered",  "reviewed",    "dispatched",
                                               "in_progress", "in_progress", "replied"};
            state = QString::fromLatin1(open[rng.bounded(6)]);
        }
        const auto &h = handlers.at(rng.bounded(int(handlers.size())));
        const bool assigned =
            state != QLatin1StringView("registered") && state != QLatin1StringView("reviewed");
        NewTicket t = NewTicket::fromComplaint(c);
        t.source = QStringLiteral("demo");
        t.externalId = QStringLiteral("H%1").arg(++serial);
        t.state = state;
        t.validity =
            state == QLatin1StringView("registered") ? QStringLiteral("") : QStringLiteral("valid");
        t.priority = int(rng.bounded(3));
        t.greenChannel = rng.bounded(200) == 0;
        t.handlerId = assigned ? h.first : 0;
        t.teamId = assigned ? h.second : 0;
        t.department = assigned ? QStringLiteral("Complaints") : QStringLiteral("");
        t.supportTier = 1;
        t.satisfaction = satisfaction.toInt(); // 0: none
        t.updatedAt = at;
        TicketWriter::Result written;
        if (!ins.insert(t, written, error))
            return false;
        const qint64 ticketId = written.id;
        ++m_summary.tickets;
        if (const auto type = RuleSet::typeIndex(QStringView(c.problemType)); type >= 0)
            grading.push_back({at, type, int(gradingTier(c.tier))});
        // The timeline that led to the state: reviewed and dispatched by a colleague, then
        // handled by the assigned agent.
        const auto &reviewer = handlers.at(rng.bounded(int(handlers.size())));
        const auto steps = demo::timelineFor(
            {at, o.nowMs, state, reviewer.first, h.first, h.second, satisfaction.toInt()}, rng);
        for (const demo::TimelineStep &st : steps) {
            event.addBindValue(ticketId);
            event.addBindValue(st.at);
            event.addBindValue(st.actorId);
            event.addBindValue(st.action);
            event.addBindValue(st.fromState);
            event.addBindValue(st.toState);
            event.addBindValue(st.data);
            if (!event.exec()) {
                error = describeSqlError(event.lastError());
                return false;
            }
            ++m_summary.timelineLines;
        }
        return true;
    };

    int lastPercent = -1;
    for (qint64 m = startMs; m < endMs; m += minuteMs) {
        const QDateTime minute = QDateTime::fromMSecsSinceEpoch(m, shanghai);
        const int n = poisson(rng, o.meanPerMinute * rhythm(minute.time().hour()));
        for (int i = 0; i < n; ++i) {
            const QDateTime at = minute.addMSecs(rng.bounded(int(minuteMs)));
            if (!insertOne(draw.draw(at)))
                return false;
        }
        // Two bursts a day: one problem type suddenly spikes for about twenty minutes.
        if (rng.bounded(720) == 0) {
            static const char *const bursty[] = {"login_failure", "payment_failure",
                                                 "order_failure", "site_unreachable",
                                                 "client_fault",  "account_theft"};
            const QString type = QString::fromLatin1(bursty[rng.bounded(6)]);
            const int extra = 6 + int(rng.bounded(20));
            for (int i = 0; i < extra; ++i) {
                const QDateTime at = minute.addMSecs(rng.bounded(20 * int(minuteMs)));
                if (at.toMSecsSinceEpoch() < endMs && !insertOne(draw.drawOfType(at, type)))
                    return false;
            }
        }
        const int percent = int(100 * (m - startMs) / (endMs - startMs));
        if (progress && percent != lastPercent) {
            lastPercent = percent;
            progress(percent);
        }
    }
    return true;
}

} // namespace sb

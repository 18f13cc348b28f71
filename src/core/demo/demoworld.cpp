// The parts of the demo around the complaint history: the business calendar's holidays,
// the incidents the grading rules open on that history, broadcasts with their receipts, and
// (on PostgreSQL) each demo person's own login.
#include "demo/demoseeder.h"

#include "grading/engine.h"
#include "incidents/incidentqueries.h"
#include "incidents/incidentstore.h"
#include "messaging/messagestore.h"
#include "util/clock.h"

#include <QDate>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace sb {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

// The fixed-date statutory public holidays of the People's Republic of China. The lunar
// ones (Spring Festival, Qingming, Dragon Boat, Mid-Autumn) and the make-up working days
// change every year with the State Council's notice: an administrator enters them.
struct FixedHoliday {
    int month;
    int day;
    const char *name;
};
constexpr FixedHoliday kHolidays[] = {
    {1, 1, "New Year's Day (元旦)"},  {5, 1, "Labour Day (劳动节)"},
    {5, 2, "Labour Day (劳动节)"},    {10, 1, "National Day (国庆节)"},
    {10, 2, "National Day (国庆节)"}, {10, 3, "National Day (国庆节)"},
};

struct BroadcastSeed {
    qint64 ageMinutes; // before the end of the history
    const char *sender;
    Audience::Kind audience;
    const char *target; // role key, team name or login, by audience
    int priority;
    int modes;
    const char *subject;
    const char *body;
};

// A month of broadcasts, oldest first: supervisors and managers to teams, roles and everyone,
// one urgent outage notice, and an agent's question to the supervisor.
const BroadcastSeed kBroadcasts[] = {
    {27 * 24 * 60, "supervisor", Audience::Kind::Everyone, "", MessagePriority::Normal, 0x1,
     "New queue layout",
     "The ticket queues now open on My work. Green-channel and overdue tickets are marked in "
     "the Time left column."},
    {20 * 24 * 60, "supervisor2", Audience::Kind::Teams, "Team 3", MessagePriority::Normal, 0x1,
     "Holiday roster",
     "The holiday roster is in the shared folder. Swap shifts with your lead by Thursday."},
    {13 * 24 * 60, "supervisor", Audience::Kind::Teams, "Team 4", MessagePriority::Important, 0x3,
     "Refund wording",
     "Do not promise a refund date on the phone. Say that finance confirms it within three "
     "working days."},
    {9 * 24 * 60, "supervisor", Audience::Kind::Everyone, "", MessagePriority::Urgent, 0x7,
     "Payout system outage",
     "Payouts are failing for all customers since 09:40. Register every payout complaint "
     "under the open incident and use the outage script; do not escalate one by one."},
    {6 * 24 * 60, "manager", Audience::Kind::Roles, "supervisor", MessagePriority::Normal, 0x1,
     "Monthly complaint-quality review",
     "The joint review meeting (联席会议) is on Friday at 15:00. Bring the three problem types "
     "that grew fastest this month and one ticket each worth discussing."},
    {5 * 24 * 60, "supervisor", Audience::Kind::Everyone, "", MessagePriority::Normal, 0x3,
     "Shift handover", "Handover is at 18:00 sharp. Leave a note on every ticket you hand over."},
    {4 * 24 * 60, "lead1", Audience::Kind::Teams, "Team 1", MessagePriority::Normal, 0x1,
     "Callback deadline",
     "Phone callbacks are due within 24 hours. Check the Time left column before your break."},
    {3 * 24 * 60, "supervisor", Audience::Kind::Everyone, "", MessagePriority::Important, 0x7,
     "Payment channel maintenance tonight",
     "The payment channel is closed from 02:00 to 04:00. Answer with the maintenance script in "
     "the knowledge base; do not promise refunds."},
    {2 * 24 * 60, "qa", Audience::Kind::Teams, "Team 2", MessagePriority::Normal, 0x1,
     "QA feedback: identity verification",
     "Yesterday's spot check found three tickets without identity verification. Verify before "
     "you discuss any account detail."},
    {30 * 60, "svcmgr", Audience::Kind::Roles, "supervisor", MessagePriority::Important, 0x5,
     "Weekly figures",
     "Deadline compliance fell to 91 % last week. Please review overdue tickets with your leads "
     "today."},
    {36 * 60, "agent11", Audience::Kind::Staff, "supervisor", MessagePriority::Normal, 0x1,
     "Customer asks for a manager",
     "The customer on my ticket about a delayed payout asks to speak to a manager. Can you take "
     "the call after 14:00?"},
    {12 * 60, "supervisor", Audience::Kind::OnDuty, "", MessagePriority::Important, 0x3,
     "New answer script for login failures",
     "Use the updated known-issue script: clear the session cookie, then sign in again. Escalate "
     "if it fails twice."},
    {3 * 60, "lead2", Audience::Kind::Staff, "supervisor", MessagePriority::Important, 0x1,
     "Team 2 short-staffed tonight",
     "Two of my agents called in sick for the night shift. Can Team 3 take the overflow "
     "queue after 22:00?"},
    {45, "supervisor2", Audience::Kind::Everyone, "", MessagePriority::Normal, 0x2,
     "Green channel first",
     "Green-channel tickets head every queue: take them before anything "
     "else."},
};

// The query that finds a broadcast's target id for an audience kind (none for everyone and
// those on duty).
QString targetLookup(Audience::Kind kind) {
    switch (kind) {
    case Audience::Kind::Roles:
        return QStringLiteral("SELECT id FROM roles WHERE key = ?");
    case Audience::Kind::Teams:
        return QStringLiteral("SELECT id FROM teams WHERE name = ?");
    case Audience::Kind::Staff:
        return QStringLiteral("SELECT id FROM staff WHERE login = ?");
    case Audience::Kind::Everyone:
    case Audience::Kind::OnDuty:
        break;
    }
    return {};
}

bool scalarId(Database &db, const QString &sql, const QVariantList &values, qint64 &id,
              QString &error) {
    QSqlQuery q;
    if (!db.exec(q, sql, values, error))
        return false;
    id = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}
} // namespace

bool DemoSeeder::seedCalendar(const DemoOptions &o, QString &error) {
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    const int first =
        QDateTime::fromMSecsSinceEpoch(o.nowMs - o.days * kDayMs, shanghai).date().year();
    const int last = QDateTime::fromMSecsSinceEpoch(o.nowMs, shanghai).date().year() + 1;
    QSqlQuery q(m_db.db());
    for (int year = first; year <= last; ++year) {
        for (const FixedHoliday &h : kHolidays) {
            if (!m_db.exec(q,
                           QStringLiteral("INSERT INTO calendar_days(date, kind, name, "
                                          "updated_by, updated_at) VALUES (?, 'holiday', ?, "
                                          "'demo', ?) ON CONFLICT (date) DO NOTHING"),
                           {QDate(year, h.month, h.day).toString(Qt::ISODate),
                            QString::fromUtf8(h.name), o.nowMs},
                           error))
                return false;
            m_summary.calendarDays += q.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    return true;
}

bool DemoSeeder::seedIncidents(const DemoOptions &o, const RuleSet &rules,
                               std::vector<GradingInput> &grading, QString &error) {
    // The engine takes complaints in time order; a burst's complaints were drawn ahead of
    // the minute they started in.
    std::stable_sort(grading.begin(), grading.end(),
                     [](const GradingInput &a, const GradingInput &b) { return a.atMs < b.atMs; });
    IncidentStore store(m_db, rules);
    QString failure;
    // A person resolves each incident 45 minutes to 4 hours after it opened (the engine's
    // quiet close is replay's, and busy types would stay open all month without one).
    QRandomGenerator rng(o.seed ^ 0x1d1d1d1du);
    std::multimap<qint64, int> resolveAt; // time -> problem type
    IncidentEngine engine(
        rules,
        [&](const IncidentEvent &e) {
            IncidentStore::Result r;
            if (failure.isEmpty() && !store.applyInTransaction(e, r, failure) && failure.isEmpty())
                failure = tr("An incident could not be stored.");
            if (e.kind == IncidentEventKind::Opened)
                resolveAt.emplace(e.atMs + (45 + rng.bounded(196)) * kMinuteMs, e.problemType);
        },
        IncidentEngine::QuietClose::Off);
    const auto resolveUntil = [&](qint64 t) {
        while (!resolveAt.empty() && resolveAt.begin()->first <= t && failure.isEmpty()) {
            const auto [at, type] = *resolveAt.begin();
            resolveAt.erase(resolveAt.begin());
            engine.resolve(at, type);
        }
    };
    for (const GradingInput &g : grading) {
        resolveUntil(g.atMs);
        engine.addComplaint(g.atMs, g.problemType, static_cast<GradingTier>(g.tier));
        if (!failure.isEmpty())
            break;
    }
    resolveUntil(o.nowMs);
    if (!failure.isEmpty()) {
        error = failure;
        return false;
    }
    // Each incident has the owner its grade calls for; the closed ones were confirmed.
    for (const Grade g : {Grade::General, Grade::Serious, Grade::Urgent, Grade::Major}) {
        if (!m_db.exec(QStringLiteral(
                           "UPDATE incidents SET owner_id = (SELECT MIN(s.id) FROM staff s JOIN "
                           "roles r ON r.id = s.role_id WHERE r.key = ?) WHERE grade = ?"),
                       {ownerRoleKey(g), static_cast<int>(g)}, error))
            return false;
    }
    // The resolved ones were confirmed, and closed by their owner with a summary.
    if (!m_db.exec(QStringLiteral("UPDATE incidents SET confirmation = ?, summary = ? WHERE "
                                  "state = 'resolved'"),
                   {confirmation::Confirmed,
                    tr("Cause found and fixed; the customers who complained were called back.")},
                   error) ||
        !m_db.exec(QStringLiteral("UPDATE incident_events SET event = 'resolved', actor_id = "
                                  "(SELECT i.owner_id FROM incidents i WHERE i.id = "
                                  "incident_events.incident_id), note = (SELECT i.summary FROM "
                                  "incidents i WHERE i.id = incident_events.incident_id) WHERE "
                                  "event = 'closed'"),
                   {}, error))
        return false;
    // The complaints an incident was about point to it.
    if (!m_db.exec(QStringLiteral(
                       "UPDATE tickets SET incident_id = (SELECT MAX(i.id) FROM incidents i WHERE "
                       "i.problem_type = tickets.problem_type AND i.opened_at <= "
                       "tickets.received_at AND (i.closed_at IS NULL OR i.closed_at >= "
                       "tickets.received_at)) WHERE incident_id IS NULL"),
                   {}, error))
        return false;
    qint64 count = 0;
    if (!scalarId(m_db, QStringLiteral("SELECT COUNT(*) FROM incidents"), {}, count, error))
        return false;
    m_summary.incidents = int(count);
    return true;
}

bool DemoSeeder::seedBroadcasts(const DemoOptions &o, QString &error) {
    QRandomGenerator rng(o.seed ^ 0x5b5b5b5bu);
    const qint64 historyMs = qint64(o.days) * kDayMs;
    // The demo supervisor signs in first: they have read their inbox but for the two newest
    // messages others sent them.
    qint64 demoSupervisor = 0;
    if (!scalarId(m_db, QStringLiteral("SELECT id FROM staff WHERE login = 'supervisor'"), {},
                  demoSupervisor, error))
        return false;
    for (const BroadcastSeed &b : kBroadcasts) {
        const qint64 ageMs = b.ageMinutes * kMinuteMs;
        if (ageMs >= historyMs)
            continue; // a short history holds only the recent messages
        OutgoingMessage m;
        m.subject = QString::fromUtf8(b.subject);
        m.body = QString::fromUtf8(b.body);
        m.priority = b.priority;
        m.modes = DisplayModes::fromInt(b.modes);
        m.alsoWebhooks = false;
        if (!scalarId(m_db, QStringLiteral("SELECT id FROM staff WHERE login = ?"),
                      {QString::fromLatin1(b.sender)}, m.senderId, error))
            return false;
        // Roles, teams and people are named by key, name and login; the audience holds ids.
        QList<qint64> targets;
        if (const QString lookup = targetLookup(b.audience); !lookup.isEmpty()) {
            qint64 id = 0;
            if (!scalarId(m_db, lookup, {QString::fromLatin1(b.target)}, id, error))
                return false;
            targets = {id};
        }
        m.audience = Audience{b.audience, targets, 0};
        const qint64 sentAt = o.nowMs - ageMs;
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(sentAt, Qt::UTC));
        MessageStore store(m_db, clock);
        qint64 messageId = 0;
        SendReport report;
        if (!store.sendInTransaction(m, messageId, error, &report))
            return false;
        ++m_summary.broadcasts;

        // Receipts: older messages reached nearly everyone and most read them; the newest
        // are still waiting for some.
        QSqlQuery recipients;
        if (!m_db.exec(recipients,
                       QStringLiteral("SELECT staff_id FROM message_recipients WHERE "
                                      "message_id = ? ORDER BY staff_id"),
                       {messageId}, error))
            return false;
        QList<qint64> ids;
        while (recipients.next())
            ids.append(recipients.value(0).toLongLong());
        const int deliveredPercent = ageMs > kDayMs ? 95 : ageMs > kHourMs ? 80 : 50;
        const int readPercent = ageMs > kDayMs ? 85 : ageMs > kHourMs ? 60 : 25;
        for (const qint64 staffId : std::as_const(ids)) {
            bool delivers = int(rng.bounded(100)) < deliveredPercent;
            bool read = int(rng.bounded(100)) < readPercent;
            if (staffId == demoSupervisor) {
                delivers = true;
                read = m.senderId == demoSupervisor || ageMs > kDayMs;
            }
            if (!delivers)
                continue;
            // Delivered within the hour (and before the end), read up to an hour later.
            const qint64 delivered = sentAt + 1000 + rng.bounded(int(qMin(ageMs, kHourMs) - 2000));
            const qint64 readAt = delivered + rng.bounded(int(qMin(o.nowMs - delivered, kHourMs)));
            if (!m_db.exec(QStringLiteral("UPDATE message_recipients SET delivered_at = ? WHERE "
                                          "message_id = ? AND staff_id = ?"),
                           {delivered, messageId, staffId}, error))
                return false;
            if (read) {
                // The read receipt as a workstation records it, at the time it was read.
                clock.set(QDateTime::fromMSecsSinceEpoch(readAt, Qt::UTC));
                if (!store.markRead(staffId, messageId, error))
                    return false;
            }
        }
        m_summary.receipts += int(ids.size());
    }
    return true;
}

bool DemoSeeder::createLogins(const QString &password, QString &error) {
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    static const QStringList groups{QStringLiteral("sb_agent"),      QStringLiteral("sb_team_lead"),
                                    QStringLiteral("sb_supervisor"), QStringLiteral("sb_manager"),
                                    QStringLiteral("sb_qa"),         QStringLiteral("sb_admin")};
    if (!m_db.exec(QStringLiteral("SET LOCAL password_encryption = 'scram-sha-256'"), {}, error))
        return false;
    QSqlQuery people;
    if (!m_db.exec(people,
                   QStringLiteral("SELECT s.login, r.db_group FROM staff s JOIN roles r ON r.id = "
                                  "s.role_id ORDER BY s.id"),
                   {}, error))
        return false;
    const QStringList demo = demoLogins();
    QList<std::pair<QString, QString>> logins;
    while (people.next()) {
        const QString login = people.value(0).toString();
        if (demo.contains(login))
            logins.append({login, people.value(1).toString()});
    }
    for (const auto &[login, group] : std::as_const(logins)) {
        if (!loginPattern.match(login).hasMatch() || !groups.contains(group)) {
            error = tr("Demo login \"%1\" (group \"%2\") is not a valid database role.")
                        .arg(login, group);
            return false;
        }
        // The server quotes the identifier and the password itself (format %I and %L).
        for (const QString &sql :
             {QStringLiteral("SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB "
                             "NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', "
                             "?::text, ?::text)"),
              QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)")}) {
            QSqlQuery q;
            const QVariantList values = sql.contains(QLatin1StringView("CREATE ROLE"))
                                            ? QVariantList{login, password}
                                            : QVariantList{group, login};
            if (!m_db.exec(q, sql, values, error) || !q.next())
                return false;
            if (!m_db.exec(q.value(0).toString(), {}, error)) {
                error = tr("Demo login \"%1\": %2").arg(login, error);
                return false;
            }
        }
        ++m_summary.logins;
    }
    return true;
}

} // namespace sb

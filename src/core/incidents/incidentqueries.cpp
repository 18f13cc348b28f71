#include "incidents/incidentqueries.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace confirmation {
bool isValid(const QString &key) {
    return key == Unconfirmed || key == Known || key == Confirmed || key == Deferred;
}
} // namespace confirmation

namespace {
// Key accounts count as VIP (docs/spec/GRADING.md "Inputs").
const QString kVipCase = QStringLiteral("customer_tier IN ('vip', 'key_account')");

const QString kIncidentColumns = QStringLiteral(
    "SELECT i.id, i.problem_type, i.class, i.state, i.grade, i.trigger_kind, i.opened_at, "
    "i.closed_at, COALESCE(i.owner_id, 0), COALESCE(s.name, ''), i.confirmation, "
    "COALESCE(i.known_issue_id, 0), COALESCE(k.title, ''), i.override_reason, i.summary, "
    "i.post_grade, i.version FROM incidents i LEFT JOIN staff s ON s.id = i.owner_id "
    "LEFT JOIN kb_articles k ON k.id = i.known_issue_id ");

Grade toGrade(const QVariant &v) {
    return static_cast<Grade>(std::clamp(v.toInt(), 0, 3));
}

std::optional<Grade> optionalGrade(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return toGrade(v);
}

// The four window sums of docs/spec/GRADING.md for the rows of one problem type; binds: burst edge.
QString windowSums() {
    return QStringLiteral("COALESCE(SUM(CASE WHEN ") + kVipCase +
           QStringLiteral(" THEN 0 WHEN received_at > ? THEN 1 ELSE 0 END), 0), "
                          "COALESCE(SUM(CASE WHEN ") +
           kVipCase + QStringLiteral(" THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN ") +
           kVipCase +
           QStringLiteral(" AND received_at > ? THEN 1 ELSE 0 END), 0), "
                          "COALESCE(SUM(CASE WHEN ") +
           kVipCase + QStringLiteral(" THEN 0 ELSE 1 END), 0)");
}
} // namespace

double BoardRow::growth() const {
    return static_cast<double>(last30() - previous30) / std::max(previous30, 1);
}

IncidentQueries::IncidentQueries(Database &db)
    : m_db(db) {
}

bool IncidentQueries::currentRules(RuleSet &out, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT version, body FROM rule_sets ORDER BY version DESC "
                                  "LIMIT 1"),
                   {}, error))
        return false;
    if (!q.next()) {
        out = RuleSet::defaults();
        return true;
    }
    QString why;
    auto parsed = RuleSet::fromJson(q.value(1).toString().toUtf8(), why);
    if (!parsed) {
        error = tr("Rule set version %1 cannot be read: %2").arg(q.value(0).toLongLong()).arg(why);
        return false;
    }
    out = std::move(*parsed);
    return true;
}

bool IncidentQueries::readIncidents(const QString &where, const QVariantList &values,
                                    QList<IncidentRecord> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, kIncidentColumns + where, values, error))
        return false;
    while (q.next()) {
        IncidentRecord r;
        r.id = q.value(0).toLongLong();
        r.problemType = q.value(1).toString();
        r.problemClass = q.value(2).toString();
        r.state = q.value(3).toString();
        r.grade = toGrade(q.value(4));
        r.triggerKind = q.value(5).toString();
        r.openedAt = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            r.closedAt = q.value(7).toLongLong();
        r.ownerId = q.value(8).toLongLong();
        r.ownerName = q.value(9).toString();
        r.confirmation = q.value(10).toString();
        r.knownIssueId = q.value(11).toLongLong();
        r.knownIssueTitle = q.value(12).toString();
        r.overrideReason = q.value(13).toString();
        r.summary = q.value(14).toString();
        r.postGrade = optionalGrade(q.value(15));
        r.version = q.value(16).toInt();
        out.append(r);
    }
    return true;
}

bool IncidentQueries::incident(qint64 id, IncidentRecord &out, QString &error) const {
    QList<IncidentRecord> rows;
    if (!readIncidents(QStringLiteral("WHERE i.id = ?"), {id}, rows, error))
        return false;
    if (rows.isEmpty()) {
        error = tr("There is no incident with the id %1.").arg(id);
        return false;
    }
    out = rows.first();
    return true;
}

bool IncidentQueries::openIncident(const QString &problemType, IncidentRecord &out, bool &found,
                                   QString &error) const {
    QList<IncidentRecord> rows;
    if (!readIncidents(QStringLiteral("WHERE i.problem_type = ? AND i.state = 'open'"),
                       {problemType}, rows, error))
        return false;
    found = !rows.isEmpty();
    if (found)
        out = rows.first();
    return true;
}

bool IncidentQueries::resolvedSince(qint64 sinceMs, QList<IncidentRecord> &out,
                                    QString &error) const {
    return readIncidents(QStringLiteral("WHERE i.state = 'resolved' AND i.closed_at > ? "
                                        "ORDER BY i.closed_at DESC, i.id DESC LIMIT 200"),
                         {sinceMs}, out, error);
}

bool IncidentQueries::timeline(qint64 incidentId, QList<TimelineEntry> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT e.id, e.at, e.event, e.from_grade, e.grade, "
                                  "COALESCE(e.actor_id, 0), COALESCE(s.name, ''), e.note, e.data "
                                  "FROM incident_events e LEFT JOIN staff s ON s.id = e.actor_id "
                                  "WHERE e.incident_id = ? ORDER BY e.at, e.id"),
                   {incidentId}, error))
        return false;
    while (q.next()) {
        TimelineEntry t;
        t.id = q.value(0).toLongLong();
        t.at = q.value(1).toLongLong();
        t.event = q.value(2).toString();
        t.fromGrade = optionalGrade(q.value(3));
        t.grade = optionalGrade(q.value(4));
        t.actorId = q.value(5).toLongLong();
        t.actorName = q.value(6).toString();
        t.note = q.value(7).toString();
        t.data = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        out.append(t);
    }
    return true;
}

bool IncidentQueries::counts(const QString &problemType, qint64 atMs, qint64 burstMs,
                             qint64 gradingMs, WindowCounts &out, QString &error) const {
    QSqlQuery q(m_db.db());
    const qint64 from = atMs - std::max(burstMs, gradingMs);
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + windowSums() +
                       QStringLiteral(" FROM tickets WHERE problem_type = ? AND kind = "
                                      "'complaint' AND received_at > ? AND received_at <= ?"),
                   {atMs - burstMs, atMs - burstMs, problemType, from, atMs}, error))
        return false;
    out = {};
    if (q.next()) {
        out.normal30 = q.value(0).toInt();
        out.vip60 = q.value(1).toInt();
        out.vip30 = q.value(2).toInt();
        out.normal60 = q.value(3).toInt();
    }
    if (gradingMs < burstMs) { // a rule set may not do this, but counts stay right if it does
        WindowCounts g;
        if (!counts(problemType, atMs, gradingMs, gradingMs, g, error))
            return false;
        out.normal60 = g.normal30;
        out.vip60 = g.vip30;
    }
    return true;
}

bool IncidentQueries::trend(const QString &problemType, qint64 atMs, qint64 bucketMs, int buckets,
                            QList<int> &out, QString &error) const {
    out = QList<int>(std::max(buckets, 0), 0);
    if (buckets <= 0 || bucketMs <= 0)
        return true;
    const qint64 start = atMs - bucketMs * buckets;
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT (received_at - ?) / ?, COUNT(*) FROM tickets "
                                  "WHERE problem_type = ? AND kind = 'complaint' "
                                  "AND received_at > ? AND received_at <= ? GROUP BY 1"),
                   {start + 1, bucketMs, problemType, start, atMs}, error))
        return false;
    while (q.next()) {
        const qint64 b = q.value(0).toLongLong();
        if (b >= 0 && b < buckets)
            out[static_cast<qsizetype>(b)] += q.value(1).toInt();
    }
    return true;
}

bool IncidentQueries::latestTickets(const QString &problemType, int limit, QList<TicketSample> &out,
                                    QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, received_at, customer_tier, channel, subject, "
                                  "description FROM tickets WHERE problem_type = ? AND kind = "
                                  "'complaint' ORDER BY received_at DESC, id DESC LIMIT ?"),
                   {problemType, limit}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return true;
}

bool IncidentQueries::complaintsBetween(const QString &problemType, qint64 fromMs, qint64 toMs,
                                        int &out, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COUNT(*) FROM tickets WHERE problem_type = ? AND kind = "
                                  "'complaint' AND received_at > ? AND received_at <= ?"),
                   {problemType, fromMs, toMs}, error))
        return false;
    out = q.next() ? q.value(0).toInt() : 0;
    return true;
}

bool IncidentQueries::searchKnowledge(const QString &text, int limit, QList<KnowledgeEntry> &out,
                                      QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    const QString columns =
        QStringLiteral("SELECT id, kind, title, body, updated_at FROM kb_articles ");
    const QString order =
        QStringLiteral(" ORDER BY CASE WHEN kind = 'known_issue' THEN 0 ELSE 1 END, "
                       "updated_at DESC, id DESC LIMIT ?");
    bool ok = false;
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty()) {
        ok = m_db.exec(q, columns + QStringLiteral("WHERE kind = 'known_issue'") + order, {limit},
                       error);
    } else {
        QString escaped;
        for (QChar c : needle) {
            if (c == u'!' || c == u'%' || c == u'_')
                escaped.append(u'!');
            escaped.append(c);
        }
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        ok = m_db.exec(q,
                       columns +
                           QStringLiteral("WHERE LOWER(title) LIKE ? ESCAPE '!' OR LOWER(body) "
                                          "LIKE ? ESCAPE '!'") +
                           order,
                       {pattern, pattern, limit}, error);
    }
    if (!ok)
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    return true;
}

bool IncidentQueries::knowledgeEntry(qint64 id, KnowledgeEntry &out, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, kind, title, body, updated_at FROM kb_articles "
                                  "WHERE id = ?"),
                   {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no knowledge-base entry with the id %1.").arg(id);
        return false;
    }
    out = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
           q.value(3).toString(), q.value(4).toLongLong()};
    return true;
}

bool IncidentQueries::staffWithRole(const QString &roleKey, bool onDutyOnly,
                                    QList<StaffChoice> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.id, s.name, s.employee_no, COALESCE(t.name, ''), "
                                  "s.on_duty FROM staff s JOIN roles r ON r.id = s.role_id "
                                  "LEFT JOIN teams t ON t.id = s.team_id WHERE r.key = ? AND "
                                  "s.status = 'active' AND (s.on_duty = 1 OR ? = 0) "
                                  "ORDER BY s.on_duty DESC, s.name, s.id"),
                   {roleKey, onDutyOnly ? 1 : 0}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt() != 0});
    return true;
}

bool IncidentQueries::audienceChoices(QList<std::pair<qint64, QString>> &roles,
                                      QList<std::pair<qint64, QString>> &teams,
                                      QString &error) const {
    roles.clear();
    teams.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT id, key FROM roles ORDER BY id"), {}, error))
        return false;
    while (q.next())
        roles.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!m_db.exec(q, QStringLiteral("SELECT id, name FROM teams ORDER BY name, id"), {}, error))
        return false;
    while (q.next())
        teams.append({q.value(0).toLongLong(), q.value(1).toString()});
    return true;
}

bool IncidentQueries::board(qint64 atMs, qint64 burstMs, qint64 gradingMs, QList<BoardRow> &out,
                            QString &error) const {
    out.clear();
    QList<IncidentRecord> open;
    if (!readIncidents(QStringLiteral("WHERE i.state = 'open' ORDER BY i.id"), {}, open, error))
        return false;
    if (open.isEmpty())
        return true;
    // One pass over (now − 2 × burst, now]; with the shipped windows (30 and 60 minutes) that
    // is exactly the grading window, otherwise the counts are taken per type below.
    const qint64 from = atMs - 2 * burstMs;
    const bool exact = 2 * burstMs == gradingMs;
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT problem_type, ") + windowSums() +
                       QStringLiteral(", COALESCE(SUM(CASE WHEN received_at <= ? THEN 1 ELSE 0 "
                                      "END), 0) FROM tickets WHERE kind = 'complaint' AND "
                                      "received_at > ? AND received_at <= ? AND problem_type IN "
                                      "(SELECT problem_type FROM incidents WHERE state = 'open') "
                                      "GROUP BY problem_type"),
                   {atMs - burstMs, atMs - burstMs, atMs - burstMs, from, atMs}, error))
        return false;
    QHash<QString, std::pair<WindowCounts, int>> byType;
    while (q.next()) {
        WindowCounts c;
        c.normal30 = q.value(1).toInt();
        c.vip60 = q.value(2).toInt();
        c.vip30 = q.value(3).toInt();
        c.normal60 = q.value(4).toInt();
        byType.insert(q.value(0).toString(), {c, q.value(5).toInt()});
    }
    for (const IncidentRecord &r : std::as_const(open)) {
        BoardRow row;
        row.incident = r;
        const auto it = byType.constFind(r.problemType);
        if (it != byType.cend()) {
            row.counts = it->first;
            row.previous30 = it->second;
        }
        if (!exact && !counts(r.problemType, atMs, burstMs, gradingMs, row.counts, error))
            return false;
        out.append(row);
    }
    std::stable_sort(out.begin(), out.end(), [](const BoardRow &a, const BoardRow &b) {
        if (a.growth() != b.growth())
            return a.growth() > b.growth();
        return a.incident.grade > b.incident.grade;
    });
    return true;
}

QString textSparkline(const QList<int> &values) {
    static const char16_t kBlocks[] = u"\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
    const int top = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    QString s;
    for (int v : values) {
        if (v <= 0 || top <= 0) {
            s.append(u' ');
            continue;
        }
        const int level = std::clamp((v * 8 + top - 1) / top - 1, 0, 7);
        s.append(QChar(kBlocks[level]));
    }
    return s;
}

} // namespace sb

#include "incidents/incidentgrading.h"

#include "storage/dialect.h"

#include "incidents/incidentqueries.h"
#include "incidents/incidentstore.h"
#include "messaging/messagingaudit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {
QVariant nullInt() {
    return QVariant(QMetaType::fromType<int>());
}

QJsonObject countsObject(const WindowCounts &c) {
    return {{QStringLiteral("normal_30m"), c.normal30},
            {QStringLiteral("vip_30m"), c.vip30},
            {QStringLiteral("normal_60m"), c.normal60},
            {QStringLiteral("vip_60m"), c.vip60}};
}

QString eventForConfirmation(const QString &c) {
    if (c == confirmation::Known)
        return QStringLiteral("known_issue");
    if (c == confirmation::Confirmed)
        return QStringLiteral("confirmed");
    return QStringLiteral("deferred");
}
} // namespace

IncidentGrading::IncidentGrading(Database &db, const Clock &clock, const RuleSet &rules)
    : m_db(db)
    , m_clock(clock)
    , m_rules(rules) {
}

bool IncidentGrading::validate(const GradingDecision &d, QString &error) {
    if (RuleSet::typeIndex(QStringView(d.problemType)) < 0) {
        error = tr("Problem type: \"%1\" is not a known problem type.").arg(d.problemType);
        return false;
    }
    if (d.confirmation != confirmation::Known && d.confirmation != confirmation::Confirmed &&
        d.confirmation != confirmation::Deferred) {
        error = tr("Identification: choose a known problem, a new problem or not yet confirmed.");
        return false;
    }
    if (d.confirmation == confirmation::Known && d.knownIssueId <= 0) {
        error = tr("Identification: a known problem needs the knowledge-base entry it is.");
        return false;
    }
    if (d.affectedShare > 1.0) {
        error = tr("Evidence: the affected share must be between 0 and 100 %.");
        return false;
    }
    if (d.grade != d.ruleGrade && d.overrideReason.trimmed().isEmpty()) {
        error = tr("Grade: overriding the grade the rules give (%1) with %2 needs a written "
                   "reason.")
                    .arg(gradeKey(d.ruleGrade), gradeKey(d.grade));
        return false;
    }
    if (d.ownerId <= 0) {
        error = tr("Owner: choose who owns the incident.");
        return false;
    }
    if (d.announce && d.notice.trimmed().isEmpty()) {
        error = tr("Announcement: the notice text is empty.");
        return false;
    }
    return true;
}

bool IncidentGrading::apply(const GradingDecision &d, qint64 actorId, GradingOutcome &out,
                            QString &error) {
    if (!validate(d, error))
        return false;
    const qint64 now = m_clock.nowMs();
    GradingOutcome result;
    if (!m_db.transaction(
            [&](QString &err) { return applyInTransaction(d, actorId, now, result, err); },
            error)) {
        out = {};
        out.conflict = result.conflict;
        return false;
    }
    out = result;
    return true;
}

bool IncidentGrading::findOrCreate(const GradingDecision &d, qint64 actorId, qint64 now,
                                   GradingOutcome &out, int &grade, qint64 &ownerId, int &version,
                                   QString &error) {
    QSqlQuery q(m_db.db());
    const QString lock = dialect::rowLock(m_db.dialect());
    qint64 id = d.incidentId;
    if (id <= 0) {
        if (!m_db.exec(q,
                       QStringLiteral("SELECT id FROM incidents WHERE problem_type = ? AND "
                                      "state = 'open'"),
                       {d.problemType}, error))
            return false;
        if (q.next()) {
            id = q.value(0).toLongLong();
        } else {
            IncidentEvent e;
            e.kind = IncidentEventKind::Opened;
            e.atMs = now;
            e.problemType = RuleSet::typeIndex(QStringView(d.problemType));
            e.grade = d.grade;
            e.counts = d.counts;
            IncidentStore::Result r;
            IncidentStore store(m_db, m_rules);
            store.setManualActor(actorId);
            if (!store.applyInTransaction(e, r, error))
                return false;
            id = r.incidentId;
            out.created = r.created;
            if (r.created)
                out.events.append(QStringLiteral("opened"));
        }
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT problem_type, state, grade, COALESCE(owner_id, 0), "
                                  "version FROM incidents WHERE id = ?") +
                       lock,
                   {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no incident with the id %1.").arg(id);
        return false;
    }
    if (q.value(0).toString() != d.problemType) {
        error = tr("Incident %1 is about %2, not %3.")
                    .arg(id)
                    .arg(q.value(0).toString(), d.problemType);
        return false;
    }
    if (q.value(1).toString() != QLatin1StringView("open")) {
        error = tr("Incident %1 is already resolved; it cannot be graded again.").arg(id);
        return false;
    }
    grade = q.value(2).toInt();
    ownerId = q.value(3).toLongLong();
    version = q.value(4).toInt();
    if (d.incidentId > 0 && d.expectedVersion > 0 && version != d.expectedVersion) {
        out.conflict = true;
        error = tr("Incident %1 changed while you were grading it (for example its grade rose); "
                   "go back, look at it again and finish once more.")
                    .arg(id);
        return false;
    }
    out.incidentId = id;
    return true;
}

bool IncidentGrading::checkOwner(const GradingDecision &d, QString &ownerName,
                                 QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.name, COALESCE(r.key, ''), s.status FROM staff s "
                                  "LEFT JOIN roles r ON r.id = s.role_id WHERE s.id = ?"),
                   {d.ownerId}, error))
        return false;
    if (!q.next()) {
        error = tr("Owner: no staff member has the id %1.").arg(d.ownerId);
        return false;
    }
    ownerName = q.value(0).toString();
    const QString role = q.value(1).toString();
    const QString wanted = ownerRoleKey(d.grade);
    if (role != wanted) {
        error = tr("Owner: %1 holds the role \"%2\"; a %3 incident is owned by the role \"%4\".")
                    .arg(ownerName, role.isEmpty() ? tr("none") : role, gradeKey(d.grade), wanted);
        return false;
    }
    if (q.value(2).toString() != QLatin1StringView("active")) {
        error = tr("Owner: %1 is not active.").arg(ownerName);
        return false;
    }
    return true;
}

bool IncidentGrading::addEvent(qint64 incidentId, qint64 at, const QString &event,
                               const QVariant &fromGrade, const QVariant &grade, qint64 actorId,
                               const QString &note, const QJsonObject &data, QString &error) {
    return m_db.exec(
        QStringLiteral("INSERT INTO incident_events (incident_id, at, event, from_grade, grade, "
                       "actor_id, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {incidentId, at, event, fromGrade, grade,
         actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()), textValue(note),
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
        error);
}

bool IncidentGrading::applyInTransaction(const GradingDecision &d, qint64 actorId, qint64 now,
                                         GradingOutcome &out, QString &error) {
    int previousGrade = 0;
    qint64 previousOwner = 0;
    int version = 0;
    if (!findOrCreate(d, actorId, now, out, previousGrade, previousOwner, version, error))
        return false;
    const qint64 id = out.incidentId;

    QString ownerName;
    if (!checkOwner(d, ownerName, error))
        return false;
    QString knownTitle;
    if (d.confirmation == confirmation::Known) {
        QSqlQuery q(m_db.db());
        if (!m_db.exec(q, QStringLiteral("SELECT title FROM kb_articles WHERE id = ?"),
                       {d.knownIssueId}, error))
            return false;
        if (!q.next()) {
            error = tr("Identification: there is no knowledge-base entry with the id %1.")
                        .arg(d.knownIssueId);
            return false;
        }
        knownTitle = q.value(0).toString();
    }

    const bool overridden = d.grade != d.ruleGrade;
    const int grade = static_cast<int>(d.grade);
    QSqlQuery u(m_db.db());
    if (!m_db.exec(u,
                   QStringLiteral("UPDATE incidents SET grade = ?, owner_id = ?, "
                                  "override_reason = ?, confirmation = ?, known_issue_id = "
                                  "COALESCE(?, known_issue_id), version = version + 1 "
                                  "WHERE id = ? AND version = ?"),
                   {grade, d.ownerId,
                    textValue(overridden ? d.overrideReason.trimmed() : QString()), d.confirmation,
                    d.confirmation == confirmation::Known ? QVariant(d.knownIssueId)
                                                          : QVariant(QMetaType::fromType<qint64>()),
                    id, version},
                   error))
        return false;
    if (u.numRowsAffected() != 1) {
        out.conflict = true;
        error = tr("Incident %1 changed while it was being written; try again.").arg(id);
        return false;
    }

    // The timeline: one event per step, all stamped now, by the person who graded.
    const QString confirmEvent = eventForConfirmation(d.confirmation);
    QJsonObject confirmData{{QStringLiteral("confirmation"), d.confirmation}};
    if (d.confirmation == confirmation::Known)
        confirmData.insert(QStringLiteral("known_issue_id"), d.knownIssueId);
    if (!addEvent(id, now, confirmEvent, nullInt(), nullInt(), actorId, knownTitle, confirmData,
                  error))
        return false;
    out.events.append(confirmEvent);

    QJsonObject gradeData{{QStringLiteral("rule_grade"), gradeKey(d.ruleGrade)},
                          {QStringLiteral("counts"), countsObject(d.counts)}};
    if (d.affectedShare >= 0)
        gradeData.insert(QStringLiteral("affected_share"), d.affectedShare);
    const QString gradeEvent = overridden ? QStringLiteral("overridden") : QStringLiteral("graded");
    if (!addEvent(id, now, gradeEvent, out.created ? nullInt() : QVariant(previousGrade), grade,
                  actorId, overridden ? d.overrideReason.trimmed() : QString(), gradeData, error))
        return false;
    out.events.append(gradeEvent);

    if (d.ownerId != previousOwner) {
        QJsonObject data{{QStringLiteral("to_owner_id"), d.ownerId},
                         {QStringLiteral("role"), ownerRoleKey(d.grade)}};
        if (previousOwner > 0)
            data.insert(QStringLiteral("from_owner_id"), previousOwner);
        if (!addEvent(id, now, QStringLiteral("handed_over"), nullInt(), grade, actorId, ownerName,
                      data, error))
            return false;
        out.events.append(QStringLiteral("handed_over"));
    }

    if (d.announce) {
        IncidentAnnouncement a;
        a.incidentId = id;
        a.senderId = actorId;
        a.subject = d.subject;
        a.notice = d.notice;
        a.script = d.script;
        a.audience = d.audience;
        a.alsoWebhooks = !d.webhookTargetIds.isEmpty();
        a.webhookTargetIds = d.webhookTargetIds;
        MessageStore store(m_db, m_clock);
        if (!store.announceIncidentInTransaction(a, out.messageId, error, &out.report))
            return false;
        const QJsonObject data{{QStringLiteral("message_id"), out.messageId},
                               {QStringLiteral("recipients"), out.report.recipients},
                               {QStringLiteral("webhooks"), out.report.webhooksQueued}};
        if (!addEvent(id, now, QStringLiteral("announced"), nullInt(), grade, actorId, d.subject,
                      data, error))
            return false;
        out.events.append(QStringLiteral("announced"));
    }

    const QJsonObject audit{{QStringLiteral("grade"), gradeKey(d.grade)},
                            {QStringLiteral("rule_grade"), gradeKey(d.ruleGrade)},
                            {QStringLiteral("owner_id"), d.ownerId},
                            {QStringLiteral("confirmation"), d.confirmation},
                            {QStringLiteral("message_id"), out.messageId}};
    return messaging::appendAudit(m_db, now, messaging::actorFor(m_db, actorId),
                                  QStringLiteral("incident.grade"), QStringLiteral("incident"), id,
                                  audit, error);
}

} // namespace sb

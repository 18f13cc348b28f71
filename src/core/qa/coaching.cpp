// QaCoachingStore: coaching items after failed reviews (辅导).
#include "qa/coaching.h"

#include "security/audittrail.h"
#include "storage/dialect.h"
#include "tickets/ticketstore.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Whether staff member ? is an active team lead of the agent `agentColumn` names.
QString leadsAgentSql(const QString &agentColumn) {
    return QStringLiteral("EXISTS (SELECT 1 FROM staff a JOIN staff l ON l.team_id = a.team_id "
                          "AND l.id <> a.id AND l.status = 'active' JOIN roles ro ON ro.id = "
                          "l.role_id AND ro.key = 'team_lead' WHERE a.id = %1 AND l.id = ?)")
        .arg(agentColumn);
}

const QString kColumns = QStringLiteral(
    "SELECT c.id, c.review_id, r.ticket_id, t.received_at, r.score, c.agent_id, a.login, "
    "c.lead_id, l.login, c.state, c.held_on, c.notes, c.actions, c.created_at, "
    "c.acknowledged_at, c.version FROM qa_coaching_items c LEFT JOIN qa_reviews r ON r.id = "
    "c.review_id LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN staff a ON a.id = "
    "c.agent_id LEFT JOIN staff l ON l.id = c.lead_id WHERE ");

} // namespace

QString qaCoachingStateKey(QaCoachingState state) {
    switch (state) {
    case QaCoachingState::Open:
        return QStringLiteral("open");
    case QaCoachingState::Held:
        return QStringLiteral("held");
    case QaCoachingState::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return {};
}

std::optional<QaCoachingState> qaCoachingStateFromKey(const QString &key) {
    for (QaCoachingState s :
         {QaCoachingState::Open, QaCoachingState::Held, QaCoachingState::Acknowledged})
        if (qaCoachingStateKey(s) == key)
            return s;
    return std::nullopt;
}

QaCoachingStore::QaCoachingStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool QaCoachingStore::loadItems(const QString &where, const QVariantList &values,
                                QList<QaCoachingItem> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, kColumns + where, values, error))
        return false;
    while (q.next()) {
        QaCoachingItem c;
        c.id = q.value(0).toLongLong();
        c.reviewId = q.value(1).toLongLong();
        c.ticketId = q.value(2).toLongLong();
        if (c.ticketId > 0)
            c.serial = q.value(3).isNull()
                           ? QString::number(c.ticketId)
                           : TicketStore::serialNumber(c.ticketId, q.value(3).toLongLong());
        if (!q.value(4).isNull())
            c.score = q.value(4).toDouble();
        c.agentId = q.value(5).toLongLong();
        c.agentLogin = q.value(6).toString();
        c.leadId = q.value(7).toLongLong();
        c.leadLogin = q.value(8).toString();
        c.state = qaCoachingStateFromKey(q.value(9).toString()).value_or(QaCoachingState::Open);
        c.heldOn = QDate::fromString(q.value(10).toString(), QStringLiteral("yyyy-MM-dd"));
        c.notes = q.value(11).toString();
        c.actions = q.value(12).toString();
        c.createdAt = q.value(13).toLongLong();
        c.acknowledgedAt = q.value(14).toLongLong();
        c.version = q.value(15).toLongLong();
        out.append(c);
    }
    return true;
}

bool QaCoachingStore::openForLead(qint64 leadId, QList<QaCoachingItem> &out, QString &error) const {
    return loadItems(QStringLiteral("c.state <> 'acknowledged' AND (c.lead_id = ? OR %1) "
                                    "ORDER BY c.created_at, c.id")
                         .arg(leadsAgentSql(QStringLiteral("c.agent_id"))),
                     {leadId, leadId}, out, error);
}

bool QaCoachingStore::forAgent(qint64 agentId, QList<QaCoachingItem> &out, QString &error) const {
    return loadItems(QStringLiteral("c.agent_id = ? ORDER BY c.created_at DESC, c.id DESC"),
                     {agentId}, out, error);
}

bool QaCoachingStore::load(qint64 itemId, std::optional<QaCoachingItem> &out,
                           QString &error) const {
    QList<QaCoachingItem> rows;
    if (!loadItems(QStringLiteral("c.id = ?"), {itemId}, rows, error))
        return false;
    out = rows.isEmpty() ? std::nullopt : std::optional(rows.first());
    return true;
}

bool QaCoachingStore::forReview(qint64 reviewId, std::optional<QaCoachingItem> &out,
                                QString &error) const {
    QList<QaCoachingItem> rows;
    if (!loadItems(QStringLiteral("c.review_id = ?"), {reviewId}, rows, error))
        return false;
    out = rows.isEmpty() ? std::nullopt : std::optional(rows.first());
    return true;
}

bool QaCoachingStore::leadsAgent(qint64 staffId, qint64 agentId, bool &out, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END")
                       .arg(leadsAgentSql(QStringLiteral("?"))),
                   {agentId, staffId}, error))
        return false;
    out = q.next() && q.value(0).toInt() == 1;
    return true;
}

bool QaCoachingStore::teamLeadOf(qint64 agentId, qint64 &out, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT l.id FROM staff a JOIN staff l ON l.team_id = a.team_id "
                                  "AND l.id <> a.id AND l.status = 'active' JOIN roles ro ON "
                                  "ro.id = l.role_id AND ro.key = 'team_lead' WHERE a.id = ? "
                                  "ORDER BY l.id LIMIT 1"),
                   {agentId}, error))
        return false;
    out = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool QaCoachingStore::openForReview(const QaActor &actor, qint64 reviewId, qint64 &id,
                                    QString &error) {
    id = 0;
    QSqlQuery q(m_db.db());
    if (m_db.dialect() == Dialect::PostgreSQL) {
        if (!m_db.exec(q, QStringLiteral("SELECT sb_qa_open_coaching(?)"), {reviewId}, error))
            return false;
        id = q.next() ? q.value(0).toLongLong() : 0;
        return true;
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT reviewer_id, state, passed, agent_id, ticket_id, score, "
                                  "kind FROM qa_reviews WHERE id = ?"),
                   {reviewId}, error))
        return false;
    if (!q.next() || q.value(0).toLongLong() != actor.staffId) {
        error = tr("Review #%1 is not a review of yours.").arg(reviewId);
        return false;
    }
    if (q.value(1).toString() != QLatin1StringView("submitted")) {
        error = tr("Review #%1 is not submitted; coaching follows a submitted, failed review.")
                    .arg(reviewId);
        return false;
    }
    const qint64 agent = q.value(3).toLongLong();
    const qint64 ticket = q.value(4).toLongLong();
    const double score = q.value(5).toDouble();
    // A blind second review (kind "double") measures agreement; it is no feedback.
    if (q.value(2).toInt() == 1 || agent <= 0 ||
        q.value(6).toString() == QLatin1StringView("double"))
        return true;
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM qa_coaching_items WHERE review_id = ?"),
                   {reviewId}, error))
        return false;
    if (q.next()) {
        id = q.value(0).toLongLong();
        return true;
    }
    qint64 lead = 0;
    if (!teamLeadOf(agent, lead, error) ||
        !dialect::insertReturningId(
            m_db,
            QStringLiteral("INSERT INTO qa_coaching_items(review_id, agent_id, "
                           "lead_id, state, created_at) VALUES (?, ?, ?, 'open', "
                           "?)"),
            {reviewId, agent, idOrNull(lead), m_clock.nowMs()}, id, error))
        return false;
    return AuditTrail(m_db, m_clock)
        .append(auditActor(actor), QStringLiteral("qa.coaching.open"),
                QStringLiteral("qa_coaching"), id,
                {{QStringLiteral("review"), reviewId},
                 {QStringLiteral("ticket"), ticket},
                 {QStringLiteral("agent"), agent},
                 {QStringLiteral("lead"), lead > 0 ? QJsonValue(lead) : QJsonValue()},
                 {QStringLiteral("score"), score}},
                error);
}

QStringList QaCoachingStore::meetingIssues(const QaCoachingMeeting &meeting) {
    QStringList issues;
    if (!meeting.heldOn.isValid())
        issues << tr("Date: give the day the meeting was held.");
    if (meeting.notes.trimmed().isEmpty())
        issues << tr("Notes: write what was discussed.");
    else if (meeting.notes.size() > kMaxText)
        issues << tr("Notes: at most %1 characters.").arg(kMaxText);
    if (meeting.actions.trimmed().isEmpty())
        issues << tr("Agreed actions: write what was agreed.");
    else if (meeting.actions.size() > kMaxText)
        issues << tr("Agreed actions: at most %1 characters.").arg(kMaxText);
    return issues;
}

bool QaCoachingStore::recordLocally(const QaActor &actor, qint64 itemId,
                                    const QaCoachingMeeting &meeting, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("SELECT agent_id, lead_id, state, review_id FROM "
                                          "qa_coaching_items WHERE id = ?"),
                           {itemId}, err))
                return false;
            if (!q.next()) {
                err = tr("Coaching item #%1 does not exist.").arg(itemId);
                return false;
            }
            const qint64 agent = q.value(0).toLongLong();
            const qint64 lead = q.value(1).toLongLong();
            const QString state = q.value(2).toString();
            const qint64 review = q.value(3).toLongLong();
            bool leads = false;
            if (!leadsAgent(actor.staffId, agent, leads, err))
                return false;
            if (actor.staffId <= 0 || agent == actor.staffId || !(lead == actor.staffId || leads)) {
                err = tr("Refused: coaching item #%1 is not one of your team's; the agent's "
                         "team lead records the meeting.")
                          .arg(itemId);
                return false;
            }
            if (state == QLatin1StringView("acknowledged")) {
                err = tr("Coaching item #%1 was acknowledged already.").arg(itemId);
                return false;
            }
            const QString day = meeting.heldOn.toString(Qt::ISODate);
            if (!m_db.exec(QStringLiteral("UPDATE qa_coaching_items SET state = 'held', held_on "
                                          "= ?, notes = ?, actions = ?, lead_id = ?, version = "
                                          "version + 1 WHERE id = ?"),
                           {day, meeting.notes.trimmed(), meeting.actions.trimmed(), actor.staffId,
                            itemId},
                           err))
                return false;
            return AuditTrail(m_db, m_clock)
                .append(auditActor(actor), QStringLiteral("qa.coaching.record"),
                        QStringLiteral("qa_coaching"), itemId,
                        {{QStringLiteral("review"), review > 0 ? QJsonValue(review) : QJsonValue()},
                         {QStringLiteral("agent"), agent},
                         {QStringLiteral("held_on"), day},
                         {QStringLiteral("notes"), meeting.notes.trimmed()},
                         {QStringLiteral("actions"), meeting.actions.trimmed()}},
                        err);
        },
        error);
}

bool QaCoachingStore::record(const QaActor &actor, qint64 itemId, const QaCoachingMeeting &meeting,
                             QaCoachingItem &out, QString &error) {
    out = {};
    const QStringList issues = meetingIssues(meeting);
    if (!issues.isEmpty()) {
        error = issues.join(QLatin1Char('\n'));
        return false;
    }
    if (m_db.dialect() == Dialect::SQLite) {
        if (!recordLocally(actor, itemId, meeting, error))
            return false;
    } else if (!callServer(
                   QStringLiteral("SELECT sb_qa_record_coaching(?, ?, ?, ?)"),
                   {itemId, meeting.heldOn.toString(Qt::ISODate), meeting.notes, meeting.actions},
                   error)) {
        return false;
    }
    std::optional<QaCoachingItem> c;
    if (!load(itemId, c, error) || !c)
        return false;
    out = *c;
    return true;
}

bool QaCoachingStore::acknowledgeLocally(const QaActor &actor, qint64 itemId, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("SELECT agent_id, state, review_id, held_on FROM "
                                          "qa_coaching_items WHERE id = ?"),
                           {itemId}, err))
                return false;
            if (!q.next() || actor.staffId <= 0 || q.value(0).toLongLong() != actor.staffId) {
                err = tr("Refused: coaching item #%1 is not yours; only its agent acknowledges "
                         "it.")
                          .arg(itemId);
                return false;
            }
            const QString state = q.value(1).toString();
            const qint64 review = q.value(2).toLongLong();
            const QString heldOn = q.value(3).toString();
            if (state == QLatin1StringView("acknowledged")) {
                err = tr("Coaching item #%1 was acknowledged already.").arg(itemId);
                return false;
            }
            if (state != QLatin1StringView("held")) {
                err = tr("Coaching item #%1 has no meeting recorded yet.").arg(itemId);
                return false;
            }
            if (!m_db.exec(QStringLiteral("UPDATE qa_coaching_items SET state = 'acknowledged', "
                                          "acknowledged_at = ?, version = version + 1 WHERE id "
                                          "= ?"),
                           {m_clock.nowMs(), itemId}, err))
                return false;
            return AuditTrail(m_db, m_clock)
                .append(auditActor(actor), QStringLiteral("qa.coaching.acknowledge"),
                        QStringLiteral("qa_coaching"), itemId,
                        {{QStringLiteral("review"), review > 0 ? QJsonValue(review) : QJsonValue()},
                         {QStringLiteral("held_on"), heldOn}},
                        err);
        },
        error);
}

bool QaCoachingStore::acknowledge(const QaActor &actor, qint64 itemId, QaCoachingItem &out,
                                  QString &error) {
    out = {};
    if (m_db.dialect() == Dialect::SQLite) {
        if (!acknowledgeLocally(actor, itemId, error))
            return false;
    } else if (!callServer(QStringLiteral("SELECT sb_qa_acknowledge_coaching(?)"), {itemId},
                           error)) {
        return false;
    }
    std::optional<QaCoachingItem> c;
    if (!load(itemId, c, error) || !c)
        return false;
    out = *c;
    return true;
}

bool QaCoachingStore::callServer(const QString &sql, const QVariantList &values,
                                 QString &error) const {
    QSqlQuery call(m_db.db());
    return m_db.transaction([&](QString &err) { return m_db.exec(call, sql, values, err); }, error);
}

QString QaCoachingStore::auditActor(const QaActor &actor) const {
    return actor.login.isEmpty() ? QStringLiteral("signalboard") : actor.login;
}

} // namespace sb

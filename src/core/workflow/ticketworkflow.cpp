#include "workflow/ticketworkflow.h"

#include "tickets/ticketwriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

namespace {

QVariant nullInt() {
    return QVariant(QMetaType::fromType<qint64>());
}
QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

// The field as an integer (validated before: a whole number or a string of digits).
std::optional<qint64> intField(const QJsonObject &fields, const QString &name) {
    const QJsonValue v = fields.value(name);
    if (v.isDouble())
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// A NOT NULL text column: a null QString would bind as NULL.
QString notNull(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString textField(const QJsonObject &fields, const QString &name) {
    return notNull(fields.value(name).toString().trimmed());
}

QString compactJson(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

TicketWorkflow::TicketWorkflow(Database &db, const Workflow &workflow, const Clock &clock,
                               QTimeZone displayZone)
    : m_db(db)
    , m_workflow(workflow)
    , m_clock(clock)
    , m_zone(std::move(displayZone)) {
}

bool TicketWorkflow::load(qint64 ticketId, TicketSnapshot &out, QString &error) {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT kind, state, support_tier, version FROM tickets "
                                  "WHERE id = ?"),
                   {ticketId}, error)) {
        m_failure = Failure::Database;
        return false;
    }
    if (!q.next()) {
        m_failure = Failure::NotFound;
        error = tr("Ticket #%1 does not exist (it may have been archived).").arg(ticketId);
        return false;
    }
    out.id = ticketId;
    out.kind = q.value(0).toString();
    out.state = q.value(1).toString();
    out.supportTier = q.value(2).toInt();
    out.version = q.value(3).toLongLong();
    return true;
}

QString TicketWorkflow::conflictMessage(qint64 ticketId) {
    QSqlQuery q;
    QString error;
    QString who = tr("another user");
    QString when;
    if (m_db.exec(q,
                  QStringLiteral("SELECT e.at, s.name FROM ticket_events e LEFT JOIN staff s ON "
                                 "s.id = e.actor_id WHERE e.ticket_id = ? AND e.actor_id IS NOT "
                                 "NULL ORDER BY e.id DESC LIMIT 1"),
                  {ticketId}, error) &&
        q.next()) {
        if (!q.value(1).toString().isEmpty())
            who = q.value(1).toString();
        when = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), m_zone)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    } else if (m_db.exec(q, QStringLiteral("SELECT updated_at FROM tickets WHERE id = ?"),
                         {ticketId}, error) &&
               q.next()) {
        when = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), m_zone)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return tr("Ticket #%1 was changed by %2 at %3 after you opened it. Nothing was saved: "
              "reload the ticket and try again.")
        .arg(ticketId)
        .arg(who, when);
}

bool TicketWorkflow::apply(qint64 ticketId, qint64 expectedVersion, qint64 actorId,
                           const WorkflowPermissions &permissions, const ActionRequest &request,
                           ActionOutcome &outcome, QString &error) {
    m_failure = Failure::None;
    outcome = {};
    TicketSnapshot before;
    if (!load(ticketId, before, error))
        return false;
    if (before.version != expectedVersion) {
        m_failure = Failure::Conflict;
        error = conflictMessage(ticketId);
        return false;
    }
    const ValidationResult v = m_workflow.validate(before, permissions, request);
    if (!v.ok()) {
        m_failure = Failure::Refused;
        error = v.message;
        return false;
    }
    // Staff and team fields must name existing rows (a clear message, not a foreign-key error),
    // and a ticket is only handed to staff whose status is active (a disabled, expired or
    // departed person would never see it).
    const QList<ActionField> fields = m_workflow.fields(before.kind, request.action);
    for (const ActionField &field : fields) {
        if (field.type != FieldType::Staff && field.type != FieldType::Team)
            continue;
        const std::optional<qint64> id = intField(request.fields, field.name);
        if (!id)
            continue;
        QSqlQuery q;
        if (!m_db.exec(q,
                       field.type == FieldType::Staff
                           ? QStringLiteral("SELECT status, name FROM staff WHERE id = ?")
                           : QStringLiteral("SELECT 'active', name FROM teams WHERE id = ?"),
                       {*id}, error)) {
            m_failure = Failure::Database;
            return false;
        }
        if (!q.next()) {
            m_failure = Failure::Refused;
            error = field.type == FieldType::Staff
                        ? tr("Field \"%1\": there is no staff member #%2.").arg(field.name).arg(*id)
                        : tr("Field \"%1\": there is no team #%2.").arg(field.name).arg(*id);
            return false;
        }
        if (const QString status = q.value(0).toString(); status != QLatin1StringView("active")) {
            m_failure = Failure::Refused;
            error = tr("Field \"%1\": staff member #%2 (%3) is not active (status \"%4\"); only "
                       "active staff can be given tickets.")
                        .arg(field.name)
                        .arg(*id)
                        .arg(q.value(1).toString(), status);
            return false;
        }
    }
    const std::optional<WorkflowAction> action =
        m_workflow.action(before.kind, request.action, before.state);
    // On PostgreSQL the server applies the action (sb_workflow_apply): it checks again what
    // was checked here, so a client that skips these checks changes nothing it may not.
    // The server call's statement outlives the transaction: QPSQL frees it when the query is
    // destroyed, which must not happen inside a transaction the refusal has aborted.
    QSqlQuery serverCall;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            return m_db.dialect() == Dialect::PostgreSQL
                       ? applyOnServer(serverCall, before, actorId, *action, request, outcome, err)
                       : applyInTransaction(before, actorId, *action, request, outcome, err);
        },
        error);
    if (!ok) {
        if (m_failure == Failure::Conflict)
            error = conflictMessage(ticketId); // read after the rollback
        else if (m_failure == Failure::None)
            m_failure = Failure::Database;
        outcome = {};
        return false;
    }
    return true;
}

bool TicketWorkflow::applyOnServer(QSqlQuery &q, const TicketSnapshot &before, qint64 actorId,
                                   const WorkflowAction &action, const ActionRequest &request,
                                   ActionOutcome &outcome, QString &error) {
    if (!m_db.exec(q, QStringLiteral("SELECT sb_workflow_apply(?, ?, ?, ?, ?, ?, ?)"),
                   {before.id, before.version, action.key, compactJson(request.fields),
                    notNull(request.note), actorId > 0 ? QVariant(actorId) : nullInt(),
                    m_clock.nowMs()},
                   error)) {
        // The function's sentences say what was refused; a version change is a conflict.
        m_failure = error.contains(QLatin1StringView("was changed by someone else"))
                        ? Failure::Conflict
                        : Failure::Refused;
        return false;
    }
    if (!q.next()) {
        m_failure = Failure::Database;
        error = tr("The ticket event could not be recorded.");
        return false;
    }
    const QJsonObject r = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    outcome.ticketId = before.id;
    outcome.fromState = before.state;
    outcome.toState = r.value(QStringLiteral("to_state")).toString();
    outcome.version = r.value(QStringLiteral("version")).toInteger();
    outcome.eventId = r.value(QStringLiteral("event_id")).toInteger();
    outcome.appealTicketId = r.value(QStringLiteral("appeal_ticket")).toInteger();
    return true;
}

bool TicketWorkflow::applyInTransaction(const TicketSnapshot &before, qint64 actorId,
                                        const WorkflowAction &action, const ActionRequest &request,
                                        ActionOutcome &outcome, QString &error) {
    const qint64 now = m_clock.nowMs();
    const QString toState = action.toState.isEmpty() ? before.state : action.toState;
    const QJsonObject &f = request.fields;

    // Column names below are fixed strings, never input; every value is bound.
    QStringList sets{QStringLiteral("state = ?"), QStringLiteral("version = version + 1"),
                     QStringLiteral("updated_at = ?")};
    QVariantList values{toState, now};
    const auto setIfGiven = [&](const QString &column, const QString &field) {
        if (const auto n = intField(f, field)) {
            sets.append(column + QStringLiteral(" = ?"));
            values.append(*n);
        }
    };
    switch (action.effect) {
    case ActionEffect::None:
        break;
    case ActionEffect::Valid:
    case ActionEffect::Invalid:
        sets.append(QStringLiteral("validity = ?"));
        values.append(action.effect == ActionEffect::Valid ? QStringLiteral("valid")
                                                           : QStringLiteral("invalid"));
        break;
    case ActionEffect::Assign:
        if (f.contains(QStringLiteral("department"))) {
            sets.append(QStringLiteral("department = ?"));
            values.append(textField(f, QStringLiteral("department")));
        }
        setIfGiven(QStringLiteral("team_id"), QStringLiteral("team_id"));
        setIfGiven(QStringLiteral("handler_id"), QStringLiteral("handler_id"));
        setIfGiven(QStringLiteral("support_tier"), QStringLiteral("support_tier"));
        break;
    case ActionEffect::Unassign:
        sets.append(QStringLiteral("handler_id = NULL"));
        break;
    case ActionEffect::Escalate:
        sets.append(QStringLiteral("support_tier = support_tier + 1"));
        setIfGiven(QStringLiteral("handler_id"), QStringLiteral("handler_id"));
        break;
    case ActionEffect::Satisfaction:
        setIfGiven(QStringLiteral("satisfaction"), QStringLiteral("score"));
        break;
    case ActionEffect::Appeal:
        sets.append(QStringLiteral("appeal_count = appeal_count + 1"));
        break;
    }
    values << before.id << before.version << before.state;
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE tickets SET ") + sets.join(QStringLiteral(", ")) +
                       QStringLiteral(" WHERE id = ? AND version = ? AND state = ?"),
                   values, error))
        return false;
    if (q.numRowsAffected() != 1) {
        m_failure = Failure::Conflict;
        error = tr("The ticket was changed meanwhile.");
        return false;
    }

    const QVariant actor = actorId > 0 ? QVariant(actorId) : nullInt();
    if (action.effect == ActionEffect::Appeal) {
        const auto initial = m_workflow.initialState(before.kind, QStringLiteral("appeal"));
        if (!initial) {
            m_failure = Failure::Refused;
            error = tr("The %1 workflow has no state for new appeals.").arg(before.kind);
            return false;
        }
        const QString channel = textField(f, QStringLiteral("channel"));
        QJsonObject extra{
            {QStringLiteral("appeal_reason"), textField(f, QStringLiteral("reason"))}};
        if (const auto skip = intField(f, QStringLiteral("skip_level")))
            extra.insert(QStringLiteral("skip_level"), *skip != 0);
        // The appeal copies the ticket's customer, classification and text; the reason is
        // its description.
        if (!m_db.exec(q,
                       QStringLiteral("SELECT kind, received_offset, channel, customer_tier, "
                                      "problem_type, customer_id, service_number, category, "
                                      "subject, region FROM tickets WHERE id = ?"),
                       {before.id}, error))
            return false;
        if (!q.next()) {
            error = tr("The appeal ticket could not be created.");
            return false;
        }
        NewTicket appeal;
        appeal.kind = q.value(0).toString();
        appeal.source = QStringLiteral("appeal");
        appeal.externalId = QString(); // NULL
        appeal.receivedAt = now;
        appeal.receivedOffset = q.value(1).toLongLong();
        appeal.channel = channel.isEmpty() ? q.value(2).toString() : channel;
        appeal.customerTier = q.value(3).toString();
        appeal.problemType = q.value(4).toString();
        appeal.customerId = q.value(5).toString();
        appeal.serviceNumber = q.value(6).toString();
        appeal.category = q.value(7).toString();
        appeal.subject = q.value(8).toString();
        appeal.description = textField(f, QStringLiteral("reason"));
        appeal.region = q.value(9).toString();
        appeal.state = initial->key;
        appeal.appealOf = before.id;
        appeal.registeredBy = actorId;
        appeal.extra = compactJson(extra);
        appeal.updatedAt = now;
        q.finish();
        if (!insertTicket(m_db, appeal, outcome.appealTicketId, error))
            return false;
        if (!m_db.exec(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                                      "from_state, to_state, note, data) VALUES (?, ?, ?, ?, ?, "
                                      "?, ?, ?)"),
                       {outcome.appealTicketId, now, actor, QStringLiteral("register_appeal"),
                        nullText(), initial->key, notNull(request.note),
                        compactJson({{QStringLiteral("appeal_of"), before.id}})},
                       error))
            return false;
    }

    QJsonObject data = f;
    if (outcome.appealTicketId > 0)
        data.insert(QStringLiteral("appeal_ticket"), outcome.appealTicketId);
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                                  "from_state, to_state, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                  "?) RETURNING id"),
                   {before.id, now, actor, action.key, before.state, toState, notNull(request.note),
                    compactJson(data)},
                   error))
        return false;
    if (!q.next()) {
        error = tr("The ticket event could not be recorded.");
        return false;
    }
    outcome.eventId = q.value(0).toLongLong();
    outcome.ticketId = before.id;
    outcome.fromState = before.state;
    outcome.toState = toState;
    outcome.version = before.version + 1;
    return true;
}

} // namespace sb

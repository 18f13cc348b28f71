#include "workflow/workflow.h"

#include <QJsonValue>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

std::optional<FieldType> fieldTypeFromKey(const QString &key) {
    if (key == QLatin1StringView("text"))
        return FieldType::Text;
    if (key == QLatin1StringView("integer"))
        return FieldType::Integer;
    if (key == QLatin1StringView("choice"))
        return FieldType::Choice;
    if (key == QLatin1StringView("staff"))
        return FieldType::Staff;
    if (key == QLatin1StringView("team"))
        return FieldType::Team;
    return std::nullopt;
}

// A JSON value as an integer: a whole number or a string of digits.
std::optional<qint64> integerValue(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

bool isBlank(const QJsonValue &v) {
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

} // namespace

std::optional<ActionEffect> Workflow::effectFromKey(const QString &key) {
    static const QHash<QString, ActionEffect> map{
        {QString(), ActionEffect::None},
        {QStringLiteral("valid"), ActionEffect::Valid},
        {QStringLiteral("invalid"), ActionEffect::Invalid},
        {QStringLiteral("assign"), ActionEffect::Assign},
        {QStringLiteral("unassign"), ActionEffect::Unassign},
        {QStringLiteral("escalate"), ActionEffect::Escalate},
        {QStringLiteral("satisfaction"), ActionEffect::Satisfaction},
        {QStringLiteral("appeal"), ActionEffect::Appeal}};
    const auto it = map.constFind(key);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

QString Workflow::localName(const QString &name, const QString &nameZh) {
    return QLocale().language() == QLocale::Chinese && !nameZh.isEmpty() ? nameZh : name;
}

bool Workflow::holds(const WorkflowPermissions &permissions, const QString &key) {
    if (permissions.contains(QStringLiteral("*")) || permissions.contains(key))
        return true;
    // Hierarchical keys: holding "ticket" grants "ticket.review".
    QString parent = key;
    for (qsizetype dot = parent.lastIndexOf(QLatin1Char('.')); dot > 0;
         dot = parent.lastIndexOf(QLatin1Char('.'))) {
        parent.truncate(dot);
        if (permissions.contains(parent))
            return true;
    }
    return false;
}

bool Workflow::load(Database &db, QString &error) {
    QList<WorkflowState> states;
    QList<WorkflowAction> actions;
    QHash<QString, QList<ActionField>> fields;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT flow, key, name, name_zh, initial_for, is_final, "
                                "pauses_clock FROM workflow_states ORDER BY flow, sort_order, key"),
                 {}, error))
        return false;
    while (q.next())
        states.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0,
                       q.value(6).toInt() != 0});
    if (!db.exec(q,
                 QStringLiteral("SELECT flow, key, from_state, to_state, permission, effect, name, "
                                "name_zh FROM workflow_actions ORDER BY flow, sort_order, key, "
                                "from_state"),
                 {}, error))
        return false;
    while (q.next()) {
        const auto effect = effectFromKey(q.value(5).toString());
        if (!effect) {
            error = tr("Workflow action %1: unknown effect \"%2\".")
                        .arg(q.value(1).toString(), q.value(5).toString());
            return false;
        }
        actions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), *effect,
                        q.value(6).toString(), q.value(7).toString()});
    }
    if (!db.exec(q,
                 QStringLiteral("SELECT flow, action, field, type, required, choices, min_value, "
                                "max_value FROM workflow_action_fields ORDER BY flow, action, "
                                "sort_order, field"),
                 {}, error))
        return false;
    while (q.next()) {
        const auto type = fieldTypeFromKey(q.value(3).toString());
        if (!type) {
            error = tr("Workflow field %1 of action %2: unknown type \"%3\".")
                        .arg(q.value(2).toString(), q.value(1).toString(), q.value(3).toString());
            return false;
        }
        ActionField f;
        f.name = q.value(2).toString();
        f.type = *type;
        f.required = q.value(4).toInt() != 0;
        const QString choices = q.value(5).toString();
        if (!choices.isEmpty())
            f.choices = choices.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!q.value(6).isNull())
            f.minValue = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            f.maxValue = q.value(7).toLongLong();
        fields[fieldKey(q.value(0).toString(), q.value(1).toString())].append(f);
    }
    int maxTier = 3;
    if (!db.exec(q,
                 QStringLiteral("SELECT value FROM settings WHERE key = ? ORDER BY version DESC "
                                "LIMIT 1"),
                 {QStringLiteral("workflow.max_support_tier")}, error))
        return false;
    if (q.next()) {
        bool ok = false;
        maxTier = q.value(0).toString().toInt(&ok);
        if (!ok || maxTier < 1) {
            error = tr("Setting workflow.max_support_tier: \"%1\" is not a tier number.")
                        .arg(q.value(0).toString());
            return false;
        }
    }
    m_states = states;
    m_actions = actions;
    m_fields = fields;
    m_maxSupportTier = maxTier;
    return true;
}

std::optional<WorkflowState> Workflow::state(const QString &flow, const QString &key) const {
    for (const WorkflowState &s : m_states) {
        if (s.flow == flow && s.key == key)
            return s;
    }
    return std::nullopt;
}

QList<WorkflowState> Workflow::states(const QString &flow) const {
    QList<WorkflowState> out;
    std::copy_if(m_states.cbegin(), m_states.cend(), std::back_inserter(out),
                 [&flow](const WorkflowState &s) { return s.flow == flow; });
    return out;
}

std::optional<WorkflowState> Workflow::initialState(const QString &flow,
                                                    const QString &purpose) const {
    for (const WorkflowState &s : m_states) {
        if (s.flow == flow && s.initialFor == purpose)
            return s;
    }
    return std::nullopt;
}

QStringList Workflow::finalStateKeys() const {
    QStringList keys;
    for (const WorkflowState &s : m_states) {
        if (s.final && !keys.contains(s.key))
            keys.append(s.key);
    }
    return keys;
}

QSet<QString> Workflow::pausingStateKeys(const QString &flow) const {
    QSet<QString> keys;
    for (const WorkflowState &s : m_states) {
        if (s.flow == flow && s.pausesClock)
            keys.insert(s.key);
    }
    return keys;
}

QList<WorkflowAction> Workflow::allowedActions(const QString &flow, const QString &state,
                                               const WorkflowPermissions &permissions) const {
    QList<WorkflowAction> out;
    for (const WorkflowAction &a : m_actions) {
        if (a.flow == flow && a.fromState == state && holds(permissions, a.permission))
            out.append(a);
    }
    return out;
}

std::optional<WorkflowAction> Workflow::action(const QString &flow, const QString &key,
                                               const QString &fromState) const {
    for (const WorkflowAction &a : m_actions) {
        if (a.flow == flow && a.key == key && a.fromState == fromState)
            return a;
    }
    return std::nullopt;
}

QString Workflow::actionName(const QString &flow, const QString &key) const {
    for (const WorkflowAction &a : m_actions) {
        if (a.flow == flow && a.key == key)
            return localName(a.name, a.nameZh);
    }
    return {};
}

QList<ActionField> Workflow::fields(const QString &flow, const QString &action) const {
    return m_fields.value(fieldKey(flow, action));
}

ValidationResult Workflow::validate(const TicketSnapshot &ticket,
                                    const WorkflowPermissions &permissions,
                                    const ActionRequest &request) const {
    using Code = ValidationResult::Code;
    QStringList fromStates;
    QString actionName = request.action;
    for (const WorkflowAction &candidate : m_actions) {
        if (candidate.flow == ticket.kind && candidate.key == request.action) {
            fromStates.append(candidate.fromState);
            actionName = localName(candidate.name, candidate.nameZh);
        }
    }
    if (fromStates.isEmpty())
        return {Code::UnknownAction,
                {},
                tr("\"%1\" is not an action of the %2 workflow.").arg(request.action, ticket.kind)};
    const std::optional<WorkflowAction> a = action(ticket.kind, request.action, ticket.state);
    if (!a) {
        // In lifecycle order (states are loaded in their sort order).
        const auto rank = [this, &ticket](const QString &key) {
            for (qsizetype i = 0; i < m_states.size(); ++i) {
                if (m_states.at(i).flow == ticket.kind && m_states.at(i).key == key)
                    return i;
            }
            return m_states.size();
        };
        std::sort(fromStates.begin(), fromStates.end(),
                  [&rank](const QString &x, const QString &y) { return rank(x) < rank(y); });
        QStringList names;
        for (const QString &s : std::as_const(fromStates)) {
            const auto st = state(ticket.kind, s);
            names.append(st ? localName(st->name, st->nameZh) : s);
        }
        const auto current = state(ticket.kind, ticket.state);
        return {Code::WrongState,
                {},
                tr("The action \"%1\" is not possible while the ticket is %2; it needs the "
                   "ticket to be %3.")
                    .arg(actionName,
                         current ? localName(current->name, current->nameZh) : ticket.state,
                         names.join(tr(" or ")))};
    }
    if (!holds(permissions, a->permission))
        return {Code::MissingPermission,
                {},
                tr("You do not have the permission \"%1\" needed for \"%2\".")
                    .arg(a->permission, localName(a->name, a->nameZh))};

    const QList<ActionField> list = fields(ticket.kind, request.action);
    for (const ActionField &f : list) {
        const QJsonValue v = request.fields.value(f.name);
        if (isBlank(v)) {
            if (f.required)
                return {Code::MissingField, f.name,
                        tr("\"%1\" needs the field \"%2\".")
                            .arg(localName(a->name, a->nameZh), f.name)};
            continue;
        }
        switch (f.type) {
        case FieldType::Text:
            if (!v.isString())
                return {Code::InvalidField, f.name, tr("Field \"%1\" must be text.").arg(f.name)};
            break;
        case FieldType::Choice:
            if (!f.choices.contains(v.toString()))
                return {Code::InvalidField, f.name,
                        tr("Field \"%1\": \"%2\" is not one of %3.")
                            .arg(f.name, v.toString(), f.choices.join(QStringLiteral(", ")))};
            break;
        case FieldType::Integer:
        case FieldType::Staff:
        case FieldType::Team: {
            const std::optional<qint64> n = integerValue(v);
            if (!n || (f.type != FieldType::Integer && *n <= 0))
                return {Code::InvalidField, f.name,
                        tr("Field \"%1\" must be a whole number.").arg(f.name)};
            if ((f.minValue && *n < *f.minValue) || (f.maxValue && *n > *f.maxValue))
                return {Code::InvalidField, f.name,
                        tr("Field \"%1\" must be between %2 and %3, not %4.")
                            .arg(f.name)
                            .arg(f.minValue.value_or(0))
                            .arg(f.maxValue.value_or(0))
                            .arg(*n)};
            if (f.name == QLatin1StringView("support_tier") && *n > m_maxSupportTier)
                return {Code::TierLimit, f.name,
                        tr("There is no support tier above %1.").arg(m_maxSupportTier)};
            break;
        }
        }
    }
    if (a->effect == ActionEffect::Escalate && ticket.supportTier >= m_maxSupportTier)
        return {Code::TierLimit,
                {},
                tr("The ticket is already at tier %1, the highest support tier; it cannot be "
                   "escalated further.")
                    .arg(ticket.supportTier)};
    return {};
}

} // namespace sb

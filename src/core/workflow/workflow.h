#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// The ticket lifecycle as data (tables workflow_states, workflow_actions,
// workflow_action_fields; shipped default in migration 003 after docs/spec/DOMAIN.md §2). A flow is
// named after tickets.kind: "complaint" or "suggestion".

struct WorkflowState {
    QString flow;
    QString key;
    QString name;
    QString nameZh;
    QString initialFor; // "new": new tickets start here; "appeal": new appeals; else empty
    bool final = false;
    bool pausesClock = false; // time in this state does not count against deadlines
};

enum class FieldType { Text, Integer, Choice, Staff, Team };

struct ActionField {
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList choices;
    std::optional<qint64> minValue;
    std::optional<qint64> maxValue;
};

// What an action does besides moving the state (column workflow_actions.effect).
enum class ActionEffect {
    None,
    Valid,        // validity = valid
    Invalid,      // validity = invalid
    Assign,       // department / team_id / handler_id / support_tier from the fields
    Unassign,     // clears the handler (returned ticket goes back to the dispatcher)
    Escalate,     // support_tier + 1, refused above workflow.max_support_tier
    Satisfaction, // satisfaction = fields.score
    Appeal        // creates a linked appeal ticket; appeal_count + 1
};

struct WorkflowAction {
    QString flow;
    QString key;
    QString fromState;
    QString toState; // empty: the state does not change
    QString permission;
    ActionEffect effect = ActionEffect::None;
    QString name;
    QString nameZh;
};

// A user's request to apply an action, as the form collected it.
struct ActionRequest {
    QString action;
    QJsonObject fields; // field name → value (string or number)
    QString note;
};

// The part of a ticket the rules look at.
struct TicketSnapshot {
    qint64 id = 0;
    QString kind = QStringLiteral("complaint");
    QString state;
    int supportTier = 1;
    qint64 version = 0;
};

struct ValidationResult {
    enum class Code {
        Ok,
        UnknownAction,
        WrongState,
        MissingPermission,
        MissingField,
        InvalidField,
        TierLimit
    };
    Code code = Code::Ok;
    QString field;   // the field concerned, for MissingField / InvalidField
    QString message; // translated sentence for the user
    bool ok() const { return code == Code::Ok; }
};

// Permission keys a user holds; the key "*" stands for the super role (no limits).
using WorkflowPermissions = QSet<QString>;

class Workflow {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    // Loads all flows from the database.
    bool load(Database &db, QString &error);

    std::optional<WorkflowState> state(const QString &flow, const QString &key) const;
    QList<WorkflowState> states(const QString &flow) const;
    // The state new tickets ("new") or new appeals ("appeal") of `flow` start in.
    std::optional<WorkflowState> initialState(const QString &flow, const QString &purpose) const;
    // Keys of final states over all flows (tickets there have no running deadlines).
    QStringList finalStateKeys() const;
    // Keys of states in which the deadline clock stands still, over all flows.
    QSet<QString> pausingStateKeys(const QString &flow) const;
    // Actions a holder of `permissions` may take from `state` (in display order).
    QList<WorkflowAction> allowedActions(const QString &flow, const QString &state,
                                         const WorkflowPermissions &permissions) const;
    std::optional<WorkflowAction> action(const QString &flow, const QString &key,
                                         const QString &fromState) const;
    QList<ActionField> fields(const QString &flow, const QString &action) const;
    // The display name (localName) of action `key` in `flow`, from any state; empty when the
    // flow has no such action.
    QString actionName(const QString &flow, const QString &key) const;

    // Checks `request` against the rules: known action, allowed from the ticket's state,
    // permission held, required fields present and values valid, tier limit for escalation.
    ValidationResult validate(const TicketSnapshot &ticket, const WorkflowPermissions &permissions,
                              const ActionRequest &request) const;

    int maxSupportTier() const { return m_maxSupportTier; }
    void setMaxSupportTier(int tier) { m_maxSupportTier = tier; }

    static bool holds(const WorkflowPermissions &permissions, const QString &key);
    // The name to show: the Chinese one when the default QLocale is Chinese and it has one.
    static QString localName(const QString &name, const QString &nameZh);
    static std::optional<ActionEffect> effectFromKey(const QString &key);

private:
    static QString fieldKey(const QString &flow, const QString &action) {
        return flow + QLatin1Char('/') + action;
    }

    QList<WorkflowState> m_states;
    QList<WorkflowAction> m_actions;             // ordered by sort_order
    QHash<QString, QList<ActionField>> m_fields; // "flow/action" → fields
    int m_maxSupportTier = 3;
};

} // namespace sb

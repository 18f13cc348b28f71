#pragma once

#include "workflow/deadlines.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <functional>

namespace sb::app {

// Adds or edits one deadline rule. Save hands the rule to `save` (DeadlineRuleStore::save as
// the signed-in person); a refusal (which names the field) is shown in the dialog, which then
// stays open with nothing stored.
class DeadlineRuleDialog : public QDialog {
    Q_OBJECT
public:
    using SaveFn = std::function<bool(DeadlineRule &rule, QString &error)>;

    // `actions`: the workflow's action keys (anchor and "met by" suggestions).
    DeadlineRuleDialog(const DeadlineRule &rule, const QStringList &actions, SaveFn save,
                       QWidget *parent);

    // The rule as the fields describe it now.
    DeadlineRule rule() const;
    QString errorText() const { return m_error->text(); }
    const DeadlineRule &saved() const { return m_rule; }

    static QString unitLabel(DeadlineUnit unit);

private:
    void trySave();

    DeadlineRule m_rule;
    SaveFn m_save;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QComboBox *m_category;
    QComboBox *m_tier;
    QComboBox *m_milestone;
    QSpinBox *m_duration;
    QComboBox *m_unit;
    QComboBox *m_clock;
    QSpinBox *m_warn;
    QComboBox *m_anchor;
    QLineEdit *m_metBy;
    QCheckBox *m_enabled;
    QLabel *m_error;
};

} // namespace sb::app

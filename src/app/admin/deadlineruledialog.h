#pragma once

#include "workflow/deadlines.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <functional>
#include <memory>

namespace Ui {
class DeadlineRuleDialog;
}

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
    ~DeadlineRuleDialog() override;

    // The rule as the fields describe it now.
    DeadlineRule rule() const;
    QString errorText() const;
    const DeadlineRule &saved() const { return m_rule; }

    static QString unitLabel(DeadlineUnit unit);

private:
    void trySave();

    std::unique_ptr<Ui::DeadlineRuleDialog> m_ui;
    DeadlineRule m_rule;
    SaveFn m_save;
};

} // namespace sb::app

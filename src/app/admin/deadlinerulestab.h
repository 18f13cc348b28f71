#pragma once

#include "admin/admintab.h"
#include "workflow/deadlines.h"

#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace sb::app {

class DeadlineRuleDialog;

// Deadline rules: per ticket kind, channel, category and tier ("*" = any) a milestone, its
// duration in working or wall-clock time, the warning lead, what it counts from and which
// actions meet it. Add / Edit (a dialog), Remove, Enable/disable — each through
// DeadlineRuleStore (validated, audited) as the signed-in person; needs admin.settings.
class DeadlineRulesTab : public AdminTab {
    Q_OBJECT
public:
    DeadlineRulesTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    const QList<DeadlineRule> &rules() const { return m_rules; }
    // The dialog last opened by Add or Edit (null when closed).
    DeadlineRuleDialog *dialog() const { return m_dialog; }
    qint64 selectedId() const;
    bool selectRule(qint64 id);

    void refresh();
    void addRule();
    void editRule();
    void removeRule();
    void toggleRule();

    // "2 working hours", "3 working days", "30 seconds".
    static QString durationText(const DeadlineRule &r);

private:
    void updateButtons();
    void openDialog(const DeadlineRule &rule);
    bool saveRule(DeadlineRule &rule, QString &error);
    std::optional<DeadlineRule> selectedRule() const;

    QList<DeadlineRule> m_rules;
    QStringList m_actions;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_toggle;
    DeadlineRuleDialog *m_dialog = nullptr;
};

} // namespace sb::app

#pragma once

#include "grading/ruleset.h"
#include "shell/workspace.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RuleSetEditor;
}

namespace sb::app {

// The form in which an administrator edits the grading rules: a grid of the initial grading
// table (problem type × tier × grade, cells such as "5–10", ">20", "≥1" or blank, with each
// type's class and core-experience flag), the burst thresholds per class and tier, the
// windows, the affected-share threshold and the replay quiet close. Saving validates every
// cell (RuleSet's range parser; inverted and overlapping ranges are refused, naming the
// row and column and selecting the cell) and stores a NEW version (RuleSetStore: audited).
// Without the permission admin.rules the form is read-only.
class RuleSetEditor : public QDialog {
    Q_OBJECT
public:
    static constexpr int kClassColumn = 0;
    static constexpr int kCoreColumn = 1;
    static constexpr int kFirstGradeColumn = 2; // + tier * 4 + grade

    RuleSetEditor(const Workspace &ws, QWidget *parent = nullptr);
    ~RuleSetEditor() override;

    // Where a problem was found (-1: not in the grading grid).
    struct Problem {
        QString table; // gradingTable, burstTable or empty
        int row = -1;
        int column = -1;
        QString message;
    };
    // The rule set the form holds, or the first problem found.
    std::optional<RuleSet> collect(Problem &problem) const;
    void fill(const RuleSet &rules);
    int savedVersion() const { return m_savedVersion; }
    bool canEdit() const { return m_canEdit; }

Q_SIGNALS:
    void saved(int version);

private:
    void load();
    void save();
    void showProblem(const Problem &p);
    QString columnLabel(int column) const;

    std::unique_ptr<Ui::RuleSetEditor> m_ui;
    Workspace m_ws;
    bool m_canEdit = false;
    int m_savedVersion = 0;
};

} // namespace sb::app

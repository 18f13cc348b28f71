#pragma once

#include "admin/admintab.h"
#include "security/adminqueries.h"
#include "shell/livequerymodel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace sb::app {

// Teams: add, rename, delete (members stay, without a team).
class TeamsTab : public AdminTab {
    Q_OBJECT
public:
    using Model = LiveRowsModel<TeamRow>;

    TeamsTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;
    QTableView *view() const { return m_view; }
    Model *model() const { return m_model; }
    qint64 selectedId() const;

    void addTeam();
    void renameTeam();
    void deleteTeam();

private:
    void updateButtons();

    Model *m_model;
    QTableView *m_view;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace sb::app

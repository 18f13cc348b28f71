#pragma once

#include "admin/admintab.h"
#include "security/adminqueries.h"
#include "shell/livequerymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

namespace sb::app {

// Roles and what they may do: the role list with its form (key, name, PostgreSQL group, super)
// and the permission tree — one checkbox per permission, children under their parent. Ticking a
// box grants it to the selected role, clearing it revokes it (each through AdminService,
// audited). A permission granted through its parent shows ticked and greyed.
class RolesTab : public AdminTab {
    Q_OBJECT
public:
    using Model = LiveRowsModel<RoleRow>;

    RolesTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    QTableView *view() const { return m_view; }
    Model *model() const { return m_model; }
    QTreeWidget *tree() const { return m_tree; }
    qint64 selectedId() const;
    bool selectRole(const QString &key);
    QTreeWidgetItem *permissionItem(const QString &key) const;

    void createRole();
    void saveRole();
    void deleteRole();

private:
    void loadTree();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateButtons();
    RoleInput form() const;

    Model *m_model;
    QTableView *m_view;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QComboBox *m_group;
    QCheckBox *m_super;
    QPushButton *m_create;
    QPushButton *m_save;
    QPushButton *m_delete;
    QTreeWidget *m_tree;
    QHash<QString, QTreeWidgetItem *> m_items;
    bool m_loading = false;
};

} // namespace sb::app

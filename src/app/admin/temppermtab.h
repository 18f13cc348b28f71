#pragma once

#include "admin/admintab.h"
#include "security/adminqueries.h"
#include "shell/livequerymodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QPushButton>
#include <QTableView>

namespace sb::app {

// Temporary permissions: who holds what until when; grant (holder, permission, expiry) and
// revoke, through AdminService. Expired grants stay listed, greyed, until revoked.
class TempPermissionsTab : public AdminTab {
    Q_OBJECT
public:
    using Model = LiveRowsModel<TempPermissionRow>;

    TempPermissionsTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    QTableView *view() const { return m_view; }
    Model *model() const { return m_model; }
    QComboBox *holder() const { return m_holder; }
    QComboBox *permission() const { return m_permission; }
    QDateTimeEdit *expiry() const { return m_expiry; }
    void grant();
    void revokeSelected();
    void reloadChoices();

private:
    void updateButtons();

    Model *m_model;
    QTableView *m_view;
    QComboBox *m_holder;
    QComboBox *m_permission;
    QDateTimeEdit *m_expiry;
    QPushButton *m_grant;
    QPushButton *m_revoke;
};

} // namespace sb::app

#pragma once

#include "admin/admintab.h"
#include "admin/personaldataproxy.h"
#include "admin/staffdialog.h"
#include "security/adminqueries.h"
#include "shell/livequerymodel.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace sb::app {

// Staff list (phone masked for those without personal_data.view) with New, Edit, Disable and
// Unlock; every action goes through AdminService, which checks rights and audits.
class StaffTab : public AdminTab {
    Q_OBJECT
public:
    using Model = LiveRowsModel<StaffRow>;

    StaffTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    QTableView *view() const { return m_view; }
    Model *model() const { return m_model; }
    PersonalDataProxy *proxy() const { return m_proxy; }
    // The open editor (null when none); opened non-modally over the window.
    StaffDialog *editor() const { return m_editor; }
    void openEditor(qint64 staffId);
    qint64 selectedId() const;
    // Sets the selected person's status to "disabled" (on PostgreSQL: disables their login).
    void disableSelected();
    void unlockSelected();

    enum Column {
        EmployeeNo,
        Name,
        Gender,
        Phone,
        Role,
        Level,
        Status,
        StatusSince,
        Team,
        Skills,
        Login,
        Locked
    };

private:
    void submit();
    void updateButtons();

    Model *m_model;
    PersonalDataProxy *m_proxy;
    QSortFilterProxyModel *m_filter; // on top of the masking: searches what is shown
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_disable;
    QPushButton *m_unlock;
    QPointer<StaffDialog> m_editor;
};

} // namespace sb::app

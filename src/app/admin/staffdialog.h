#pragma once

#include "admin/admincontext.h"

#include <QDialog>
#include <memory>

namespace Ui {
class StaffDialog;
}

namespace sb::app {

// Creates or edits one staff member: every field, role, team, status and (optionally) a new
// password. On PostgreSQL saving a new person creates their own database login (through
// AdminService → sb_create_login) and a status other than active disables it. The dialog only
// collects; the Staff tab saves through AdminService and shows refusals here.
class StaffDialog : public QDialog {
    Q_OBJECT
public:
    StaffDialog(AdminContext &ctx, qint64 staffId, QWidget *parent);
    ~StaffDialog() override;

    qint64 staffId() const { return m_id; }
    StaffInput input() const;
    QString password() const;
    void showError(const QString &text);
    QString errorText() const;
    // False with a message when the dialog could not read the person.
    bool loaded(QString &error) const;

Q_SIGNALS:
    void submitted();

private:
    void save();

    std::unique_ptr<Ui::StaffDialog> m_ui;
    AdminContext &m_ctx;
    qint64 m_id;
    QString m_loadError;
    QString m_phone;      // as stored
    QString m_phoneShown; // as shown (masked without personal_data.view)
};

} // namespace sb::app

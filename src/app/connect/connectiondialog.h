#pragma once

#include "storage/database.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace sb::app {

// Asks where the data lives and who is signing in. It tries the connection itself (through
// the injected `attempt`) and keeps the dialog open with the reason when it fails, so the
// user can correct and try again. The password is never stored.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    // `attempt` tries to open and sign in; returns an empty string on success, else the reason.
    using Attempt = std::function<QString(const DatabaseUrl &url, const QString &login,
                                          const QString &password)>;
    ConnectionDialog(Attempt attempt, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setUrl(const DatabaseUrl &url);
    void setLogin(const QString &login);
    void showError(const QString &text);
    DatabaseUrl url() const;
    QString login() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    Attempt m_attempt;
};

} // namespace sb::app

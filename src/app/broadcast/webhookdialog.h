#pragma once

#include "shell/workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>

#include <memory>

namespace Ui {
class WebhookDialog;
}

namespace sb::app {

// Chat-group webhooks, for people with broadcast.webhook: the targets (add,
// edit, enable / disable, remove) and the outbox with each row's delivery state. Target URLs carry
// the group's secret key: the table shows only their host.
class WebhookDialog : public QDialog {
    Q_OBJECT
public:
    WebhookDialog(const Workspace &ws, QWidget *parent = nullptr);
    ~WebhookDialog() override;

    bool addTarget(const QString &name, const QString &kindKey, const QString &url);
    // Saves the form over the selected target; an empty URL keeps the stored one.
    bool updateSelected(const QString &name, const QString &kindKey, const QString &url);
    void reload();

private:
    qint64 selectedTarget() const;
    void toggleSelected();
    void targetSelected();
    void removeSelected();

    Workspace m_ws;
    std::unique_ptr<Ui::WebhookDialog> m_ui;
    QTimer m_reloadTimer;
};

} // namespace sb::app

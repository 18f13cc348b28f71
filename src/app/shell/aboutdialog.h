#pragma once

#include "shell/workspace.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace sb::app {

// Help → About: this program's version, the schema version of the database it is connected
// to and the newest one it supports, the Qt it was built with and runs on, the database (its
// URL without the password) and the licences of the program and what it ships with.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const Workspace &ws, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The schema line as shown ("12 (this version supports 12)"), for tests.
    QString schemaText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace sb::app

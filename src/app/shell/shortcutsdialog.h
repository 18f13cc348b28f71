#pragma once

#include <QDialog>

#include <memory>

class QMenuBar;

namespace Ui {
class ShortcutsDialog;
}

namespace sb::app {

// Help → Keyboard shortcuts: every command of the menu bar that has a shortcut, read from
// the menus' own actions when the dialog opens, so the list cannot drift from the menus.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The shortcuts listed, in the platform's notation ("Ctrl+1"), in menu order.
    QStringList shortcuts() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace sb::app

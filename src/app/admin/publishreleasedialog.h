#pragma once

#include "storage/releasestore.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class PublishReleaseDialog;
}

namespace sb::app {

// Publishes the newest version (version, download page, multi-line notes). Publish hands the
// release to `publish` (ReleaseStore::publish as the signed-in person); a refusal is shown in
// the dialog, which then stays open with nothing stored.
class PublishReleaseDialog : public QDialog {
    Q_OBJECT
public:
    using PublishFn = std::function<bool(const ReleaseInfo &info, QString &error)>;

    PublishReleaseDialog(const ReleaseInfo &current, PublishFn publish, QWidget *parent);
    ~PublishReleaseDialog() override;

    ReleaseInfo release() const;
    QString errorText() const;
    // Checks the fields and publishes; true when published (the dialog is then accepted).
    bool tryPublish();

private:
    std::unique_ptr<Ui::PublishReleaseDialog> m_ui;
    PublishFn m_publish;
};

} // namespace sb::app

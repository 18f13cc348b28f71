#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class QaReplaceDialog;
}

namespace sb::app {

// Asks why a sampled ticket is to be replaced. The reason is required and at most
// kMaxReason characters; OK with a missing or too long reason says what is wrong and keeps
// the dialog open.
class QaReplaceDialog : public QDialog {
    Q_OBJECT
public:
    QaReplaceDialog(const QString &serial, QWidget *parent = nullptr);
    ~QaReplaceDialog() override;

    // The reason as typed, without surrounding white space.
    QString reason() const;
    // Empty when the reason may be sent; otherwise what is missing or wrong.
    QString problem() const;
    QString errorText() const;

    static constexpr int kMaxReason = 2000; // as the store and the server accept

private:
    void tryAccept();

    std::unique_ptr<Ui::QaReplaceDialog> m_ui;
};

} // namespace sb::app

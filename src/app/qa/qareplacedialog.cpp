#include "qa/qareplacedialog.h"

#include "ui_qareplacedialog.h"

#include <QPlainTextEdit>
#include <QPushButton>

namespace sb::app {

QaReplaceDialog::QaReplaceDialog(const QString &serial, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QaReplaceDialog>()) {
    m_ui->setupUi(this);
    m_ui->ticketLabel->setText(
        tr("Ticket %1 leaves the sample. The next-ranked ticket of its stratum takes its place.")
            .arg(serial));
    m_ui->replaceButtons->button(QDialogButtonBox::Ok)->setText(tr("Replace"));
    connect(m_ui->replaceButtons, &QDialogButtonBox::accepted, this, &QaReplaceDialog::tryAccept);
    connect(m_ui->replaceButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_ui->reasonError->text().isEmpty())
            m_ui->reasonError->setText(problem());
    });
    m_ui->reasonEdit->setFocus();
}

QaReplaceDialog::~QaReplaceDialog() = default;

QString QaReplaceDialog::reason() const {
    return m_ui->reasonEdit->toPlainText().trimmed();
}

QString QaReplaceDialog::problem() const {
    const QString why = reason();
    if (why.isEmpty())
        return tr("Give a reason for replacing the ticket.");
    if (why.size() > kMaxReason)
        return tr("The reason is too long: %1 characters, at most %2.")
            .arg(why.size())
            .arg(kMaxReason);
    return {};
}

QString QaReplaceDialog::errorText() const {
    return m_ui->reasonError->text();
}

void QaReplaceDialog::tryAccept() {
    const QString p = problem();
    m_ui->reasonError->setText(p);
    if (p.isEmpty())
        accept();
    else
        m_ui->reasonEdit->setFocus();
}

} // namespace sb::app

#include "qa/qacoachingdialog.h"

#include "ui_qacoachingdialog.h"

namespace sb::app {

QaCoachingDialog::QaCoachingDialog(const QString &summary, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QaCoachingDialog>()) {
    m_ui->setupUi(this);
    m_ui->coachingSummary->setText(summary);
    m_ui->heldOnEdit->setMaximumDate(today);
    m_ui->heldOnEdit->setDate(today);
    m_ui->coachingError->hide();
    connect(m_ui->coachingButtons, &QDialogButtonBox::accepted, this, &QaCoachingDialog::accept);
    connect(m_ui->coachingButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QaCoachingDialog::~QaCoachingDialog() = default;

QaCoachingMeeting QaCoachingDialog::meeting() const {
    return {m_ui->heldOnEdit->date(), m_ui->notesEdit->toPlainText(),
            m_ui->actionsEdit->toPlainText()};
}

void QaCoachingDialog::setMeeting(const QaCoachingMeeting &meeting) {
    m_ui->heldOnEdit->setDate(meeting.heldOn);
    m_ui->notesEdit->setPlainText(meeting.notes);
    m_ui->actionsEdit->setPlainText(meeting.actions);
}

QString QaCoachingDialog::errorText() const {
    return !m_ui->coachingError->isHidden() ? m_ui->coachingError->text() : QString();
}

void QaCoachingDialog::accept() {
    const QStringList issues = QaCoachingStore::meetingIssues(meeting());
    if (!issues.isEmpty()) {
        m_ui->coachingError->setText(issues.join(QLatin1Char('\n')));
        m_ui->coachingError->show();
        return; // the dialog stays open with everything typed
    }
    QDialog::accept();
}

} // namespace sb::app

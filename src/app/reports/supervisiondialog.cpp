#include "reports/supervisiondialog.h"

#include "reports/supervisionpanel.h"
#include "security/directory.h"
#include "security/permissions.h"

#include "ui_supervisiondialog.h"

#include <QDateTime>
#include <QPushButton>

namespace sb::app {

namespace {
constexpr int kStaffChoices = 2000;
constexpr int kDefaultDueDays = 7; // a week, when the draft names no due date
} // namespace

SupervisionDialog::SupervisionDialog(const Workspace &ws, const SupervisionDraft &draft,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_draft(draft)
    , m_ui(std::make_unique<Ui::SupervisionDialog>()) {
    m_ui->setupUi(this);
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("supervision"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Open item"));
    m_ui->subjectLabel->setText(tr("%1 (%2 %3)")
                                    .arg(SupervisionPanel::subjectOf(draft.dimension, draft.key),
                                         SupervisionPanel::dimensionLabel(draft.dimension),
                                         draft.key));
    const auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_ui->periodLabel->setText(
        tr("%1 – %2").arg(when(draft.periodStartMs), when(draft.periodEndMs)));
    QList<StaffEntry> people;
    QString error;
    if (Directory::staff(*ws.db, Directory::StaffScope::ActiveOnly, kStaffChoices, people, error))
        for (const StaffEntry &p : std::as_const(people))
            m_ui->ownerCombo->addItem(p.name, p.id);
    m_ui->ownerCombo->setCurrentIndex(m_ui->ownerCombo->findData(draft.ownerId));
    m_ui->dueEdit->setDate(
        draft.due.isValid()
            ? draft.due
            : QDateTime::fromMSecsSinceEpoch(ws.clock->nowMs()).date().addDays(kDefaultDueDays));
    m_ui->notesEdit->setPlainText(draft.notes);
    const bool may = ws.canWrite && ws.user.permissions.has(perm::ReportsSupervise);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(may);
    m_ui->errorLabel->setText(
        may ? QString()
            : (ws.canWrite ? tr("Needs the permission %1.").arg(perm::ReportsSupervise)
                           : ws.readOnlyReason));
    m_ui->errorLabel->setVisible(!may);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SupervisionDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SupervisionDialog::~SupervisionDialog() = default;

SupervisionDraft SupervisionDialog::draft() const {
    SupervisionDraft d = m_draft;
    d.ownerId = m_ui->ownerCombo->currentData().toLongLong();
    d.due = m_ui->dueEdit->date();
    d.notes = m_ui->notesEdit->toPlainText().trimmed();
    return d;
}

void SupervisionDialog::accept() {
    if (m_writing)
        return;
    const SupervisionDraft d = draft();
    const QStringList problems =
        SupervisionStore::issues(d.dimension, d.key, d.ownerId, d.due, d.notes);
    if (!problems.isEmpty()) {
        m_ui->errorLabel->setText(problems.join(QLatin1Char('\n')));
        m_ui->errorLabel->show();
        return;
    }
    m_writing = true;
    m_ui->buttons->setEnabled(false);
    const ReportActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    struct Outcome {
        bool ok = false;
        QString error;
        SupervisionItem item;
    };
    m_worker->post(
        this,
        [actor, clock, d](DbWorker::Context &c) {
            Outcome o;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            SupervisionStore store(*c.db, *clock);
            o.ok = store.open(actor, d, o.item, o.error);
            return o;
        },
        [this](const Outcome &o) {
            m_writing = false;
            m_ui->buttons->setEnabled(true);
            if (!o.ok) {
                m_ui->errorLabel->setText(o.error);
                m_ui->errorLabel->show();
                return;
            }
            Q_EMIT opened(o.item);
            QDialog::accept();
        });
}

} // namespace sb::app

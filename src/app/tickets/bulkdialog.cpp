#include "tickets/bulkdialog.h"

#include "tickets/actiondialog.h"
#include "tickets/ticketedits.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::app {

BulkFlow::BulkFlow(const TicketEnv &env, BulkKind kind, QList<BulkTarget> targets,
                   QMap<qint64, QString> labels, QWidget *parent)
    : QObject(parent)
    , m_env(env)
    , m_kind(kind)
    , m_targets(std::move(targets))
    , m_labels(std::move(labels))
    , m_parent(parent) {
}

QString BulkFlow::title(BulkKind kind) {
    switch (kind) {
    case BulkKind::Dispatch:
        return tr("Dispatch");
    case BulkKind::Reassign:
        return tr("Reassign");
    case BulkKind::Urge:
        return tr("Urge");
    case BulkKind::Priority:
        return tr("Change priority");
    case BulkKind::Close:
        return tr("Close");
    }
    return {};
}

void BulkFlow::start() {
    WorkflowAction action;
    action.name = title(m_kind);
    QList<ActionField> fields;
    switch (m_kind) {
    case BulkKind::Dispatch:
        action.key = QStringLiteral("dispatch");
        fields = m_env.workflow.fields(QStringLiteral("complaint"), action.key);
        break;
    case BulkKind::Urge:
        action.key = QStringLiteral("urge");
        fields = m_env.workflow.fields(QStringLiteral("complaint"), action.key);
        break;
    case BulkKind::Reassign: {
        action.key = QStringLiteral("reassign");
        ActionField f;
        f.name = QStringLiteral("handler_id");
        f.type = FieldType::Staff;
        f.required = true;
        fields.append(f);
        break;
    }
    case BulkKind::Priority: {
        action.key = QStringLiteral("priority");
        ActionField f;
        f.name = QStringLiteral("priority");
        f.type = FieldType::Integer;
        f.required = true;
        f.minValue = TicketEdits::MinPriority;
        f.maxValue = TicketEdits::MaxPriority;
        fields.append(f);
        break;
    }
    case BulkKind::Close:
        action.key = QStringLiteral("close");
        break;
    }
    auto *dialog = new ActionDialog(*m_env.ws.db, action, fields,
                                    tr("%n ticket(s)", nullptr, int(m_targets.size())), m_parent);
    dialog->setObjectName(QStringLiteral("bulkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActionDialog::submitted, this, [this, dialog] {
        const ActionRequest request = dialog->request();
        for (const ActionField &f :
             m_env.workflow.fields(QStringLiteral("complaint"), request.action)) {
            if (f.required && !request.fields.contains(f.name)) {
                dialog->showError(tr("%1: required.").arg(f.name));
                return;
            }
        }
        if ((m_kind == BulkKind::Reassign &&
             !request.fields.contains(QStringLiteral("handler_id")))) {
            dialog->showError(tr("handler_id: required."));
            return;
        }
        BulkActions bulk(*m_env.ws.db, m_env.workflow, *m_env.ws.clock, m_env.zone);
        const QList<BulkResult> results = bulk.run(m_kind, m_targets, m_env.ws.user.staffId,
                                                   m_env.permissions, request.fields, request.note);
        dialog->accept();
        showResults(results);
    });
    connect(dialog, &QDialog::rejected, this, &BulkFlow::finished);
    dialog->open();
}

void BulkFlow::showResults(const QList<BulkResult> &results) {
    auto *dialog = new QDialog(m_parent);
    dialog->setObjectName(QStringLiteral("bulkResults"));
    dialog->setWindowTitle(tr("%1: results").arg(title(m_kind)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    int done = 0;
    for (const BulkResult &r : results)
        done += r.ok ? 1 : 0;
    auto *summary =
        new QLabel(tr("%1 done, %2 refused.").arg(done).arg(results.size() - done), dialog);
    summary->setObjectName(QStringLiteral("bulkSummary"));
    layout->addWidget(summary);
    auto *table = new QTableWidget(int(results.size()), 3, dialog);
    table->setObjectName(QStringLiteral("bulkResultTable"));
    table->setHorizontalHeaderLabels({tr("Ticket"), tr("Result"), tr("Why")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < results.size(); ++i) {
        const BulkResult &r = results.at(i);
        table->setItem(i, 0,
                       new QTableWidgetItem(
                           m_labels.value(r.ticketId, QStringLiteral("#%1").arg(r.ticketId))));
        auto *result = new QTableWidgetItem(r.ok ? tr("Done") : tr("Refused"));
        result->setForeground(r.ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        table->setItem(i, 1, result);
        table->setItem(i, 2, new QTableWidgetItem(r.message));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::finished, this, &BulkFlow::finished);
    dialog->resize(640, 360);
    dialog->open();
}

} // namespace sb::app

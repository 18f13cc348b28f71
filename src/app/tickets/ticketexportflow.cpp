#include "tickets/ticketexportflow.h"

#include "security/audittrail.h"
#include "tickets/ticketstores.h"

#include <QDir>
#include <QJsonObject>
#include <QMessageBox>
#include <QProgressDialog>

#include <algorithm>
#include <climits>

namespace sb::app {

TicketExportFlow::TicketExportFlow(const TicketEnv &env, TicketView view, qint64 expectedRows,
                                   QString path, QWidget *parent)
    : QObject(parent)
    , m_env(env)
    , m_view(std::move(view))
    , m_expected(expectedRows)
    , m_path(std::move(path))
    , m_parent(parent) {
}

void TicketExportFlow::start() {
    if (!m_env.has(permission())) {
        report(false, tr("Exporting needs the permission %1.").arg(permission()));
        return;
    }
    const Workspace &ws = m_env.ws;
    QString error;
    // Who exported what, like every search; unmasked exports also in the audit log.
    if (!QueryLog::record(*ws.db, ws.clock->nowMs(), ws.user.staffId, ticketQueueKey(m_view.queue),
                          m_view.filter, error, QStringLiteral("export"))) {
        report(false, tr("The export could not be logged: %1").arg(error));
        return;
    }
    if (m_env.unmasked) {
        QJsonObject detail;
        detail.insert(QStringLiteral("query"), TicketViewText::format(m_view));
        detail.insert(QStringLiteral("path"), m_path);
        if (!AuditTrail(*ws.db, *ws.clock)
                 .append(ws.user.login, QStringLiteral("export.personal_data"),
                         QStringLiteral("ticket"), 0, detail, error)) {
            report(false, tr("The export could not be audited: %1").arg(error));
            return;
        }
    }
    TicketExportRequest request;
    request.url = ws.db->url();
    request.view = m_view;
    request.context = m_env.queryContext;
    request.personalData = m_env.unmasked;
    request.path = m_path;
    m_job = new TicketExportJob(std::move(request), this);

    m_progress = new QProgressDialog(tr("Exporting tickets…"), tr("Cancel"), 0,
                                     int(std::clamp<qint64>(m_expected, 0, 1 << 30)), m_parent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export view"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job, &TicketExportJob::cancel);
    connect(m_job, &TicketExportJob::progress, this, &TicketExportFlow::onProgress);
    connect(m_job, &TicketExportJob::finished, this, &TicketExportFlow::onFinished);
    m_progress->show();
    m_job->start();
}

void TicketExportFlow::onProgress(qint64 rows) {
    if (!m_progress)
        return;
    if (m_progress->maximum() > 0)
        m_progress->setValue(int(qMin<qint64>(rows, m_progress->maximum())));
    m_progress->setLabelText(m_expected > 0
                                 ? tr("%L1 of %L2 tickets written…").arg(rows).arg(m_expected)
                                 : tr("%L1 tickets written…").arg(rows));
}

void TicketExportFlow::onFinished(bool ok, bool cancelled, qint64 rows, const QString &error) {
    if (m_progress) {
        disconnect(m_progress, nullptr, m_job, nullptr); // closing emits canceled()
        m_progress->close();
        m_progress->deleteLater();
    }
    const QString path = QDir::toNativeSeparators(m_path);
    if (ok)
        report(true, tr("Exported %Ln ticket(s) to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                         .arg(path));
    else if (cancelled)
        report(false, tr("Export cancelled; no file was written."));
    else
        report(false, tr("Export failed: %1").arg(error));
}

void TicketExportFlow::report(bool ok, const QString &message) {
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Export view"), message, QMessageBox::Ok, m_parent);
    box->setObjectName(QStringLiteral("exportResult"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT finished(ok, message);
}

} // namespace sb::app

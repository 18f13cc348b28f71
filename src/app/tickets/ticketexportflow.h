#pragma once

#include "security/permissions.h"
#include "tickets/ticketenv.h"
#include "tickets/ticketexportjob.h"

#include <QPointer>

class QProgressDialog;
class QWidget;

namespace sb::app {

// "Export view…": logs the export (query_log) and, when unmasked, audits it (audit_log
// 'export.personal_data'); runs the export on a worker thread behind a progress dialog with
// Cancel ("exportProgress"), then reports "Exported N tickets to PATH" or the error
// ("exportResult").
class TicketExportFlow : public QObject {
    Q_OBJECT
public:
    // `expectedRows` sizes the progress bar (<= 0: unknown, a busy indicator).
    TicketExportFlow(const TicketEnv &env, TicketView view, qint64 expectedRows, QString path,
                     QWidget *parent);
    void start();
    static QString permission() { return perm::TicketsExport; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void onProgress(qint64 rows);
    void onFinished(bool ok, bool cancelled, qint64 rows, const QString &error);
    void report(bool ok, const QString &message);

    const TicketEnv &m_env;
    TicketView m_view;
    qint64 m_expected;
    QString m_path;
    QWidget *m_parent;
    TicketExportJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace sb::app

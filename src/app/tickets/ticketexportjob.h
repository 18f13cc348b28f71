#pragma once

#include "storage/databaseurl.h"
#include "tickets/ticketviewtext.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace sb::app {

// One export of a queue view to a CSV file: what to export and where.
struct TicketExportRequest {
    DatabaseUrl url;
    TicketView view;
    TicketQueryContext context;
    bool personalData = false;
    QString path;
};

// Runs on the job's thread with its own connection (opened and closed there).
class TicketExportWorker : public QObject {
    Q_OBJECT
public:
    TicketExportWorker(TicketExportRequest request, const std::atomic<bool> *cancel);
    void run();

Q_SIGNALS:
    void progress(qint64 rows);
    void done(bool ok, qint64 rows, const QString &error);

private:
    TicketExportRequest m_request;
    const std::atomic<bool> *m_cancel;
};

// Exports every ticket of a queue view on a worker thread (Exporter::exportTicketsToFile):
// the file appears only when complete; cancel or failure leaves none. Deleting the job
// cancels a running export and waits for its thread.
class TicketExportJob : public QObject {
    Q_OBJECT
public:
    explicit TicketExportJob(TicketExportRequest request, QObject *parent = nullptr);
    ~TicketExportJob() override;
    void start();
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }

Q_SIGNALS:
    void progress(qint64 rows);
    // `cancelled` when the user stopped it (then ok is false and no file was written).
    void finished(bool ok, bool cancelled, qint64 rows, const QString &error);

private:
    QThread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_started = false;
    TicketExportWorker *m_worker;
};

} // namespace sb::app

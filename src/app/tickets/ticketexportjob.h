#pragma once

#include "storage/databaseurl.h"
#include "storage/longjob.h"
#include "tickets/ticketviewtext.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace sb::app {

// One export of a queue view to a CSV file: what to export and where.
struct TicketExportRequest {
    DatabaseUrl url;
    TicketView view;
    TicketQueryContext context;
    bool personalData = false;
    QString path;
};

// Exports every ticket of a queue view on a DbWorker of its own (Exporter::exportTicketsToFile):
// a long job takes one more connection and closes it when done. The file appears only when
// complete; cancel or failure leaves none. Deleting the job cancels a running export and waits
// for it.
class TicketExportJob : public QObject {
    Q_OBJECT
public:
    explicit TicketExportJob(TicketExportRequest request, QObject *parent = nullptr);
    ~TicketExportJob() override;
    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(qint64 rows);
    // `cancelled` when the user stopped it (then ok is false and no file was written).
    void finished(bool ok, bool cancelled, qint64 rows, const QString &error);

private:
    TicketExportRequest m_request;
    bool m_cancelled = false;
    std::shared_ptr<std::atomic<bool>> m_stop;      // shared with the export running
    LongJob m_job{QStringLiteral("ticket-export")}; // the export's own connection
};

} // namespace sb::app

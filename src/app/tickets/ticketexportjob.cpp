#include "tickets/ticketexportjob.h"

#include "io/exporter.h"
#include "storage/database.h"

namespace sb::app {

TicketExportWorker::TicketExportWorker(TicketExportRequest request, const std::atomic<bool> *cancel)
    : m_request(std::move(request))
    , m_cancel(cancel) {
}

void TicketExportWorker::run() {
    QString error;
    qint64 rows = 0;
    bool ok = false;
    {
        const auto db = Database::open(m_request.url, QStringLiteral("ticket-export"), error);
        if (db) {
            const TicketQueryBuilder builder(db->dialect(), m_request.view.queue,
                                             m_request.view.filter, m_request.context);
            TicketExportOptions options;
            options.personalData = m_request.personalData;
            options.cancel = m_cancel;
            options.progress = [this](qint64 n) {
                Q_EMIT progress(n);
            };
            ok = Exporter::exportTicketsToFile(*db, builder, m_request.path, rows, error, options);
        }
    } // the connection closes in this thread
    Q_EMIT done(ok, rows, error);
}

TicketExportJob::TicketExportJob(TicketExportRequest request, QObject *parent)
    : QObject(parent)
    , m_worker(new TicketExportWorker(std::move(request), &m_cancel)) {
    m_thread.setObjectName(QStringLiteral("ticket-export"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &TicketExportWorker::run);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TicketExportWorker::progress, this, &TicketExportJob::progress);
    connect(m_worker, &TicketExportWorker::done, this,
            [this](bool ok, qint64 rows, const QString &error) {
                m_thread.quit();
                Q_EMIT finished(ok, !ok && m_cancel, rows, error);
            });
}

TicketExportJob::~TicketExportJob() {
    m_cancel = true;
    if (!m_started) {
        delete m_worker; // never moved onto a running thread
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void TicketExportJob::start() {
    m_started = true;
    m_thread.start();
}

} // namespace sb::app

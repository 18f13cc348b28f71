#include "tickets/ticketexportjob.h"

#include "io/exporter.h"
#include "storage/database.h"

#include <QPointer>

namespace sb::app {

namespace {
struct ExportResult {
    bool ok = false;
    qint64 rows = 0;
    QString error;
};
} // namespace

TicketExportJob::TicketExportJob(TicketExportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_stop(std::make_shared<std::atomic<bool>>(false)) {
}

TicketExportJob::~TicketExportJob() {
    *m_stop = true; // then the worker waits for the export to give up
}

void TicketExportJob::cancel() {
    m_cancelled = true;
    *m_stop = true; // the export stops at its next row; finished() still comes
}

void TicketExportJob::start() {
    const QPointer<TicketExportJob> self(this);
    m_job.post(
        m_request.url, this,
        [request = m_request, self, stop = m_stop](DbWorker::Context &c) {
            ExportResult r;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            const TicketQueryBuilder builder(c.db->dialect(), request.view.queue,
                                             request.view.filter, request.context);
            TicketExportOptions options;
            options.personalData = request.personalData;
            options.cancel = stop.get();
            options.progress = [self](qint64 n) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, n] {
                        if (self)
                            Q_EMIT self->progress(n);
                    },
                    Qt::QueuedConnection);
            };
            r.ok = Exporter::exportTicketsToFile(*c.db, builder, request.path, r.rows, r.error,
                                                 options);
            return r;
        },
        [this](const ExportResult &r) {
            Q_EMIT finished(r.ok, !r.ok && m_cancelled, r.rows, r.error);
        });
}

} // namespace sb::app

#pragma once

#include "storage/database.h"
#include "tickets/ticketquery.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QAbstractItemModel;
class QIODevice;

namespace sb {

// How a ticket export runs: masking, cancel and progress (all optional).
struct TicketExportOptions {
    bool personalData = false; // service numbers unmasked: the caller checks and audits
    // Checked before every row; when it turns true the export stops with an error.
    const std::atomic<bool> *cancel = nullptr;
    // Called with the rows written so far, every `progressEvery` rows and once at the end.
    std::function<void(qint64 rows)> progress;
    qint64 progressEvery = 500;
};

// Writes tickets as docs/spec/INTERCHANGE.md complaint CSV (which imports again in our own format),
// preceded by id, serial and state; and any item view (a queue as the user sees it) as CSV.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(sb::Exporter)

public:
    static QStringList ticketColumns();
    // Every ticket of the queue view `view` (not a page) in queue order: green channel first,
    // then the view's sort, then id. Rows are streamed (forward-only query, bounded memory).
    // Service numbers are masked unless options.personalData. On cancel or failure returns
    // false with `error`; what was written to `out` is then incomplete (use a QSaveFile).
    static bool exportTickets(Database &db, const TicketQueryBuilder &view, QIODevice *out,
                              qint64 &rows, QString &error,
                              const TicketExportOptions &options = {});
    // The same through a QSaveFile at `path`: the file appears only when the export is complete;
    // cancel or failure leaves no file (and an existing file untouched).
    static bool exportTicketsToFile(Database &db, const TicketQueryBuilder &view,
                                    const QString &path, qint64 &rows, QString &error,
                                    const TicketExportOptions &options = {});
    // Header from the model's horizontal header, then every row's DisplayRole text.
    static bool exportModel(const QAbstractItemModel &model, QIODevice *out, QString &error);
};

} // namespace sb

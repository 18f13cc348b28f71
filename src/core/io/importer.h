#pragma once

#include "io/columnmapping.h"
#include "io/textinput.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace sb {

class TicketSink;

struct ImportOptions {
    // Replaces the mapping's source (our own format has none: then "import" is used).
    QString source;
    // Rows with errors are skipped and the good rows imported. Without it, one rejected row
    // means nothing is imported (docs/spec/INTERCHANGE.md: good rows only "when the user says so").
    bool importGoodRows = false;
    // Columns no field reads are kept verbatim in the ticket's extra data.
    bool keepUnknownColumns = false;
    qint64 registeredBy = 0;
    // Rejected rows beyond this many are counted but not listed.
    int maxListedErrors = 10000;
    // The check pass keeps this many good rows as mapped (the wizard's preview).
    int sampleRows = 0;
    // Record length limit and UTF-8 checks of the CSV reader.
    TextInputOptions text;
};

struct ImportReport {
    qint64 records = 0;  // data records read (header excluded)
    qint64 rejected = 0; // rows with an error
    qint64 inserted = 0;
    qint64 duplicates = 0; // (source, external_id) already stored, or twice in the file
    QList<RowError> errors;
    QList<Complaint> sample; // the first good rows, as they would be stored
    bool cancelled = false;
    bool written = false; // the transaction was committed
    QString fatal;        // why nothing was imported (file, header, database, rejected rows)
};

// Imports a complaint CSV as tickets. check() reads every record and reports every rejected
// row (line, column, reason) without writing; importChecked() then writes the good rows in
// ONE transaction (the wizard's two steps); importFile() does both in ONE pass over the file,
// writing while it validates and rolling back when a row is rejected (the CLI). Writing is
// done (SQLite: prepared INSERT … ON CONFLICT DO NOTHING; PostgreSQL: COPY into
// a temporary staging table, then one INSERT … SELECT … ON CONFLICT DO NOTHING). A cancel, a
// database error or a file that changed between the passes rolls back: nothing half-written.
// Idempotent on (source, external_id). Text holding a NUL byte is rejected (PostgreSQL text
// cannot store it; SQLite would cut it short in most readers), in both dialects alike.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(sb::Importer)

public:
    enum class Phase { Checking, Writing };
    // bytes done / total of the current pass
    using Progress = std::function<void(Phase, qint64 done, qint64 total)>;

    Importer(Database &db, const Clock &clock);
    // Without a database: check() only (importChecked fails).
    explicit Importer(const Clock &clock);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between rows; when it turns true the import stops and writes nothing.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // The check alone: fills records, rejected and errors (never touches the database, so
    // it may run on any thread). False on a file-level error.
    bool check(const QString &path, const ColumnMapping &mapping, const ImportOptions &options,
               ImportReport &report);
    // Check and write in one pass (rows rejected without importGoodRows: everything rolled
    // back, the report lists them as check() would). True when the good rows were committed.
    bool importFile(const QString &path, const ColumnMapping &mapping, const ImportOptions &options,
                    ImportReport &report);

    // The write after check() gave `report` for the same file and mapping: writes the good
    // rows (refused when rows were rejected and options.importGoodRows is not set).
    bool importChecked(const QString &path, const ColumnMapping &mapping,
                       const ImportOptions &options, ImportReport &report);

private:
    class Pass;
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    bool runPass(Pass &pass, Phase phase, TicketSink *sink, const ImportOptions &options,
                 ImportReport &seen);
    bool write(Pass &pass, const ImportOptions &options, ImportReport &report,
               const ImportReport *checked);
    static QString rejectedMessage(qint64 rejected);

    Database *m_db = nullptr;
    const Clock &m_clock;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace sb

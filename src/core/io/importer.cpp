#include "io/importer.h"

#include "io/csvreader.h"
#include "io/ticketsink.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <cstring>

namespace sb {

namespace {

// A database error as a clause of "Database: …. Nothing was imported.": without its own
// closing full stop (the full-disk sentence has one).
QString clause(QString error) {
    if (error.endsWith(QLatin1Char('.')))
        error.chop(1);
    return error;
}

constexpr qint64 kProgressEvery = 4096; // rows between progress reports and cancel checks

} // namespace

// One pass over the file: the header is bound to the mapping, then `row` is called for each
// record with the complaint (or the error) it maps to.
class Importer::Pass {
    Q_DECLARE_TR_FUNCTIONS(sb::Importer)

public:
    Pass(const QString &path, ColumnMapping &mapping, const ImportOptions &options)
        : m_file(path)
        , m_mapping(mapping)
        , m_options(options) {
        m_total = QFileInfo(path).size();
    }

    bool open(QString &error) {
        if (!m_file.open(QIODevice::ReadOnly)) {
            error = tr("%1: cannot read: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        m_reader = std::make_unique<CsvReader>(&m_file);
        m_reader->setInputOptions(m_options.text);
        if (!m_reader->readRecord()) {
            error = m_reader->hasError()
                        ? m_reader->errorString()
                        : tr("%1: the file is empty (no header)").arg(m_file.fileName());
            return false;
        }
        m_header = m_reader->fields();
        for (QString &h : m_header)
            h = h.trimmed();
        if (!m_mapping.bindHeader(*m_reader, error))
            return false;
        const std::vector<int> bound = m_mapping.boundColumns();
        for (int i = 0; i < m_header.size(); ++i) {
            if (std::find(bound.begin(), bound.end(), i) == bound.end())
                m_unknown.push_back(i);
        }
        return true;
    }

    // Reads the next record. False at the end or on a reader error (see readerError()).
    bool next() { return m_reader->readRecord(); }
    QString readerError() const {
        return m_reader->hasError() ? m_reader->errorString() : QString();
    }
    qint64 bytesDone() const { return m_file.pos(); }
    qint64 line() const { return m_reader->recordLine(); }
    qint64 bytesTotal() const { return m_total; }
    QString path() const { return m_file.fileName(); }

    // Maps the current record. False with `error` when it is rejected.
    bool map(Complaint &c, QByteArray &extraJson, RowError &error) const {
        const CsvReader &r = *m_reader;
        if (r.fieldCount() == m_header.size()) {
            for (int i = 0; i < r.fieldCount(); ++i) {
                const QByteArrayView f = r.fieldBytes(i);
                if (!f.isEmpty() && std::memchr(f.data(), 0, static_cast<size_t>(f.size()))) {
                    error = {r.recordLine(), m_header.value(i),
                             tr("contains a NUL byte, which text fields cannot hold")};
                    return false;
                }
            }
        }
        if (!m_mapping.toComplaint(r, c, error))
            return false;
        if (!m_options.source.isEmpty())
            c.source = m_options.source;
        else if (c.source.isEmpty())
            c.source = QStringLiteral("import");
        extraJson = QByteArrayLiteral("{}");
        if (m_options.keepUnknownColumns && !m_unknown.empty()) {
            QJsonObject extra;
            for (const int i : m_unknown) {
                const QByteArrayView f = r.fieldBytes(i);
                if (!f.isEmpty())
                    extra.insert(m_header.value(i), QString::fromUtf8(f));
            }
            if (!extra.isEmpty())
                extraJson = QJsonDocument(extra).toJson(QJsonDocument::Compact);
        }
        return true;
    }

private:
    QFile m_file;
    ColumnMapping &m_mapping;
    const ImportOptions &m_options;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    std::vector<int> m_unknown;
    qint64 m_total = 0;
};

Importer::Importer(Database &db, const Clock &clock)
    : m_db(&db)
    , m_clock(clock) {
}

Importer::Importer(const Clock &clock)
    : m_clock(clock) {
}

// One loop for every pass: reads each record, maps it, lists the rejected rows in `seen`,
// keeps the sample, and hands the good rows to `sink` (when there is one and `writeRow` says
// so for the rows seen so far). Returns false with seen.fatal set on a reader error, a sink
// error or a cancel.
bool Importer::runPass(Pass &pass, Phase phase, TicketSink *sink, const ImportOptions &options,
                       ImportReport &seen) {
    Complaint c;
    QByteArray extra;
    QString error;
    while (pass.next()) {
        ++seen.records;
        RowError e;
        if (!pass.map(c, extra, e)) {
            ++seen.rejected;
            if (seen.errors.size() < options.maxListedErrors)
                seen.errors.push_back(e);
        } else {
            if (seen.sample.size() < options.sampleRows) {
                Complaint shown = c;
                if (extra.size() > 2)
                    shown.extra = QJsonDocument::fromJson(extra).object();
                seen.sample.push_back(shown);
            }
            // Once a row is rejected without importGoodRows nothing will be written: the
            // rest of the file is still read for its errors.
            if (sink && (seen.rejected == 0 || options.importGoodRows) &&
                !sink->add(c, extra, pass.line(), error)) {
                seen.fatal = tr("Database: %1. Nothing was imported.").arg(clause(error));
                return false;
            }
        }
        if (seen.records % kProgressEvery == 0) {
            if (m_progress)
                m_progress(phase, pass.bytesDone(), pass.bytesTotal());
            if (cancelled()) {
                seen.cancelled = true;
                seen.fatal = tr("The import was cancelled; nothing was written.");
                return false;
            }
        }
    }
    if (!pass.readerError().isEmpty()) {
        seen.fatal = pass.readerError();
        return false;
    }
    return true;
}

bool Importer::check(const QString &path, const ColumnMapping &mapping,
                     const ImportOptions &options, ImportReport &report) {
    report = {};
    ColumnMapping m = mapping;
    Pass pass(path, m, options);
    if (!pass.open(report.fatal))
        return false;
    if (!runPass(pass, Phase::Checking, nullptr, options, report))
        return false;
    if (m_progress)
        m_progress(Phase::Checking, pass.bytesTotal(), pass.bytesTotal());
    return true;
}

// One pass: every row is validated while the good ones are written in the one transaction;
// any rejected row (without importGoodRows), a cancel or an error rolls everything back.
bool Importer::importFile(const QString &path, const ColumnMapping &mapping,
                          const ImportOptions &options, ImportReport &report) {
    report = {};
    if (!m_db) {
        report.fatal = tr("No database to import into.");
        return false;
    }
    ColumnMapping m = mapping;
    Pass pass(path, m, options);
    if (!pass.open(report.fatal))
        return false;
    return write(pass, options, report, nullptr);
}

bool Importer::importChecked(const QString &path, const ColumnMapping &mapping,
                             const ImportOptions &options, ImportReport &report) {
    report.fatal.clear();
    report.cancelled = false;
    report.written = false;
    if (report.rejected > 0 && !options.importGoodRows) {
        report.fatal = rejectedMessage(report.rejected);
        return false;
    }
    if (!m_db) {
        report.fatal = tr("No database to import into.");
        return false;
    }
    ColumnMapping m = mapping;
    Pass pass(path, m, options);
    if (!pass.open(report.fatal))
        return false;
    const ImportReport checked = report;
    return write(pass, options, report, &checked);
}

QString Importer::rejectedMessage(qint64 rejected) {
    return tr("%n row(s) rejected; nothing was imported. Correct the file, or choose to import "
              "the good rows only.",
              nullptr, static_cast<int>(std::min<qint64>(rejected, INT_MAX)));
}

// The writing pass. With `checked` (the report of an earlier check pass) the file must read
// the same as then; without, this pass is also the check and fills the report.
bool Importer::write(Pass &pass, const ImportOptions &options, ImportReport &report,
                     const ImportReport *checked) {
    std::unique_ptr<TicketSink> sink =
        TicketSink::create(*m_db, m_clock.nowMs(), options.registeredBy, pass.bytesTotal());
    QString error;
    if (!sink->begin(error)) {
        report.fatal = tr("Database: %1. Nothing was imported.").arg(clause(error));
        return false;
    }
    if (m_progress)
        m_progress(Phase::Writing, 0, pass.bytesTotal());
    ImportReport seen;
    ImportOptions passOptions = options;
    if (checked)
        passOptions.sampleRows = 0;
    const auto rollBack = [&](const QString &why) {
        qint64 a = 0;
        qint64 b = 0;
        QString ignored;
        sink->finish(false, a, b, ignored);
        report.fatal = why;
        return false;
    };
    const bool read = runPass(pass, Phase::Writing, sink.get(), passOptions, seen);
    if (!checked) {
        // The single pass is the check: its rows, errors and sample are the report's.
        const QString fatal = seen.fatal;
        report = std::move(seen);
        if (!read)
            return rollBack(fatal);
        if (report.rejected > 0 && !options.importGoodRows)
            return rollBack(rejectedMessage(report.rejected));
    } else {
        if (!read) {
            report.cancelled = seen.cancelled;
            return rollBack(seen.fatal);
        }
        if (seen.records != checked->records || seen.rejected != checked->rejected)
            return rollBack(tr("%1 changed while it was being imported; nothing was written.")
                                .arg(pass.path()));
    }
    if (cancelled()) {
        report.cancelled = true;
        return rollBack(tr("The import was cancelled; nothing was written."));
    }
    if (!sink->finish(true, report.inserted, report.duplicates, error)) {
        report.fatal = tr("Database: %1. Nothing was imported.").arg(clause(error));
        return false;
    }
    report.written = true;
    if (m_progress)
        m_progress(Phase::Writing, pass.bytesTotal(), pass.bytesTotal());
    return true;
}

} // namespace sb

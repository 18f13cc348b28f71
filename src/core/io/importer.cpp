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

constexpr qint64 kProgressEvery = 4096; // rows between progress reports and cancel checks

// One pass over the file: the header is bound to the mapping, then `row` is called for each
// record with the complaint (or the error) it maps to.
class Pass {
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

} // namespace

Importer::Importer(Database &db, const Clock &clock)
    : m_db(&db)
    , m_clock(clock) {
}

Importer::Importer(const Clock &clock)
    : m_clock(clock) {
}

bool Importer::check(const QString &path, const ColumnMapping &mapping,
                     const ImportOptions &options, ImportReport &report) {
    report = {};
    ColumnMapping m = mapping;
    Pass pass(path, m, options);
    if (!pass.open(report.fatal))
        return false;
    Complaint c;
    QByteArray extra;
    while (pass.next()) {
        ++report.records;
        RowError e;
        if (!pass.map(c, extra, e)) {
            ++report.rejected;
            if (report.errors.size() < options.maxListedErrors)
                report.errors.push_back(e);
        } else if (report.sample.size() < options.sampleRows) {
            if (extra.size() > 2)
                c.extra = QJsonDocument::fromJson(extra).object();
            report.sample.push_back(c);
        }
        if (report.records % kProgressEvery == 0) {
            if (m_progress)
                m_progress(Phase::Checking, pass.bytesDone(), pass.bytesTotal());
            if (cancelled()) {
                report.cancelled = true;
                report.fatal = tr("The import was cancelled; nothing was written.");
                return false;
            }
        }
    }
    if (!pass.readerError().isEmpty()) {
        report.fatal = pass.readerError();
        return false;
    }
    if (m_progress)
        m_progress(Phase::Checking, pass.bytesTotal(), pass.bytesTotal());
    return true;
}

bool Importer::importFile(const QString &path, const ColumnMapping &mapping,
                          const ImportOptions &options, ImportReport &report) {
    if (!check(path, mapping, options, report))
        return false;
    return importChecked(path, mapping, options, report);
}

bool Importer::importChecked(const QString &path, const ColumnMapping &mapping,
                             const ImportOptions &options, ImportReport &report) {
    report.fatal.clear();
    report.cancelled = false;
    report.written = false;
    if (report.rejected > 0 && !options.importGoodRows) {
        report.fatal = tr("%n row(s) rejected; nothing was imported. Correct the file, or "
                          "choose to import the good rows only.",
                          nullptr, static_cast<int>(std::min<qint64>(report.rejected, INT_MAX)));
        return false;
    }
    return write(path, mapping, options, report);
}

bool Importer::write(const QString &path, ColumnMapping mapping, const ImportOptions &options,
                     ImportReport &report) {
    if (!m_db) {
        report.fatal = tr("No database to import into.");
        return false;
    }
    Pass pass(path, mapping, options);
    QString error;
    if (!pass.open(error)) {
        report.fatal = error;
        return false;
    }
    std::unique_ptr<TicketSink> sink =
        TicketSink::create(*m_db, m_clock.nowMs(), options.registeredBy);
    if (!sink->begin(error)) {
        report.fatal = tr("Database: %1. Nothing was imported.").arg(error);
        return false;
    }
    if (m_progress)
        m_progress(Phase::Writing, 0, pass.bytesTotal());
    qint64 rows = 0;
    qint64 rejected = 0;
    Complaint c;
    QByteArray extra;
    const auto fail = [&](const QString &why) {
        qint64 a = 0;
        qint64 b = 0;
        QString ignored;
        sink->finish(false, a, b, ignored);
        report.fatal = why;
        return false;
    };
    while (pass.next()) {
        ++rows;
        RowError e;
        if (!pass.map(c, extra, e)) {
            ++rejected;
        } else if (!sink->add(c, extra, error)) {
            return fail(
                tr("Database, line %1: %2. Nothing was imported.").arg(pass.line()).arg(error));
        }
        if (rows % kProgressEvery == 0) {
            if (m_progress)
                m_progress(Phase::Writing, pass.bytesDone(), pass.bytesTotal());
            if (cancelled()) {
                report.cancelled = true;
                return fail(tr("The import was cancelled; nothing was written."));
            }
        }
    }
    if (!pass.readerError().isEmpty())
        return fail(pass.readerError());
    if (rows != report.records || rejected != report.rejected)
        return fail(tr("%1 changed while it was being imported; nothing was written.").arg(path));
    if (cancelled()) {
        report.cancelled = true;
        return fail(tr("The import was cancelled; nothing was written."));
    }
    if (!sink->finish(true, report.inserted, report.duplicates, error)) {
        report.fatal = tr("Database: %1. Nothing was imported.").arg(error);
        return false;
    }
    report.written = true;
    if (m_progress)
        m_progress(Phase::Writing, pass.bytesTotal(), pass.bytesTotal());
    return true;
}

} // namespace sb

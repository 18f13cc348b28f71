#include "reportcsvwriter.h"

#include "io/csvwriter.h"
#include "qa/dashboard.h"

#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace sb {

QString ReportCsvWriter::field(const ReportCell &cell) {
    if (!cell.number)
        return QaDashboardQueries::spreadsheetSafe(cell.text);
    const double v = *cell.number;
    if (!std::isfinite(v))
        return {};
    if (cell.format == NumberFormat::Integer)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'g', 12);
}

QByteArray ReportCsvWriter::record(const QStringList &fields) {
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(CsvWriter::escape(fields.at(i)));
    }
    out.append("\r\n");
    return out;
}

bool ReportCsvWriter::write(const ReportDocument &doc, QIODevice *out, const Options &options,
                            QString &error) {
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes.append("\xEF\xBB\xBF");
    bool first = true;
    auto block = [&](const QStringList &header) {
        if (!first)
            bytes.append("\r\n");
        first = false;
        QStringList fields{QStringLiteral("section")};
        for (const QString &h : header)
            fields.append(QaDashboardQueries::spreadsheetSafe(h));
        bytes.append(record(fields));
    };
    if (!doc.note.isEmpty()) {
        // The note first, as a block of its own: "note" and its text.
        bytes.append(
            record({QStringLiteral("note"), QaDashboardQueries::spreadsheetSafe(doc.note)}));
        first = false;
    }
    for (const ReportSection &s : doc.sections) {
        const QString key = QaDashboardQueries::spreadsheetSafe(s.key);
        for (const ReportBlock &b : s.blocks) {
            if (const auto *t = std::get_if<ReportTable>(&b)) {
                // Rows keyed by labels ("Phone") also carry the stable key ("phone").
                const bool keyed = std::any_of(t->rows.cbegin(), t->rows.cend(), [](const auto &r) {
                    return !r.isEmpty() && !r.first().key.isEmpty();
                });
                block(keyed ? QStringList{QStringLiteral("key")} + t->header : t->header);
                for (const QList<ReportCell> &row : t->rows) {
                    QStringList fields{key};
                    if (keyed)
                        fields.append(QaDashboardQueries::spreadsheetSafe(
                            row.isEmpty() ? QString() : row.first().key));
                    for (const ReportCell &c : row)
                        fields.append(field(c));
                    bytes.append(record(fields));
                }
            } else if (const auto *c = std::get_if<ReportChart>(&b)) {
                QStringList header{c->title};
                for (const ReportSeries &series : c->series)
                    header.append(series.name);
                block(header);
                for (const QString &category : c->categories()) {
                    QStringList fields{key, QaDashboardQueries::spreadsheetSafe(category)};
                    for (const ReportSeries &series : c->series)
                        fields.append(field(ReportCell::ofNumber(
                            ReportChart::valueAt(series, category), c->format)));
                    bytes.append(record(fields));
                }
            }
        }
    }
    if (out->write(bytes) != bytes.size()) {
        error = tr("cannot write the CSV: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool ReportCsvWriter::writeToFile(const ReportDocument &doc, const QString &path,
                                  const Options &options, QString &error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(doc, &file, options, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sb

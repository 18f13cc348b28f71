#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace sb {

// Writes the tables of a ReportDocument as one CSV file (RFC 4180: UTF-8, CRLF line ends, a
// field holding a comma, a quote, CR or LF quoted with its quotes doubled). Layout: every
// table of every section is a block of records: first its header record, "section" followed by
// the table's column headings, then one record per row, the section's key followed by the
// cells. A chart is written as a block too: its categories down, one column per series.
// Paragraphs are left out. One empty line separates blocks. A document with a note (archived
// tickets) starts with the record "note" and its text, as a block of its own.
// Numbers are written as numbers: C locale, no grouping, "." as decimal point; a percentage as
// its share (0.25 for 25 %). A text cell starting with = + - @, tab or CR is written with a
// leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
class ReportCsvWriter {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportCsvWriter)
public:
    struct Options {
        bool byteOrderMark = false; // a UTF-8 BOM first: Excel then reads the file as UTF-8
    };

    static bool write(const ReportDocument &doc, QIODevice *out, const Options &options,
                      QString &error);
    // Through a QSaveFile: no file is left on failure.
    static bool writeToFile(const ReportDocument &doc, const QString &path, const Options &options,
                            QString &error);

    // The field a cell becomes, before quoting.
    static QString field(const ReportCell &cell);
    // One record: the fields quoted where needed, joined by commas, CRLF at the end.
    static QByteArray record(const QStringList &fields);
};

} // namespace sb

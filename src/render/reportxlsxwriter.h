#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace sb {

// Writes a ReportDocument as an Excel workbook (.xlsx) through libxlsxwriter: one worksheet
// per section, named after its heading (at most 31 characters, the characters Excel forbids,
// [ ] : * ? / \, replaced by "_", made unique by a " (2)" … suffix). On a sheet the blocks
// follow one another: a paragraph in column A, a table as its caption, its bold header row and
// its rows, a chart as the table of its data (categories down, one column per series); one
// empty row between blocks. The first table's header row is frozen. Numbers are Excel numbers
// with a number format (a percentage is its share formatted "0.0%"), never text. A document
// with a note (archived tickets) gets a first sheet "Note" holding it.
class ReportXlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportXlsxWriter)
public:
    static constexpr int kMaxSheetName = 31;

    static bool write(const ReportDocument &doc, QIODevice *out, QString &error);
    // Through a QSaveFile: no file is left on failure.
    static bool writeToFile(const ReportDocument &doc, const QString &path, QString &error);

    // The sheet names for these headings, in order: valid for Excel and unique (Excel compares
    // them without case).
    static QStringList sheetNames(const QStringList &headings, const Translation &language = {});
};

} // namespace sb

#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace sb {

// Writes a ReportDocument as a PDF: A4 portrait at 300 dpi logical, a header (title, period)
// and a footer (data cut-off, "page x of y") on every page, sections with their headings,
// paragraphs, tables split across pages with their header row repeated, and charts drawn as
// vector paths. Text stays text: the fonts are embedded (subsets), so Chinese headings can be
// selected and searched.
//
// Fonts come from QFontDatabase, so a QGuiApplication must exist (a command-line tool starts
// one on the "offscreen" platform before rendering); without it render() fails with an error.
class PdfRenderer {
    Q_DECLARE_TR_FUNCTIONS(sb::PdfRenderer)
public:
    static constexpr int kResolution = 300;

    // Renders `doc` into `out` (open for writing). `pages` receives the page count.
    static bool render(const ReportDocument &doc, QIODevice *out, QString &error,
                       int *pages = nullptr);
    // Renders into `path` through a QSaveFile: no file is left on failure.
    static bool renderToFile(const ReportDocument &doc, const QString &path, QString &error,
                             int *pages = nullptr);

    // The font families text is set in, in fallback order: a Latin TrueType face first (its
    // digits keep their Unicode mapping in the PDF, which Qt loses for the digits of the CJK
    // OpenType faces), then a face with Simplified Chinese glyphs (Noto Sans CJK SC from
    // fonts-noto-cjk, or another installed one). Faces that are not installed are left out;
    // with none of them the application's default font is used.
    static QStringList fontFamilies();
    // The Chinese face that fontFamilies() found, or empty.
    static QString chineseFamily();
    // Corrects the text mapping (ToUnicode) Qt writes, in place and at the same length, so
    // that copied or extracted text is the text drawn (`drawn`: every text of the document):
    // see the .cpp.
    static void fixTextMapping(QByteArray &pdf, const QString &drawn);
    // Every text the document draws, numbers aside.
    static QString drawnText(const ReportDocument &doc);
};

} // namespace sb

#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QFontMetricsF;
class QPainter;
class QPdfWriter;

namespace sb {

// The page flow of PdfRenderer (internal). It runs twice over the same document: a dry pass
// without a painter that only counts the pages, then the painting pass, which then knows the
// total for "page x of y". Both passes take every measure from the same fonts on the same
// device, so they break pages at the same places.
class PdfLayout {
    Q_DECLARE_TR_FUNCTIONS(sb::PdfRenderer)
public:
    // `painter` null: the dry pass. `totalPages`: the dry pass's count (0 in the dry pass).
    PdfLayout(QPdfWriter &writer, QPainter *painter, const ReportDocument &doc, int totalPages);

    // Lays out (and paints) the whole document; the number of pages used.
    int run();

    static qreal mm(qreal millimetres) { return millimetres * 300.0 / 25.4; }
    static constexpr qreal kChartHeight = 80 * 300.0 / 25.4;

private:
    void startPage();
    void newPage();
    // Starts a new page unless `height` fits below the current position (or the page is
    // still empty: the block then takes what there is).
    void ensure(qreal height);
    // `keepWith`: the height of the start of the first block, kept on the heading's page.
    void heading(const QString &text, qreal keepWith);
    void paragraph(const QString &text);
    // How many characters of `line` fit in `width` (at least one).
    static qsizetype fittingPrefix(const QFontMetricsF &fm, const QString &line, qreal width);
    qreal leadHeight(const ReportBlock &block) const;
    void table(const ReportTable &table);
    void tableHeader(const ReportTable &table, const QList<qreal> &widths, qreal height);
    QList<qreal> columnWidths(const ReportTable &table) const;
    static QList<bool> numericColumns(const ReportTable &table);
    qreal cellHeight(const QString &text, qreal width, const QFont &font) const;
    void cellText(const QRectF &cell, const QString &text, const QFont &font, bool number);
    // Charts: pdfchart.cpp.
    void chart(const ReportChart &chart);
    void chartLegend(const ReportChart &chart, qreal top);
    void paretoLine(const ReportSeries &series, const QStringList &categories, const QRectF &plot);
    void chartCategoryLabels(const QStringList &categories, const QRectF &plot);

    QPdfWriter &m_writer;
    QPainter *m_painter;
    const ReportDocument &m_doc;
    QLocale m_locale;
    int m_total;
    int m_page = 0;
    QRectF m_body; // the area between header and footer
    qreal m_y = 0;
    bool m_pageEmpty = true;
    QFont m_text;
    QFont m_bold;
    QFont m_small;
    QFont m_title;
    QFont m_heading;
    qreal m_pad = 0;
    QList<bool> m_numeric; // of the table being laid out
};

} // namespace sb

#include "pdflayout.h"

#include "pdfrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace sb {

namespace {

const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xe8, 0xec, 0xf1);
const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kInk(0x20, 0x20, 0x20);

QFont sized(const QStringList &families, qreal points, bool bold) {
    QFont f;
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(false); // the same advances in both passes and in every viewer
    // No ligatures: "fi" drawn as one glyph would be copied out as U+FB01, and searching for
    // "stratified" would not find it. Scripts that need shaping are still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

PdfLayout::PdfLayout(QPdfWriter &writer, QPainter *painter, const ReportDocument &doc,
                     int totalPages)
    : m_writer(writer)
    , m_painter(painter)
    , m_doc(doc)
    , m_locale(doc.locale())
    , m_total(totalPages) {
    const QStringList families = PdfRenderer::fontFamilies();
    m_text = sized(families, 9, false);
    m_bold = sized(families, 9, true);
    m_small = sized(families, 7.5, false);
    m_title = sized(families, 13, true);
    m_heading = sized(families, 11.5, true);
    m_pad = mm(1.2);
    const qreal margin = mm(15);
    const QRectF page(0, 0, writer.width(), writer.height());
    // Header: title and period (two lines and a rule); footer: one line under a rule.
    const qreal header = mm(16);
    const qreal footer = mm(10);
    m_body = page.adjusted(margin, margin + header, -margin, -margin - footer);
}

int PdfLayout::run() {
    startPage();
    // Under the header of the first page: the figures are a roll-up, or some are archived.
    if (!m_doc.note.isEmpty()) {
        paragraph(m_doc.note);
        m_y += mm(2);
    }
    for (const ReportSection &section : m_doc.sections) {
        heading(section.heading, section.blocks.isEmpty() ? 0 : leadHeight(section.blocks.first()));
        for (const ReportBlock &block : section.blocks) {
            if (const auto *p = std::get_if<ReportParagraph>(&block))
                paragraph(p->text);
            else if (const auto *t = std::get_if<ReportTable>(&block))
                table(*t);
            else if (const auto *c = std::get_if<ReportChart>(&block))
                chart(*c);
        }
        m_y += mm(4);
    }
    return m_page;
}

void PdfLayout::startPage() {
    ++m_page;
    m_y = m_body.top();
    m_pageEmpty = true;
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    const qreal margin = mm(15);
    const qreal width = m_writer.width() - 2 * margin;
    p.setPen(kInk);
    p.setFont(m_title);
    const QFontMetricsF title(m_title, &m_writer);
    p.drawText(QRectF(margin, margin, width, title.height()), Qt::AlignLeft | Qt::AlignTop,
               title.elidedText(m_doc.title, Qt::ElideRight, width));
    p.setFont(m_text);
    const QFontMetricsF text(m_text, &m_writer);
    p.drawText(QRectF(margin, margin + title.height() + mm(1), width, text.height()),
               Qt::AlignLeft | Qt::AlignTop,
               text.elidedText(m_doc.subtitle, Qt::ElideRight, width));
    p.setPen(QPen(kRule, mm(0.25)));
    const qreal rule = m_body.top() - mm(4);
    p.drawLine(QPointF(margin, rule), QPointF(margin + width, rule));
    const qreal bottom = m_body.bottom() + mm(4);
    p.drawLine(QPointF(margin, bottom), QPointF(margin + width, bottom));
    p.setPen(kInk);
    p.setFont(m_small);
    const QFontMetricsF small(m_small, &m_writer);
    const QString pageText = m_doc.translation.text("sb::PdfRenderer", QT_TR_NOOP("Page %1 of %2"))
                                 .arg(m_page)
                                 .arg(m_total);
    const qreal pageWidth = small.horizontalAdvance(pageText) + mm(1);
    const QRectF footer(margin, bottom + mm(1.5), width, small.height());
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    p.drawText(footer.adjusted(0, 0, -pageWidth - mm(4), 0), Qt::AlignLeft | Qt::AlignTop,
               small.elidedText(m_doc.cutoff, Qt::ElideRight, width - pageWidth - mm(4)));
}

void PdfLayout::newPage() {
    if (m_painter)
        m_writer.newPage();
    startPage();
}

void PdfLayout::ensure(qreal height) {
    if (!m_pageEmpty && m_y + height > m_body.bottom())
        newPage();
    m_pageEmpty = false;
}

void PdfLayout::heading(const QString &text, qreal keepWith) {
    const QFontMetricsF fm(m_heading, &m_writer);
    const qreal height = cellHeight(text, m_body.width(), m_heading);
    // Keep a heading with the start of what follows it.
    ensure(height + fm.descent() + mm(1.5) + keepWith);
    if (m_painter) {
        m_painter->setPen(kInk);
        m_painter->setFont(m_heading);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), height),
                            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    m_y += height + fm.descent() + mm(1.5);
}

void PdfLayout::paragraph(const QString &text) {
    const QFontMetricsF fm(m_text, &m_writer);
    const qreal width = m_body.width();
    auto flush = [&](const QString &l) {
        ensure(fm.height());
        if (m_painter) {
            m_painter->setPen(kInk);
            m_painter->setFont(m_text);
            m_painter->drawText(QRectF(m_body.left(), m_y, width, fm.height()),
                                Qt::AlignLeft | Qt::AlignTop, l);
        }
        m_y += fm.height();
    };
    // Line by line, so that a long paragraph continues on the next page; line breaks of the
    // text are kept.
    for (const QString &part : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : part.split(QLatin1Char(' '))) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
                flush(line);
                line = word;
            } else {
                line = candidate;
            }
            // A word longer than the line (Chinese text has no spaces): break it between
            // characters, as many as fit.
            while (line.size() > 1 && fm.horizontalAdvance(line) > width) {
                const qsizetype cut = fittingPrefix(fm, line, width);
                flush(line.left(cut));
                line = line.mid(cut);
            }
        }
        flush(line);
    }
    m_y += mm(2);
}

qsizetype PdfLayout::fittingPrefix(const QFontMetricsF &fm, const QString &line, qreal width) {
    qsizetype low = 1; // always at least one character, even when it alone is too wide
    qsizetype high = line.size() - 1;
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        if (fm.horizontalAdvance(line.left(mid)) <= width)
            low = mid;
        else
            high = mid - 1;
    }
    // Never between the two halves of a surrogate pair.
    if (line.at(low - 1).isHighSurrogate())
        low = low > 1 ? low - 1 : low + 1;
    return low;
}

qreal PdfLayout::leadHeight(const ReportBlock &block) const {
    const QFontMetricsF fm(m_text, &m_writer);
    if (std::holds_alternative<ReportChart>(block))
        return kChartHeight;
    if (std::holds_alternative<ReportTable>(block))
        return 6 * fm.height() + 6 * m_pad; // caption, header and two rows
    return 2 * fm.height();
}

qreal PdfLayout::cellHeight(const QString &text, qreal width, const QFont &font) const {
    const QFontMetricsF fm(font, &m_writer);
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width)
        return fm.height();
    return fm
        .boundingRect(QRectF(0, 0, width, 1e6),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, text)
        .height();
}

QList<qreal> PdfLayout::columnWidths(const ReportTable &table) const {
    const qsizetype n = table.header.size();
    QList<qreal> natural(n, 0);
    const QFontMetricsF bold(m_bold, &m_writer);
    const QFontMetricsF text(m_text, &m_writer);
    for (qsizetype c = 0; c < n; ++c)
        natural[c] = bold.horizontalAdvance(table.header.at(c));
    // The first rows are enough to size the columns.
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 200);
    for (qsizetype r = 0; r < sample; ++r)
        for (qsizetype c = 0; c < n && c < table.rows.at(r).size(); ++c)
            natural[c] = std::max(natural[c],
                                  text.horizontalAdvance(table.rows.at(r).at(c).display(m_locale)));
    qreal sum = 0;
    for (qreal &w : natural) {
        w = std::min(w + 2 * m_pad, m_body.width() * 0.6);
        sum += w;
    }
    QList<qreal> widths(n, 0);
    if (sum <= 0)
        return widths;
    // Spread the spare width (or the shortage) in proportion to the natural widths.
    for (qsizetype c = 0; c < n; ++c)
        widths[c] = m_body.width() * natural.at(c) / sum;
    return widths;
}

void PdfLayout::cellText(const QRectF &cell, const QString &text, const QFont &font, bool number) {
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->drawText(cell.adjusted(m_pad, m_pad, -m_pad, -m_pad),
                        (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop |
                            Qt::TextWordWrap | Qt::TextWrapAnywhere,
                        text);
}

QList<bool> PdfLayout::numericColumns(const ReportTable &table) {
    // A column holding numbers is right-aligned as a whole, its text cells ("–") and header
    // included, so that the figures line up.
    QList<bool> numeric(table.header.size(), false);
    for (const QList<ReportCell> &row : table.rows)
        for (qsizetype c = 0; c < row.size() && c < numeric.size(); ++c)
            numeric[c] = numeric.at(c) || row.at(c).isNumber();
    return numeric;
}

void PdfLayout::tableHeader(const ReportTable &table, const QList<qreal> &widths, qreal height) {
    if (m_painter) {
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), kHeaderFill);
        m_painter->setPen(kInk);
        qreal x = m_body.left();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            cellText(QRectF(x, m_y, widths.at(c), height), table.header.at(c), m_bold,
                     m_numeric.at(c));
            x += widths.at(c);
        }
    }
    m_y += height;
}

void PdfLayout::table(const ReportTable &table) {
    const QList<qreal> widths = columnWidths(table);
    m_numeric = numericColumns(table);
    qreal headerHeight = 0;
    for (qsizetype c = 0; c < widths.size(); ++c)
        headerHeight = std::max(headerHeight,
                                cellHeight(table.header.at(c), widths.at(c) - 2 * m_pad, m_bold));
    headerHeight += 2 * m_pad;
    const QFontMetricsF fm(m_text, &m_writer);
    if (!table.caption.isEmpty()) {
        ensure(fm.height() + headerHeight + 3 * fm.height());
        if (m_painter) {
            m_painter->setPen(kInk);
            m_painter->setFont(m_bold);
            m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), fm.height()),
                                Qt::AlignLeft | Qt::AlignTop, table.caption);
        }
        m_y += fm.height() + mm(1);
    } else {
        ensure(headerHeight + 3 * fm.height());
    }
    tableHeader(table, widths, headerHeight);
    for (const QList<ReportCell> &row : table.rows) {
        QStringList texts;
        qreal height = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            texts.append(c < row.size() ? row.at(c).display(m_locale) : QString());
            height = std::max(height, cellHeight(texts.last(), widths.at(c) - 2 * m_pad, m_text));
        }
        height = std::min(height + 2 * m_pad, m_body.height() - headerHeight);
        if (m_y + height > m_body.bottom()) {
            newPage();
            m_pageEmpty = false;
            tableHeader(table, widths, headerHeight); // the header row again on every page
        }
        if (m_painter) {
            m_painter->setPen(kInk);
            qreal x = m_body.left();
            for (qsizetype c = 0; c < widths.size(); ++c) {
                cellText(QRectF(x, m_y, widths.at(c), height), texts.at(c), m_text,
                         m_numeric.at(c));
                x += widths.at(c);
            }
            m_painter->setPen(QPen(kGrid, mm(0.15)));
            m_painter->drawLine(QPointF(m_body.left(), m_y + height),
                                QPointF(m_body.right(), m_y + height));
        }
        m_y += height;
    }
    m_y += mm(4);
}

} // namespace sb

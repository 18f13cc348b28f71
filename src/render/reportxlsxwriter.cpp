#include "reportxlsxwriter.h"

#include <xlsxwriter.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

// A name cut to at most `limit` UTF-16 units without splitting a surrogate pair.
QString cut(const QString &name, qsizetype limit) {
    if (name.size() <= limit)
        return name;
    qsizetype n = limit;
    if (n > 0 && name.at(n - 1).isHighSurrogate())
        --n;
    return name.left(n);
}

const char *numberFormat(NumberFormat f) {
    switch (f) {
    case NumberFormat::Integer:
        return "#,##0";
    case NumberFormat::Decimal1:
        return "#,##0.0";
    case NumberFormat::Decimal2:
        return "#,##0.00";
    case NumberFormat::Percent:
        return "0.0%";
    }
    return "General";
}

class Sheet {
public:
    Sheet(lxw_worksheet *ws, lxw_format *bold, lxw_format *const *numbers)
        : m_ws(ws)
        , m_bold(bold)
        , m_numbers(numbers) {}

    void text(int col, const QString &value, bool bold = false) {
        if (value.isEmpty())
            return;
        // Excel holds at most 32,767 characters in a cell.
        const QByteArray utf8 = cut(value, 32767).toUtf8();
        worksheet_write_string(m_ws, m_row, lxw_col_t(col), utf8.constData(),
                               bold ? m_bold : nullptr);
        width(col, value.size());
    }
    void cell(int col, const ReportCell &c) {
        if (!c.number) {
            text(col, c.text);
            return;
        }
        if (!std::isfinite(*c.number))
            return;
        worksheet_write_number(m_ws, m_row, lxw_col_t(col), *c.number, m_numbers[int(c.format)]);
        width(col, 10);
    }
    void header(const QString &first, const QStringList &rest) {
        if (m_frozen < 0)
            m_frozen = int(m_row);
        int col = 0;
        if (!first.isNull())
            text(col++, first, true);
        for (const QString &h : rest)
            text(col++, h, true);
        next();
    }
    void next() { ++m_row; }
    void finish() {
        if (m_frozen >= 0)
            worksheet_freeze_panes(m_ws, lxw_row_t(m_frozen + 1), 0);
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c),
                                 std::min(60.0, std::max(8.0, m_widths.at(c) * 1.2 + 2)), nullptr);
    }

private:
    void width(int col, qsizetype chars) {
        if (m_widths.size() <= col)
            m_widths.resize(col + 1, 0);
        m_widths[col] = std::max(m_widths.at(col), double(chars));
    }

    lxw_worksheet *m_ws;
    lxw_format *m_bold;
    lxw_format *const *m_numbers;
    lxw_row_t m_row = 0;
    int m_frozen = -1;
    QList<double> m_widths;
};

} // namespace

QStringList ReportXlsxWriter::sheetNames(const QStringList &headings, const Translation &language) {
    QStringList out;
    QStringList folded;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        QString name = headings.at(i).simplified();
        for (QChar &c : name)
            if (QStringView(u"[]:*?/\\").contains(c))
                c = u'_';
        while (name.startsWith(u'\''))
            name.remove(0, 1);
        while (name.endsWith(u'\''))
            name.chop(1);
        if (name.isEmpty())
            name = language.text("sb::ReportXlsxWriter", QT_TR_NOOP("Sheet %1")).arg(i + 1);
        name = cut(name, kMaxSheetName);
        QString unique = name;
        for (int n = 2; folded.contains(unique.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            unique = cut(name, kMaxSheetName - suffix.size()) + suffix;
        }
        out.append(unique);
        folded.append(unique.toCaseFolded());
    }
    return out;
}

bool ReportXlsxWriter::write(const ReportDocument &doc, QIODevice *out, QString &error) {
    // libxlsxwriter writes to a file name: a private temporary folder holds the workbook.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        error = tr("cannot create a temporary folder: %1").arg(dir.errorString());
        return false;
    }
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    const QByteArray file = QFile::encodeName(path);
    QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmp.data();
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    if (!wb) {
        error = tr("cannot create the workbook");
        return false;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *numbers[4];
    for (int f = 0; f < 4; ++f) {
        numbers[f] = workbook_add_format(wb);
        format_set_num_format(numbers[f], numberFormat(NumberFormat(f)));
    }
    QList<ReportSection> sections = doc.sections;
    if (!doc.note.isEmpty()) // the note (archived tickets) on a first sheet of its own
        sections.prepend(
            ReportSection{QStringLiteral("note"),
                          doc.translation.text("sb::ReportXlsxWriter", QT_TR_NOOP("Note")),
                          {ReportParagraph{doc.note}}});
    QStringList headings;
    for (const ReportSection &s : sections)
        headings.append(s.heading.isEmpty() ? s.key : s.heading);
    const QStringList names = sheetNames(headings, doc.translation);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QByteArray name = names.at(i).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        if (!ws) {
            workbook_close(wb);
            error = tr("cannot add the sheet %1").arg(names.at(i));
            return false;
        }
        Sheet sheet(ws, bold, numbers);
        bool first = true;
        for (const ReportBlock &b : sections.at(i).blocks) {
            if (!first)
                sheet.next();
            first = false;
            if (const auto *p = std::get_if<ReportParagraph>(&b)) {
                sheet.text(0, p->text);
                sheet.next();
            } else if (const auto *t = std::get_if<ReportTable>(&b)) {
                if (!t->caption.isEmpty()) {
                    sheet.text(0, t->caption, true);
                    sheet.next();
                }
                sheet.header(QString(), t->header);
                for (const QList<ReportCell> &row : t->rows) {
                    for (qsizetype c = 0; c < row.size(); ++c)
                        sheet.cell(int(c), row.at(c));
                    sheet.next();
                }
            } else if (const auto *c = std::get_if<ReportChart>(&b)) {
                QStringList series;
                for (const ReportSeries &s : c->series)
                    series.append(s.name);
                sheet.header(c->title, series);
                for (const QString &category : c->categories()) {
                    sheet.text(0, category);
                    for (qsizetype s = 0; s < c->series.size(); ++s)
                        sheet.cell(int(s) + 1,
                                   ReportCell::ofNumber(
                                       ReportChart::valueAt(c->series.at(s), category), c->format));
                    sheet.next();
                }
            }
        }
        sheet.finish();
    }
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR) {
        error = tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly)) {
        error = tr("%1: %2").arg(path, written.errorString());
        return false;
    }
    const QByteArray bytes = written.readAll();
    if (out->write(bytes) != bytes.size()) {
        error = tr("cannot write the workbook: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool ReportXlsxWriter::writeToFile(const ReportDocument &doc, const QString &path, QString &error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(doc, &file, error)) {
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

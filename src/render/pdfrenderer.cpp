#include "pdfrenderer.h"

#include "pdflayout.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cctype>

namespace sb {

namespace {

QString firstInstalled(const QStringList &installed, const QStringList &candidates) {
    for (const QString &c : candidates)
        if (installed.contains(c))
            return c;
    return {};
}

void setUp(QPdfWriter &writer, const ReportDocument &doc) {
    writer.setResolution(PdfRenderer::kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("Signalboard"));
}

} // namespace

QString PdfRenderer::chineseFamily() {
    return firstInstalled(
        QFontDatabase::families(),
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
         QStringLiteral("Source Han Sans SC"), QStringLiteral("Source Han Sans CN"),
         QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
         QStringLiteral("Droid Sans Fallback"), QStringLiteral("AR PL UMing CN")});
}

QStringList PdfRenderer::fontFamilies() {
    QStringList out;
    const QString latin = firstInstalled(
        QFontDatabase::families(),
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
         QStringLiteral("Noto Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica")});
    if (!latin.isEmpty())
        out.append(latin);
    const QString chinese = chineseFamily();
    if (!chinese.isEmpty())
        out.append(chinese);
    if (out.isEmpty())
        out.append(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    return out;
}

bool PdfRenderer::render(const ReportDocument &doc, QIODevice *out, QString &error, int *pages) {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        error = tr("rendering a PDF needs a QGuiApplication (command-line tools start one on "
                   "the offscreen platform)");
        return false;
    }
    // The dry pass counts the pages against a writer nobody paints on.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int total = 0;
    {
        QPdfWriter dry(&scratch);
        setUp(dry, doc);
        total = PdfLayout(dry, nullptr, doc, 0).run();
    }
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    int painted = 0;
    {
        QPdfWriter writer(&pdf);
        setUp(writer, doc);
        QPainter painter;
        if (!painter.begin(&writer)) {
            error = tr("cannot start the PDF");
            return false;
        }
        painted = PdfLayout(writer, &painter, doc, total).run();
        painter.end();
    }
    if (painted != total) { // both passes measure alike: a difference is a bug
        error = tr("the PDF page count changed between passes (%1, %2)").arg(total).arg(painted);
        return false;
    }
    QByteArray bytes = pdf.buffer();
    fixTextMapping(bytes, drawnText(doc));
    if (out->write(bytes) != bytes.size()) {
        error = tr("cannot write the PDF: %1").arg(out->errorString());
        return false;
    }
    if (pages)
        *pages = total;
    return true;
}

void PdfRenderer::fixTextMapping(QByteArray &pdf, const QString &drawn) {
    // Qt maps each glyph of a font back to the lowest code point the font shows with it. The
    // CJK faces share glyphs between code points: the Kangxi radicals and the ideographs
    // (网 would come out as ⼹, U+2F79), and variants such as 户 and 戶 in the SC face; and the
    // space glyph comes back as a tab. A code point the document never draws is replaced by
    // the drawn one with the same glyph. Each entry is rewritten in place with as many hex
    // digits, so no offset of the file moves.
    QList<QRawFont> fonts;
    for (const QString &family : fontFamilies()) {
        QFont f(family);
        f.setPixelSize(12);
        fonts.append(QRawFont::fromFont(f));
    }
    QSet<char16_t> drawnSet;
    QList<QHash<quint32, char16_t>> byGlyph(fonts.size());
    for (const QChar c : drawn) {
        if (c.isSurrogate() || drawnSet.contains(c.unicode()))
            continue;
        drawnSet.insert(c.unicode());
        for (qsizetype f = 0; f < fonts.size(); ++f) {
            const QList<quint32> glyphs = fonts.at(f).glyphIndexesForString(QString(c));
            if (!glyphs.isEmpty() && glyphs.first() != 0)
                byGlyph[f].insert(glyphs.first(), c.unicode());
        }
    }
    auto fix = [&](uint code) -> uint {
        if (code == 0x0009)
            return 0x0020;
        if (drawnSet.contains(char16_t(code)))
            return code;
        for (qsizetype f = 0; f < fonts.size(); ++f) {
            const QList<quint32> glyphs =
                fonts.at(f).glyphIndexesForString(QString(QChar(char16_t(code))));
            if (!glyphs.isEmpty() && glyphs.first() != 0) {
                const auto it = byGlyph.at(f).constFind(glyphs.first());
                if (it != byGlyph.at(f).constEnd())
                    return *it;
            }
        }
        return code;
    };
    auto hex = [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) != 0;
    };
    for (const char *begin : {"beginbfrange", "beginbfchar"}) {
        const QByteArray end = QByteArray(begin).replace("begin", "end");
        qsizetype from = 0;
        while ((from = pdf.indexOf(begin, from)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, from);
            if (stop < 0)
                break;
            // Every 4-digit destination: in "[...]" arrays, and the last of "<a> <b> <dst>"
            // or "<src> <dst>" when the entry stands for one glyph.
            for (qsizetype line = from; line < stop;) {
                qsizetype eol = pdf.indexOf('\n', line);
                if (eol < 0 || eol > stop)
                    eol = stop;
                const QByteArray text = pdf.mid(line, eol - line);
                const QList<QByteArray> tokens = text.split(' ');
                const bool array = text.contains('[');
                const bool single = QByteArray(begin) == "beginbfchar" ||
                                    (tokens.size() == 3 && tokens.at(0) == tokens.at(1));
                for (qsizetype i = 0; i < text.size(); ++i) {
                    if (text.at(i) != '<' || i + 5 >= text.size() || text.at(i + 5) != '>')
                        continue;
                    const QByteArray digits = text.mid(i + 1, 4);
                    if (!std::all_of(digits.begin(), digits.end(), hex))
                        continue;
                    if (!array && !(single && text.indexOf('<', i + 1) < 0))
                        continue;
                    const uint code = digits.toUInt(nullptr, 16);
                    const uint fixed = fix(code);
                    if (fixed != code)
                        pdf.replace(line + i + 1, 4,
                                    QByteArray::number(fixed, 16).rightJustified(4, '0').toUpper());
                }
                line = eol + 1;
            }
            from = stop;
        }
    }
}

QString PdfRenderer::drawnText(const ReportDocument &doc) {
    QString out = doc.title + doc.subtitle + doc.cutoff +
                  doc.translation.text("sb::PdfRenderer", QT_TR_NOOP("Page %1 of %2")) +
                  doc.translation.text("sb::PdfRenderer", QT_TR_NOOP("Cumulative share"));
    for (const ReportSection &s : doc.sections) {
        out += s.heading;
        for (const ReportBlock &b : s.blocks) {
            if (const auto *p = std::get_if<ReportParagraph>(&b)) {
                out += p->text;
            } else if (const auto *t = std::get_if<ReportTable>(&b)) {
                out += t->caption + t->header.join(QString());
                for (const QList<ReportCell> &row : t->rows)
                    for (const ReportCell &c : row)
                        out += c.text;
            } else if (const auto *c = std::get_if<ReportChart>(&b)) {
                out += c->title + c->valueAxis;
                for (const ReportSeries &series : c->series) {
                    out += series.name;
                    for (const ReportPoint &point : series.points)
                        out += point.label;
                }
            }
        }
    }
    return out;
}

bool PdfRenderer::renderToFile(const ReportDocument &doc, const QString &path, QString &error,
                               int *pages) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!render(doc, &file, error, pages)) {
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

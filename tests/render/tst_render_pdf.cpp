// The PDF writer read back through poppler-utils, as a reader's viewer reads it: numbers and
// Chinese headings are text, every font is embedded, the footer says "page x of y", a long
// table repeats its header row on the next page and charts are vector drawings.
#include "pdfrenderer.h"
#include "pdftools.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

ReportDocument sampleDocument(int tableRows) {
    ReportDocument doc;
    doc.language = QStringLiteral("zh_CN");
    doc.title = QStringLiteral("投诉定期通报 Complaints report");
    doc.subtitle = QStringLiteral("2026-W13 (2026-03-23 – 2026-03-29)");
    doc.cutoff = QStringLiteral("Data as of 2026-03-30 08:00");
    ReportSection volume{QStringLiteral("volume"), QStringLiteral("受理量 Volume"), {}};
    volume.blocks.append(
        ReportParagraph{QStringLiteral("Tickets received in the week, first filed officially.")});
    ReportTable channels{QStringLiteral("By channel"),
                         {QStringLiteral("Channel"), QStringLiteral("Tickets"),
                          QStringLiteral("Share"), QStringLiteral("Mean hours")},
                         {}};
    channels.rows.append({ReportCell::ofText(QStringLiteral("phone")), ReportCell::ofNumber(12345),
                          ReportCell::ofNumber(0.075, NumberFormat::Percent),
                          ReportCell::ofNumber(3.14159, NumberFormat::Decimal2)});
    channels.rows.append({ReportCell::ofText(QStringLiteral("网站")), ReportCell::ofNumber(678),
                          ReportCell::ofNumber(0.5, NumberFormat::Percent),
                          ReportCell::ofNumber(-2.5, NumberFormat::Decimal1)});
    volume.blocks.append(channels);
    ReportChart chart;
    chart.kind = ChartKind::StackedBar;
    chart.title = QStringLiteral("Tickets per day");
    for (const QString &name : {QStringLiteral("phone"), QStringLiteral("web")}) {
        ReportSeries s{name, {}};
        for (int day = 23; day <= 29; ++day)
            s.points.append({QStringLiteral("03-%1").arg(day), double(day * (name.size()))});
        chart.series.append(s);
    }
    volume.blocks.append(chart);
    ReportChart line = chart;
    line.kind = ChartKind::Line;
    line.title = QStringLiteral("Trend");
    volume.blocks.append(line);
    doc.sections.append(volume);

    ReportSection tickets{QStringLiteral("tickets"), QStringLiteral("Ticket list"), {}};
    ReportTable list{
        QString(),
        {QStringLiteral("Serial number"), QStringLiteral("Problem type"), QStringLiteral("Amount")},
        {}};
    for (int i = 1; i <= tableRows; ++i)
        list.rows.append(
            {ReportCell::ofText(QStringLiteral("SN-%1").arg(i, 5, 10, QLatin1Char('0'))),
             ReportCell::ofText(QStringLiteral("login_failure")),
             ReportCell::ofNumber(1000.0 + i)});
    tickets.blocks.append(list);
    doc.sections.append(tickets);
    return doc;
}

} // namespace

class TestRenderPdf : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;
    int m_pages = 0;

private Q_SLOTS:
    void initTestCase() {
        if (!test::havePoppler())
            QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages) is not installed: "
                  "scripts/install-deps.sh installs it");
        if (PdfRenderer::chineseFamily().isEmpty())
            QSKIP("no font with Chinese glyphs is installed (fonts-noto-cjk)");
        m_pdf = qEnvironmentVariableIsSet("SB_KEEP_PDF")
                    ? qEnvironmentVariable("SB_KEEP_PDF")
                    : m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::renderToFile(sampleDocument(300), m_pdf, error, &m_pages),
                 qPrintable(error));
    }

    void pageCountMatchesTheFile() {
        QVERIFY2(m_pages >= 3, qPrintable(QString::number(m_pages)));
        QCOMPARE(test::pdfPages(m_pdf), m_pages);
    }

    void numbersAndChineseAreText() {
        const QString text = test::pdfText(m_pdf);
        QVERIFY2(text.contains(QStringLiteral("12,345")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("7.5 %")));
        QVERIFY(text.contains(QStringLiteral("3.14")));
        QVERIFY(text.contains(QStringLiteral("-2.5")));
        QVERIFY(text.contains(QStringLiteral("受理量 Volume")));
        // No ligature glyphs: "fi" and "ffi" copy out as the letters.
        QVERIFY2(text.contains(QStringLiteral("first filed officially")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("网站")));
        QVERIFY(text.contains(QStringLiteral("投诉定期通报")));
        QVERIFY(text.contains(QStringLiteral("2026-W13 (2026-03-23 – 2026-03-29)")));
        QVERIFY(text.contains(QStringLiteral("Data as of 2026-03-30 08:00")));
        QVERIFY(text.contains(QStringLiteral("SN-00300")));
        QVERIFY(text.contains(QStringLiteral("1,300")));
    }

    void everyFontIsEmbedded() {
        const QList<test::PdfFont> fonts = test::pdfFonts(m_pdf);
        QVERIFY(!fonts.isEmpty());
        bool chinese = false;
        for (const test::PdfFont &f : fonts) {
            QVERIFY2(f.embedded, qPrintable(f.name));
            chinese = chinese || f.name.contains(QStringLiteral("CJK"), Qt::CaseInsensitive) ||
                      f.name.contains(QStringLiteral("Hei")) ||
                      f.name.contains(QStringLiteral("Han"));
        }
        QVERIFY2(chinese, "the Chinese text is set in an embedded Chinese font");
    }

    void footerSaysPageXOfY() {
        for (int page = 1; page <= m_pages; ++page) {
            const QString text = test::pdfText(m_pdf, page, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(m_pages)),
                     qPrintable(text.right(300)));
            QVERIFY(text.contains(QStringLiteral("Data as of 2026-03-30 08:00")));
            QVERIFY(text.contains(QStringLiteral("Complaints report")));
        }
    }

    void longTableRepeatsItsHeader() {
        // The list starts on page 1 or 2 and runs over several pages: each of its pages after
        // the first starts with the header row again.
        int withRows = 0;
        for (int page = 2; page <= m_pages; ++page) {
            const QString text = test::pdfText(m_pdf, page, page);
            if (!text.contains(QStringLiteral("SN-")))
                continue;
            ++withRows;
            const qsizetype header = text.indexOf(QStringLiteral("Serial number"));
            QVERIFY2(header >= 0, qPrintable(QStringLiteral("page %1").arg(page)));
            QVERIFY(text.contains(QStringLiteral("Problem type")));
            QVERIFY2(header < text.indexOf(QStringLiteral("SN-")),
                     qPrintable(QStringLiteral("page %1").arg(page)));
        }
        QVERIFY2(withRows >= 2, qPrintable(QString::number(withRows)));
        // Every row is there once.
        const QString all = test::pdfText(m_pdf);
        QCOMPARE(all.count(QRegularExpression(QStringLiteral("SN-\\d{5}"))), 300);
    }

    // A table alone, starting on page 1: page 2 starts with its header row again, then the
    // rows that did not fit on page 1, none lost or repeated.
    void tableFromPageOneRepeatsItsHeaderOnPageTwo() {
        ReportDocument doc;
        doc.title = QStringLiteral("Only a table");
        ReportTable t{QString(), {QStringLiteral("Ticket serial"), QStringLiteral("Hours")}, {}};
        for (int i = 1; i <= 120; ++i)
            t.rows.append(
                {ReportCell::ofText(QStringLiteral("T-%1").arg(i, 4, 10, QLatin1Char('0'))),
                 ReportCell::ofNumber(i, NumberFormat::Decimal1)});
        doc.sections.append({QStringLiteral("list"), QStringLiteral("List"), {t}});
        const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(PdfRenderer::renderToFile(doc, path, error, &pages), qPrintable(error));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString one = test::pdfText(path, 1, 1);
        const QString two = test::pdfText(path, 2, 2);
        QCOMPARE(one.count(QStringLiteral("Ticket serial")), 1);
        QCOMPARE(two.count(QStringLiteral("Ticket serial")), 1);
        QVERIFY(two.contains(QStringLiteral("Hours")));
        const QRegularExpression serial(QStringLiteral("T-(\\d{4})"));
        QList<int> onOne;
        for (auto it = serial.globalMatch(one); it.hasNext();)
            onOne.append(it.next().captured(1).toInt());
        QList<int> onTwo;
        for (auto it = serial.globalMatch(two); it.hasNext();)
            onTwo.append(it.next().captured(1).toInt());
        QVERIFY(!onOne.isEmpty() && !onTwo.isEmpty());
        QCOMPARE(onOne.first(), 1);
        QCOMPARE(onTwo.first(), onOne.last() + 1); // page 2 goes on where page 1 stopped
        QVERIFY(two.indexOf(QStringLiteral("Ticket serial")) <
                two.indexOf(QStringLiteral("T-%1").arg(onTwo.first(), 4, 10, QLatin1Char('0'))));
    }

    void chartsAreVector() {
        QCOMPARE(test::pdfImageCount(m_pdf), 0);
        const QString text = test::pdfText(m_pdf, 1, 1);
        QVERIFY(text.contains(QStringLiteral("Tickets per day")));
        QVERIFY(text.contains(QStringLiteral("03-23")));
    }

    // Every Chinese character of the interface's translation comes out of the PDF as itself
    // (the CJK faces share glyphs between radicals and ideographs: 网 must not read as ⼹).
    void everyChineseCharacterOfTheTranslationExtracts() {
        QFile ts(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/signalboard_zh_CN.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QString chars;
        const QString all = QString::fromUtf8(ts.readAll());
        for (const QChar c : all)
            if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF && !chars.contains(c))
                chars.append(c);
        QVERIFY(chars.size() > 500);
        QVERIFY(chars.contains(u'网'));
        ReportDocument doc;
        doc.language = QStringLiteral("zh_CN");
        doc.title = QStringLiteral("字");
        doc.sections.append(
            {QStringLiteral("chars"), QStringLiteral("人口日月"), {ReportParagraph{chars}}});
        const QString path = m_dir.filePath(QStringLiteral("chars.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::renderToFile(doc, path, error), qPrintable(error));
        QString text = test::pdfText(path);
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(text.contains(QStringLiteral("人口日月")));
        const qsizetype at = text.indexOf(chars.left(3));
        QVERIFY2(at >= 0, qPrintable(text.left(200)));
        const QString extracted = text.mid(at, chars.size());
        for (qsizetype i = 0; i < chars.size(); ++i)
            QVERIFY2(extracted.at(i) == chars.at(i),
                     qPrintable(QStringLiteral("%1 came out as %2 (U+%3)")
                                    .arg(chars.at(i))
                                    .arg(extracted.at(i))
                                    .arg(extracted.at(i).unicode(), 4, 16)));
    }

    void englishUsesItsNumberFormat() {
        ReportDocument doc = sampleDocument(1);
        doc.language = QStringLiteral("en");
        const QString path = m_dir.filePath(QStringLiteral("en.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(PdfRenderer::renderToFile(doc, path, error, &pages), qPrintable(error));
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(QStringLiteral("12,345")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    }
};

QTEST_MAIN(TestRenderPdf)
#include "tst_render_pdf.moc"

// The CSV and Excel forms of a report document: RFC 4180 quoting and CRLF, the optional BOM,
// formula neutralisation, numbers kept as numbers; the workbook is a valid zip with one
// worksheet per section, valid unique sheet names, a frozen bold header row.
#include "pdftools.h"
#include "reportcsvwriter.h"
#include "reportxlsxwriter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

ReportDocument document() {
    ReportDocument doc;
    doc.title = QStringLiteral("Weekly");
    ReportSection volume{QStringLiteral("volume"), QStringLiteral("Volume"), {}};
    volume.blocks.append(ReportParagraph{QStringLiteral("not in the CSV")});
    ReportTable t{QString(),
                  {QStringLiteral("Name"), QStringLiteral("Tickets"), QStringLiteral("Share")},
                  {}};
    t.rows.append({ReportCell::ofText(QStringLiteral("=HYPERLINK(\"http://x\")")),
                   ReportCell::ofNumber(12345), ReportCell::ofNumber(0.25, NumberFormat::Percent)});
    t.rows.append({ReportCell::ofText(QStringLiteral("+1")), ReportCell::ofNumber(-5),
                   ReportCell::ofNumber(0.125, NumberFormat::Percent)});
    t.rows.append({ReportCell::ofText(QStringLiteral("-2")), ReportCell::ofNumber(0),
                   ReportCell::ofNumber(1, NumberFormat::Percent)});
    t.rows.append({ReportCell::ofText(QStringLiteral("@SUM(A1)")), ReportCell::ofNumber(1),
                   ReportCell::ofText(QStringLiteral("–"))});
    t.rows.append({ReportCell::ofText(QStringLiteral("\tTab")), ReportCell::ofNumber(2),
                   ReportCell::ofText(QStringLiteral("\rCR"))});
    t.rows.append({ReportCell::ofText(QStringLiteral("a, \"b\"\nc")),
                   ReportCell::ofNumber(3.5, NumberFormat::Decimal1),
                   ReportCell::ofText(QStringLiteral("电话"))});
    volume.blocks.append(t);
    doc.sections.append(volume);
    ReportSection trend{QStringLiteral("trend"), QStringLiteral("Trend"), {}};
    ReportChart chart;
    chart.title = QStringLiteral("Day");
    chart.series = {
        {QStringLiteral("phone"), {{QStringLiteral("mon"), 3}, {QStringLiteral("tue"), 4}}},
        {QStringLiteral("web"), {{QStringLiteral("tue"), 1}}}};
    trend.blocks.append(chart);
    doc.sections.append(trend);
    return doc;
}

QByteArray csv(const ReportDocument &doc, bool bom) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!ReportCsvWriter::write(doc, &buffer, {bom}, error))
        qFatal("csv: %s", qPrintable(error));
    return buffer.data();
}

} // namespace

class TestRenderSpreadsheets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void csvLayoutQuotingAndNeutralisation() {
        const QByteArray expected = "section,Name,Tickets,Share\r\n"
                                    "volume,\"'=HYPERLINK(\"\"http://x\"\")\",12345,0.25\r\n"
                                    "volume,'+1,-5,0.125\r\n"
                                    "volume,'-2,0,1\r\n"
                                    "volume,'@SUM(A1),1,–\r\n"
                                    "volume,'\tTab,2,\"'\rCR\"\r\n"
                                    "volume,\"a, \"\"b\"\"\nc\",3.5,电话\r\n"
                                    "\r\n"
                                    "section,Day,phone,web\r\n"
                                    "trend,mon,3,0\r\n"
                                    "trend,tue,4,1\r\n";
        const QByteArray out = csv(document(), false);
        QCOMPARE(QString::fromUtf8(out), QString::fromUtf8(expected));
        QVERIFY(!out.startsWith("\xEF\xBB\xBF"));
    }

    void csvByteOrderMark() {
        const QByteArray out = csv(document(), true);
        QVERIFY(out.startsWith("\xEF\xBB\xBFsection,Name"));
        QCOMPARE(out.mid(3), csv(document(), false));
    }

    void csvFieldOfCells() {
        QCOMPARE(ReportCsvWriter::field(ReportCell::ofNumber(-1.5, NumberFormat::Decimal2)),
                 QStringLiteral("-1.5"));
        QCOMPARE(ReportCsvWriter::field(ReportCell::ofNumber(1234567.4)),
                 QStringLiteral("1234567"));
        QCOMPARE(ReportCsvWriter::field(ReportCell::ofText(QStringLiteral("plain"))),
                 QStringLiteral("plain"));
        QCOMPARE(ReportCsvWriter::field(ReportCell::ofText(QStringLiteral("a=b"))),
                 QStringLiteral("a=b"));
    }

    void sheetNamesAreValidAndUnique() {
        const QStringList names = ReportXlsxWriter::sheetNames(
            {QStringLiteral("Volume"), QStringLiteral("volume"),
             QStringLiteral("A/B: [what]? *yes* \\no"),
             QStringLiteral("A heading that is much longer than thirty-one characters"),
             QStringLiteral("A heading that is much longer than thirty-one characters"),
             QStringLiteral("'quoted'"), QString()});
        QCOMPARE(names.at(0), QStringLiteral("Volume"));
        QCOMPARE(names.at(1), QStringLiteral("volume (2)"));
        QCOMPARE(names.at(2), QStringLiteral("A_B_ _what__ _yes_ _no"));
        QCOMPARE(names.at(3), QStringLiteral("A heading that is much longer t"));
        QCOMPARE(names.at(4), QStringLiteral("A heading that is much long (2)"));
        QCOMPARE(names.at(5), QStringLiteral("quoted"));
        QCOMPARE(names.at(6), QStringLiteral("Sheet 7"));
        for (const QString &n : names)
            QVERIFY(n.size() <= ReportXlsxWriter::kMaxSheetName);
    }

    void workbookHasOneSheetPerSection() {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        ReportDocument doc = document();
        // A third section whose heading needs cleaning, and a Chinese one.
        doc.sections.append({QStringLiteral("kb"),
                             QStringLiteral("Knowledge base: top/flop"),
                             {ReportTable{QString(), {QStringLiteral("Article")}, {}}}});
        doc.sections.append({QStringLiteral("qa"),
                             QStringLiteral("质检"),
                             {ReportTable{QString(),
                                          {QStringLiteral("评分表")},
                                          {{ReportCell::ofText(QStringLiteral("态度"))}}}}});
        const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
        QString error;
        QVERIFY2(ReportXlsxWriter::writeToFile(doc, path, error), qPrintable(error));
        bool ok = false;
        const QString list =
            test::runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), path}, &ok);
        QVERIFY2(ok, "the workbook is a valid zip");
        QVERIFY(list.contains(QStringLiteral("[Content_Types].xml")));
        for (int i = 1; i <= 4; ++i)
            QVERIFY2(list.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)),
                     qPrintable(list));
        QVERIFY(!list.contains(QStringLiteral("xl/worksheets/sheet5.xml")));

        const QString workbook =
            test::runTool(QStringLiteral("unzip"),
                          {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
        QVERIFY(workbook.contains(QStringLiteral("name=\"Volume\"")));
        QVERIFY(workbook.contains(QStringLiteral("name=\"Trend\"")));
        QVERIFY2(workbook.contains(QStringLiteral("name=\"Knowledge base_ top_flop\"")),
                 qPrintable(workbook));
        QVERIFY(workbook.contains(QStringLiteral("name=\"质检\"")));

        const QString sheet1 =
            test::runTool(QStringLiteral("unzip"),
                          {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        // The header row (row 3: the paragraph, an empty row, then the table) is frozen.
        QVERIFY2(sheet1.contains(QStringLiteral("ySplit=\"3\"")), qPrintable(sheet1));
        QVERIFY(sheet1.contains(QStringLiteral("state=\"frozen\"")));
        // Numbers are numbers (no t="s"), the share stored as a share.
        QVERIFY2(sheet1.contains(QRegularExpression(
                     QStringLiteral("<c r=\"B4\"( s=\"\\d+\")?><v>12345</v></c>"))),
                 qPrintable(sheet1));
        QVERIFY(sheet1.contains(
            QRegularExpression(QStringLiteral("<c r=\"C4\"( s=\"\\d+\")?><v>0.25</v></c>"))));
        QVERIFY(sheet1.contains(
            QRegularExpression(QStringLiteral("<c r=\"B5\"( s=\"\\d+\")?><v>-5</v></c>"))));
        // Text goes to the shared strings, formulas stay text.
        const QString strings =
            test::runTool(QStringLiteral("unzip"),
                          {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(strings.contains(QStringLiteral("=HYPERLINK")));
        QVERIFY(strings.contains(QStringLiteral("态度")));
        QVERIFY(!sheet1.contains(QStringLiteral("<f>")));
        // The header row is bold.
        const QString styles = test::runTool(
            QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
        QVERIFY(styles.contains(QStringLiteral("<b/>")));
        QVERIFY(styles.contains(QStringLiteral("0.0%")));
    }

    void failedWriteLeavesNoFile() {
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/report.xlsx"));
        QString error;
        QVERIFY(!ReportXlsxWriter::writeToFile(document(), path, error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ReportCsvWriter::writeToFile(document(), path, {}, error));
    }
};

QTEST_MAIN(TestRenderSpreadsheets)
#include "tst_render_spreadsheets.moc"

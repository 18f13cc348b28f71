// A report in its machine form (the engine's JSON) as a document: every section becomes
// tables (and charts for counts per key and for series) labelled in the document's language,
// each label keeping its stable key, and the PDF of it carries the figures as text.
#include "pdfrenderer.h"
#include "pdftools.h"
#include "reportcsvwriter.h"
#include "reportjsondocument.h"
#include "reportxlsxwriter.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QTranslator>
#include <QXmlStreamReader>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

QJsonObject report() {
    return QJsonDocument::fromJson(R"({
      "period": {"kind": "day", "at": "2026-12-04", "start": "2026-12-04T00:00:00+08:00",
                 "end": "2026-12-05T00:00:00+08:00", "zone": "Asia/Shanghai"},
      "generated_at": "2026-12-05T08:00:00+08:00",
      "cutoff": {"seq": 991, "at": "2026-12-05T07:59:58+08:00"},
      "volume": {"total": 2389, "previous_total": 2301, "year_earlier_total": null,
                 "by_channel": {"phone": 1500, "web": 889},
                 "series": [{"start": "00:00", "end": "01:00", "count": 40},
                            {"start": "01:00", "end": "02:00", "count": 31}]},
      "response": {"first_response": {"phone": {"mean": 12.5, "median": 10, "p90": 30},
                                      "web": {"mean": 40.25, "median": 35, "p90": 90}}},
      "future_section": {"note": "=cmd", "items": [1, 2]}
    })")
        .object();
}

// The interface's zh_CN translation read from its .ts file, as the runner's translator would
// serve it from the compiled .qm.
class TsTranslator : public QTranslator {
public:
    bool loadTs(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1StringView("name"))
                context = xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == QLatin1StringView("source"))
                source = xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == QLatin1StringView("translation"))
                m_texts.insert(context + QChar(0) + source,
                               xml.readElementText(QXmlStreamReader::SkipChildElements));
        }
        return !xml.hasError() && !m_texts.isEmpty();
    }
    QString translate(const char *context, const char *source, const char *, int) const override {
        return m_texts.value(QString::fromUtf8(context) + QChar(0) + QString::fromUtf8(source));
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    QHash<QString, QString> m_texts;
};

QByteArray csvOf(const ReportDocument &doc) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!ReportCsvWriter::write(doc, &buffer, ReportCsvWriter::Options{false}, error))
        qFatal("csv: %s", qPrintable(error));
    return bytes;
}

} // namespace

class TestRenderReportJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sectionsTablesAndCharts() {
        const ReportDocument doc = ReportJsonDocument::build(report(), QStringLiteral("en"));
        QCOMPARE(doc.subtitle, QStringLiteral("day 2026-12-04: 2026-12-04T00:00:00+08:00 – "
                                              "2026-12-05T00:00:00+08:00 (Asia/Shanghai)"));
        QCOMPARE(doc.cutoff, QStringLiteral("Data as of 2026-12-05T07:59:58+08:00"));
        QStringList keys;
        for (const ReportSection &s : doc.sections)
            keys.append(s.key);
        // The report's order, a section unknown here after the known ones.
        QCOMPARE(keys, (QStringList{QStringLiteral("volume"), QStringLiteral("response"),
                                    QStringLiteral("future_section")}));
        const ReportSection *volume = nullptr;
        const ReportSection *response = nullptr;
        for (const ReportSection &s : doc.sections) {
            if (s.key == QLatin1StringView("volume"))
                volume = &s;
            if (s.key == QLatin1StringView("response"))
                response = &s;
        }
        QVERIFY(volume && response);
        QCOMPARE(volume->heading, QStringLiteral("Volume"));
        // Top-level figures: total, previous_total, year_earlier_total (null → "–").
        const auto &figures = std::get<ReportTable>(volume->blocks.at(0));
        QCOMPARE(figures.rows.size(), 3);
        bool total = false;
        for (const QList<ReportCell> &row : figures.rows) {
            if (row.at(0).key == QLatin1StringView("total")) {
                total = true;
                QCOMPARE(row.at(0).text, QStringLiteral("Total"));
                QCOMPARE(row.at(1).number.value_or(-1), 2389.0);
            }
            if (row.at(0).key == QLatin1StringView("year_earlier_total")) {
                QCOMPARE(row.at(0).text, QStringLiteral("A year earlier"));
                QCOMPARE(row.at(1).text, QStringLiteral("–"));
            }
        }
        QVERIFY(total);
        int charts = 0;
        int tables = 0;
        for (const ReportBlock &b : volume->blocks) {
            if (const auto *c = std::get_if<ReportChart>(&b)) {
                ++charts;
                if (c->kind == ChartKind::Bar) {
                    QCOMPARE(c->key, QStringLiteral("by_channel"));
                    QCOMPARE(c->title, QStringLiteral("By channel"));
                    QCOMPARE(c->categories(),
                             (QStringList{QStringLiteral("Phone"), QStringLiteral("web")}));
                }
                if (c->kind == ChartKind::Line) {
                    QCOMPARE(c->series.first().points.size(), 2);
                    QCOMPARE(c->series.first().points.at(1).value, 31.0);
                }
            }
            if (const auto *t = std::get_if<ReportTable>(&b)) {
                ++tables;
                if (t->key == QLatin1StringView("by_channel")) {
                    QCOMPARE(t->caption, QStringLiteral("By channel"));
                    QCOMPARE(t->rows.size(), 2);
                    QCOMPARE(t->rows.at(0).at(0).text, QStringLiteral("Phone"));
                    QCOMPARE(t->rows.at(0).at(0).key, QStringLiteral("phone"));
                    // A key without a label stays as it is.
                    QCOMPARE(t->rows.at(1).at(0).text, QStringLiteral("web"));
                    QCOMPARE(t->rows.at(0).at(1).number.value_or(-1), 1500.0);
                }
            }
        }
        QCOMPARE(charts, 2); // by_channel bars, series line
        QCOMPARE(tables, 3); // figures, by_channel, series
        // An object of objects: a row per channel, a column per measure.
        const auto &first = std::get<ReportTable>(response->blocks.at(0));
        QCOMPARE(first.key, QStringLiteral("first_response"));
        QCOMPARE(first.caption, QStringLiteral("First response"));
        QCOMPARE(first.header, (QStringList{QStringLiteral("Channel"), QStringLiteral("Mean"),
                                            QStringLiteral("Median"), QStringLiteral("P90")}));
        QCOMPARE(first.columns, (QStringList{QString(), QStringLiteral("mean"),
                                             QStringLiteral("median"), QStringLiteral("p90")}));
        QCOMPARE(first.rows.at(0).at(0).text, QStringLiteral("Phone"));
        QCOMPARE(first.rows.at(1).at(1).number.value_or(-1), 40.25);
    }

    void pdfCarriesTheFigures() {
        if (!test::havePoppler())
            QSKIP("poppler-utils is not installed: scripts/install-deps.sh installs it");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::renderToFile(
                     ReportJsonDocument::build(report(), QStringLiteral("en")), path, error),
                 qPrintable(error));
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("2,389")), qPrintable(text.left(1500)));
        QVERIFY(text.contains(QStringLiteral("By channel")));
        QVERIFY(text.contains(QStringLiteral("Phone")));
        QVERIFY(!text.contains(QStringLiteral("by_channel")));
        QVERIFY(text.contains(QStringLiteral("40.25")));
        QVERIFY(text.contains(QStringLiteral("=cmd")));
    }

    // The CSV shows labels and keeps each labelled row's key in a "key" column; the source
    // JSON (the machine form) is not touched.
    void csvLabelsAndKeys() {
        const QJsonObject json = report();
        const QString csv = QString::fromUtf8(csvOf(ReportJsonDocument::build(json, {})));
        QVERIFY2(csv.contains(QStringLiteral("section,key,Channel,Value\r\n"
                                             "volume,phone,Phone,1500\r\n"
                                             "volume,web,web,889\r\n")),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("volume,total,Total,2389\r\n")));
        QVERIFY(csv.contains(QStringLiteral("section,By channel,By channel\r\n")));
        QVERIFY(!csv.contains(QStringLiteral("by_channel")));
        QCOMPARE(json, report());
        QVERIFY(json.value(QStringLiteral("volume"))
                    .toObject()
                    .value(QStringLiteral("by_channel"))
                    .toObject()
                    .contains(QStringLiteral("phone")));
    }

    // A month served from its roll-up says so in every output: the document's note (not a
    // section), the first CSV record, the top of the PDF, a first sheet of the workbook; a
    // period overlapping archived months names them. In Chinese with the translation.
    void archivedNoteInEveryOutput() {
        QJsonObject json = report();
        json.insert(
            QStringLiteral("archived"),
            QJsonObject{{QStringLiteral("rollup"), true},
                        {QStringLiteral("taken_at"), QStringLiteral("2026-06-01T20:00:00+08:00")},
                        {QStringLiteral("months"), QJsonArray{QStringLiteral("2026-01")}},
                        {QStringLiteral("note"), QStringLiteral("ignored")}});
        const ReportDocument doc = ReportJsonDocument::build(json, QStringLiteral("en"));
        QVERIFY2(doc.note.contains(QStringLiteral("roll-up, taken 2026-06-01T20:00:00+08:00")),
                 qPrintable(doc.note));
        for (const ReportSection &s : doc.sections)
            QVERIFY(s.key != QLatin1StringView("archived"));
        QVERIFY(ReportJsonDocument::build(report(), {}).note.isEmpty());

        const QString csv = QString::fromUtf8(csvOf(doc));
        QVERIFY2(csv.startsWith(QStringLiteral("note,\"The tickets of this month are archived")),
                 qPrintable(csv.left(300)));
        QVERIFY(csv.contains(QStringLiteral("volume,total,Total,2389\r\n")));

        QTemporaryDir dir;
        QString error;
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY2(ReportXlsxWriter::writeToFile(doc, xlsx, error), qPrintable(error));
        const QString workbook =
            test::runTool(QStringLiteral("unzip"),
                          {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")});
        QVERIFY2(workbook.indexOf(QStringLiteral("name=\"Note\"")) >= 0 &&
                     workbook.indexOf(QStringLiteral("name=\"Note\"")) <
                         workbook.indexOf(QStringLiteral("name=\"Volume\"")),
                 qPrintable(workbook));

        if (!test::havePoppler())
            QSKIP("poppler-utils is not installed: scripts/install-deps.sh installs it");
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(PdfRenderer::renderToFile(doc, pdf, error), qPrintable(error));
        const QString text = test::pdfText(pdf, 1, 1).simplified();
        QVERIFY2(text.contains(QStringLiteral("The tickets of this month are archived")),
                 qPrintable(text.left(1500)));
        QVERIFY(text.indexOf(QStringLiteral("archived")) < text.indexOf(QStringLiteral("Volume")));

        json.insert(QStringLiteral("archived"),
                    QJsonObject{{QStringLiteral("rollup"), false},
                                {QStringLiteral("months"), QJsonArray{QStringLiteral("2026-01")}}});
        const QString week = QString::fromUtf8(csvOf(ReportJsonDocument::build(json, {})));
        QVERIFY2(week.startsWith(QStringLiteral("note,Some tickets of this period are archived; "
                                                "whole months are reported from their roll-ups "
                                                "(2026-01).")),
                 qPrintable(week.left(300)));

        TsTranslator zh;
        QVERIFY(zh.loadTs(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/signalboard_zh_CN.ts")));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const ReportDocument chinese = ReportJsonDocument::build(json, QStringLiteral("zh_CN"));
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(chinese.note.contains(QStringLiteral("归档")), qPrintable(chinese.note));
        QVERIFY(chinese.note.contains(QStringLiteral("2026-01")));
    }

    // With the zh_CN translation installed (as the runner does for a zh_CN schedule), the
    // labels are Chinese; removed again, the next document is English.
    void labelsFollowTheInstalledLanguage() {
        TsTranslator zh;
        QVERIFY(zh.loadTs(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/signalboard_zh_CN.ts")));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const ReportDocument chinese = ReportJsonDocument::build(report(), QStringLiteral("zh_CN"));
        QCoreApplication::removeTranslator(&zh);
        const QString csv = QString::fromUtf8(csvOf(chinese));
        QVERIFY2(csv.contains(QStringLiteral("volume,phone,电话,1500\r\n")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("按渠道")));
        QVERIFY(csv.contains(QStringLiteral("volume,total,合计,2389\r\n")));
        QCOMPARE(chinese.sections.first().heading, QStringLiteral("投诉量"));
        const QString english = QString::fromUtf8(csvOf(ReportJsonDocument::build(report(), {})));
        QVERIFY(english.contains(QStringLiteral("volume,phone,Phone,1500\r\n")));
    }
};

QTEST_MAIN(TestRenderReportJson)
#include "tst_render_reportjson.moc"

// A report in its machine form (the engine's JSON) as a document: every section becomes
// tables (and charts for counts per key and for series) with the stable keys, and the PDF of
// it carries the figures as text.
#include "pdfrenderer.h"
#include "pdftools.h"
#include "reportjsondocument.h"

#include <QJsonArray>
#include <QJsonDocument>
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
            if (row.at(0).text == QLatin1StringView("total")) {
                total = true;
                QCOMPARE(row.at(1).number.value_or(-1), 2389.0);
            }
            if (row.at(0).text == QLatin1StringView("year_earlier_total"))
                QCOMPARE(row.at(1).text, QStringLiteral("–"));
        }
        QVERIFY(total);
        int charts = 0;
        int tables = 0;
        for (const ReportBlock &b : volume->blocks) {
            if (const auto *c = std::get_if<ReportChart>(&b)) {
                ++charts;
                if (c->kind == ChartKind::Line) {
                    QCOMPARE(c->series.first().points.size(), 2);
                    QCOMPARE(c->series.first().points.at(1).value, 31.0);
                }
            }
            if (const auto *t = std::get_if<ReportTable>(&b)) {
                ++tables;
                if (t->caption == QLatin1StringView("by_channel")) {
                    QCOMPARE(t->rows.size(), 2);
                    QCOMPARE(t->rows.at(0).at(0).text, QStringLiteral("phone"));
                    QCOMPARE(t->rows.at(0).at(1).number.value_or(-1), 1500.0);
                }
            }
        }
        QCOMPARE(charts, 2); // by_channel bars, series line
        QCOMPARE(tables, 3); // figures, by_channel, series
        // An object of objects: a row per channel, a column per measure.
        const auto &first = std::get<ReportTable>(response->blocks.at(0));
        QCOMPARE(first.caption, QStringLiteral("first_response"));
        QCOMPARE(first.header, (QStringList{QStringLiteral("Key"), QStringLiteral("mean"),
                                            QStringLiteral("median"), QStringLiteral("p90")}));
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
        QVERIFY(text.contains(QStringLiteral("by_channel")));
        QVERIFY(text.contains(QStringLiteral("40.25")));
        QVERIFY(text.contains(QStringLiteral("=cmd")));
    }
};

QTEST_MAIN(TestRenderReportJson)
#include "tst_render_reportjson.moc"

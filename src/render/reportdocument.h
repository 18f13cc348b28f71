#pragma once

#include "reports/reportwindow.h"
#include "util/translation.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace sb {

// A report as a document, independent of any one report and of the output format: the PDF,
// CSV and Excel writers of this library take it. Texts are already translated into the
// document's language; numbers stay numbers (a writer formats them, or keeps them as numbers).
// Tables, charts and key cells keep the stable keys their labels stand for (key, columns).

// How a number is shown. Percent holds a share (0.25 is shown "25.0 %", stored as 0.25).
enum class NumberFormat { Integer, Decimal1, Decimal2, Percent };

// One cell of a table: text, or a number with its format and, optionally, what it counts (a
// click on it in a viewer opens the tickets behind it).
struct ReportCell {
    QString text; // the text of a text cell
    std::optional<double> number;
    NumberFormat format = NumberFormat::Integer;
    std::optional<ReportDrill> drill;
    // The stable key a text cell shows the label of ("phone" behind "Phone"), else empty.
    QString key = {};

    static ReportCell ofText(const QString &text, const QString &key = {}) {
        return {text, std::nullopt, {}, {}, key};
    }
    static ReportCell ofNumber(double value, NumberFormat format = NumberFormat::Integer,
                               std::optional<ReportDrill> drill = std::nullopt) {
        return {QString(), value, format, std::move(drill)};
    }
    bool isNumber() const { return number.has_value(); }
    // The cell as shown in `locale`: the text, or the formatted number.
    QString display(const QLocale &locale) const;
};

struct ReportTable {
    QString caption; // may be empty
    QStringList header;
    QList<QList<ReportCell>> rows; // each row has header.size() cells
    // The stable keys behind the labels: the figure the table shows ("by_channel"; empty for a
    // section's own figures) and each column's key ("count"), empty when there are none.
    QString key = {};
    QStringList columns = {};
};

struct ReportParagraph {
    QString text;
};

// A chart: bars, stacked bars or lines. Each series has points with labels; the categories of
// the chart are the labels in the order they first appear over the series. A Pareto chart
// takes the first series, its points by value descending, as bars and adds the cumulative
// share as a line on a 0–100 % axis at the right.
enum class ChartKind { Bar, StackedBar, Line, Pareto };

struct ReportPoint {
    QString label;
    double value = 0;
};

struct ReportSeries {
    QString name;
    QList<ReportPoint> points;
};

struct ReportChart {
    ChartKind kind = ChartKind::Bar;
    QString title;
    QString valueAxis; // the unit of the values, may be empty
    NumberFormat format = NumberFormat::Integer;
    QList<ReportSeries> series;
    QString key = {}; // the stable key of the figure charted ("by_channel"), may be empty

    QStringList categories() const;
    // The value of `series` at `category`, 0 when it has no such point.
    static double valueAt(const ReportSeries &series, const QString &category);
};

using ReportBlock = std::variant<ReportParagraph, ReportTable, ReportChart>;

// A section has a stable key ("volume", "agents" …: machine outputs use it), a heading in the
// document's language and its blocks in order.
struct ReportSection {
    QString key;
    QString heading;
    QList<ReportBlock> blocks;
};

struct ReportDocument {
    QString title;
    QString subtitle; // the period, e.g. "Week 2026-W12 (2026-03-16 – 2026-03-22)"
    QString cutoff;   // the data cut-off, e.g. "Data as of 2026-03-23 08:00 (+08:00)"
    // What the reader must know about archived tickets (the figures are a month's roll-up, or
    // some tickets of the period are archived); empty when none are.
    QString note = {};
    QString language = QStringLiteral("en"); // "en" or "zh_CN": number format and fonts
    // The translation of the texts a writer adds (page numbers, a chart's legend, a sheet's
    // name): the document's language (default: the interface's translators).
    Translation translation;
    QList<ReportSection> sections;

    QLocale locale() const { return QLocale(language); }
};

// A number in `format` as shown in `locale`; the CSV and Excel writers keep the value.
QString formatNumber(double value, NumberFormat format, const QLocale &locale);

} // namespace sb

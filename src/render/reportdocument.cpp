#include "reportdocument.h"

#include <cmath>

namespace sb {

QString formatNumber(double value, NumberFormat format, const QLocale &locale) {
    if (!std::isfinite(value))
        return QStringLiteral("–");
    switch (format) {
    case NumberFormat::Integer:
        return locale.toString(qint64(std::llround(value)));
    case NumberFormat::Decimal1:
        return locale.toString(value, 'f', 1);
    case NumberFormat::Decimal2:
        return locale.toString(value, 'f', 2);
    case NumberFormat::Percent:
        return locale.toString(100.0 * value, 'f', 1) + QStringLiteral(" %");
    }
    return locale.toString(value);
}

QString ReportCell::display(const QLocale &locale) const {
    return number ? formatNumber(*number, format, locale) : text;
}

QStringList ReportChart::categories() const {
    QStringList out;
    for (const ReportSeries &s : series)
        for (const ReportPoint &p : s.points)
            if (!out.contains(p.label))
                out.append(p.label);
    return out;
}

double ReportChart::valueAt(const ReportSeries &series, const QString &category) {
    for (const ReportPoint &p : series.points)
        if (p.label == category)
            return p.value;
    return 0;
}

} // namespace sb

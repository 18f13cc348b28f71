#include "reports/growthsection.h"

#include "reports/reportreads.h"
#include "reports/sectionsql.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace sb {

double GrowthSection::score(qint64 current, qint64 previous) {
    return std::log((double(current) + 1.0) / (double(previous) + 1.0));
}

bool GrowthSection::load(Database &db, const ReportWindow &w, const ReportSettings &s,
                         GrowthFigures &out, QString &error) {
    ReportReads reads(db);
    return load(reads, w, s, out, error);
}

bool GrowthSection::load(ReportReads &reads, const ReportWindow &w, const ReportSettings &s,
                         GrowthFigures &out, QString &error) {
    out = {};
    out.minVolume = s.growthMinVolume;
    if (w.earlier.isEmpty())
        return true;
    out.hasPrevious = true;
    const QString type = QStringLiteral("problem_type");
    const QMap<QString, qint64> *current = nullptr;
    const QMap<QString, qint64> *previous = nullptr;
    if (!reads.received(type, w.startMs, w.endMs, current, error) ||
        !reads.received(type, w.earlier[0].startMs, w.earlier[0].endMs, previous, error))
        return false;
    for (auto it = current->cbegin(); it != current->cend(); ++it) {
        if (it.key().isEmpty() || it.value() < s.growthMinVolume)
            continue;
        GrowthRow r{it.key(), it.value(), previous->value(it.key()), 0};
        r.score = score(r.current, r.previous);
        if (r.score > 0)
            out.rows.append(r);
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const GrowthRow &a, const GrowthRow &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.current != b.current)
            return a.current > b.current;
        return a.problemType < b.problemType;
    });
    if (out.rows.size() > qMax(1, s.topLimit))
        out.rows.resize(qMax(1, s.topLimit));
    return true;
}

QJsonObject GrowthSection::toJson(const GrowthFigures &f) {
    QJsonArray rows;
    for (const GrowthRow &r : f.rows)
        rows.append(QJsonObject{{QStringLiteral("problem_type"), r.problemType},
                                {QStringLiteral("current"), r.current},
                                {QStringLiteral("previous"), r.previous},
                                {QStringLiteral("score"), r.score}});
    return {{QStringLiteral("has_previous"), f.hasPrevious},
            {QStringLiteral("min_volume"), f.minVolume},
            {QStringLiteral("problem_types"), rows}};
}

bool GrowthSection::ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                              bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    if (d.measure != QLatin1StringView("current") && d.measure != QLatin1StringView("previous")) {
        error = reportsql::unknownDrill(d);
        return false;
    }
    if (d.dimension != QLatin1StringView("problem_type")) {
        error = reportsql::unknownDrill(d);
        return false;
    }
    return reportsql::receivedIds(db, d.dimension, d.value, d.startMs, d.endMs, limit, out,
                                  truncated, error);
}

} // namespace sb

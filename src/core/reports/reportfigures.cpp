#include "reports/reportfigures.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace sb {

DurationStats DurationStats::of(QList<qint64> durations) {
    DurationStats s;
    s.count = durations.size();
    if (durations.isEmpty())
        return s;
    std::sort(durations.begin(), durations.end());
    double sum = 0;
    for (const qint64 d : std::as_const(durations))
        sum += double(d);
    const qsizetype n = durations.size();
    s.meanMs = sum / double(n);
    s.medianMs = n % 2 == 1 ? double(durations.at(n / 2))
                            : (double(durations.at(n / 2 - 1)) + double(durations.at(n / 2))) / 2;
    const qsizetype rank = qsizetype(std::ceil(0.9 * double(n)));
    s.p90Ms = double(durations.at(std::clamp<qsizetype>(rank, 1, n) - 1));
    return s;
}

QJsonObject DurationStats::toJson() const {
    const auto seconds = [](const std::optional<double> &ms) {
        return ms ? QJsonValue(std::round(*ms / 100.0) / 10.0) : QJsonValue();
    };
    return {{QStringLiteral("count"), count},
            {QStringLiteral("mean"), seconds(meanMs)},
            {QStringLiteral("median"), seconds(medianMs)},
            {QStringLiteral("p90"), seconds(p90Ms)}};
}

QJsonObject ReportFigures::countsJson(const QList<KeyCount> &counts) {
    QJsonObject o;
    for (const KeyCount &c : counts)
        o.insert(c.key, c.count);
    return o;
}

QString ReportFigures::isoText(qint64 ms, const QTimeZone &zone) {
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

void ReportFigures::sortCounts(QList<KeyCount> &counts) {
    std::sort(counts.begin(), counts.end(), [](const KeyCount &a, const KeyCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
}

bool ReportFigures::ids(Database &db, const QString &sql, const QVariantList &values, int limit,
                        QList<qint64> &out, bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(q, sql, values, error))
        return false;
    while (q.next()) {
        if (out.size() >= limit) {
            truncated = true;
            break;
        }
        out.append(q.value(0).toLongLong());
    }
    return true;
}

bool ReportFigures::dataCutoff(Database &db, qint64 &seq, qint64 &atMs, QString &error) {
    seq = 0;
    atMs = 0;
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(
            q, QStringLiteral("SELECT seq, at FROM change_log ORDER BY seq DESC LIMIT 1"), {},
            error))
        return false;
    if (q.next()) {
        seq = q.value(0).toLongLong();
        atMs = q.value(1).toLongLong();
    }
    return true;
}

QString ReportFigures::ticketColumn(const QString &dimension) {
    static const char *const columns[] = {"channel", "problem_type", "customer_tier", "region"};
    for (const char *c : columns)
        if (dimension == QLatin1StringView(c))
            return QString::fromLatin1(c);
    return {};
}

} // namespace sb

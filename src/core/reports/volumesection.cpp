#include "reports/volumesection.h"

#include "reports/reportreads.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace sb {

namespace {

// The slot the series is counted in: every zone's offset is a multiple of 15 minutes, so the
// hour and day buckets of a window start on a slot boundary counted from its start.
constexpr qint64 kSlotMs = 15 * 60 * 1000;

bool countBetween(Database &db, qint64 from, qint64 to, qint64 &out, QString &error) {
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(
            q,
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE received_at >= ? AND "
                           "received_at < ?"),
            {from, to}, error))
        return false;
    out = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool countsBy(ReportReads &reads, const QString &dimension, const ReportWindow &w,
              QList<KeyCount> &out, QString &error) {
    out.clear();
    const QMap<QString, qint64> *counts = nullptr;
    if (!reads.received(dimension, w.startMs, w.endMs, counts, error))
        return false;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        out.append({it.key(), it.value()});
    ReportFigures::sortCounts(out);
    return true;
}

bool series(Database &db, const ReportWindow &w, QList<SeriesPoint> &out, QString &error) {
    out.clear();
    bool aligned = true;
    for (const ReportWindow &b : w.buckets) {
        out.append({b.startMs, b.endMs, 0});
        aligned = aligned && (b.startMs - w.startMs) % kSlotMs == 0 &&
                  ((b.endMs - w.startMs) % kSlotMs == 0 || b.endMs == w.endMs);
    }
    if (!aligned) {
        for (SeriesPoint &p : out)
            if (!countBetween(db, p.startMs, p.endMs, p.count, error))
                return false;
        return true;
    }
    QSqlQuery q(db.db());
    if (!db.execForwardOnly(
            q,
            QStringLiteral("SELECT (received_at - ?) / ?, COUNT(*) FROM tickets WHERE "
                           "received_at >= ? AND received_at < ? GROUP BY 1 ORDER BY 1"),
            {w.startMs, kSlotMs, w.startMs, w.endMs}, error))
        return false;
    qsizetype i = 0;
    while (q.next()) {
        const qint64 slotStart = w.startMs + q.value(0).toLongLong() * kSlotMs;
        while (i < out.size() && out.at(i).endMs <= slotStart)
            ++i;
        if (i < out.size() && out.at(i).startMs <= slotStart)
            out[i].count += q.value(1).toLongLong();
    }
    return true;
}

} // namespace

bool VolumeSection::load(Database &db, const ReportWindow &w, const ReportSettings &s,
                         VolumeFigures &out, QString &error) {
    ReportReads reads(db);
    return load(reads, w, s, out, error);
}

bool VolumeSection::load(ReportReads &reads, const ReportWindow &w, const ReportSettings &,
                         VolumeFigures &out, QString &error) {
    Database &db = reads.db();
    out = {};
    out.zone = w.zone;
    if (w.isEmpty()) {
        error = tr("The report's period is empty.");
        return false;
    }
    if (!countsBy(reads, QStringLiteral("channel"), w, out.byChannel, error) ||
        !countsBy(reads, QStringLiteral("problem_type"), w, out.byProblemType, error) ||
        !countsBy(reads, QStringLiteral("customer_tier"), w, out.byCustomerTier, error) ||
        !countsBy(reads, QStringLiteral("region"), w, out.byRegion, error) ||
        !series(db, w, out.series, error))
        return false;
    for (const KeyCount &c : std::as_const(out.byChannel))
        out.total += c.count;
    if (!w.earlier.isEmpty()) {
        out.previousStartMs = w.earlier.first().startMs;
        out.previousEndMs = w.earlier.first().endMs;
        // By problem type: growth and recurring count the previous period that way too.
        const QMap<QString, qint64> *previous = nullptr;
        if (!reads.received(QStringLiteral("problem_type"), out.previousStartMs, out.previousEndMs,
                            previous, error))
            return false;
        for (const qint64 n : *previous)
            out.previousTotal += n;
    }
    if (w.yearEarlierEndMs > w.yearEarlierStartMs) {
        QSqlQuery q(db.db());
        if (!db.execForwardOnly(q, QStringLiteral("SELECT MIN(received_at) FROM tickets"), {},
                                error))
            return false;
        if (q.next() && !q.value(0).isNull() && q.value(0).toLongLong() < w.yearEarlierEndMs) {
            qint64 n = 0;
            if (!countBetween(db, w.yearEarlierStartMs, w.yearEarlierEndMs, n, error))
                return false;
            out.yearEarlierTotal = n;
        }
    }
    return true;
}

QJsonObject VolumeSection::toJson(const VolumeFigures &f) {
    const QTimeZone &zone = f.zone;
    QJsonArray points;
    for (const SeriesPoint &p : f.series)
        points.append(
            QJsonObject{{QStringLiteral("start"), ReportFigures::isoText(p.startMs, zone)},
                        {QStringLiteral("end"), ReportFigures::isoText(p.endMs, zone)},
                        {QStringLiteral("count"), p.count}});
    return {
        {QStringLiteral("total"), f.total},
        {QStringLiteral("by_channel"), ReportFigures::countsJson(f.byChannel)},
        {QStringLiteral("by_problem_type"), ReportFigures::countsJson(f.byProblemType)},
        {QStringLiteral("by_customer_tier"), ReportFigures::countsJson(f.byCustomerTier)},
        {QStringLiteral("by_region"), ReportFigures::countsJson(f.byRegion)},
        {QStringLiteral("series"), points},
        {QStringLiteral("previous_total"), f.previousTotal},
        {QStringLiteral("year_earlier_total"),
         f.yearEarlierTotal ? QJsonValue(*f.yearEarlierTotal) : QJsonValue()},
    };
}

bool VolumeSection::ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                              bool &truncated, QString &error) {
    static const char *const measures[] = {"received", "total", "series", "previous_total",
                                           "year_earlier_total"};
    bool known = false;
    for (const char *m : measures)
        known = known || d.measure == QLatin1StringView(m);
    if (d.section != QLatin1StringView(kKey) || !known) {
        error = tr("The volume section has no figure \"%1\".").arg(d.measure.left(40));
        return false;
    }
    QString sql =
        QStringLiteral("SELECT id FROM tickets WHERE received_at >= ? AND received_at < ?");
    QVariantList values{d.startMs, d.endMs};
    if (!d.dimension.isEmpty()) {
        const QString column = ReportFigures::ticketColumn(d.dimension);
        if (column.isEmpty()) {
            error = tr("The volume section is not counted by \"%1\".").arg(d.dimension.left(40));
            return false;
        }
        sql += QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
        values.append(d.value);
    }
    return ReportFigures::ids(db, sql + QStringLiteral(" ORDER BY id"), values, limit, out,
                              truncated, error);
}

} // namespace sb

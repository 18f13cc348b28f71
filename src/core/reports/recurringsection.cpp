#include "reports/recurringsection.h"

#include "reports/reportreads.h"
#include "reports/sectionsql.h"

#include <QJsonArray>

#include <algorithm>

namespace sb {

namespace {

const QStringList &dimensions() {
    static const QStringList d{QStringLiteral("problem_type"), QStringLiteral("category")};
    return d;
}

} // namespace

bool RecurringSection::load(Database &db, const ReportWindow &w, const ReportSettings &s,
                            RecurringFigures &out, QString &error) {
    ReportReads reads(db);
    return load(reads, w, s, out, error);
}

bool RecurringSection::load(ReportReads &reads, const ReportWindow &w, const ReportSettings &s,
                            RecurringFigures &out, QString &error) {
    Database &db = reads.db();
    out = {};
    out.threshold = s.recurringThreshold;
    out.periodsRequired = qMax(1, s.recurringPeriods);
    out.periods.append({w.startMs, w.endMs});
    for (int i = 0; i < out.periodsRequired - 1 && i < w.earlier.size(); ++i)
        out.periods.append({w.earlier[i].startMs, w.earlier[i].endMs});
    out.enoughPeriods = out.periods.size() == out.periodsRequired;
    if (!out.enoughPeriods)
        return true;
    for (const QString &dimension : dimensions()) {
        QList<const QMap<QString, qint64> *> counts;
        for (const RecurringPeriod &p : std::as_const(out.periods)) {
            const QMap<QString, qint64> *c = nullptr;
            if (!reads.received(dimension, p.startMs, p.endMs, c, error))
                return false;
            counts.append(c);
        }
        QList<RecurringRow> rows;
        for (auto it = counts.first()->cbegin(); it != counts.first()->cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            RecurringRow r{dimension, it.key(), {}, std::nullopt};
            bool every = true;
            for (const QMap<QString, qint64> *c : std::as_const(counts)) {
                const qint64 n = c->value(it.key());
                every = every && double(n) >= s.recurringThreshold;
                r.counts.append(n);
            }
            if (every)
                rows.append(r);
        }
        std::sort(rows.begin(), rows.end(), [](const RecurringRow &a, const RecurringRow &b) {
            if (a.counts.first() != b.counts.first())
                return a.counts.first() > b.counts.first();
            return a.key < b.key;
        });
        if (rows.size() > qMax(1, s.topLimit))
            rows.resize(qMax(1, s.topLimit));
        QStringList keys;
        for (const RecurringRow &r : std::as_const(rows))
            keys.append(r.key);
        QMap<QString, SupervisionItem> items;
        if (!SupervisionStore::latestFor(db, dimension, keys, items, error))
            return false;
        for (RecurringRow &r : rows) {
            if (items.contains(r.key))
                r.supervision = items.value(r.key);
        }
        out.rows.append(rows);
    }
    return true;
}

QJsonObject RecurringSection::toJson(const RecurringFigures &f) {
    QJsonArray periods;
    for (const RecurringPeriod &p : f.periods)
        periods.append(QJsonObject{{QStringLiteral("start"), reportsql::isoUtc(p.startMs)},
                                   {QStringLiteral("end"), reportsql::isoUtc(p.endMs)}});
    QJsonArray rows;
    for (const RecurringRow &r : f.rows) {
        QJsonArray counts;
        for (qint64 n : r.counts)
            counts.append(n);
        QJsonValue supervision;
        if (r.supervision) {
            const SupervisionItem &s = *r.supervision;
            supervision = QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("status"), supervisionStatusKey(s.status)},
                {QStringLiteral("owner_id"), s.ownerId},
                {QStringLiteral("owner"), s.ownerName},
                {QStringLiteral("due_date"), s.due.toString(Qt::ISODate)},
                {QStringLiteral("notes"), s.notes},
                {QStringLiteral("closed_at"),
                 s.closedAt > 0 ? QJsonValue(reportsql::isoUtc(s.closedAt)) : QJsonValue()}};
        }
        rows.append(QJsonObject{{QStringLiteral("dimension"), r.dimension},
                                {QStringLiteral("key"), r.key},
                                {QStringLiteral("counts"), counts},
                                {QStringLiteral("supervision"), supervision}});
    }
    return {{QStringLiteral("threshold"), f.threshold},
            {QStringLiteral("periods_required"), f.periodsRequired},
            {QStringLiteral("enough_periods"), f.enoughPeriods},
            {QStringLiteral("periods"), periods},
            {QStringLiteral("items"), rows}};
}

bool RecurringSection::ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                                 bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    if (d.measure != QLatin1StringView("count")) {
        error = reportsql::unknownDrill(d);
        return false;
    }
    if (!dimensions().contains(d.dimension)) {
        error = reportsql::unknownDrill(d);
        return false;
    }
    return reportsql::receivedIds(db, d.dimension, d.value, d.startMs, d.endMs, limit, out,
                                  truncated, error);
}

} // namespace sb

#include "io/exporter.h"

#include "security/masking.h"

#include "io/csvwriter.h"
#include "io/instant.h"
#include "storage/ticketstore.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QSqlQuery>
#include <QUrlQuery>

namespace sb {

namespace {
void addIn(QStringList &where, QVariantList &values, const char *column, const QStringList &in) {
    if (in.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : in) {
        marks << QStringLiteral("?");
        values << v;
    }
    where << QStringLiteral("%1 IN (%2)").arg(QLatin1StringView(column), marks.join(u','));
}
} // namespace

std::optional<TicketQuery> TicketQuery::parse(const QString &spec, QString &error) {
    TicketQuery q;
    const QUrlQuery url(spec);
    for (const auto &[key, rawValue] : url.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue.trimmed();
        const QStringList alternatives = value.split(u'|', Qt::SkipEmptyParts);
        if (key == QLatin1StringView("state"))
            q.states << alternatives;
        else if (key == QLatin1StringView("problem_type"))
            q.problemTypes << alternatives;
        else if (key == QLatin1StringView("channel"))
            q.channels << alternatives;
        else if (key == QLatin1StringView("customer_tier"))
            q.tiers << alternatives;
        else if (key == QLatin1StringView("source"))
            q.sources << alternatives;
        else if (key == QLatin1StringView("region"))
            q.regions << alternatives;
        else if (key == QLatin1StringView("text"))
            q.text = value;
        else if (key == QLatin1StringView("from") || key == QLatin1StringView("to")) {
            Instant at;
            if (!parseIsoInstant(QStringView(value), at)) {
                error =
                    Exporter::tr("query: %1: \"%2\" is not an ISO 8601 time with an offset or Z")
                        .arg(key, value);
                return std::nullopt;
            }
            (key == QLatin1StringView("from") ? q.fromMs : q.toMs) = at.ms;
        } else {
            error = Exporter::tr("query: unknown key \"%1\" (known: state, problem_type, channel, "
                                 "customer_tier, source, region, from, to, text)")
                        .arg(key);
            return std::nullopt;
        }
    }
    return q;
}

QString TicketQuery::whereSql(QVariantList &values) const {
    QStringList where;
    addIn(where, values, "state", states);
    addIn(where, values, "problem_type", problemTypes);
    addIn(where, values, "channel", channels);
    addIn(where, values, "customer_tier", tiers);
    addIn(where, values, "source", sources);
    addIn(where, values, "region", regions);
    if (fromMs) {
        where << QStringLiteral("received_at >= ?");
        values << *fromMs;
    }
    if (toMs) {
        where << QStringLiteral("received_at < ?");
        values << *toMs;
    }
    if (!text.isEmpty()) {
        where << QStringLiteral("(LOWER(subject) LIKE ? ESCAPE '!' OR LOWER(description) LIKE ? "
                                "ESCAPE '!')");
        QString pattern = text.toLower();
        pattern.replace(u'!', QStringLiteral("!!"))
            .replace(u'%', QStringLiteral("!%"))
            .replace(u'_', QStringLiteral("!_"));
        values << QStringLiteral("%%1%").arg(pattern) << QStringLiteral("%%1%").arg(pattern);
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QStringList Exporter::ticketColumns() {
    return {QStringLiteral("id"),
            QStringLiteral("serial"),
            QStringLiteral("state"),
            QStringLiteral("source"),
            QStringLiteral("external_id"),
            QStringLiteral("received_at"),
            QStringLiteral("channel"),
            QStringLiteral("customer_tier"),
            QStringLiteral("problem_type"),
            QStringLiteral("customer_id"),
            QStringLiteral("service_number"),
            QStringLiteral("category"),
            QStringLiteral("subject"),
            QStringLiteral("description"),
            QStringLiteral("region")};
}

bool Exporter::exportTickets(Database &db, const TicketQuery &query, QIODevice *out, qint64 &rows,
                             QString &error, bool personalData) {
    rows = 0;
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT id, state, source, external_id, received_at, received_offset, "
                       "channel, customer_tier, problem_type, customer_id, service_number, "
                       "category, subject, description, region FROM tickets") +
        query.whereSql(values) + QStringLiteral(" ORDER BY received_at, id");
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q, sql, values, error))
        return false;
    CsvWriter w(out);
    w.writeRecord(ticketColumns());
    QStringList record;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 at = q.value(4).toLongLong();
        record.clear();
        record << QString::number(id) << TicketStore::serialNumber(id, at) << q.value(1).toString()
               << q.value(2).toString() << q.value(3).toString()
               << formatInstant(at, static_cast<qint32>(q.value(5).toLongLong()));
        for (int i = 6; i <= 14; ++i)
            record << (i == 10 && !personalData ? maskServiceNumber(q.value(i).toString())
                                                : q.value(i).toString());
        w.writeRecord(record);
        ++rows;
    }
    if (q.lastError().isValid()) {
        error = describeSqlError(q.lastError());
        return false;
    }
    if (!w.flush()) {
        error = tr("cannot write the CSV: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool Exporter::exportModel(const QAbstractItemModel &model, QIODevice *out, QString &error) {
    CsvWriter w(out);
    QStringList record;
    for (int c = 0; c < model.columnCount(); ++c)
        record << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    w.writeRecord(record);
    for (int r = 0; r < model.rowCount(); ++r) {
        record.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            record << model.index(r, c).data(Qt::DisplayRole).toString();
        w.writeRecord(record);
    }
    if (!w.flush()) {
        error = tr("cannot write the CSV: %1").arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace sb

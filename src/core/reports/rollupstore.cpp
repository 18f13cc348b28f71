#include "reports/rollupstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

namespace {

ReportRollup rollupOf(const QSqlQuery &q, bool withReport) {
    ReportRollup r;
    r.id = q.value(0).toLongLong();
    r.monthStartMs = q.value(1).toLongLong();
    r.monthEndMs = q.value(2).toLongLong();
    r.zone = q.value(3).toString();
    r.month = q.value(4).toString();
    r.tickets = q.value(5).toLongLong();
    r.takenAtMs = q.value(6).toLongLong();
    r.takenBy = q.value(7).toString();
    r.archiveRunId = q.value(8).toLongLong();
    if (withReport)
        r.report = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    return r;
}

QString selectSql(bool withReport) {
    return QStringLiteral("SELECT id, month_start, month_end, zone, month, tickets, taken_at, "
                          "taken_by, archive_run_id") +
           (withReport ? QStringLiteral(", report") : QString()) +
           QStringLiteral(" FROM report_rollups ");
}

} // namespace

ReportRollupStore::ReportRollupStore(const Database &db)
    : m_db(db) {
}

bool ReportRollupStore::overlapping(qint64 startMs, qint64 endMs, bool withReport,
                                    QList<ReportRollup> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.execForwardOnly(q,
                              selectSql(withReport) +
                                  QStringLiteral("WHERE month_start < ? AND month_end > ? "
                                                 "ORDER BY month_start, zone"),
                              {endMs, startMs}, error))
        return false;
    while (q.next())
        out.append(rollupOf(q, withReport));
    return true;
}

bool ReportRollupStore::find(qint64 monthStartMs, const QString &zone,
                             std::optional<ReportRollup> &out, QString &error) const {
    out.reset();
    QSqlQuery q(m_db.db());
    if (!m_db.execForwardOnly(
            q, selectSql(true) + QStringLiteral("WHERE month_start = ? AND zone = ?"),
            {monthStartMs, zone}, error))
        return false;
    if (q.next())
        out = rollupOf(q, true);
    return true;
}

bool ReportRollupStore::store(const ReportRollup &rollup, const QString &actor, qint64 nowMs,
                              bool &stored, QString &error) const {
    stored = false;
    const QString json =
        QString::fromUtf8(QJsonDocument(rollup.report).toJson(QJsonDocument::Compact));
    const QVariant run = rollup.archiveRunId > 0 ? QVariant(rollup.archiveRunId)
                                                 : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery q(m_db.db());
    if (m_db.dialect() == Dialect::PostgreSQL) {
        if (!m_db.exec(q, QStringLiteral("SELECT sb_report_rollup_store(?, ?, ?, ?, ?, ?, ?)"),
                       {rollup.monthStartMs, rollup.monthEndMs, rollup.zone, rollup.month, json,
                        rollup.tickets, run},
                       error) ||
            !q.next())
            return false;
        stored = q.value(0).toBool();
        return true;
    }
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO report_rollups (month_start, month_end, zone, "
                                  "month, report, tickets, taken_at, taken_by, archive_run_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (month_start, zone) DO NOTHING"),
                   {rollup.monthStartMs, rollup.monthEndMs, rollup.zone, rollup.month, json,
                    rollup.tickets, nowMs, textValue(actor), run},
                   error))
        return false;
    stored = q.numRowsAffected() > 0;
    return true;
}

} // namespace sb

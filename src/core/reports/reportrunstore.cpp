#include "reports/reportschedule.h"

#include "security/audittrail.h"
#include "security/permissions.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

namespace {

const QString kRunColumns = QStringLiteral(
    "SELECT id, COALESCE(schedule_id, 0), schedule_name, period_kind, period_at, period_start, "
    "period_end, zone, params, state, error, cutoff_seq, cutoff_at, started_at, "
    "COALESCE(finished_at, 0), lease_until, runner, message_id, attempt FROM report_runs");

ReportRun runFrom(const QSqlQuery &q) {
    ReportRun r;
    r.id = q.value(0).toLongLong();
    r.scheduleId = q.value(1).toLongLong();
    r.scheduleName = q.value(2).toString();
    r.periodKind = reportPeriodKindFromKey(q.value(3).toString()).value_or(ReportPeriodKind::Week);
    r.periodAt = q.value(4).toString();
    r.startMs = q.value(5).toLongLong();
    r.endMs = q.value(6).toLongLong();
    r.zone = q.value(7).toString();
    r.params = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    r.state = reportRunStateFromKey(q.value(9).toString()).value_or(ReportRunState::Failed);
    r.error = q.value(10).toString();
    r.cutoffSeq = q.value(11).toLongLong();
    r.cutoffAtMs = q.value(12).toLongLong();
    r.startedAtMs = q.value(13).toLongLong();
    r.finishedAtMs = q.value(14).toLongLong();
    r.leaseUntilMs = q.value(15).toLongLong();
    r.runner = q.value(16).toString();
    r.messageId = q.value(17).toLongLong();
    r.attempt = q.value(18).toInt();
    return r;
}

bool readRuns(const Database &db, const QString &tail, const QVariantList &values,
              QList<ReportRun> &out, QString &error) {
    out.clear();
    {
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        if (!db.exec(q, kRunColumns + tail, values, error))
            return false;
        while (q.next())
            out.append(runFrom(q));
    }
    QSqlQuery q(db.db());
    for (ReportRun &r : out) {
        if (!db.exec(q,
                     QStringLiteral("SELECT format, file_name, sha256, size FROM "
                                    "report_run_outputs WHERE run_id = ? ORDER BY format"),
                     {r.id}, error))
            return false;
        while (q.next())
            r.outputs.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong()});
    }
    return true;
}

QString actorName(const ReportActor &actor) {
    return actor.login.isEmpty() ? QStringLiteral("signalboard") : actor.login;
}

} // namespace

bool ReportScheduleStore::runs(const Database &db, const ReportRunFilter &filter,
                               QList<ReportRun> &out, QString &error) {
    QString where;
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        where +=
            (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
        values << value;
    };
    if (filter.scheduleId > 0)
        add(QStringLiteral("schedule_id = ?"), filter.scheduleId);
    if (filter.fromMs > 0)
        add(QStringLiteral("period_start >= ?"), filter.fromMs);
    if (filter.toMs > 0)
        add(QStringLiteral("period_start < ?"), filter.toMs);
    if (filter.state)
        add(QStringLiteral("state = ?"), reportRunStateKey(*filter.state));
    values << qBound(1, filter.limit, 10000);
    return readRuns(db, where + QStringLiteral(" ORDER BY period_start DESC, id DESC LIMIT ?"),
                    values, out, error);
}

bool ReportScheduleStore::run(const Database &db, qint64 runId, std::optional<ReportRun> &out,
                              QString &error) {
    out.reset();
    QList<ReportRun> rows;
    if (!readRuns(db, QStringLiteral(" WHERE id = ?"), {runId}, rows, error))
        return false;
    if (!rows.isEmpty())
        out = rows.first();
    return true;
}

bool ReportScheduleStore::output(const Database &db, qint64 runId, const QString &format,
                                 ReportOutputFile &out, QString &error) {
    out = {};
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT file_name, sha256, bytes FROM report_run_outputs WHERE "
                                "run_id = ? AND format = ?"),
                 {runId, format}, error))
        return false;
    if (!q.next()) {
        error = tr("Report run #%1 has no %2 output.").arg(runId).arg(format.left(20));
        return false;
    }
    out.format = format;
    out.fileName = q.value(0).toString();
    out.sha256 = q.value(1).toString();
    out.bytes = q.value(2).toByteArray();
    return true;
}

ReportRunStore::ReportRunStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool ReportRunStore::find(const Database &db, qint64 scheduleId, const ReportPeriod &period,
                          std::optional<ReportRun> &out, QString &error) {
    out.reset();
    QList<ReportRun> rows;
    if (!readRuns(db,
                  QStringLiteral(" WHERE schedule_id = ? AND period_kind = ? AND period_start = ?"),
                  {scheduleId, reportPeriodKindKey(period.kind()), period.startMs()}, rows, error))
        return false;
    if (!rows.isEmpty())
        out = rows.first();
    return true;
}

bool ReportRunStore::periodRuns(const Database &db, qint64 scheduleId, ReportPeriodKind kind,
                                qint64 fromMs, qint64 toMs, QList<PeriodRun> &out,
                                qint64 &latestStartMs, QString &error) {
    out.clear();
    latestStartMs = 0;
    const QString kindKey = reportPeriodKindKey(kind);
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral("SELECT COALESCE(MAX(period_start), 0) FROM report_runs WHERE "
                                "schedule_id = ? AND period_kind = ? AND period_start <= ?"),
                 {scheduleId, kindKey, toMs}, error))
        return false;
    latestStartMs = q.next() ? q.value(0).toLongLong() : 0;
    if (latestStartMs == 0)
        return true;
    if (!db.exec(q,
                 QStringLiteral("SELECT period_start, state, lease_until FROM report_runs WHERE "
                                "schedule_id = ? AND period_kind = ? AND period_start >= ? AND "
                                "period_start <= ? ORDER BY period_start"),
                 {scheduleId, kindKey, qMin(fromMs, latestStartMs), toMs}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    reportRunStateFromKey(q.value(1).toString()).value_or(ReportRunState::Failed),
                    q.value(2).toLongLong()});
    return true;
}

bool ReportRunStore::claim(const ReportActor &actor, const ReportSchedule &schedule,
                           const ReportPeriod &period, const QJsonObject &params,
                           const QString &runner, qint64 leaseMs, qint64 &runId, QString &error) {
    runId = 0;
    const QString kind = reportPeriodKindKey(period.kind());
    const QString zone = QString::fromUtf8(period.zone().id());
    const QString paramText =
        QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    if (m_db.dialect() == Dialect::PostgreSQL) {
        return m_db.transaction(
            [&](QString &err) {
                QSqlQuery q(m_db.db());
                if (!m_db.exec(q,
                               QStringLiteral("SELECT sb_report_run_claim(?, ?, ?, ?, ?, ?, ?, ?, "
                                              "?)"),
                               {schedule.id, kind, period.at(), period.startMs(), period.endMs(),
                                zone, paramText, textValue(runner), leaseMs},
                               err))
                    return false;
                runId = q.next() ? q.value(0).toLongLong() : 0;
                return true;
            },
            error);
    }
    return writeLocally(
        actor,
        [&](QString &err) {
            const qint64 now = m_clock.nowMs();
            const QString who = actorName(actor) + QLatin1Char(':') + runner;
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("INSERT INTO report_runs(schedule_id, schedule_name, "
                                          "period_kind, period_at, period_start, period_end, "
                                          "zone, params, state, started_at, lease_until, runner, "
                                          "attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, "
                                          "?, ?, 1) ON CONFLICT (schedule_id, period_kind, "
                                          "period_start) DO NOTHING RETURNING id"),
                           {schedule.id, schedule.name, kind, period.at(), period.startMs(),
                            period.endMs(), zone, paramText, now, now + leaseMs, who},
                           err))
                return false;
            if (q.next()) {
                runId = q.value(0).toLongLong();
            } else {
                if (!m_db.exec(q,
                               QStringLiteral("SELECT id, state, lease_until, attempt FROM "
                                              "report_runs WHERE schedule_id = ? AND "
                                              "period_kind = ? AND period_start = ?"),
                               {schedule.id, kind, period.startMs()}, err))
                    return false;
                if (!q.next())
                    return true;
                const qint64 id = q.value(0).toLongLong();
                const QString state = q.value(1).toString();
                const bool held =
                    state == QLatin1StringView("running") && q.value(2).toLongLong() > now;
                if (held || state == QLatin1StringView("done") ||
                    state == QLatin1StringView("skipped"))
                    return true;
                const int attempt = q.value(3).toInt() + 1;
                if (!m_db.exec(QStringLiteral("DELETE FROM report_run_outputs WHERE run_id = ?"),
                               {id}, err) ||
                    !m_db.exec(QStringLiteral("UPDATE report_runs SET state = 'running', error = "
                                              "'', started_at = ?, finished_at = NULL, "
                                              "lease_until = ?, params = ?, runner = ?, attempt "
                                              "= ?, message_id = 0 WHERE id = ?"),
                               {now, now + leaseMs, paramText, who, attempt, id}, err))
                    return false;
                runId = id;
            }
            return AuditTrail(m_db, m_clock)
                .append(actorName(actor), QStringLiteral("report.run.claim"),
                        QStringLiteral("report_run"), runId,
                        {{QStringLiteral("schedule"), schedule.id},
                         {QStringLiteral("period"), period.at()}},
                        err);
        },
        error);
}

bool ReportRunStore::addOutput(const ReportActor &actor, qint64 runId, const ReportOutputFile &file,
                               QString &error) {
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
    if (!file.sha256.isEmpty() && file.sha256.toLower() != sha) {
        error = tr("The SHA-256 of output %1 does not match its bytes.").arg(file.fileName);
        return false;
    }
    if (m_db.dialect() == Dialect::PostgreSQL)
        return m_db.transaction(
            [&](QString &err) {
                return m_db.exec(QStringLiteral("SELECT sb_report_run_output(?, ?, ?, ?, ?)"),
                                 {runId, file.format, file.fileName, sha, file.bytes}, err);
            },
            error);
    return writeLocally(
        actor,
        [&](QString &err) {
            return m_db.exec(
                QStringLiteral("INSERT INTO report_run_outputs(run_id, format, "
                               "file_name, sha256, size, bytes) VALUES (?, ?, ?, ?, "
                               "?, ?)"),
                {runId, file.format, file.fileName, sha, qint64(file.bytes.size()), file.bytes},
                err);
        },
        error);
}

bool ReportRunStore::finish(const ReportActor &actor, qint64 runId, ReportRunState state,
                            const QString &runError, qint64 cutoffSeq, qint64 cutoffAtMs,
                            qint64 messageId, QString &error) {
    if (state == ReportRunState::Running) {
        error = tr("A run finishes done, skipped or failed.");
        return false;
    }
    const QString key = reportRunStateKey(state);
    if (m_db.dialect() == Dialect::PostgreSQL)
        return m_db.transaction(
            [&](QString &err) {
                return m_db.exec(
                    QStringLiteral("SELECT sb_report_run_finish(?, ?, ?, ?, ?, ?)"),
                    {runId, key, textValue(runError), cutoffSeq, cutoffAtMs, messageId}, err);
            },
            error);
    return writeLocally(
        actor,
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q, QStringLiteral("SELECT state FROM report_runs WHERE id = ?"), {runId},
                           err))
                return false;
            if (!q.next() || q.value(0).toString() != QLatin1StringView("running")) {
                err = tr("Report run #%1 is not running.").arg(runId);
                return false;
            }
            if (state == ReportRunState::Failed &&
                !m_db.exec(QStringLiteral("DELETE FROM report_run_outputs WHERE run_id = ?"),
                           {runId}, err))
                return false;
            return m_db.exec(QStringLiteral("UPDATE report_runs SET state = ?, error = ?, "
                                            "cutoff_seq = ?, cutoff_at = ?, finished_at = ?, "
                                            "message_id = ? WHERE id = ?"),
                             {key, textValue(runError), cutoffSeq, cutoffAtMs, m_clock.nowMs(),
                              messageId, runId},
                             err) &&
                   AuditTrail(m_db, m_clock)
                       .append(actorName(actor), QStringLiteral("report.run.") + key,
                               QStringLiteral("report_run"), runId,
                               {{QStringLiteral("error"), runError},
                                {QStringLiteral("message"), messageId}},
                               err);
        },
        error);
}

bool ReportRunStore::writeLocally(const ReportActor &actor,
                                  const std::function<bool(QString &)> &work, QString &error) {
    if (actor.staffId > 0) {
        PermissionSet held;
        if (!PermissionService(m_db).effective(actor.staffId, m_clock.nowMs(), held, error))
            return false;
        if (!held.has(perm::ReportsSchedule)) {
            error = tr("Refused: running scheduled reports needs the permission \"%1\".")
                        .arg(perm::ReportsSchedule);
            return false;
        }
    }
    return m_db.transaction(work, error);
}

} // namespace sb

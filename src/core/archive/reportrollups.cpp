#include "archive/reportrollups.h"

#include "reports/reportengine.h"
#include "reports/rollupstore.h"
#include "storage/dialect.h"
#include "workflow/calendarstore.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
constexpr int kBatch = 2000;
}

ReportRollups::ReportRollups(const Database &live, const Clock &clock)
    : m_live(live)
    , m_clock(clock) {
}

bool ReportRollups::candidateMonths(const RetentionCutoff &cutoff, const QTimeZone &zone,
                                    QList<qint64> &monthStarts, QString &error,
                                    const QList<qint64> *candidates) const {
    monthStarts.clear();
    QSet<qint64> seen;
    const RetentionQuery query(m_live, cutoff);
    qint64 after = 0;
    qsizetype next = 0;
    QList<qint64> ids;
    for (;;) {
        if (candidates) {
            ids = candidates->mid(next, kBatch);
            next += ids.size();
        } else if (!query.nextBatch(after, kBatch, ids, error)) {
            return false;
        }
        if (ids.isEmpty())
            break;
        after = ids.last();
        QSqlQuery q(m_live.db());
        if (!m_live.execForwardOnly(
                q,
                QStringLiteral("SELECT DISTINCT received_at FROM tickets WHERE ") +
                    dialect::idInList(m_live.dialect(), QLatin1StringView("id")),
                {dialect::idListValue(m_live.dialect(), ids)}, error))
            return false;
        while (q.next()) {
            const qint64 start =
                ReportPeriod::containing(ReportPeriodKind::Month, q.value(0).toLongLong(), zone)
                    .startMs();
            if (!seen.contains(start)) {
                seen.insert(start);
                monthStarts.append(start);
            }
        }
    }
    std::sort(monthStarts.begin(), monthStarts.end());
    return true;
}

bool ReportRollups::take(const RetentionCutoff &cutoff, qint64 runId, const QString &actor,
                         QStringList &taken, QString &error,
                         const QList<qint64> *candidates) const {
    taken.clear();
    if (m_live.dialect() == Dialect::PostgreSQL) {
        // Row security would show a login only some tickets, and the roll-ups would be short:
        // the server says whether this one reads them all (it refuses a short roll-up too).
        QSqlQuery q(m_live.db());
        if (!m_live.exec(q, QStringLiteral("SELECT sb_reads_every_ticket()"), {}, error) ||
            !q.next())
            return false;
        if (!q.value(0).toBool()) {
            error = tr("The month roll-ups taken before tickets leave must count every ticket, "
                       "and this login does not read every ticket: it needs the permission "
                       "tickets.read_all. Nothing was archived.");
            return false;
        }
    }
    // The engine and the calendar take a non-const Database; neither writes through it.
    Database &db = const_cast<Database &>(m_live);
    BusinessCalendar calendar;
    if (!CalendarStore(db).load(calendar, error))
        return false;
    const QTimeZone zone = calendar.timeZone();
    const QString zoneId = QString::fromUtf8(zone.id());
    QList<qint64> months;
    if (!candidateMonths(cutoff, zone, months, error, candidates))
        return false;
    const ReportRollupStore store(m_live);
    QList<ReportRollup> pending;
    for (qint64 start : std::as_const(months)) {
        const ReportPeriod month = ReportPeriod::containing(ReportPeriodKind::Month, start, zone);
        if (month.endMs() > m_clock.nowMs())
            continue; // not over yet: its report is not final
        std::optional<ReportRollup> existing;
        if (!store.find(month.startMs(), zoneId, existing, error))
            return false;
        if (existing)
            continue; // taken by an earlier run: kept
        ReportEngine engine(db, m_clock);
        Report report;
        QString why;
        if (!engine.build({month, {}}, report, why)) {
            error = tr("The report roll-up of %1: %2").arg(month.at(), why);
            return false;
        }
        ReportRollup rollup;
        rollup.monthStartMs = month.startMs();
        rollup.monthEndMs = month.endMs();
        rollup.zone = zoneId;
        rollup.month = month.at();
        rollup.report = ReportEngine::toJson(report);
        rollup.report.remove(QStringLiteral("archived"));
        rollup.tickets = report.volume ? report.volume->total : 0;
        rollup.archiveRunId = runId;
        pending.append(rollup);
    }
    if (pending.isEmpty())
        return true;
    // All of the run's roll-ups in one write: stored together, or none.
    QStringList stored;
    if (!m_live.transaction(
            [&](QString &e) {
                for (const ReportRollup &r : std::as_const(pending)) {
                    bool added = false;
                    QString why;
                    if (!store.store(r, actor, m_clock.nowMs(), added, why)) {
                        e = tr("The report roll-up of %1: %2").arg(r.month, why);
                        return false;
                    }
                    if (added)
                        stored.append(r.month);
                }
                return true;
            },
            error))
        return false;
    taken = stored;
    return true;
}

BackgroundRollups::BackgroundRollups(const Database &live, const Clock &clock)
    : m_live(live)
    , m_clock(clock) {
}

BackgroundRollups::~BackgroundRollups() {
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundRollups::start(const RetentionCutoff &cutoff, qint64 runId, const QString &actor,
                              const QList<qint64> *candidates, QString &error) {
    const DatabaseUrl url = m_live.url();
    if (url.dialect == Dialect::SQLite && !QFileInfo(url.path).isFile()) {
        m_ok =
            ReportRollups(m_live, m_clock).take(cutoff, runId, actor, m_taken, m_error, candidates);
        m_finished.store(true, std::memory_order_release);
        if (!m_ok)
            error = m_error;
        return m_ok;
    }
    // The thread's own copy (the caller's list is only read meanwhile).
    std::optional<QList<qint64>> chosen;
    if (candidates)
        chosen = *candidates;
    m_thread = std::thread([this, url, cutoff, runId, actor, chosen] {
        QString why;
        // Opened, used and closed on this thread (a QtSql connection stays on its thread).
        if (auto db = Database::open(url, QStringLiteral("archive-rollups"), why)) {
            m_ok = ReportRollups(*db, m_clock)
                       .take(cutoff, runId, actor, m_taken, why, chosen ? &*chosen : nullptr);
        } else {
            why =
                tr("A second connection to the live database for the month roll-ups: %1").arg(why);
        }
        if (!m_ok)
            m_error = why;
        m_finished.store(true, std::memory_order_release);
    });
    return true;
}

bool BackgroundRollups::wait(QStringList &taken, QString &error) {
    if (m_thread.joinable())
        m_thread.join();
    taken = m_taken;
    if (!m_ok)
        error = m_error;
    return m_ok;
}

} // namespace sb

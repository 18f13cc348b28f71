#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// The report of one calendar month (of the business calendar's zone), kept before the
// month's first ticket left for the archive: the engine's JSON of the whole month report (every
// section), the tickets received in the month, when and by whom it was taken, and the archive
// run that took it.
struct ReportRollup {
    qint64 id = 0;
    qint64 monthStartMs = 0;
    qint64 monthEndMs = 0;
    QString zone;       // the zone's IANA id
    QString month;      // "2026-01"
    QJsonObject report; // empty when read without it
    qint64 tickets = 0;
    qint64 takenAtMs = 0;
    QString takenBy;
    qint64 archiveRunId = 0;
};

// Reads and stores report roll-ups (report_rollups). A month's roll-up is stored once and never
// changes. On PostgreSQL it is stored through sb_report_rollup_store, which checks
// admin.archive and stamps the server's time and the login itself; holders of reports.read
// read them.
class ReportRollupStore {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportRollupStore)
public:
    explicit ReportRollupStore(const Database &db);

    // The roll-ups of months that overlap [startMs, endMs), oldest first; with `withReport`
    // false their JSON stays empty.
    bool overlapping(qint64 startMs, qint64 endMs, bool withReport, QList<ReportRollup> &out,
                     QString &error) const;
    // The roll-up of the month starting at `monthStartMs` in `zone`, if there is one.
    bool find(qint64 monthStartMs, const QString &zone, std::optional<ReportRollup> &out,
              QString &error) const;
    // Stores `rollup` (its id, taken_at and taken_by are set here, or by the server) unless its
    // month already has one: `stored` then stays false and the earlier one is kept.
    bool store(const ReportRollup &rollup, const QString &actor, qint64 nowMs, bool &stored,
               QString &error) const;

private:
    const Database &m_db;
};

} // namespace sb

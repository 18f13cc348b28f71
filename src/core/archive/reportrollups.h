#pragma once

#include "archive/retention.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <optional>
#include <thread>

namespace sb {

// Takes the monthly report roll-ups an archive run needs before its first batch: for each
// month (of the business calendar's zone) in which a candidate ticket was received and that
// has no roll-up yet, the whole month report (every section) built by ReportEngine from the
// live tickets, stored with ReportRollupStore, all of a run's in one transaction. A month
// still running is left out (its report is not final); a month that has its roll-up keeps it.
class ReportRollups {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportRollups)
public:
    ReportRollups(const Database &live, const Clock &clock);

    // The roll-ups for the candidates of `cutoff`, recorded as taken by archive run `runId`.
    // `taken` lists the months stored now ("2026-01"). `candidates`, when given, are those
    // tickets already chosen by the caller (not chosen again).
    bool take(const RetentionCutoff &cutoff, qint64 runId, const QString &actor, QStringList &taken,
              QString &error, const QList<qint64> *candidates = nullptr) const;

    // The starts of the months (in `zone`) in which the candidates of `cutoff` (or the tickets
    // `candidates`) were received, ascending.
    bool candidateMonths(const RetentionCutoff &cutoff, const QTimeZone &zone,
                         QList<qint64> &monthStarts, QString &error,
                         const QList<qint64> *candidates = nullptr) const;

private:
    const Database &m_live;
    const Clock &m_clock;
};

// ReportRollups::take for an archive run on a connection of its own, in a thread of its own,
// while the run copies its batches into the archive (a month report costs seconds; the machine
// has another core). On SQLite the second connection reads the live file beside the run's (WAL:
// neither waits for the other), on PostgreSQL it is a second session of the same login (the
// server builds the reports on one backend while the run's session copies its batches), and it
// writes the roll-ups in one transaction of its own. The run checks and deletes no batch before
// wait() has said that every roll-up is stored: a month report reads the months before it too
// (growth, open deadlines), so none may lose a ticket first. On an SQLite database a second
// connection cannot open (in memory), start() takes them there and then, on the run's connection.
class BackgroundRollups {
    Q_DECLARE_TR_FUNCTIONS(sb::BackgroundRollups)
public:
    BackgroundRollups(const Database &live, const Clock &clock);
    // Waits for the thread (a run that failed meanwhile still lets it finish its transaction).
    ~BackgroundRollups();
    BackgroundRollups(const BackgroundRollups &) = delete;
    BackgroundRollups &operator=(const BackgroundRollups &) = delete;

    // Starts taking the roll-ups of `candidates` (see ReportRollups::take; none: the tickets
    // the cut-off chooses). False (`error` says why) only when they were taken here and failed.
    bool start(const RetentionCutoff &cutoff, qint64 runId, const QString &actor,
               const QList<qint64> *candidates, QString &error);
    // Whether wait() would return at once.
    bool finished() const { return m_finished.load(std::memory_order_acquire); }
    // Waits until the roll-ups are stored (`taken`, as ReportRollups::take) or have failed
    // (`error` names the month and says why; none of them was stored).
    bool wait(QStringList &taken, QString &error);

private:
    const Database &m_live;
    const Clock &m_clock;
    std::thread m_thread;
    std::atomic<bool> m_finished{false};
    bool m_ok = false;
    QStringList m_taken;
    QString m_error;
};

} // namespace sb

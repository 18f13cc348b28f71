#pragma once

#include "archive/retention.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

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

} // namespace sb

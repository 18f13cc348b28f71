#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>

namespace sb {

// Tickets one team handled (closed) in a period.
struct TeamHandledRow {
    QString team; // "-" for tickets without a team
    qint64 handled = 0;
};

// What quality assurance reads: the daily volume of handled tickets per team and the size of
// the spot check drawn from it.
class QaQueries {
public:
    static constexpr int kTeamLimit = 100;

    // Closed tickets last changed at or after `sinceMs`, per team, by team name.
    static bool handledPerTeam(const Database &db, qint64 sinceMs, QList<TeamHandledRow> &out,
                               QString &error);
    // How many of `handled` tickets the daily 5 % spot check takes (rounded up).
    static qint64 spotCheckSize(qint64 handled) { return (handled * 5 + 99) / 100; }
};

} // namespace sb

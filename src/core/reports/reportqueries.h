#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>
#include <optional>

namespace sb {

// Complaints received on one channel in a period and their average satisfaction.
struct ChannelVolumeRow {
    QString channel; // the stored key ("phone" …)
    qint64 complaints = 0;
    std::optional<double> averageSatisfaction; // empty when none was rated
};

// What the reports place reads.
class ReportQueries {
public:
    static constexpr int kChannelLimit = 50;

    // Complaints received at or after `sinceMs` per channel, the busiest channel first.
    static bool channelsSince(const Database &db, qint64 sinceMs, QList<ChannelVolumeRow> &out,
                              QString &error);
};

} // namespace sb

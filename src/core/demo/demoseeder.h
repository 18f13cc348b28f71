#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <functional>

namespace sb {

struct DemoOptions {
    qint64 nowMs = 0;           // history ends here
    int days = 30;              // of history
    double meanPerMinute = 1.6; // average complaints per minute over a day
    quint32 seed = 20260301;
};

// Fills an empty, migrated database with a believable complaint centre: roles, teams, staff,
// knowledge-base entries and `days` of complaint history with a day/night rhythm, every
// channel, tier and problem type, and a few bursts a day. Does nothing when staff exist.
class DemoSeeder {
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    explicit DemoSeeder(Database &db);
    bool isSeeded(bool &seeded, QString &error) const;
    // `progress` receives 0..100; returns false with `error` (and writes nothing) on failure.
    bool seed(const DemoOptions &options, QString &error,
              const std::function<void(int)> &progress = {});

    // Expected complaints per minute at a given hour of the day, relative to the mean.
    static double rhythm(int hourOfDay);
    // Demo sign-in: every demo account uses this password.
    static QString demoPassword() { return QStringLiteral("signalboard"); }

private:
    bool seedPeople(qint64 nowMs, QString &error);
    bool seedHistory(const DemoOptions &options, QString &error,
                     const std::function<void(int)> &progress);

    Database &m_db;
};

} // namespace sb

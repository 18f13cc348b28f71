#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <functional>
#include <vector>

namespace sb {

class RuleSet;

struct DemoOptions {
    qint64 nowMs = 0;           // history ends here
    int days = 30;              // of history
    double meanPerMinute = 1.6; // average complaints per minute over a day
    quint32 seed = 20260301;
    // PostgreSQL only: when not empty, every demo person also gets their own database login
    // with this password (member of their role's group), so the shared-server mode can be
    // tried with data in it.
    QString loginPassword;
};

// What one seeding wrote.
struct DemoSummary {
    int staff = 0;
    int teams = 0;
    int articles = 0;
    int calendarDays = 0;
    qint64 tickets = 0;
    qint64 timelineLines = 0;
    int incidents = 0;
    int broadcasts = 0;
    int receipts = 0;
    int logins = 0;
};

// Fills a migrated database that holds no tickets with a believable complaint centre:
// roles, teams, staff, knowledge-base entries, the business calendar's public holidays,
// `days` of complaint history with a day/night rhythm, every channel, tier and problem
// type, a few bursts a day, each ticket's timeline through the shipped workflow, the
// incidents the grading rules open on that history, and broadcasts with their receipts.
// The same options (seed and end time) give the same tickets. All of it is one
// transaction: a refusal or a failure writes nothing.
class DemoSeeder {
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    explicit DemoSeeder(Database &db);
    // True when the database has staff: the workstation's demo file was seeded before.
    bool isSeeded(bool &seeded, QString &error) const;
    // `progress` receives 0..100; returns false with `error` (and writes nothing) on failure,
    // and refuses a database that already holds tickets or people with the demo's logins.
    bool seed(const DemoOptions &options, QString &error,
              const std::function<void(int)> &progress = {}, DemoSummary *summary = nullptr);

    // Expected complaints per minute at a given hour of the day, relative to the mean.
    static double rhythm(int hourOfDay);
    // Demo sign-in: every demo account uses this password.
    static QString demoPassword() { return QStringLiteral("signalboard"); }
    // The demo people's logins, in the order they are created.
    static QStringList demoLogins();

private:
    // One seeded complaint as the incident engine reads it.
    struct GradingInput {
        qint64 atMs;
        int problemType;
        int tier; // GradingTier
    };

    bool refuseOccupied(const DemoOptions &options, QString &error) const;
    bool seedPeople(qint64 nowMs, QString &error);
    bool seedCalendar(const DemoOptions &options, QString &error);
    bool seedHistory(const DemoOptions &options, std::vector<GradingInput> &grading, QString &error,
                     const std::function<void(int)> &progress);
    bool seedIncidents(const DemoOptions &options, const RuleSet &rules,
                       std::vector<GradingInput> &grading, QString &error);
    bool seedBroadcasts(const DemoOptions &options, QString &error);
    bool createLogins(const QString &password, QString &error);

    Database &m_db;
    DemoSummary m_summary;
};

} // namespace sb

#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace sb {

// Why a piece of database work failed, as far as trying it again is concerned.
enum class DbFailure {
    Permanent,      // the work itself was refused (bad input, a constraint): never retried
    Busy,           // SQLite: another connection held the file's lock past the busy timeout
    ConnectionLost, // PostgreSQL: the connection no longer answers (server restart, network)
};

// Classifies the failure `error` that `db` just reported. On PostgreSQL a connection that still
// answers a round trip means the statement itself failed (Permanent); one that does not is
// ConnectionLost. On SQLite "database is locked"/"busy" is Busy; everything else is Permanent.
DbFailure classifyDbFailure(Database &db, const QString &error);

// Runs work that writes through `db` and, when it fails for a passing reason (Busy or
// ConnectionLost), waits with backoff, reopens the connection when it dropped, and runs it again:
// until it succeeds, fails for a Permanent reason, or `retryForMs` (measured on `clock`) is
// spent. The work must be safe to repeat: one transaction, idempotent if the commit itself
// might have gone through (e.g. keyed on (source, external_id)).
class Reconnector {
    Q_DECLARE_TR_FUNCTIONS(Reconnector)
public:
    struct Policy {
        int firstDelayMs = 200;    // the first wait; doubled after each failed try
        int maxDelayMs = 5000;     // the longest wait
        qint64 retryForMs = 60000; // the time after the first failure before giving up; 0: no retry
    };
    // Waits `ms` milliseconds (the program's sleep; tests move a ManualClock instead).
    using Sleep = std::function<void(int ms)>;
    // Told before each wait: why the try failed, how it was classified, and the wait.
    using RetryNotice = std::function<void(const QString &why, DbFailure kind, int delayMs)>;
    // Told when a try succeeded after failures: how many, the time since the first, and
    // whether the connection was reopened on the way.
    using RecoveredNotice = std::function<void(int retries, qint64 afterMs, bool reconnected)>;

    Reconnector(Database &db, const Clock &clock, Policy policy, Sleep sleep);

    void onRetry(RetryNotice notice) { m_onRetry = std::move(notice); }
    void onRecovered(RecoveredNotice notice) { m_onRecovered = std::move(notice); }

    // Runs `work` (see above). On failure `error` names the cause; when the time ran out it
    // also says so, and gaveUp() is true.
    bool run(const std::function<bool(QString &error)> &work, QString &error);

    // Whether the last run() stopped because the retry time was spent (not a Permanent error).
    bool gaveUp() const { return m_gaveUp; }
    // Tries that failed for a passing reason, over every run() so far.
    int retries() const { return m_retries; }
    // Times the connection was reopened, over every run() so far.
    int reconnects() const { return m_reconnects; }

private:
    Database &m_db;
    const Clock &m_clock;
    Policy m_policy;
    Sleep m_sleep;
    RetryNotice m_onRetry;
    RecoveredNotice m_onRecovered;
    bool m_gaveUp = false;
    int m_retries = 0;
    int m_reconnects = 0;
};

// Whether opening a connection failed for a reason that may pass (the server is down, starting
// up, in recovery, unreachable) rather than one that will not (a wrong password, a role or
// database that does not exist, a pg_hba.conf refusal, a SQLite file that cannot be opened).
bool isPassingOpenFailure(Dialect dialect, const QString &error);

// Opens `url` like Database::open and, while that fails for a passing reason, tries again with
// the policy's backoff until `policy.retryForMs` (on `clock`) is spent. `onRetry` is told before
// each wait. On failure `error` says why; `gaveUp` is true when the time ran out.
std::unique_ptr<Database> openWithRetry(const DatabaseUrl &url, const QString &purpose,
                                        const Clock &clock, Reconnector::Policy policy,
                                        const Reconnector::Sleep &sleep,
                                        const Reconnector::RetryNotice &onRetry, QString &error,
                                        bool &gaveUp);

} // namespace sb

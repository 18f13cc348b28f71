#include "storage/reconnect.h"

#include <algorithm>

namespace sb {

namespace {

// SQLite's own messages (sqlite3_errstr), which are never translated: SQLITE_BUSY and the
// SQLITE_LOCKED family.
bool sqliteBusy(const QString &error) {
    return error.contains(QLatin1StringView("database is locked")) ||
           error.contains(QLatin1StringView("database table is locked")) ||
           error.contains(QLatin1StringView("database schema is locked"));
}

// PostgreSQL's deadlock and serialization failures (SQLSTATE 40P01, 40001): the transaction was
// chosen to give way and may simply run again. Known by the code the connection last saw, and by
// the server's English text where the error came by another path.
bool pgMustRetry(const Database &db, const QString &error) {
    const QString code = db.lastErrorCode();
    return code == QLatin1StringView("40P01") || code == QLatin1StringView("40001") ||
           error.contains(QLatin1StringView("deadlock detected")) ||
           error.contains(QLatin1StringView("could not serialize access"));
}

} // namespace

DbFailure classifyDbFailure(Database &db, const QString &error) {
    if (db.dialect() == Dialect::SQLite)
        return sqliteBusy(error) ? DbFailure::Busy : DbFailure::Permanent;
    // A dropped PostgreSQL connection reports many different texts (server shutdown, reset,
    // timeout, "no connection to the server"): ask the connection itself instead.
    if (!db.ping())
        return DbFailure::ConnectionLost;
    return pgMustRetry(db, error) ? DbFailure::Busy : DbFailure::Permanent;
}

Reconnector::Reconnector(Database &db, const Clock &clock, Policy policy, Sleep sleep)
    : m_db(db)
    , m_clock(clock)
    , m_policy(policy)
    , m_sleep(std::move(sleep)) {
}

bool Reconnector::run(const std::function<bool(QString &error)> &work, QString &error) {
    m_gaveUp = false;
    qint64 firstFailureAt = -1;
    int delayMs = 0;
    int failures = 0;
    int reconnects = 0;
    bool reopen = false;
    for (;;) {
        QString why;
        DbFailure kind = DbFailure::ConnectionLost;
        if (reopen && !m_db.reopen(why)) {
            // The server is not back yet: wait on, as for the drop itself.
        } else {
            if (reopen) {
                ++m_reconnects;
                ++reconnects;
                reopen = false;
            }
            if (work(why)) {
                if (failures > 0 && m_onRecovered)
                    m_onRecovered(failures, m_clock.nowMs() - firstFailureAt, reconnects > 0);
                return true;
            }
            kind = classifyDbFailure(m_db, why);
            if (kind == DbFailure::Permanent) {
                error = why;
                return false;
            }
        }
        const qint64 now = m_clock.nowMs();
        if (firstFailureAt < 0)
            firstFailureAt = now;
        const qint64 left = firstFailureAt + m_policy.retryForMs - now;
        if (left <= 0) {
            m_gaveUp = true;
            error = m_policy.retryForMs > 0 ? tr("%1 (still failing after retrying for %2 s)")
                                                  .arg(why)
                                                  .arg((now - firstFailureAt + 500) / 1000)
                                            : why;
            return false;
        }
        delayMs = delayMs == 0 ? m_policy.firstDelayMs : std::min(delayMs * 2, m_policy.maxDelayMs);
        const int wait = static_cast<int>(std::min<qint64>(delayMs, left));
        ++failures;
        ++m_retries;
        if (m_onRetry)
            m_onRetry(why, kind, wait);
        if (m_sleep)
            m_sleep(wait);
        if (kind == DbFailure::ConnectionLost)
            reopen = true;
    }
}

bool isPassingOpenFailure(Dialect dialect, const QString &error) {
    if (dialect != Dialect::PostgreSQL)
        return false;
    // What the server or libpq says when the login itself is wrong; everything else (refused,
    // no route, "the database system is starting up", "shutting down", "in recovery", a
    // timeout) is the server not being there yet. Server messages may be translated: a
    // translated refusal is then retried until the time runs out, and still reported.
    static const QLatin1StringView permanent[] = {
        QLatin1StringView("password authentication failed"),
        QLatin1StringView("authentication failed"),
        QLatin1StringView("does not exist"),
        QLatin1StringView("no pg_hba.conf entry"),
        QLatin1StringView("permission denied"),
        QLatin1StringView("no password supplied"),
    };
    for (QLatin1StringView p : permanent) {
        if (error.contains(p, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

std::unique_ptr<Database> openWithRetry(const DatabaseUrl &url, const QString &purpose,
                                        const Clock &clock, Reconnector::Policy policy,
                                        const Reconnector::Sleep &sleep,
                                        const Reconnector::RetryNotice &onRetry, QString &error,
                                        bool &gaveUp) {
    gaveUp = false;
    const qint64 start = clock.nowMs();
    int delayMs = 0;
    for (;;) {
        QString why;
        if (auto db = Database::open(url, purpose, why))
            return db;
        if (!isPassingOpenFailure(url.dialect, why)) {
            error = why;
            return nullptr;
        }
        const qint64 left = start + policy.retryForMs - clock.nowMs();
        if (left <= 0) {
            gaveUp = true;
            error = policy.retryForMs > 0
                        ? Reconnector::tr("%1 (still failing after retrying for %2 s)")
                              .arg(why)
                              .arg((clock.nowMs() - start + 500) / 1000)
                        : why;
            return nullptr;
        }
        delayMs = delayMs == 0 ? policy.firstDelayMs : std::min(delayMs * 2, policy.maxDelayMs);
        const int wait = static_cast<int>(std::min<qint64>(delayMs, left));
        if (onRetry)
            onRetry(why, DbFailure::ConnectionLost, wait);
        if (sleep)
            sleep(wait);
    }
}

} // namespace sb

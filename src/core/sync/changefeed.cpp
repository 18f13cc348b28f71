#include "sync/changefeed.h"

#include "sync/changenotice.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <utility>

namespace sb {

namespace {
const QString kChannel = QStringLiteral("signalboard_change");
constexpr int kBatch = 5000;
constexpr int kMaxBackoffMs = 5000;
} // namespace

ChangeFeed::ChangeFeed(DatabaseUrl url, qint64 afterSeq, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_lastSeq(afterSeq) {
    m_pollTimer.setParent(this);
    m_heartbeatTimer.setParent(this);
    m_reconnectTimer.setParent(this);
    m_reconnectTimer.setSingleShot(true);
    m_deliverTimer.setParent(this);
    m_deliverTimer.setSingleShot(true);
    m_deliverTimer.setInterval(0);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeFeed::poll);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ChangeFeed::heartbeat);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ChangeFeed::tryReconnect);
    connect(&m_deliverTimer, &QTimer::timeout, this, &ChangeFeed::deliverNotified);
}

ChangeFeed::~ChangeFeed() {
    stop();
}

bool ChangeFeed::currentSeq(Database &db, qint64 &seq, QString &error) {
    QSqlQuery q;
    if (!db.exec(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"), {}, error))
        return false;
    seq = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

void ChangeFeed::start() {
    if (m_state != State::Stopped)
        return;
    setState(State::Connecting);
    QString error;
    if (!connectNow(error)) {
        connectionLost(error);
        return;
    }
    setState(State::CatchingUp);
    catchUp();
    if (m_state == State::CatchingUp)
        setState(State::Live);
}

void ChangeFeed::stop() {
    m_pollTimer.stop();
    m_heartbeatTimer.stop();
    m_reconnectTimer.stop();
    m_deliverTimer.stop();
    m_pending.clear(); // a later start() reads them from change_log
    m_catchUpQueued = false;
    if (Database *db = connection()) {
        if (m_url.dialect == Dialect::PostgreSQL && db->db().isOpen()) {
            disconnect(db->db().driver(), nullptr, this, nullptr);
            db->db().driver()->unsubscribeFromNotification(kChannel);
        }
        m_db.reset();
        m_shared = nullptr; // not ours to close
    }
    m_state = State::Stopped;
}

bool ChangeFeed::connectNow(QString &error) {
    if (m_source) {
        m_shared = m_source(error); // opened, or reopened in place, by its owner
        if (!m_shared)
            return false;
        m_subscribedGeneration = m_shared->generation();
    } else if (!m_db) {
        m_db = Database::open(m_url, QStringLiteral("feed"), error);
        if (!m_db)
            return false;
    } else if (!m_db->reopen(error)) {
        return false;
    }
    if (m_url.dialect == Dialect::PostgreSQL) {
        QSqlDriver *driver = connection()->db().driver();
        // Re-subscribing after a reconnect: Qt forgets subscriptions when the socket dies.
        disconnect(driver, nullptr, this, nullptr);
        if (driver->subscribedToNotifications().contains(kChannel)) // a shared one still open
            driver->unsubscribeFromNotification(kChannel);
        if (!driver->subscribeToNotification(kChannel)) {
            error = tr("Cannot subscribe to change notifications: %1")
                        .arg(describeSqlError(driver->lastError()));
            return false;
        }
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == kChannel)
                    notified(payload.toString());
            });
        m_heartbeatTimer.start(m_heartbeatMs);
    } else {
        m_dataVersion = -1;
        m_pollTimer.start(m_pollMs);
        m_heartbeatTimer.start(m_heartbeatMs);
    }
    m_backoffMs = 0;
    m_missingSeq = 0;
    return true;
}

void ChangeFeed::notified(const QString &payload) {
    const ChangeNotice notice = parseChangeNotice(payload);
    const qint64 tail = m_pending.isEmpty() ? m_lastSeq : m_pending.last().seq;
    // Qt's driver emits every notification it read from the socket in one go, and the feed
    // cannot tell which is the last: the first of a read goes out now (most reads bring one
    // change), the others (m_deliverTimer running) wait for the next turn of the event loop and
    // go out together. Deferring the first as well would let whatever else is due in this
    // thread run before it: the heartbeat's query, the background worker's next job.
    const bool firstOfRead = !m_deliverTimer.isActive();
    if (m_catchUpQueued) {
        // the catch-up due reads this one too
    } else if (notice.seq > 0 && notice.seq <= tail) {
        // seen already (a catch-up read it first): dropped
    } else if (notice.change && notice.seq == tail + 1) {
        m_pending.append(*notice.change);
        if (firstOfRead)
            deliverPending();
    } else {
        m_catchUpQueued = true; // a gap, the seq alone, an unknown entity, no seq at all
    }
    if (firstOfRead && m_state != State::Stopped)
        m_deliverTimer.start();
}

void ChangeFeed::deliverNotified() {
    deliverPending();
    if (m_catchUpQueued)
        catchUp();
}

void ChangeFeed::deliverPending() {
    if (m_pending.isEmpty())
        return;
    const QList<Change> batch = std::exchange(m_pending, {});
    m_lastSeq = batch.last().seq;
    Q_EMIT changed(batch);
}

void ChangeFeed::catchUp() {
    // What notifications brought first, so that the read starts after them (order kept).
    deliverPending();
    m_catchUpQueued = false;
    Database *db = connection();
    if (!db)
        return;
    for (;;) {
        QSqlQuery q;
        QString error;
        m_changeLogReads.fetch_add(1, std::memory_order_relaxed);
        if (!db->exec(q,
                      QStringLiteral("SELECT seq, entity, entity_id, op, at FROM change_log "
                                     "WHERE seq > ? ORDER BY seq LIMIT %1")
                          .arg(kBatch),
                      {m_lastSeq}, error)) {
            connectionLost(error);
            return;
        }
        QList<Change> batch;
        while (q.next()) {
            Change c;
            c.seq = q.value(0).toLongLong();
            c.entity = changeEntityFromKey(q.value(1).toString());
            c.entityId = q.value(2).toLongLong();
            c.op = changeOpFromKey(q.value(3).toString());
            c.at = q.value(4).toLongLong();
            batch.append(std::move(c));
        }
        q.finish();
        if (batch.isEmpty())
            return;
        m_lastSeq = batch.last().seq;
        Q_EMIT changed(batch);
        if (batch.size() < kBatch)
            return;
    }
}

void ChangeFeed::poll() {
    if (!m_db || m_state == State::Reconnecting)
        return;
    QSqlQuery q;
    QString error;
    if (!m_db->exec(q, QStringLiteral("PRAGMA data_version"), {}, error) || !q.next()) {
        connectionLost(error);
        return;
    }
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    if (v != m_dataVersion) {
        m_dataVersion = v;
        catchUp();
    }
}

void ChangeFeed::heartbeat() {
    Database *db = connection();
    if (!db || m_state == State::Reconnecting)
        return;
    // A dropped PostgreSQL connection emits nothing: find out by asking. A shared connection
    // its owner reopened after a drop has lost the subscription: subscribe again the same way.
    if (!db->db().isOpen() || (m_source && db->generation() != m_subscribedGeneration)) {
        connectionLost(tr("the connection to the database was lost"));
        return;
    }
    if (m_url.dialect == Dialect::PostgreSQL) {
        if (checkNewest(*db))
            catchUp();
        return;
    }
    // SQLite: its catch-up reads a local file; it also covers a data_version poll missed.
    if (!db->ping()) {
        connectionLost(tr("the connection to the database was lost"));
        return;
    }
    catchUp();
}

// The PostgreSQL heartbeat, in place of a plain ping: the newest seq on the server (the
// primary key's last entry; one round trip, not prepared). Notifications bring every change,
// so change_log is read only when a change the previous heartbeat saw has still not come,
// its notification lost or stuck: on a workstation idle or busy, no read at all. Reading
// every heartbeat instead cost the server one query per workstation per second (500 a second
// for 500 workstations) for nothing. True when the feed should catch up.
bool ChangeFeed::checkNewest(Database &db) {
    QSqlQuery q;
    QString error;
    if (!db.exec(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"), {}, error) ||
        !q.next()) {
        connectionLost(error.isEmpty() ? tr("the connection to the database was lost") : error);
        return false;
    }
    const qint64 newest = q.value(0).toLongLong();
    q.finish();
    deliverPending();
    if (newest <= m_lastSeq) {
        m_missingSeq = 0;
        return false;
    }
    if (m_missingSeq > m_lastSeq)
        return true;       // reported a heartbeat ago and still not notified
    m_missingSeq = newest; // its notification may be on its way: wait one heartbeat
    return false;
}

void ChangeFeed::connectionLost(const QString &why) {
    if (m_state == State::Stopped)
        return;
    m_pollTimer.stop();
    m_heartbeatTimer.stop();
    m_backoffMs = m_backoffMs == 0 ? 100 : qMin(m_backoffMs * 2, kMaxBackoffMs);
    setState(State::Reconnecting, why);
    m_reconnectTimer.start(m_backoffMs);
}

void ChangeFeed::tryReconnect() {
    QString error;
    const int backoff = m_backoffMs;
    if (!connectNow(error)) {
        m_backoffMs = backoff;
        connectionLost(error);
        return;
    }
    setState(State::CatchingUp);
    catchUp();
    if (m_state == State::CatchingUp)
        setState(State::Live);
}

void ChangeFeed::setState(State s, const QString &detail) {
    if (m_state == s && detail.isEmpty())
        return;
    m_state = s;
    Q_EMIT stateChanged(s, detail);
}

} // namespace sb

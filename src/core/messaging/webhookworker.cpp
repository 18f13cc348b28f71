#include "messaging/webhookworker.h"

#include "messaging/webhook.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QUuid>

namespace sb {

qint64 outboxBackoffMs(const OutboxOptions &options, int failures) {
    qint64 wait = std::max<qint64>(options.backoffBaseMs, 1);
    for (int i = 1; i < failures && wait < options.backoffMaxMs; ++i)
        wait *= 2;
    return std::min(wait, options.backoffMaxMs);
}

OutboxWorker::OutboxWorker(Database &db, const Clock &clock, OutboxOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_nam(new QNetworkAccessManager(this)) {
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::processDue);
}

OutboxWorker::~OutboxWorker() {
    // Replies still open are dropped without touching the database: their rows keep the
    // claim until the lease ends, then another worker sends them (see the class comment).
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *r : replies) {
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        delete r;
    }
    m_inFlight.clear();
}

void OutboxWorker::start() {
    m_timer.start(m_options.pollIntervalMs);
    processDue();
}

void OutboxWorker::stop() {
    m_timer.stop();
}

bool OutboxWorker::claim(int limit, QList<Claimed> &rows, QString &error) {
    const qint64 now = m_clock.nowMs();
    const qint64 until = now + m_options.transferTimeoutMs + m_options.leaseMarginMs;
    // PostgreSQL: the pick is a materialised CTE with SKIP LOCKED (a LIMIT inside
    // "WHERE id IN (subquery)" may be re-evaluated there and claim more rows than asked);
    // the outer conditions repeat the inner ones so a row claimed meanwhile by another
    // worker is re-checked after its lock and dropped. SQLite serialises writers, so one
    // UPDATE with a subquery is enough.
    const QString sql =
        m_db.dialect() == Dialect::PostgreSQL
            ? QStringLiteral("WITH picked AS MATERIALIZED (SELECT id FROM outbox WHERE state = "
                             "'pending' AND next_attempt_at <= ? AND (claimed_until IS NULL OR "
                             "claimed_until <= ?) ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE "
                             "SKIP LOCKED) UPDATE outbox SET claim_token = ?, claimed_until = ? "
                             "FROM picked WHERE outbox.id = picked.id AND outbox.state = "
                             "'pending' AND (outbox.claimed_until IS NULL OR "
                             "outbox.claimed_until <= ?)")
            : QStringLiteral("UPDATE outbox SET claim_token = ?, claimed_until = ? WHERE id IN "
                             "(SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at "
                             "<= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY "
                             "next_attempt_at, id LIMIT ?) AND state = 'pending' AND "
                             "(claimed_until IS NULL OR claimed_until <= ?)");
    const QVariantList values = m_db.dialect() == Dialect::PostgreSQL
                                    ? QVariantList{now, now, limit, m_token, until, now}
                                    : QVariantList{m_token, until, now, now, limit, now};
    const bool ok = m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q, sql, values, err))
                return false;
            if (!m_db.exec(q,
                           QStringLiteral("SELECT id, kind, target, payload, attempts FROM outbox "
                                          "WHERE claim_token = ? AND claimed_until = ? AND state = "
                                          "'pending' ORDER BY next_attempt_at, id"),
                           {m_token, until}, err))
                return false;
            while (q.next()) {
                Claimed c;
                c.id = q.value(0).toLongLong();
                c.kind = q.value(1).toString();
                c.target = q.value(2).toString();
                c.payload = q.value(3).toString().toUtf8();
                c.attempts = q.value(4).toInt();
                rows.append(c);
            }
            return true;
        },
        error);
    return ok;
}

void OutboxWorker::processDue() {
    const int room = m_options.batchSize - inFlight();
    if (room > 0) {
        QList<Claimed> rows;
        QString error;
        if (!claim(room, rows, error)) {
            Q_EMIT storageError(tr("Webhook outbox: cannot claim due entries: %1").arg(error));
        } else {
            for (const Claimed &c : std::as_const(rows))
                post(c);
        }
    }
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

void OutboxWorker::post(const Claimed &row) {
    const QUrl url(row.target, QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/json; charset=utf-8"));
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArrayLiteral("Signalboard/" SIGNALBOARD_VERSION));
    req.setRawHeader(QByteArrayLiteral("Idempotency-Key"), QByteArray::number(row.id));
    req.setTransferTimeout(m_options.transferTimeoutMs);
    QNetworkReply *reply = m_nam->post(req, row.payload);
    m_inFlight.insert(reply, row);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void OutboxWorker::onFinished(QNetworkReply *reply) {
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.cend())
        return;
    const Claimed row = it.value();
    m_inFlight.erase(it);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QString why;
    bool ok = false;
    if (status == 0)
        why = tr("No HTTP answer: %1").arg(reply->errorString());
    else
        ok = webhookAccepted(row.kind, status, body, why);
    reply->deleteLater();
    settle(row, ok, why);
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

void OutboxWorker::settle(const Claimed &row, bool ok, const QString &why) {
    const qint64 now = m_clock.nowMs();
    QString error;
    if (ok) {
        // Whoever holds the claim now: the service took it, so it is delivered.
        if (!m_db.exec(QStringLiteral("UPDATE outbox SET state = 'delivered', delivered_at = ?, "
                                      "attempts = attempts + 1, last_error = '', claim_token = "
                                      "NULL, claimed_until = NULL WHERE id = ? AND state = "
                                      "'pending'"),
                       {now, row.id}, error)) {
            Q_EMIT storageError(tr("Webhook outbox entry %1 was delivered but cannot be marked: %2")
                                    .arg(row.id)
                                    .arg(error));
            return;
        }
        Q_EMIT delivered(row.id);
        return;
    }
    const int failures = row.attempts + 1;
    const bool givenUp = m_options.maxAttempts > 0 && failures >= m_options.maxAttempts;
    const qint64 next = now + outboxBackoffMs(m_options, failures);
    // Only while the claim is still ours: after a lapsed lease another worker owns the row.
    if (!m_db.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                                  "next_attempt_at = ?, state = ?, claim_token = NULL, "
                                  "claimed_until = NULL WHERE id = ? AND claim_token = ? AND "
                                  "state = 'pending'"),
                   {why.left(1000), next,
                    givenUp ? QStringLiteral("failed") : QStringLiteral("pending"), row.id,
                    m_token},
                   error)) {
        Q_EMIT storageError(tr("Webhook outbox entry %1: cannot record the failed attempt: %2")
                                .arg(row.id)
                                .arg(error));
        return;
    }
    Q_EMIT attemptFailed(row.id, why, next, givenUp);
}

} // namespace sb

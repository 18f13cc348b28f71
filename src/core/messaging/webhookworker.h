#pragma once

#include "messaging/webhookoutbox.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

struct OutboxOptions {
    int batchSize = 20;            // rows in flight at most
    int transferTimeoutMs = 10000; // per request (QNetworkRequest::setTransferTimeout)
    qint64 backoffBaseMs = 5000;   // wait after the first failure; doubles each time
    qint64 backoffMaxMs = 900000;  // never wait longer than this between attempts
    int maxAttempts = 0;           // 0: retry until delivered; n: mark failed after n
    int pollIntervalMs = 2000;     // start(): how often to look for due rows
    qint64 leaseMarginMs = 30000;  // a claim lasts transferTimeoutMs + this
};

// Wait before the next attempt after `failures` failed attempts (≥ 1): base · 2^(failures−1),
// capped at backoffMaxMs.
qint64 outboxBackoffMs(const OutboxOptions &options, int failures);

// Sends the webhook outbox. Delivery is at-least-once until acknowledged, never again after:
//  1. A pass claims due rows (state pending, next_attempt_at <= now, no live claim) by writing
//     its own claim token and a lease (claimed_until) in one UPDATE; other workers — in this
//     process or on other workstations — skip claimed rows until the lease runs out.
//  2. Each claimed row is POSTed with the header Idempotency-Key: <outbox id>.
//  3. An acknowledgement (2xx and no refusal code, see webhookAccepted) marks the row
//     delivered; a delivered row is never claimed again. Anything else counts an attempt,
//     stores the error and schedules the next attempt with exponential backoff.
// Rows stay in the database, so a restart resumes where the last run stopped. A crash (or
// destroying the worker) after the POST left but before the acknowledgement was stored
// leaves the row claimed until its lease ends; the next worker then sends it again — at most
// one duplicate per crash, which receivers can drop by the Idempotency-Key.
// Uses its Database from the thread that created both. Time comes from the Clock.
class OutboxWorker : public QObject {
    Q_OBJECT
public:
    OutboxWorker(Database &db, const Clock &clock, OutboxOptions options = {},
                 QObject *parent = nullptr);
    ~OutboxWorker() override;

    void start(); // process now and then every pollIntervalMs
    void stop();
    int inFlight() const { return int(m_inFlight.size()); }
    const OutboxOptions &options() const { return m_options; }

public Q_SLOTS:
    // Claims the rows due now and POSTs them; returns at once (replies arrive later).
    void processDue();

Q_SIGNALS:
    void delivered(qint64 outboxId);
    void attemptFailed(qint64 outboxId, const QString &error, qint64 nextAttemptAt, bool givenUp);
    // A pass is over and nothing is in flight.
    void idle();
    void storageError(const QString &error);

private:
    struct Claimed {
        qint64 id = 0;
        QString kind;
        QString target;
        QByteArray payload;
        int attempts = 0;
    };
    bool claim(int limit, QList<Claimed> &rows, QString &error);
    void post(const Claimed &row);
    void onFinished(QNetworkReply *reply);
    void settle(const Claimed &row, bool ok, const QString &why);

    Database &m_db;
    const Clock &m_clock;
    OutboxOptions m_options;
    QString m_token;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QNetworkReply *, Claimed> m_inFlight;
    QTimer m_timer;
};

} // namespace sb

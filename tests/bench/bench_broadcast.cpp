// Broadcast benchmark: one message to 500 recipients (one transaction, one prepared insert
// per recipient), then 500 read receipts recorded one by one (each its own statement, as 500
// workstations would), and the inbox fetch of one person.
// Runs on an SQLite file in a temporary folder (WAL, synchronous=NORMAL) and, when
// SIGNALBOARD_TEST_PG_STATE names a running pgtest.sh server (scripts/bench does), on
// PostgreSQL too.
#include "messaging/messagestore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {
constexpr int kRecipients = 500;
constexpr int kRounds = 15;

struct Stats {
    double minMs = 0, medianMs = 0, maxMs = 0;
};

Stats stats(QList<double> v) {
    std::sort(v.begin(), v.end());
    return {v.first(), v.at(v.size() / 2), v.last()};
}

void print(const char *what, const Stats &s, int per, const char *unit = "row") {
    std::printf("%-44s min %8.2f ms  median %8.2f ms  max %8.2f ms  (%.1f us per %s)\n", what,
                s.minMs, s.medianMs, s.maxMs, s.medianMs * 1000.0 / per, unit);
}
} // namespace

static int run(const DatabaseUrl &url) {
    const bool pg = url.dialect == Dialect::PostgreSQL;
    QString error;
    auto db = test::openMigrated(url, error);
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(error));
        return 1;
    }

    // 500 agents and one supervisor.
    qint64 role = 0, sender = 0, lastAgent = 0;
    const bool seeded = db->transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!db->exec(
                    q,
                    QStringLiteral(
                        "INSERT INTO roles(key, name) VALUES ('agent', 'Agent') RETURNING id"),
                    {}, err) ||
                !q.next())
                return false;
            role = q.value(0).toLongLong();
            QSqlQuery ins(db->db());
            ins.prepare(QStringLiteral(
                "INSERT INTO staff(employee_no, name, role_id, on_duty, status_changed_at, login, "
                "created_at) VALUES (?, ?, ?, 1, 0, ?, 0)"));
            for (int i = 0; i < kRecipients; ++i) {
                ins.bindValue(0, QStringLiteral("A%1").arg(i));
                ins.bindValue(1, QStringLiteral("Agent %1").arg(i));
                ins.bindValue(2, role);
                ins.bindValue(3, QStringLiteral("agent%1").arg(i));
                if (!ins.exec()) {
                    err = describeSqlError(ins.lastError());
                    return false;
                }
            }
            if (!db->exec(q,
                          QStringLiteral(
                              "INSERT INTO staff(employee_no, name, status_changed_at, login, "
                              "created_at) VALUES ('S1', 'Supervisor', 0, 'sup', 0) RETURNING id"),
                          {}, err) ||
                !q.next())
                return false;
            sender = q.value(0).toLongLong();
            if (!db->exec(q, QStringLiteral("SELECT MAX(id) FROM staff WHERE role_id = ?"), {role},
                          err) ||
                !q.next())
                return false;
            lastAgent = q.value(0).toLongLong();
            return true;
        },
        error);
    if (!seeded) {
        std::fprintf(stderr, "seed failed: %s\n", qPrintable(error));
        return 1;
    }

    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC));
    MessageStore store(*db, clock);
    QList<double> sendMs, readMs, deliverMs, inboxMs;
    for (int round = 0; round < kRounds; ++round) {
        OutgoingMessage m;
        m.senderId = sender;
        m.subject = QStringLiteral("Broadcast %1").arg(round);
        m.body = QStringLiteral("支付通道故障，请按口径答复。Round %1").arg(round);
        m.priority = MessagePriority::Urgent;
        m.modes = DisplayMode::Popup | DisplayMode::Ticker | DisplayMode::Sound;
        m.audience = Audience::role(role);
        qint64 id = 0;
        SendReport report;
        QElapsedTimer t;
        t.start();
        if (!store.send(m, id, error, &report) || report.recipients != kRecipients) {
            std::fprintf(stderr, "send failed: %s\n", qPrintable(error));
            return 1;
        }
        sendMs.append(t.nsecsElapsed() / 1e6);

        // Every recipient's workstation fetches its inbox (measured for one of them).
        t.restart();
        QList<StoredMessage> inbox;
        if (!store.pending(lastAgent, inbox, error) || inbox.size() != 1) {
            std::fprintf(stderr, "pending failed: %s\n", qPrintable(error));
            return 1;
        }
        inboxMs.append(t.nsecsElapsed() / 1e6);

        // 500 deliveries, then 500 read receipts, one statement each.
        clock.advance(1000);
        QSqlQuery q;
        db->exec(q, QStringLiteral("SELECT staff_id FROM message_recipients WHERE message_id = ?"),
                 {id}, error);
        QList<qint64> staff;
        while (q.next())
            staff.append(q.value(0).toLongLong());
        t.restart();
        for (qint64 s : std::as_const(staff)) {
            if (!store.markDelivered(s, {id}, error)) {
                std::fprintf(stderr, "deliver failed: %s\n", qPrintable(error));
                return 1;
            }
        }
        deliverMs.append(t.nsecsElapsed() / 1e6);
        clock.advance(1000);
        t.restart();
        for (qint64 s : std::as_const(staff)) {
            bool recorded = false;
            if (!store.markRead(s, id, error, &recorded) || !recorded) {
                std::fprintf(stderr, "read failed: %s\n", qPrintable(error));
                return 1;
            }
        }
        readMs.append(t.nsecsElapsed() / 1e6);
        ReceiptSummary sum;
        store.summary(id, sum, error);
        if (sum.read != kRecipients) {
            std::fprintf(stderr, "expected %d receipts, found %d\n", kRecipients, sum.read);
            return 1;
        }
    }
    std::printf("bench_broadcast on %s, %d rounds, %d recipients\n",
                pg ? "PostgreSQL (test server: fsync=off, synchronous_commit=off)"
                   : "SQLite (WAL, synchronous=NORMAL)",
                kRounds, kRecipients);
    print("send to 500 (one transaction)", stats(sendMs), kRecipients);
    print("500 deliveries (one transaction each)", stats(deliverMs), kRecipients);
    print("500 read receipts (one statement each)", stats(readMs), kRecipients);
    print("inbox fetch of one person", stats(inboxMs), 1, "fetch");
    return 0;
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    int rc = run(test::sqliteIn(dir, QStringLiteral("bench.db")));
    if (rc == 0 && !test::pgAdminUrl().isEmpty()) {
        std::printf("\n");
        rc = run(test::freshPgDatabase(QStringLiteral("sb_bench_broadcast")));
    }
    return rc;
}

#pragma once
// Shared by the messaging tests: seeds roles, teams and staff, and holds the scenarios that
// MessagingTest (tests/core/messagingtest.h) runs on SQLite (tst_messaging_delivery) and on
// PostgreSQL (tst_messaging_pg).

#include "messaging/messagequery.h"
#include "messaging/messagestore.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace sb::test {

struct Seed {
    qint64 agentRole = 0, leadRole = 0, supervisorRole = 0, qaRole = 0;
    qint64 teamA = 0, teamB = 0;
    // alice: agent, team A, on duty        bob: agent, team A
    // carol: agent, team B, on duty        dave: team lead, team B
    // erin: supervisor, on duty (sender)   frank: agent, team A, on duty, status "left"
    qint64 alice = 0, bob = 0, carol = 0, dave = 0, erin = 0, frank = 0;
};

inline qint64 insertReturningId(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q;
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("seed failed: %s (%s)", qPrintable(error), qPrintable(sql));
    return q.value(0).toLongLong();
}

inline Seed seedPeople(Database &db) {
    Seed s;
    auto role = [&](const char *key) {
        return insertReturningId(db,
                                 QStringLiteral("INSERT INTO roles(key, name) VALUES (?, ?) ON "
                                                "CONFLICT (key) DO UPDATE SET name = roles.name"),
                                 {QString::fromLatin1(key), QString::fromLatin1(key)});
    };
    s.agentRole = role("agent");
    s.leadRole = role("team_lead");
    s.supervisorRole = role("supervisor");
    s.qaRole = role("qa");
    auto team = [&](const char *name) {
        return insertReturningId(
            db, QStringLiteral("INSERT INTO teams(name, created_at) VALUES (?, 0)"),
            {QString::fromLatin1(name)});
    };
    s.teamA = team("A");
    s.teamB = team("B");
    auto person = [&](const char *login, const QString &name, qint64 roleId, qint64 teamId,
                      int onDuty, const char *status) {
        return insertReturningId(
            db,
            QStringLiteral(
                "INSERT INTO staff(employee_no, name, role_id, team_id, on_duty, status, "
                "status_changed_at, login, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0)"),
            {QString(QStringLiteral("E-") + QLatin1StringView(login)), name, roleId,
             teamId > 0 ? QVariant(teamId) : QVariant(QMetaType::fromType<qint64>()), onDuty,
             QString::fromLatin1(status), QString::fromLatin1(login)});
    };
    s.alice = person("alice", QStringLiteral("Alice 王"), s.agentRole, s.teamA, 1, "active");
    s.bob = person("bob", QStringLiteral("Bob 李"), s.agentRole, s.teamA, 0, "active");
    s.carol = person("carol", QStringLiteral("Carol 张"), s.agentRole, s.teamB, 1, "active");
    s.dave = person("dave", QStringLiteral("Dave 刘"), s.leadRole, s.teamB, 0, "active");
    s.erin = person("erin", QStringLiteral("Erin 陈"), s.supervisorRole, 0, 1, "active");
    s.frank = person("frank", QStringLiteral("Frank 赵"), s.agentRole, s.teamA, 1, "left");
    return s;
}

inline qint64 insertIncident(Database &db) {
    return insertReturningId(db,
                             QStringLiteral("INSERT INTO incidents(problem_type, class, grade, "
                                            "trigger_kind, opened_at) VALUES ('payment_failure', "
                                            "'key', 2, 'burst', 0)"),
                             {});
}

inline QList<qint64> recipientsOf(Database &db, qint64 messageId) {
    QSqlQuery q;
    QString error;
    QList<qint64> out;
    if (!db.exec(q,
                 QStringLiteral("SELECT staff_id FROM message_recipients WHERE message_id = ? "
                                "ORDER BY staff_id"),
                 {messageId}, error))
        qFatal("recipientsOf: %s", qPrintable(error));
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

inline qint64 countRows(Database &db, const QString &table) {
    QSqlQuery q;
    QString error;
    // Table names come from the tests themselves.
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM ") + table, {}, error) || !q.next())
        qFatal("countRows: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline QList<qint64> idsOf(const QList<StoredMessage> &list) {
    QList<qint64> out;
    for (const StoredMessage &m : list)
        out.append(m.id);
    return out;
}

inline OutgoingMessage simple(qint64 sender, const Audience &a, const QString &body,
                              int priority = MessagePriority::Normal) {
    OutgoingMessage m;
    m.senderId = sender;
    m.subject = QStringLiteral("Notice");
    m.body = body;
    m.priority = priority;
    m.audience = a;
    return m;
}

// ---- scenarios (shared by SQLite and PostgreSQL) ---------------------------------------

inline void scenarioTargeting(Database &db, ManualClock &clock, const Seed &s) {
    MessageStore store(db, clock);
    QString error;
    qint64 id = 0;
    SendReport report;

    QVERIFY2(
        store.send(simple(s.erin, Audience::everyone(), QStringLiteral("all")), id, error, &report),
        qPrintable(error));
    QCOMPARE(recipientsOf(db, id), (QList<qint64>{s.alice, s.bob, s.carol, s.dave, s.erin}));
    QCOMPARE(report.recipients, 5);

    QVERIFY2(store.send(simple(s.erin, Audience::role(s.agentRole), QStringLiteral("agents")), id,
                        error),
             qPrintable(error));
    QCOMPARE(recipientsOf(db, id), (QList<qint64>{s.alice, s.bob, s.carol}));

    QVERIFY2(
        store.send(simple(s.erin, Audience::team(s.teamA), QStringLiteral("team A")), id, error),
        qPrintable(error));
    QCOMPARE(recipientsOf(db, id), (QList<qint64>{s.alice, s.bob}));

    QVERIFY2(store.send(simple(s.erin, Audience::onDuty(), QStringLiteral("duty")), id, error),
             qPrintable(error));
    QCOMPARE(recipientsOf(db, id), (QList<qint64>{s.alice, s.carol, s.erin}));

    // Named people are taken as named (frank has left but still gets what is sent to him).
    QVERIFY2(store.send(
                 simple(s.erin, Audience::staff({s.frank, s.bob, s.bob}), QStringLiteral("named")),
                 id, error),
             qPrintable(error));
    QCOMPARE(recipientsOf(db, id), (QList<qint64>{s.bob, s.frank}));
    StoredMessage stored;
    QVERIFY2(store.message(id, stored, error), qPrintable(error));
    QCOMPARE(stored.audience.value(QStringLiteral("kind")).toString(), QStringLiteral("staff"));
    Audience back;
    QVERIFY2(Audience::fromJson(stored.audience, back, error), qPrintable(error));
    QCOMPARE(back.ids, (QList<qint64>{s.frank, s.bob, s.bob}));

    // Every send is audited with its recipient count.
    QSqlQuery q;
    QVERIFY2(db.exec(q,
                     QStringLiteral("SELECT actor, action, detail FROM audit_log WHERE entity = "
                                    "'message' AND entity_id = ?"),
                     {id}, error),
             qPrintable(error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("erin"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("message.send"));
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                 .object()
                 .value(QStringLiteral("recipients"))
                 .toInt(),
             2);

    // Refusals write nothing.
    const qint64 before = countRows(db, QStringLiteral("messages"));
    const qint64 auditBefore = countRows(db, QStringLiteral("audit_log"));
    QVERIFY(!store.send(simple(s.erin, Audience::staff({s.bob, 999999}), QStringLiteral("x")), id,
                        error));
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
    QVERIFY(!store.send(simple(s.erin, Audience::role(s.qaRole), QStringLiteral("x")), id, error));
    QVERIFY2(error.contains(QStringLiteral("Nobody")), qPrintable(error));
    QVERIFY(!store.send(simple(s.erin, Audience::everyone(), QStringLiteral("   \n")), id, error));
    QVERIFY2(error.contains(QStringLiteral("body")), qPrintable(error));
    OutgoingMessage noModes = simple(s.erin, Audience::everyone(), QStringLiteral("x"));
    noModes.modes = {};
    QVERIFY(!store.send(noModes, id, error));
    QVERIFY2(error.contains(QStringLiteral("modes")), qPrintable(error));
    OutgoingMessage badIncident = simple(s.erin, Audience::everyone(), QStringLiteral("x"));
    badIncident.incidentId = 424242;
    QVERIFY(!store.send(badIncident, id, error));
    QVERIFY2(error.contains(QStringLiteral("424242")), qPrintable(error));
    QCOMPARE(countRows(db, QStringLiteral("messages")), before);
    QCOMPARE(countRows(db, QStringLiteral("audit_log")), auditBefore);
}

inline void scenarioOnlineOffline(Database &db, ManualClock &clock, const Seed &s) {
    MessageStore store(db, clock);
    QString error;
    qint64 m1 = 0, m2 = 0, m3 = 0, m4 = 0;
    const Audience teamA = Audience::team(s.teamA);

    QVERIFY2(
        store.send(simple(s.erin, teamA, QStringLiteral("m1"), MessagePriority::Normal), m1, error),
        qPrintable(error));
    // Alice is logged in: her workstation fetches at once, shows it, marks it delivered.
    QList<StoredMessage> inbox;
    QVERIFY2(store.pending(s.alice, inbox, error), qPrintable(error));
    QCOMPARE(idsOf(inbox), QList<qint64>{m1});
    QCOMPARE(inbox.first().body, QStringLiteral("m1"));
    QCOMPARE(inbox.first().senderName, QStringLiteral("Erin 陈"));
    QVERIFY2(store.markDelivered(s.alice, {m1}, error), qPrintable(error));
    QVERIFY2(store.pending(s.alice, inbox, error), qPrintable(error));
    QVERIFY(inbox.isEmpty());

    clock.advance(1000);
    QVERIFY(store.send(simple(s.erin, teamA, QStringLiteral("m2"), MessagePriority::Urgent), m2,
                       error));
    clock.advance(1000);
    QVERIFY(store.send(simple(s.erin, teamA, QStringLiteral("m3"), MessagePriority::Important), m3,
                       error));
    clock.advance(1000);
    QVERIFY(store.send(simple(s.erin, teamA, QStringLiteral("m4"), MessagePriority::Urgent), m4,
                       error));

    // Bob was not logged in: at his next login he gets everything, most important first.
    clock.advance(3600 * 1000);
    QVERIFY2(store.pending(s.bob, inbox, error), qPrintable(error));
    QCOMPARE(idsOf(inbox), (QList<qint64>{m2, m4, m3, m1}));
    QVERIFY2(store.pending(s.alice, inbox, error), qPrintable(error));
    QCOMPARE(idsOf(inbox), (QList<qint64>{m2, m4, m3}));
    // Someone outside the audience gets nothing.
    QVERIFY2(store.pending(s.carol, inbox, error), qPrintable(error));
    QVERIFY(inbox.isEmpty());

    const qint64 deliveredAt = clock.nowMs();
    QVERIFY2(store.markDelivered(s.bob, {m2, m4}, error), qPrintable(error));
    clock.advance(5000);
    QVERIFY2(store.markDelivered(s.bob, {m2}, error), qPrintable(error)); // keeps the first time
    QVERIFY2(store.pending(s.bob, inbox, error), qPrintable(error));
    QCOMPARE(idsOf(inbox), (QList<qint64>{m3, m1}));
    QList<Receipt> receipts;
    QVERIFY2(store.receipts(m2, receipts, error), qPrintable(error));
    for (const Receipt &r : receipts) {
        if (r.staffId == s.bob)
            QCOMPARE(r.deliveredAt.value_or(-1), deliveredAt);
    }
}

inline void scenarioExpiry(Database &db, ManualClock &clock, const Seed &s) {
    MessageStore store(db, clock);
    QString error;
    qint64 lasting = 0, shortLived = 0, id = 0;
    const qint64 t0 = clock.nowMs();
    OutgoingMessage m = simple(s.erin, Audience::staff({s.bob}), QStringLiteral("10 minutes"));
    m.expiresAt = t0 + 10 * 60 * 1000;
    QVERIFY2(store.send(m, shortLived, error), qPrintable(error));
    QVERIFY(store.send(simple(s.erin, Audience::staff({s.bob}), QStringLiteral("forever")), lasting,
                       error));

    clock.set(QDateTime::fromMSecsSinceEpoch(t0 + 5 * 60 * 1000, Qt::UTC));
    QList<StoredMessage> inbox;
    QVERIFY2(store.pending(s.bob, inbox, error), qPrintable(error));
    QCOMPARE(idsOf(inbox), (QList<qint64>{shortLived, lasting}));
    QCOMPARE(inbox.first().expiresAt.value_or(-1), t0 + 10 * 60 * 1000);

    clock.set(QDateTime::fromMSecsSinceEpoch(t0 + 10 * 60 * 1000, Qt::UTC)); // expiry instant
    QVERIFY2(store.pending(s.bob, inbox, error), qPrintable(error));
    QCOMPARE(idsOf(inbox), QList<qint64>{lasting});

    // Queries can hide expired messages too.
    MessageFilter f;
    f.receiverId = s.bob;
    f.hideExpiredAt = clock.nowMs();
    QList<StoredMessage> rows;
    QVERIFY2(MessageQuery(db).run(f, rows, error), qPrintable(error));
    QCOMPARE(idsOf(rows), QList<qint64>{lasting});
    f.hideExpiredAt.reset();
    QVERIFY2(MessageQuery(db).run(f, rows, error), qPrintable(error));
    QCOMPARE(rows.size(), 2);

    // An expiry in the past is refused.
    m.expiresAt = clock.nowMs();
    QVERIFY(!store.send(m, id, error));
    QVERIFY2(error.contains(QStringLiteral("expires")), qPrintable(error));
}

inline void scenarioReceipts(Database &db, ManualClock &clock, const Seed &s) {
    MessageStore store(db, clock);
    QString error;
    qint64 id = 0;
    QVERIFY2(store.send(simple(s.erin, Audience::role(s.agentRole), QStringLiteral("read me")), id,
                        error),
             qPrintable(error));
    clock.advance(60000);
    const qint64 firstRead = clock.nowMs();
    bool recorded = false;
    QVERIFY2(store.markRead(s.alice, id, error, &recorded), qPrintable(error));
    QVERIFY(recorded);
    clock.advance(60000);
    QVERIFY2(store.markRead(s.alice, id, error, &recorded), qPrintable(error));
    QVERIFY(!recorded);                          // read once; the earlier time stays
    QVERIFY(!store.markRead(s.dave, id, error)); // not a recipient
    QVERIFY2(error.contains(QStringLiteral("not a recipient")), qPrintable(error));

    QList<Receipt> receipts;
    QVERIFY2(store.receipts(id, receipts, error), qPrintable(error));
    QCOMPARE(receipts.size(), 3);
    // Unread first (by name), then read.
    QCOMPARE(receipts.at(0).staffId, s.bob);
    QCOMPARE(receipts.at(1).staffId, s.carol);
    QCOMPARE(receipts.at(2).staffId, s.alice);
    QCOMPARE(receipts.at(2).readAt.value_or(-1), firstRead);
    QCOMPARE(receipts.at(2).deliveredAt.value_or(-1), firstRead); // reading implies delivery
    QVERIFY(!receipts.at(0).readAt.has_value());
    ReceiptSummary sum;
    QVERIFY2(store.summary(id, sum, error), qPrintable(error));
    QCOMPARE(sum.recipients, 3);
    QCOMPARE(sum.read, 1);
    QCOMPARE(sum.delivered, 1);

    // The read message is no longer pending for alice.
    QList<StoredMessage> inbox;
    QVERIFY2(store.pending(s.alice, inbox, error), qPrintable(error));
    QVERIFY(inbox.isEmpty());
}

inline void scenarioResend(Database &db, ManualClock &clock, const Seed &s) {
    MessageStore store(db, clock);
    QString error;
    qint64 original = 0, again = 0;
    OutgoingMessage m = simple(s.erin, Audience::role(s.agentRole), QStringLiteral("policy change"),
                               MessagePriority::Important);
    m.modes = DisplayMode::Popup | DisplayMode::Highlight;
    m.expiresAt = clock.nowMs() + 86400000;
    QVERIFY2(store.send(m, original, error), qPrintable(error));
    clock.advance(1000);
    QVERIFY(store.markRead(s.alice, original, error));

    clock.advance(600000);
    SendReport report;
    QVERIFY2(store.resendToUnread(original, s.erin, again, error, {}, &report), qPrintable(error));
    QVERIFY(again != original);
    QCOMPARE(report.recipients, 2);
    QCOMPARE(recipientsOf(db, again), (QList<qint64>{s.bob, s.carol}));
    StoredMessage copy;
    QVERIFY2(store.message(again, copy, error), qPrintable(error));
    QCOMPARE(copy.body, m.body);
    QCOMPARE(copy.subject, m.subject);
    QCOMPARE(copy.priority, MessagePriority::Important);
    QCOMPARE(copy.modes, m.modes);
    QCOMPARE(copy.expiresAt, m.expiresAt);
    QCOMPARE(copy.audience.value(QStringLiteral("resend_of")).toInteger(), original);
    QCOMPARE(copy.audience.value(QStringLiteral("kind")).toString(), QStringLiteral("staff"));
    // The original's receipts are untouched.
    ReceiptSummary sum;
    QVERIFY(store.summary(original, sum, error));
    QCOMPARE(sum.recipients, 3);
    QCOMPARE(sum.read, 1);

    // Once everyone has read, there is nothing to re-send.
    QVERIFY(store.markRead(s.bob, original, error));
    QVERIFY(store.markRead(s.carol, original, error));
    const qint64 before = countRows(db, QStringLiteral("messages"));
    QVERIFY(!store.resendToUnread(original, s.erin, again, error));
    QVERIFY2(error.contains(QStringLiteral("Everyone has read")), qPrintable(error));
    QCOMPARE(countRows(db, QStringLiteral("messages")), before);
}

inline QStringList hostileTexts() {
    return {
        QStringLiteral("<script>alert('x')</script><b>bold</b> &amp; &lt;"),
        QStringLiteral("'); DROP TABLE messages; -- \" OR 1=1 ; SELECT * FROM staff /* */"),
        QStringLiteral(
            "\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 RTL"),
        QStringLiteral("🚨 紧急通知：支付失败 👩‍💻🏳️‍🌈 \U0001F600"),
        QStringLiteral("line1\nline2\r\nline3\rline4\n\n\ttab  trailing   "),
        QStringLiteral("%1 %n %s \\ \\\\ ? ?? $1 :name @x \u200B\u00A0\u007F"),
    };
}

inline void scenarioHostileText(Database &db, ManualClock &clock, const Seed &s) {
    MessageStore store(db, clock);
    QString error;
    for (const QString &text : hostileTexts()) {
        OutgoingMessage m = simple(s.erin, Audience::staff({s.bob}), text);
        m.subject = text;
        m.script = text;
        qint64 id = 0;
        QVERIFY2(store.send(m, id, error), qPrintable(error));
        StoredMessage back;
        QVERIFY2(store.message(id, back, error), qPrintable(error));
        QCOMPARE(back.body.toUtf8(), text.toUtf8());
        QCOMPARE(back.subject.toUtf8(), text.toUtf8());
        QCOMPARE(back.script.toUtf8(), text.toUtf8());
        QList<StoredMessage> inbox;
        QVERIFY2(store.pending(s.bob, inbox, error), qPrintable(error));
        QCOMPARE(inbox.size(), 1);
        QCOMPARE(inbox.first().body.toUtf8(), text.toUtf8());
        QVERIFY(store.markDelivered(s.bob, {id}, error));
    }
    QCOMPARE(countRows(db, QStringLiteral("messages")), qint64(hostileTexts().size()));
    // A NUL cannot be stored by PostgreSQL: refused on both, naming field and position.
    qint64 id = 0;
    QVERIFY(!store.send(simple(s.erin, Audience::staff({s.bob}),
                               QStringLiteral("ab") + QChar(u'\0') + QStringLiteral("c")),
                        id, error));
    QVERIFY2(error.contains(QStringLiteral("\"body\"")) &&
                 error.contains(QStringLiteral("position 3")),
             qPrintable(error));
}

inline void scenarioQuery(Database &db, ManualClock &clock, const Seed &s) {
    MessageStore store(db, clock);
    QString error;
    qint64 a = 0, b = 0, c = 0;
    const qint64 t0 = clock.nowMs();
    QVERIFY(store.send(simple(s.erin, Audience::team(s.teamA), QStringLiteral("a"), 0), a, error));
    clock.advance(1000);
    QVERIFY(store.send(simple(s.dave, Audience::team(s.teamB), QStringLiteral("b"), 2), b, error));
    clock.advance(1000);
    QVERIFY(store.send(simple(s.erin, Audience::staff({s.bob, s.carol}), QStringLiteral("c"), 1), c,
                       error));
    QVERIFY(store.markRead(s.bob, a, error));

    MessageQuery query(db);
    QList<StoredMessage> rows;
    MessageFilter f; // inbox rows, newest first
    QVERIFY2(query.run(f, rows, error), qPrintable(error));
    QCOMPARE(rows.size(), 6); // a: alice, bob; b: carol, dave; c: bob, carol

    f.receiverId = s.bob;
    QVERIFY(query.run(f, rows, error));
    QCOMPARE(idsOf(rows), (QList<qint64>{c, a}));
    f.readState = MessageFilter::ReadState::Unread;
    QVERIFY(query.run(f, rows, error));
    QCOMPARE(idsOf(rows), QList<qint64>{c});
    f.readState = MessageFilter::ReadState::Read;
    QVERIFY(query.run(f, rows, error));
    QCOMPARE(idsOf(rows), QList<qint64>{a});
    QVERIFY(rows.first().readAt.has_value());
    QCOMPARE(rows.first().recipientName, QStringLiteral("Bob 李"));

    MessageFilter byTime;
    byTime.view = MessageFilter::View::Sent;
    byTime.from = t0 + 1000;
    byTime.to = t0 + 2000;
    QVERIFY(query.run(byTime, rows, error));
    QCOMPARE(idsOf(rows), QList<qint64>{b});

    MessageFilter sent;
    sent.view = MessageFilter::View::Sent;
    sent.senderId = s.erin;
    sent.sortColumn = QStringLiteral("priority");
    sent.descending = false;
    QVERIFY2(query.run(sent, rows, error), qPrintable(error));
    QCOMPARE(idsOf(rows), (QList<qint64>{a, c}));
    QCOMPARE(rows.first().recipientCount, 2);
    QCOMPARE(rows.first().readCount, 1);
    sent.senderId = 0;
    sent.minPriority = 1;
    sent.sortColumn = QStringLiteral("sender");
    sent.descending = true;
    QVERIFY(query.run(sent, rows, error));
    QCOMPARE(idsOf(rows), (QList<qint64>{c, b})); // Erin before Dave, descending by name
    sent.minPriority.reset();
    sent.receiverId = s.carol;
    sent.sortColumn = QStringLiteral("id");
    QVERIFY(query.run(sent, rows, error));
    QCOMPARE(idsOf(rows), (QList<qint64>{c, b}));

    // Every listed column sorts in both views; user text never reaches the SQL.
    for (const auto view : {MessageFilter::View::Inbox, MessageFilter::View::Sent}) {
        for (const QString &col : MessageQuery::sortColumns(view)) {
            MessageFilter any;
            any.view = view;
            any.sortColumn = col;
            QVERIFY2(query.run(any, rows, error), qPrintable(col + QStringLiteral(": ") + error));
            QVERIFY(!rows.isEmpty());
        }
    }
    MessageFilter evil;
    evil.sortColumn = QStringLiteral("created_at; DROP TABLE messages");
    QVERIFY(!query.run(evil, rows, error));
    QVERIFY2(error.contains(QStringLiteral("Cannot sort")), qPrintable(error));
    QCOMPARE(countRows(db, QStringLiteral("messages")), 3);
}

} // namespace sb::test

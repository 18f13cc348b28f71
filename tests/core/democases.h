#pragma once
// Checks shared by the demo tests (the seeder itself, and `signalboard-cli demo seed` on
// SQLite and PostgreSQL).
#include "storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

namespace sb::test::demo {

inline qint64 scalar(Database &db, const QString &sql, const QVariantList &v = {}) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, sql, v, e) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(e));
    return q.value(0).toLongLong();
}

// Every ticket's timeline leads to its state through the shipped workflow: each line an
// action the complaint flow allows from the state before it, in order, after receipt and
// before `nowMs`; a registered ticket has none; a closed one was closed satisfied exactly
// when its revisit score was 3 or more.
inline void timelinesFollowTheWorkflow(Database &db, qint64 nowMs) {
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state = 'closed'")) > 0);
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM tickets t WHERE t.state <> 'registered' "
                            "AND t.state IS DISTINCT FROM (SELECT e.to_state FROM ticket_events e "
                            "WHERE e.ticket_id = t.id ORDER BY e.at DESC, e.id DESC LIMIT 1)")),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN ticket_events e "
                                       "ON e.ticket_id = t.id WHERE t.state = 'registered'")),
             qint64(0));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON "
                                   "t.id = e.ticket_id WHERE e.at <= t.received_at OR e.at > ?"),
                    {nowMs}),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM (SELECT from_state, LAG(to_state, 1, "
                            "'registered') OVER (PARTITION BY ticket_id ORDER BY at, id) AS "
                            "before FROM ticket_events) AS steps WHERE from_state <> before")),
             qint64(0));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events e WHERE NOT EXISTS (SELECT 1 "
                                  "FROM workflow_actions a WHERE a.flow = 'complaint' AND a.key = "
                                  "e.action AND a.from_state = e.from_state AND COALESCE(NULLIF("
                                  "a.to_state, ''), a.from_state) = e.to_state)")),
        qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN ticket_events e ON "
                                       "e.ticket_id = t.id AND e.action LIKE 'close%' WHERE "
                                       "(e.action = 'close_satisfied') <> (t.satisfaction >= 3)")),
             qint64(0));
    // Every closed ticket has its closing line.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.state = 'closed' "
                                       "AND NOT EXISTS (SELECT 1 FROM ticket_events e WHERE "
                                       "e.ticket_id = t.id AND e.to_state = 'closed')")),
             qint64(0));
}

// The incidents, broadcasts and calendar around the history.
inline void worldAroundTheHistory(Database &db, qint64 nowMs) {
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")) > 0);
    // People resolved them within four hours: only recent ones are still open, and each
    // resolved one has its owner's resolution line.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE state = 'resolved'")) >
            0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM incidents WHERE state = 'open' AND "
                                   "opened_at < ?"),
                    {nowMs - 4 * 3600000LL}),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents i WHERE i.state = "
                                       "'resolved' AND NOT EXISTS (SELECT 1 FROM incident_events "
                                       "e WHERE e.incident_id = i.id AND e.event = 'resolved' AND "
                                       "e.actor_id = i.owner_id AND e.at = i.closed_at)")),
             qint64(0));
    // At most one open incident per type; every incident has an owner of its grade's role.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE owner_id IS NULL")),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents i JOIN staff s ON s.id = "
                                       "i.owner_id JOIN roles r ON r.id = s.role_id WHERE "
                                       "r.key <> CASE WHEN i.grade = 0 THEN 'team_lead' WHEN "
                                       "i.grade = 1 THEN 'supervisor' ELSE 'service_manager' "
                                       "END")),
             qint64(0));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incident_events")) >=
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE incident_id IS NOT "
                                      "NULL")) > 0);
    // The supervisor's inbox has broadcasts, some read, and some are still unread somewhere.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_recipients r JOIN staff s "
                                      "ON s.id = r.staff_id WHERE s.login = 'supervisor'")) >= 2);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_recipients WHERE read_at "
                                      "IS NOT NULL")) > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_recipients WHERE read_at "
                                      "IS NULL")) > 0);
    // The demo supervisor has read their inbox but for the two newest messages others sent
    // them (within the last day), and has read something.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_recipients r JOIN staff s ON "
                                       "s.id = r.staff_id WHERE s.login = 'supervisor' AND "
                                       "r.read_at IS NULL")),
             qint64(2));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_recipients r JOIN staff s ON "
                                       "s.id = r.staff_id JOIN messages m ON m.id = r.message_id "
                                       "WHERE s.login = 'supervisor' AND r.read_at IS NULL AND "
                                       "m.sender_id <> s.id AND m.created_at > %1")
                            .arg(nowMs - 24LL * 3600 * 1000)),
             qint64(2));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_recipients r JOIN staff s ON "
                                      "s.id = r.staff_id WHERE s.login = 'supervisor' AND "
                                      "r.read_at IS NOT NULL")) > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_recipients WHERE read_at < "
                                       "delivered_at OR (read_at IS NOT NULL AND delivered_at "
                                       "IS NULL)")),
             qint64(0));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE kind = "
                                      "'holiday'")) >= 6);
}

// Every ticket and timeline line as text, in id order: equal digests, equal data.
inline QString ticketsDigest(Database &db) {
    QString out;
    for (const char *sql :
         {"SELECT * FROM tickets ORDER BY id", "SELECT * FROM ticket_events ORDER BY id"}) {
        QSqlQuery q;
        QString e;
        if (!db.exec(q, QString::fromLatin1(sql), {}, e))
            qFatal("%s", qPrintable(e));
        while (q.next()) {
            QStringList row;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                // Keyed with a secret of each database (repeat complaints compare it), so the
                // same customer has another digest in another database.
                if (r.fieldName(i) == QLatin1StringView("customer_digest"))
                    continue;
                row.append(r.fieldName(i) + QLatin1Char('=') + q.value(i).toString());
            }
            out += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

// Rows per table of everything the demo writes: a refused seeding must change none.
inline QString tableCounts(Database &db) {
    QStringList counts;
    for (const char *table :
         {"staff", "teams", "roles", "kb_articles", "calendar_days", "tickets", "ticket_events",
          "incidents", "incident_events", "messages", "message_recipients", "audit_log"}) {
        counts.append(QString::fromLatin1(table) + QLatin1Char('=') +
                      QString::number(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") +
                                                     QString::fromLatin1(table))));
    }
    return counts.join(QLatin1Char(' '));
}

} // namespace sb::test::demo

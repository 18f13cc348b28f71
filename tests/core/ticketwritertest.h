#pragma once
// The ticket writer and registration, as one test class for tst_ticket_writer (SQLite) and
// tst_ticket_writer_pg (PostgreSQL, as the installer): a new ticket names exactly the columns
// it sets and the rest get their defaults; bulk statements are built from the same columns;
// a registration writes its ticket and event together or not at all.
#include "databasetest.h"
#include "testsupport.h"
#include "tickets/registerticket.h"
#include "tickets/ticketwriter.h"
#include "workflowfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

class TicketWriterTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    static constexpr qint64 kNow = 1772442000000; // 2026-03-02T09:00:00Z

    std::unique_ptr<sb::Database> open(const QString &name) {
        QString error;
        auto db = sb::test::openMigrated(freshDatabase(name), error);
        if (!db)
            qWarning("open: %s", qPrintable(error));
        return db;
    }

    // The stored row `id` as column name → value.
    static QVariantMap row(sb::Database &db, qint64 id) {
        QSqlQuery q;
        QString error;
        QVariantMap out;
        if (!db.exec(q, QStringLiteral("SELECT * FROM tickets WHERE id = ?"), {id}, error) ||
            !q.next()) {
            qWarning("row: %s", qPrintable(error));
            return out;
        }
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            out.insert(r.fieldName(i), q.value(i));
        return out;
    }

    static int count(sb::Database &db, const QString &sql) {
        return sb::test::queryValue(db, sql).toInt();
    }

    // What every ticket needs (the NOT NULL columns without a default).
    static sb::NewTicket minimal(const QString &subject) {
        sb::NewTicket t;
        t.receivedAt = kNow;
        t.channel = QStringLiteral("phone");
        t.customerTier = QStringLiteral("normal");
        t.problemType = QStringLiteral("login_failure");
        t.subject = subject;
        t.updatedAt = kNow;
        return t;
    }

    // Makes every later INSERT into ticket_events fail (the write after the ticket's).
    static bool failEventInserts(sb::Database &db, QString &error) {
        if (db.dialect() == sb::Dialect::SQLite)
            return db.exec(QStringLiteral("CREATE TRIGGER test_no_events BEFORE INSERT ON "
                                          "ticket_events BEGIN SELECT RAISE(ABORT, 'no events "
                                          "today'); END"),
                           {}, error);
        return db.exec(QStringLiteral("CREATE FUNCTION test_no_events() RETURNS trigger "
                                      "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no events "
                                      "today'; END; $$"),
                       {}, error) &&
               db.exec(QStringLiteral("CREATE TRIGGER test_no_events BEFORE INSERT ON "
                                      "ticket_events FOR EACH ROW EXECUTE FUNCTION "
                                      "test_no_events()"),
                       {}, error);
    }

private Q_SLOTS:
    // Only the columns set are named; every other column keeps its default.
    void insertsExactlyTheColumnsGiven() {
        using namespace sb;
        auto db = open(QStringLiteral("tw_minimal"));
        QVERIFY(db);
        NewTicket t = minimal(QStringLiteral("Cannot log in"));
        QVERIFY(t.columns() == TicketColumns({TicketColumn::ReceivedAt, TicketColumn::Channel,
                                              TicketColumn::CustomerTier, TicketColumn::ProblemType,
                                              TicketColumn::Subject, TicketColumn::UpdatedAt}));
        QCOMPARE(ticketInsertSql(t.columns()),
                 QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                "problem_type, subject, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        qint64 id = 0;
        QString error;
        QVERIFY2(insertTicket(*db, t, id, error), qPrintable(error));
        QVERIFY(id > 0);
        const QVariantMap r = row(*db, id);
        QCOMPARE(r.value(QStringLiteral("subject")).toString(), QStringLiteral("Cannot log in"));
        QCOMPARE(r.value(QStringLiteral("received_at")).toLongLong(), kNow);
        QCOMPARE(r.value(QStringLiteral("kind")).toString(), QStringLiteral("complaint"));
        QCOMPARE(r.value(QStringLiteral("source")).toString(), QString());
        QVERIFY(r.value(QStringLiteral("external_id")).isNull());
        QCOMPARE(r.value(QStringLiteral("received_offset")).toLongLong(), 0);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
        QCOMPARE(r.value(QStringLiteral("support_tier")).toLongLong(), 1);
        QCOMPARE(r.value(QStringLiteral("green_channel")).toLongLong(), 0);
        QCOMPARE(r.value(QStringLiteral("extra")).toString(), QStringLiteral("{}"));
        QCOMPARE(r.value(QStringLiteral("version")).toLongLong(), 1);
        QVERIFY(r.value(QStringLiteral("registered_by")).isNull());
        QVERIFY(r.value(QStringLiteral("satisfaction")).isNull());
    }

    // Every insertable column set: each one stored as given; empty external id, ids and
    // satisfaction of 0 are NULL; a null QString is ''.
    void everyColumn() {
        using namespace sb;
        auto db = open(QStringLiteral("tw_every"));
        QVERIFY(db);
        const qint64 staff =
            test::insertStaff(*db, QStringLiteral("Ann Li"), QStringLiteral("ann"));
        const qint64 team =
            test::queryValue(*db, QStringLiteral("INSERT INTO teams(name, created_at) "
                                                 "VALUES ('Complaints', 0) RETURNING id"))
                .toLongLong();
        QVERIFY(team > 0);
        qint64 first = 0;
        QString error;
        QVERIFY2(insertTicket(*db, minimal(QStringLiteral("First")), first, error),
                 qPrintable(error));

        NewTicket t;
        t.kind = QStringLiteral("suggestion");
        t.source = QStringLiteral("crm");
        t.externalId = QStringLiteral("X-1");
        t.receivedAt = kNow - 1000;
        t.receivedOffset = 28800;
        t.channel = QStringLiteral("email");
        t.customerTier = QStringLiteral("vip");
        t.problemType = QStringLiteral("suggestion_tariffs");
        t.customerId = QStringLiteral("C-7");
        t.serviceNumber = QStringLiteral("13800138000");
        t.category = QStringLiteral("billing");
        t.subject = QStringLiteral("Cheaper nights");
        t.description = QStringLiteral("Please");
        t.region = QString(); // null: stored as ''
        t.state = QStringLiteral("reviewed");
        t.validity = QStringLiteral("valid");
        t.priority = 2;
        t.greenChannel = true;
        t.handlerId = staff;
        t.teamId = team;
        t.department = QStringLiteral("Complaints");
        t.supportTier = 3;
        t.incidentId = 0; // NULL
        t.appealOf = first;
        t.appealCount = 1;
        t.satisfaction = 4;
        t.registeredBy = staff;
        t.extra = QStringLiteral("{\"k\":\"v\"}");
        t.updatedAt = kNow;
        QCOMPARE(t.columns().size(), kTicketColumnCount);
        qint64 id = 0;
        QVERIFY2(insertTicket(*db, t, id, error), qPrintable(error));
        const QVariantMap r = row(*db, id);
        const auto text = [&r](const char *column) {
            return r.value(QLatin1StringView(column)).toString();
        };
        const auto number = [&r](const char *column) {
            return r.value(QLatin1StringView(column)).toLongLong();
        };
        QCOMPARE(text("kind"), QStringLiteral("suggestion"));
        QCOMPARE(text("source"), QStringLiteral("crm"));
        QCOMPARE(text("external_id"), QStringLiteral("X-1"));
        QCOMPARE(number("received_at"), kNow - 1000);
        QCOMPARE(number("received_offset"), 28800);
        QCOMPARE(text("channel"), QStringLiteral("email"));
        QCOMPARE(text("customer_tier"), QStringLiteral("vip"));
        QCOMPARE(text("problem_type"), QStringLiteral("suggestion_tariffs"));
        QCOMPARE(text("customer_id"), QStringLiteral("C-7"));
        QCOMPARE(text("service_number"), QStringLiteral("13800138000"));
        QCOMPARE(text("category"), QStringLiteral("billing"));
        QCOMPARE(text("subject"), QStringLiteral("Cheaper nights"));
        QCOMPARE(text("description"), QStringLiteral("Please"));
        QVERIFY(!r.value(QStringLiteral("region")).isNull());
        QCOMPARE(text("region"), QString());
        QCOMPARE(text("state"), QStringLiteral("reviewed"));
        QCOMPARE(text("validity"), QStringLiteral("valid"));
        QCOMPARE(number("priority"), 2);
        QCOMPARE(number("green_channel"), 1);
        QCOMPARE(number("handler_id"), staff);
        QCOMPARE(number("team_id"), team);
        QCOMPARE(text("department"), QStringLiteral("Complaints"));
        QCOMPARE(number("support_tier"), 3);
        QVERIFY(r.value(QStringLiteral("incident_id")).isNull());
        QCOMPARE(number("appeal_of"), first);
        QCOMPARE(number("appeal_count"), 1);
        QCOMPARE(number("satisfaction"), 4);
        QCOMPARE(number("registered_by"), staff);
        QCOMPARE(text("extra"), QStringLiteral("{\"k\":\"v\"}"));
        QCOMPARE(number("updated_at"), kNow);

        // The empty external id and the zeros are NULL.
        NewTicket nulls = minimal(QStringLiteral("Nulls"));
        nulls.externalId = QString();
        nulls.handlerId = 0;
        nulls.satisfaction = 0;
        QVERIFY2(insertTicket(*db, nulls, id, error), qPrintable(error));
        const QVariantMap n = row(*db, id);
        QVERIFY(n.value(QStringLiteral("external_id")).isNull());
        QVERIFY(n.value(QStringLiteral("handler_id")).isNull());
        QVERIFY(n.value(QStringLiteral("satisfaction")).isNull());
    }

    // One prepared statement for many rows; duplicates on (source, external_id) skipped or
    // refused as asked; ids read back or not.
    void writerReusesItsStatement() {
        using namespace sb;
        auto db = open(QStringLiteral("tw_writer"));
        QVERIFY(db);
        QString error;
        NewTicket t = minimal(QStringLiteral("Dup"));
        t.source = QStringLiteral("crm");
        t.externalId = QStringLiteral("A");
        {
            TicketWriter skip(*db, OnDuplicate::Skip);
            TicketWriter::Result r;
            QVERIFY2(skip.insert(t, r, error), qPrintable(error));
            QVERIFY(r.stored);
            QVERIFY(r.id > 0);
            QVERIFY2(skip.insert(t, r, error), qPrintable(error));
            QVERIFY(!r.stored);
            QCOMPARE(r.id, 0);
            t.externalId = QStringLiteral("B");
            QVERIFY2(skip.insert(t, r, error), qPrintable(error));
            QVERIFY(r.stored);
            QCOMPARE(r.id, test::queryValue(*db, QStringLiteral("SELECT id FROM tickets WHERE "
                                                                "external_id = 'B'"))
                               .toLongLong());
            // Another set of columns: prepared again.
            NewTicket other = minimal(QStringLiteral("Other"));
            other.kind = QStringLiteral("suggestion");
            QVERIFY2(skip.insert(other, r, error), qPrintable(error));
            QVERIFY(r.stored);
            QCOMPARE(row(*db, r.id).value(QStringLiteral("kind")).toString(),
                     QStringLiteral("suggestion"));
        }
        {
            TicketWriter counting(*db, OnDuplicate::Skip, TicketWriter::Ids::Ignore);
            TicketWriter::Result r;
            t.externalId = QStringLiteral("C");
            QVERIFY2(counting.insert(t, r, error), qPrintable(error));
            QVERIFY(r.stored);
            QCOMPARE(r.id, 0);
            QVERIFY2(counting.insert(t, r, error), qPrintable(error));
            QVERIFY(!r.stored);
        }
        {
            TicketWriter strict(*db);
            TicketWriter::Result r;
            QVERIFY(!strict.insert(t, r, error));
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 4);
    }

    // The bulk import statements: the imported columns, built from the same definition, with
    // the values NewTicket binds.
    void bulkStatement() {
        using namespace sb;
        QCOMPARE(ticketColumnList(importedTicketColumns()),
                 QStringLiteral("source, external_id, received_at, received_offset, channel, "
                                "customer_tier, problem_type, customer_id, service_number, "
                                "category, subject, description, region, extra, registered_by, "
                                "updated_at"));
        // Never the database's own columns, nor PostgreSQL's generated masked copies.
        for (int i = 0; i < kTicketColumnCount; ++i) {
            const QString name = ticketColumnName(TicketColumn(i));
            QVERIFY(!name.isEmpty());
            QVERIFY2(name != QLatin1StringView("id") && name != QLatin1StringView("version") &&
                         !name.endsWith(QLatin1StringView("_masked")),
                     qPrintable(name));
        }
        QCOMPARE(importedColumnIndex(TicketColumn::Source), 0);
        QCOMPARE(importedColumnIndex(TicketColumn::UpdatedAt), 15);
        QCOMPARE(importedColumnIndex(TicketColumn::State), -1);
        const QString sql =
            ticketInsertSql({TicketColumn::Source, TicketColumn::ExternalId}, 2, OnDuplicate::Skip);
        QCOMPARE(sql, QStringLiteral("INSERT INTO tickets(source, external_id) VALUES (?, ?), "
                                     "(?, ?) ON CONFLICT (source, external_id) DO NOTHING"));

        auto db = open(QStringLiteral("tw_bulk"));
        QVERIFY(db);
        Complaint c;
        c.receivedAt = QDateTime::fromMSecsSinceEpoch(kNow, Qt::OffsetFromUTC, 3600);
        c.channel = Channel::Email;
        c.tier = Tier::Vip;
        c.problemType = QStringLiteral("login_failure");
        c.source = QStringLiteral("file");
        c.externalId = QStringLiteral("1");
        c.subject = QStringLiteral("One");
        const TicketColumns columns = importedTicketColumns();
        QVariantList values;
        for (const QString &key : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")}) {
            c.externalId = key;
            NewTicket t = NewTicket::fromComplaint(c);
            t.extra = QStringLiteral("{}");
            t.registeredBy = 0;
            t.updatedAt = kNow;
            TicketColumns set = t.columns(); // in TicketColumn order
            TicketColumns imported = columns;
            std::sort(imported.begin(), imported.end());
            QVERIFY(set == imported);
            t.appendValues(values, columns);
        }
        QString error;
        QSqlQuery q;
        QVERIFY2(db->exec(q, ticketInsertSql(columns, 3, OnDuplicate::Skip), values, error),
                 qPrintable(error));
        QCOMPARE(q.numRowsAffected(), 2); // the third row repeats the first
        const qint64 id = test::queryValue(*db, QStringLiteral("SELECT id FROM tickets WHERE "
                                                               "external_id = '2'"))
                              .toLongLong();
        const QVariantMap r = row(*db, id);
        QCOMPARE(r.value(QStringLiteral("received_offset")).toLongLong(), 3600);
        QCOMPARE(r.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(r.value(QStringLiteral("customer_tier")).toString(), QStringLiteral("vip"));
        QCOMPARE(r.value(QStringLiteral("customer_id")).toString(), QString());
        QVERIFY(r.value(QStringLiteral("registered_by")).isNull());
    }

    // Registration writes the ticket and, on the green channel, its timeline event.
    void registrationWritesTicketAndEvent() {
        using namespace sb;
        auto db = open(QStringLiteral("tw_register"));
        QVERIFY(db);
        const qint64 ann = test::insertStaff(*db, QStringLiteral("Ann Li"), QStringLiteral("ann"));
        TicketRegistration r;
        r.complaint.receivedAt = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
        r.complaint.problemType = QStringLiteral("login_failure");
        r.complaint.source = QStringLiteral("manual");
        r.complaint.externalId = QStringLiteral("m-1");
        r.complaint.subject = QStringLiteral("Locked out");
        r.complaint.extra = QJsonObject{{QStringLiteral("ignored"), 1}};
        r.kind = QStringLiteral("complaint");
        r.state = QStringLiteral("registered");
        r.greenChannel = true;
        r.greenChannelNote = QStringLiteral("On the green channel");
        r.actorId = ann;
        r.nowMs = kNow + 5;
        qint64 id = 0;
        QString error;
        QVERIFY2(registerTicket(*db, r, id, error), qPrintable(error));
        QVERIFY(id > 0);
        const QVariantMap t = row(*db, id);
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("complaint"));
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
        QCOMPARE(t.value(QStringLiteral("green_channel")).toLongLong(), 1);
        QCOMPARE(t.value(QStringLiteral("registered_by")).toLongLong(), ann);
        QCOMPARE(t.value(QStringLiteral("updated_at")).toLongLong(), kNow + 5);
        QCOMPARE(t.value(QStringLiteral("external_id")).toString(), QStringLiteral("m-1"));
        QCOMPARE(t.value(QStringLiteral("extra")).toString(), QStringLiteral("{}"));
        QSqlQuery q;
        QVERIFY2(db->exec(q,
                          QStringLiteral("SELECT at, actor_id, action, from_state, to_state, "
                                         "note, data FROM ticket_events WHERE ticket_id = ?"),
                          {id}, error),
                 qPrintable(error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), kNow + 5);
        QCOMPARE(q.value(1).toLongLong(), ann);
        QCOMPARE(q.value(2).toString(), QStringLiteral("green_channel"));
        QVERIFY(q.value(3).isNull());
        QVERIFY(q.value(4).isNull());
        QCOMPARE(q.value(5).toString(), QStringLiteral("On the green channel"));
        QCOMPARE(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(),
                 QJsonObject({{QStringLiteral("green_channel"), true}}));
        QVERIFY(!q.next());
        q.finish();

        // Not on the green channel: the ticket alone.
        r.greenChannel = false;
        r.complaint.externalId = QStringLiteral("m-2");
        QVERIFY2(registerTicket(*db, r, id, error), qPrintable(error));
        QCOMPARE(row(*db, id).value(QStringLiteral("green_channel")).toLongLong(), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_events")), 1);
    }

    // A registration that fails leaves nothing: not when the ticket is refused, not when its
    // event is (the ticket written just before is rolled back).
    void failedRegistrationLeavesNothing() {
        using namespace sb;
        auto db = open(QStringLiteral("tw_register_fail"));
        QVERIFY(db);
        TicketRegistration r;
        r.complaint.receivedAt = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
        r.complaint.problemType = QStringLiteral("login_failure");
        r.complaint.source = QStringLiteral("manual");
        r.complaint.externalId = QStringLiteral("m-1");
        r.kind = QStringLiteral("complaint");
        r.state = QStringLiteral("registered");
        r.greenChannel = true;
        r.nowMs = kNow;
        qint64 id = -1;
        QString error;
        r.kind = QStringLiteral("wish"); // not a kind of ticket
        QVERIFY(!registerTicket(*db, r, id, error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(id, 0);
        r.kind = QStringLiteral("complaint");
        QVERIFY2(failEventInserts(*db, error), qPrintable(error));
        error.clear();
        id = -1;
        QVERIFY(!registerTicket(*db, r, id, error));
        QVERIFY2(error.contains(QLatin1StringView("no events today")), qPrintable(error));
        QCOMPARE(id, 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_events")), 0);
        // Without the green channel there is no event: the same ticket is written.
        r.greenChannel = false;
        QVERIFY2(registerTicket(*db, r, id, error), qPrintable(error));
        QVERIFY(id > 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    }
};

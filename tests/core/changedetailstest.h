#pragma once
// ChangeDetailsQuery and readChangeLogRange (what `signalboard-cli watch` adds to each line),
// as one test class for tst_change_details (SQLite) and tst_change_details_pg.
#include "databasetest.h"
#include "testsupport.h"

#include "domain/complaint.h"
#include "grading/ruleset.h"
#include "incidents/incidentstore.h"
#include "sync/changedetails.h"
#include "tickets/ticketstore.h"

#include <QSqlQuery>
#include <QTest>

class ChangeDetailsTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    // A delivery of 1,000 ticket changes and an incident's is read at once: each ticket's
    // source and external id (none stays none), the incident's grade; a deleted ticket and the
    // changes of other entities give nothing.
    void readsADeliveryAtOnce() {
        using namespace sb;
        QString error;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("sb_change_details")), error);
        QVERIFY2(db, qPrintable(error));

        ChangeLogRange range;
        QVERIFY2(readChangeLogRange(*db, range, error), qPrintable(error));
        const qint64 before = range.last;
        QVERIFY(range.first <= range.last);

        QList<Complaint> complaints;
        for (int i = 0; i < 1000; ++i) {
            Complaint c;
            c.receivedAt = QDateTime::fromMSecsSinceEpoch(1'770'000'000'000 + i * 1000);
            c.channel = Channel::Phone;
            c.tier = Tier::Normal;
            c.problemType = QStringLiteral("login_failure");
            c.source = i % 2 ? QStringLiteral("crm") : QStringLiteral("hotline");
            c.externalId = i == 7 ? QString() : QStringLiteral("X-%1").arg(i);
            complaints.append(c);
        }
        InsertResult inserted;
        QVERIFY2(TicketStore(*db).insert(complaints, 1'770'000'000'000, inserted, error),
                 qPrintable(error));
        QCOMPARE(inserted.inserted, 1000);

        const RuleSet rules = RuleSet::defaults();
        IncidentEvent e;
        e.kind = IncidentEventKind::Opened;
        e.problemType = RuleSet::typeIndex(QStringView(u"login_failure"));
        e.grade = Grade::Urgent;
        e.atMs = 1'770'000'500'000;
        e.trigger = IncidentTrigger::BurstNormal;
        IncidentStore::Result opened;
        QVERIFY2(IncidentStore(*db, rules).apply(e, opened, error), qPrintable(error));

        // The delivery: what change_log holds now, as the feed reads it.
        QSqlQuery q;
        QVERIFY(db->exec(q,
                         QStringLiteral("SELECT seq, entity, entity_id, op, at FROM change_log "
                                        "WHERE seq > ? ORDER BY seq"),
                         {before}, error));
        QList<Change> changes;
        QList<qint64> ticketIds;
        while (q.next()) {
            Change c;
            c.seq = q.value(0).toLongLong();
            c.entity = changeEntityFromKey(q.value(1).toString());
            c.entityId = q.value(2).toLongLong();
            c.op = changeOpFromKey(q.value(3).toString());
            c.at = q.value(4).toLongLong();
            if (c.entity == ChangeEntity::Ticket)
                ticketIds.append(c.entityId);
            changes.append(c);
        }
        QCOMPARE(ticketIds.size(), 1000);
        // One ticket goes: its insert line is still in the delivery, with no details.
        const qint64 gone = ticketIds.at(3);
        QVERIFY2(db->exec(QStringLiteral("DELETE FROM tickets WHERE id = ?"), {gone}, error),
                 qPrintable(error));
        Change deletion;
        deletion.entity = ChangeEntity::Ticket;
        deletion.entityId = ticketIds.at(4);
        deletion.op = ChangeOp::Delete; // not looked up, although the row is there
        changes.append(deletion);

        ChangeDetails details;
        QVERIFY2(ChangeDetailsQuery(*db).read(changes, details, error), qPrintable(error));
        QCOMPARE(details.tickets.size(), 999);
        QVERIFY(!details.tickets.contains(gone));
        QVERIFY(details.tickets.contains(ticketIds.at(4))); // its insert asked for it
        QVERIFY(
            db->exec(q, QStringLiteral("SELECT id, source, external_id FROM tickets"), {}, error));
        int checked = 0;
        while (q.next()) {
            const TicketOrigin o = details.tickets.value(q.value(0).toLongLong());
            QCOMPARE(o.source, q.value(1).toString());
            QCOMPARE(o.externalId.has_value(), !q.value(2).isNull());
            if (o.externalId)
                QCOMPARE(*o.externalId, q.value(2).toString());
            ++checked;
        }
        QCOMPARE(checked, 999);
        QCOMPARE(details.tickets.value(ticketIds.at(7)).externalId, std::nullopt);
        QCOMPARE(details.tickets.value(ticketIds.at(7)).source, QStringLiteral("crm"));
        QCOMPARE(*details.tickets.value(ticketIds.at(8)).externalId, QStringLiteral("X-8"));
        QCOMPARE(details.tickets.value(ticketIds.at(8)).source, QStringLiteral("hotline"));
        QCOMPARE(details.incidents.size(), 1);
        QCOMPARE(details.incidents.value(opened.incidentId), Grade::Urgent);

        // A delivery of only a deletion, or of other entities, reads nothing.
        QVERIFY(ChangeDetailsQuery(*db).read({deletion}, details, error));
        QVERIFY(details.tickets.isEmpty() && details.incidents.isEmpty());

        QVERIFY2(readChangeLogRange(*db, range, error), qPrintable(error));
        QVERIFY(range.last > changes.at(changes.size() - 2).seq); // the DELETE's own row
        QVERIFY(range.first >= 1 && range.first <= before + 1);
    }

    void emptyLogRange() {
        using namespace sb;
        QString error;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("sb_change_range")), error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM change_log"), {}, error));
        ChangeLogRange range{5, 9};
        QVERIFY2(readChangeLogRange(*db, range, error), qPrintable(error));
        QCOMPARE(range.first, qint64(0));
        QCOMPARE(range.last, qint64(0));
    }
};

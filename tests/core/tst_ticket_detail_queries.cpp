// What a ticket's detail view reads, on SQLite: its fields (personal data masked unless read
// in clear), timeline, incident, the customer's other tickets, names that timeline fields
// refer to, related knowledge-base cases; and attachments, written with their timeline line
// in one transaction.
#include "kb/knowledgebase.h"
#include "security/masking.h"
#include "testsupport.h"
#include "tickets/ticketattachments.h"
#include "tickets/ticketdetailqueries.h"
#include "util/clock.h"
#include "workflowfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace sb;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000;
} // namespace

class TestTicketDetailQueries : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    qint64 m_ann = 0, m_bo = 0, m_team = 0;

    void run(const QString &sql, const QVariantList &values = {}) {
        QString e;
        if (!m_db->exec(sql, values, e))
            qFatal("%s: %s", qPrintable(sql), qPrintable(e));
    }
    qint64 count(const QString &sql, const QVariantList &values) {
        return test::queryValue(*m_db, sql, values).toLongLong();
    }
    qint64 ticketFor(const QString &customer, qint64 receivedAt) {
        const qint64 id = test::insertTicket(*m_db, receivedAt);
        run(QStringLiteral("UPDATE tickets SET customer_id = ? WHERE id = ?"), {customer, id});
        return id;
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        m_ann = test::insertStaff(*m_db, QStringLiteral("Ann Lead"), QStringLiteral("ann"));
        m_bo = test::insertStaff(*m_db, QStringLiteral("Bo Reg"), QStringLiteral("bo"));
        run(QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Network', 0)"));
        m_team = test::queryValue(*m_db, QStringLiteral("SELECT id FROM teams WHERE name = "
                                                        "'Network'"))
                     .toLongLong();
    }

    void fieldsAreTypedAndMasked() {
        const qint64 received = m_clock.nowMs();
        const qint64 appealed = test::insertTicket(*m_db, received - kDay);
        const qint64 id = test::insertTicket(*m_db, received);
        run(QStringLiteral(
                "UPDATE tickets SET customer_id = 'C-778', service_number = '13812345678', "
                "region = 'North', subject = 'No login', description = 'Since Monday', "
                "priority = 3, green_channel = 1, handler_id = ?, team_id = ?, department = "
                "'Ops', support_tier = 2, validity = 'valid', satisfaction = 4, appeal_of = ?, "
                "registered_by = ?, received_offset = 28800, source = 'hotline' WHERE id = ?"),
            {m_ann, m_team, appealed, m_bo, id});
        TicketDetailQueries queries(*m_db);
        std::optional<TicketDetailFields> read;
        QString e;
        QVERIFY2(queries.fields(id, false, read, e), qPrintable(e));
        QVERIFY(read.has_value());
        const TicketDetailFields &t = *read;
        QCOMPARE(t.id, id);
        QCOMPARE(t.receivedAt, received);
        QCOMPARE(t.receivedOffset, 28800);
        QCOMPARE(t.source, QStringLiteral("hotline"));
        QCOMPARE(t.kind, QStringLiteral("complaint"));
        QCOMPARE(t.state, QStringLiteral("registered"));
        QCOMPARE(t.channel, QStringLiteral("phone"));
        QCOMPARE(t.customerTier, QStringLiteral("normal"));
        QCOMPARE(t.problemType, QStringLiteral("login_failure"));
        QVERIFY(t.hasCustomer);
        // Without personal_data.view: masked, by the same rule as every other view.
        QCOMPARE(t.customerId, maskServiceNumber(QStringLiteral("C-778")));
        QCOMPARE(t.serviceNumber, maskServiceNumber(QStringLiteral("13812345678")));
        QVERIFY(t.serviceNumber != QLatin1StringView("13812345678"));
        QCOMPARE(t.region, QStringLiteral("North"));
        QCOMPARE(t.category, QStringLiteral("service"));
        QCOMPARE(t.subject, QStringLiteral("No login"));
        QCOMPARE(t.description, QStringLiteral("Since Monday"));
        QCOMPARE(t.priority, 3);
        QVERIFY(t.greenChannel);
        QCOMPARE(t.handlerName, QStringLiteral("Ann Lead"));
        QCOMPARE(t.teamName, QStringLiteral("Network"));
        QCOMPARE(t.department, QStringLiteral("Ops"));
        QCOMPARE(t.supportTier, 2);
        QCOMPARE(t.validity, QStringLiteral("valid"));
        QCOMPARE(t.satisfaction.value_or(-1), qint64(4));
        QCOMPARE(t.appealOf.value_or(-1), appealed);
        QCOMPARE(t.registeredByName, QStringLiteral("Bo Reg"));
        QCOMPARE(t.version, test::queryValue(*m_db,
                                             QStringLiteral("SELECT version FROM tickets WHERE "
                                                            "id = ?"),
                                             {id})
                                .toLongLong());

        // With personal_data.view: in clear.
        QVERIFY2(queries.fields(id, true, read, e), qPrintable(e));
        QCOMPARE(read->customerId, QStringLiteral("C-778"));
        QCOMPARE(read->serviceNumber, QStringLiteral("13812345678"));

        // Nothing optional set: empty names, no satisfaction, no appeal.
        QVERIFY2(queries.fields(appealed, false, read, e), qPrintable(e));
        QVERIFY(read->handlerName.isEmpty() && read->teamName.isEmpty() &&
                read->registeredByName.isEmpty());
        QVERIFY(!read->satisfaction && !read->appealOf);
        QVERIFY(!read->greenChannel);

        // A ticket that is gone: no error, no fields.
        QVERIFY2(queries.fields(999999, true, read, e), qPrintable(e));
        QVERIFY(!read.has_value());
    }

    void timelineOldestFirst() {
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        const QString ins = QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, "
                                           "action, to_state, note, data) VALUES (?, ?, ?, ?, ?, "
                                           "?, ?)");
        run(ins, {id, 2000, m_ann, QStringLiteral("accept"), QStringLiteral("accepted"),
                  QStringLiteral("second"), QStringLiteral("{\"priority\":3}")});
        run(ins, {id, 1000, QVariant(QMetaType::fromType<qint64>()), QStringLiteral("urge"),
                  QVariant(QMetaType::fromType<QString>()), QStringLiteral("first"),
                  QStringLiteral("{}")});
        run(ins,
            {id, 2000, m_bo, QStringLiteral("reassign"), QVariant(QMetaType::fromType<QString>()),
             QStringLiteral("third"), QStringLiteral("{}")});
        QList<TicketTimelineEntry> lines;
        QString e;
        QVERIFY2(TicketDetailQueries(*m_db).timeline(id, lines, e), qPrintable(e));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).note, QStringLiteral("first"));
        QCOMPARE(lines.at(0).at, qint64(1000));
        QVERIFY(lines.at(0).actorName.isEmpty()); // the system
        QVERIFY(lines.at(0).toState.isEmpty());
        QCOMPARE(lines.at(0).action, QStringLiteral("urge"));
        QCOMPARE(lines.at(1).note, QStringLiteral("second")); // same time: in the order written
        QCOMPARE(lines.at(1).actorName, QStringLiteral("Ann Lead"));
        QCOMPARE(lines.at(1).toState, QStringLiteral("accepted"));
        QCOMPARE(lines.at(1).data, QStringLiteral("{\"priority\":3}"));
        QCOMPARE(lines.at(2).actorName, QStringLiteral("Bo Reg"));

        // Change-feed lines: is one of them this ticket's?
        const qint64 mine = test::queryValue(*m_db,
                                             QStringLiteral("SELECT MAX(id) FROM ticket_events "
                                                            "WHERE ticket_id = ?"),
                                             {id})
                                .toLongLong();
        const qint64 other = test::insertTicket(*m_db, m_clock.nowMs());
        run(ins,
            {other, 1000, m_ann, QStringLiteral("urge"), QVariant(QMetaType::fromType<QString>()),
             QStringLiteral(""), QStringLiteral("{}")});
        const qint64 theirs = test::queryValue(*m_db,
                                               QStringLiteral("SELECT MAX(id) FROM ticket_events "
                                                              "WHERE ticket_id = ?"),
                                               {other})
                                  .toLongLong();
        TicketDetailQueries queries(*m_db);
        bool any = true;
        QVERIFY2(queries.hasAnyEvent(id, {}, any, e), qPrintable(e));
        QVERIFY(!any);
        QVERIFY2(queries.hasAnyEvent(id, {theirs}, any, e), qPrintable(e));
        QVERIFY(!any);
        QVERIFY2(queries.hasAnyEvent(id, {theirs, mine}, any, e), qPrintable(e));
        QVERIFY(any);
        QVERIFY2(queries.hasAnyEvent(other, {mine}, any, e), qPrintable(e));
        QVERIFY(!any);
        // Many ids go in several statements; a match in a later one counts.
        QList<qint64> many(1200, theirs);
        many.append(mine);
        QVERIFY2(queries.hasAnyEvent(id, many, any, e), qPrintable(e));
        QVERIFY(any);
    }

    void incidentAndKnownIssue() {
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        TicketDetailQueries queries(*m_db);
        std::optional<TicketIncidentLink> link;
        QString e;
        QVERIFY2(queries.incident(id, link, e), qPrintable(e));
        QVERIFY(!link.has_value());

        run(QStringLiteral("INSERT INTO kb_articles(kind, title, created_at, updated_at) VALUES "
                           "('known_issue', 'Relay down', 0, 0)"));
        const qint64 issue =
            test::queryValue(*m_db, QStringLiteral("SELECT MAX(id) FROM kb_articles")).toLongLong();
        run(QStringLiteral("INSERT INTO incidents(problem_type, class, grade, trigger_kind, "
                           "opened_at, known_issue_id, summary) VALUES ('detail_test', 'x', 2, "
                           "'manual', 0, ?, 'Mail relay')"),
            {issue});
        const qint64 incident =
            test::queryValue(*m_db, QStringLiteral("SELECT MAX(id) FROM incidents")).toLongLong();
        run(QStringLiteral("UPDATE tickets SET incident_id = ? WHERE id = ?"), {incident, id});
        QVERIFY2(queries.incident(id, link, e), qPrintable(e));
        QVERIFY(link.has_value());
        QCOMPARE(link->incidentId, incident);
        QCOMPARE(link->grade, 2);
        QCOMPARE(link->state, QStringLiteral("open"));
        QCOMPARE(link->summary, QStringLiteral("Mail relay"));
        QCOMPARE(link->knownIssueId, issue);
    }

    void customerHistoryNewestFirst() {
        const qint64 now = m_clock.nowMs() + 100 * kDay;
        const qint64 shown = ticketFor(QStringLiteral("H-1"), now);
        const qint64 older = ticketFor(QStringLiteral("H-1"), now - 2 * kDay);
        const qint64 newer = ticketFor(QStringLiteral("H-1"), now + kDay);
        const qint64 oldest = ticketFor(QStringLiteral("H-1"), now - 3 * kDay);
        ticketFor(QStringLiteral("H-2"), now);
        const qint64 anonymous = ticketFor(QStringLiteral(""), now);
        ticketFor(QStringLiteral(""), now - kDay);

        TicketDetailQueries queries(*m_db);
        QList<TicketHistoryEntry> rows;
        QString e;
        QVERIFY2(queries.customerHistory(shown, 50, rows, e), qPrintable(e));
        QList<qint64> ids;
        for (const TicketHistoryEntry &r : rows)
            ids << r.id;
        QCOMPARE(ids, (QList<qint64>{newer, older, oldest})); // not the shown one itself
        QCOMPARE(rows.first().receivedAt, now + kDay);
        QCOMPARE(rows.first().state, QStringLiteral("registered"));
        QVERIFY2(queries.customerHistory(shown, 2, rows, e), qPrintable(e));
        QCOMPARE(rows.size(), 2); // bounded
        // No customer: no history, however many tickets have none.
        QVERIFY2(queries.customerHistory(anonymous, 50, rows, e), qPrintable(e));
        QVERIFY(rows.isEmpty());
    }

    void namesTimelineFieldsReferTo() {
        TicketDetailQueries queries(*m_db);
        QString name, e;
        QVERIFY2(queries.referenceName(TicketDetailQueries::Reference::Staff, m_ann, name, e),
                 qPrintable(e));
        QCOMPARE(name, QStringLiteral("Ann Lead"));
        QVERIFY2(queries.referenceName(TicketDetailQueries::Reference::Team, m_team, name, e),
                 qPrintable(e));
        QCOMPARE(name, QStringLiteral("Network"));
        run(QStringLiteral("INSERT INTO kb_articles(kind, title, created_at, updated_at) VALUES "
                           "('article', 'Reset a password', 0, 0)"));
        const qint64 article =
            test::queryValue(*m_db, QStringLiteral("SELECT MAX(id) FROM kb_articles")).toLongLong();
        QVERIFY2(queries.referenceName(TicketDetailQueries::Reference::Article, article, name, e),
                 qPrintable(e));
        QCOMPARE(name, QStringLiteral("Reset a password"));
        QVERIFY2(queries.referenceName(TicketDetailQueries::Reference::Staff, 999999, name, e),
                 qPrintable(e));
        QVERIFY(name.isEmpty());

        const qint64 id = test::insertTicket(*m_db, 1234567);
        std::optional<qint64> at;
        QVERIFY2(queries.receivedAt(id, at, e), qPrintable(e));
        QCOMPARE(at.value_or(-1), qint64(1234567));
        QVERIFY2(queries.receivedAt(999999, at, e), qPrintable(e));
        QVERIFY(!at.has_value());
    }

    void relatedCases() {
        const QString ins = QStringLiteral("INSERT INTO kb_articles(kind, title, body, uses, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0) "
                                           "RETURNING id");
        const auto article = [&](const QString &kind, const QString &title, const QString &body,
                                 int uses) {
            return test::queryValue(*m_db, ins, {kind, title, body, uses}).toLongLong();
        };
        const qint64 issue = article(QStringLiteral("known_issue"), QStringLiteral("Relay down"),
                                     QStringLiteral(""), 0);
        const qint64 oftenUsed = article(QStringLiteral("case"), QStringLiteral("Case A"),
                                         QStringLiteral("after a zq_delay storm"), 9);
        const qint64 rarelyUsed =
            article(QStringLiteral("case"), QStringLiteral("zq_delay: B"), QStringLiteral(""), 1);
        article(QStringLiteral("article"), QStringLiteral("zq_delay guide"), QStringLiteral(""),
                50);
        article(QStringLiteral("case"), QStringLiteral("Unrelated"), QStringLiteral(""), 99);

        KnowledgeBase kb(*m_db, m_clock);
        QList<KbHit> hits;
        QString e;
        QVERIFY2(kb.related(issue, QStringLiteral("zq_delay"), 20, hits, e), qPrintable(e));
        QList<qint64> ids;
        for (const KbHit &h : hits)
            ids << h.id;
        // The known issue first; then cases, most used first; plain articles never.
        QCOMPARE(ids, (QList<qint64>{issue, oftenUsed, rarelyUsed}));
        QCOMPARE(hits.first().kind, QStringLiteral("known_issue"));
        QCOMPARE(hits.first().title, QStringLiteral("Relay down"));
        QCOMPARE(hits.at(1).uses, qint64(9));
        QVERIFY2(kb.related(0, QStringLiteral("zq_delay"), 1, hits, e), qPrintable(e));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, oftenUsed);
    }

    void attachmentsAreStoredWithTheirTimelineLine() {
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        TicketAttachments store(*m_db, m_clock);
        constexpr char raw[] = "\0\x01\xff binary \0 end";
        const QByteArray bytes(raw, sizeof(raw) - 1);
        qint64 attachment = 0;
        QString e;
        QVERIFY2(store.add(id, m_ann, QStringLiteral("dump.bin"),
                           QStringLiteral("application/octet-stream"), bytes, attachment, e),
                 qPrintable(e));
        QVERIFY(attachment > 0);
        m_clock.advance(60'000);
        qint64 second = 0;
        QVERIFY2(store.add(id, 0, QStringLiteral("note.txt"), QStringLiteral("text/plain"),
                           QByteArray("hi"), second, e),
                 qPrintable(e));

        QList<TicketAttachmentInfo> list;
        QVERIFY2(store.list(id, list, e), qPrintable(e));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, attachment);
        QCOMPARE(list.at(0).name, QStringLiteral("dump.bin"));
        QCOMPARE(list.at(0).mime, QStringLiteral("application/octet-stream"));
        QCOMPARE(list.at(0).size, qint64(bytes.size()));
        QCOMPARE(list.at(0).createdAt, m_clock.nowMs() - 60'000);
        QCOMPARE(list.at(1).id, second);
        QCOMPARE(list.at(1).size, qint64(2));

        std::optional<TicketAttachmentFile> file;
        QVERIFY2(store.load(id, attachment, file, e), qPrintable(e));
        QVERIFY(file.has_value());
        QCOMPARE(file->name, QStringLiteral("dump.bin"));
        QCOMPARE(file->data, bytes); // byte for byte, NULs included
        // Only through its own ticket.
        const qint64 other = test::insertTicket(*m_db, m_clock.nowMs());
        QVERIFY2(store.load(other, attachment, file, e), qPrintable(e));
        QVERIFY(!file.has_value());
        QVERIFY2(store.load(id, 999999, file, e), qPrintable(e));
        QVERIFY(!file.has_value());

        // Each with its line in the timeline: by whom, the name, the id and size.
        QList<TicketTimelineEntry> lines;
        QVERIFY2(TicketDetailQueries(*m_db).timeline(id, lines, e), qPrintable(e));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).action, QStringLiteral("attachment"));
        QCOMPARE(lines.at(0).note, QStringLiteral("dump.bin"));
        QCOMPARE(lines.at(0).actorName, QStringLiteral("Ann Lead"));
        QCOMPARE(lines.at(0).at, m_clock.nowMs() - 60'000);
        const QJsonObject data = QJsonDocument::fromJson(lines.at(0).data.toUtf8()).object();
        QCOMPARE(data.value(QStringLiteral("attachment_id")).toInteger(), attachment);
        QCOMPARE(data.value(QStringLiteral("bytes")).toInteger(), qint64(bytes.size()));
        QVERIFY(lines.at(1).actorName.isEmpty()); // actor 0: the system
        QCOMPARE(lines.at(1).note, QStringLiteral("note.txt"));
    }

    void refusedAttachmentsWriteNothing() {
        const qint64 id = test::insertTicket(*m_db, m_clock.nowMs());
        TicketAttachments store(*m_db, m_clock);
        const auto written = [&] {
            return count(QStringLiteral("SELECT COUNT(*) FROM attachments"), {}) +
                   count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE action = "
                                        "'attachment'"),
                         {});
        };
        const qint64 before = written();
        qint64 attachment = -1;
        QString e;
        QVERIFY(!store.add(0, m_ann, QStringLiteral("a.txt"), QStringLiteral("text/plain"),
                           QByteArray("x"), attachment, e));
        QVERIFY2(e.contains(QLatin1String("ticket")), qPrintable(e));
        QCOMPARE(attachment, qint64(0));
        e.clear();
        QVERIFY(!store.add(id, m_ann, QString(), QStringLiteral("text/plain"), QByteArray("x"),
                           attachment, e));
        QVERIFY2(e.contains(QLatin1String("name")), qPrintable(e));
        // A ticket that is gone: the database refuses, nothing stays.
        e.clear();
        QVERIFY(!store.add(999999, m_ann, QStringLiteral("a.txt"), QStringLiteral("text/plain"),
                           QByteArray("x"), attachment, e));
        QVERIFY(!e.isEmpty());
        // The timeline line cannot be written (no such actor): the file is not kept either.
        e.clear();
        QVERIFY(!store.add(id, 999999, QStringLiteral("a.txt"), QStringLiteral("text/plain"),
                           QByteArray("x"), attachment, e));
        QVERIFY(!e.isEmpty());
        QCOMPARE(attachment, qint64(0));
        QCOMPARE(written(), before);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE ticket_id = ?"), {id}),
            qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTicketDetailQueries)
#include "tst_ticket_detail_queries.moc"

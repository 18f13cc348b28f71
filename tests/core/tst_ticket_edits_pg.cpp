// TicketEdits on PostgreSQL through the server function sb_ticket_edit (migration 013): the
// shared scenarios (ticketeditscases.h) as the installer, who names the actor and the time as
// TicketWorkflow's server path allows (TicketEditsTest's cases), and as a supervisor's own
// login, then what the SERVER refuses to a login whatever the client sends. Also the row-level
// rules of migration 013: private saved filters, the query log, attachments and knowledge-base
// links.
#include "kb/knowledgebase.h"
#include "security_pg_fixture.h"
#include "testsupport.h"
#include "ticketeditstest.h"
#include "tickets/ticketstores.h"

#include <QSqlError>

using namespace sb;

class TestTicketEditsPg final : public TicketEditsTest {
    Q_OBJECT
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_admin, m_super, m_agent, m_other;
    Workflow m_wf;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    quint32 m_suffix = 0;
    QStringList m_logins;
    qint64 m_teamA = 0, m_teamB = 0;
    qint64 m_superId = 0, m_agentId = 0, m_otherId = 0, m_goneId = 0;
    const QString m_password = QStringLiteral("Edits-pass-1");

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    test::edits::Env env() override {
        return {*m_admin, *m_admin, m_wf, m_clock, m_superId, m_agentId, m_goneId, false};
    }

    qint64 createLogin(const char *base, const QString &role, qint64 team) {
        const QString login = QStringLiteral("%1_%2").arg(QLatin1StringView(base)).arg(m_suffix);
        m_logins << login;
        QSqlQuery q;
        QString error;
        if (!m_admin->exec(q, QStringLiteral("SELECT sb_create_login(?, ?, ?, ?, ?, ?)"),
                           {login.toUpper(), login, m_password, role, login, team}, error) ||
            !q.next())
            qFatal("sb_create_login: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

    qint64 ticketInTeam(qint64 team) {
        const qint64 id = test::insertTicket(*m_admin, m_clock.nowMs());
        QString error;
        if (!m_admin->exec(QStringLiteral("UPDATE tickets SET team_id = ? WHERE id = ?"),
                           {team, id}, error))
            qFatal("team: %s", qPrintable(error));
        return id;
    }

    qint64 count(Database &db, const QString &sql, const QVariantList &values = {}) {
        return test::scalar(db, sql, values);
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
        m_url = freshDatabase(QStringLiteral("sb_ticket_edits_pg"));
        QString error;
        m_admin = test::openMigrated(m_url, error);
        QVERIFY2(m_admin, qPrintable(error));
        QVERIFY2(m_wf.load(*m_admin, error), qPrintable(error));
        m_suffix = test::uniqueSuffix();
        QSqlQuery q;
        QVERIFY2(m_admin->exec(q,
                               QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('A', "
                                              "0), ('B', 0) RETURNING id"),
                               {}, error),
                 qPrintable(error));
        QVERIFY(q.next());
        m_teamA = q.value(0).toLongLong();
        QVERIFY(q.next());
        m_teamB = q.value(0).toLongLong();
        q.finish();
        m_superId = createLogin("edsuper", QStringLiteral("supervisor"), m_teamA);
        m_agentId = createLogin("edagent", QStringLiteral("agent"), m_teamA);
        m_otherId = createLogin("edother", QStringLiteral("agent"), m_teamB);
        m_goneId = test::insertStaff(*m_admin, QStringLiteral("Gone Zhao"),
                                     QStringLiteral("gone_%1").arg(m_suffix));
        QVERIFY2(m_admin->exec(QStringLiteral("UPDATE staff SET status = 'inactive' WHERE id = ?"),
                               {m_goneId}, error),
                 qPrintable(error));
        m_super = test::connectAs(m_url, m_logins[0], m_password, error);
        QVERIFY2(m_super, qPrintable(error));
        m_agent = test::connectAs(m_url, m_logins[1], m_password, error);
        QVERIFY2(m_agent, qPrintable(error));
        m_other = test::connectAs(m_url, m_logins[2], m_password, error);
        QVERIFY2(m_other, qPrintable(error));
    }

    void cleanupTestCase() {
        m_super.reset();
        m_agent.reset();
        m_other.reset();
        if (m_admin)
            test::dropLogins(*m_admin, m_logins);
    }

    // A supervisor's own login: the same results; the server stamps actor and time.
    void supervisorBulkReassignAndPriority() {
        QVERIFY2(count(*m_super, QStringLiteral("SELECT has_table_privilege('tickets', "
                                                "'UPDATE')::int")) == 0,
                 "a staff login must not hold UPDATE on tickets");
        test::edits::bulkReassignAndPriority(
            {*m_super, *m_admin, m_wf, m_clock, m_superId, m_agentId, m_goneId, true});
    }
    void supervisorRefusals() {
        test::edits::refusalsWriteNothing(
            {*m_super, *m_admin, m_wf, m_clock, m_superId, m_agentId, m_goneId, true});
    }

    // An agent holds neither tickets.dispatch nor tickets.bulk: the server refuses, even when
    // the client skips the application's check or calls the function itself.
    void serverRefusesWithoutPermission() {
        const qint64 id = ticketInTeam(m_teamA); // the agent may see it
        TicketEdits edits(*m_agent, m_clock);
        QString error;
        QVERIFY(!edits.reassign(id, 1, m_agentId, m_otherId, error));
        QCOMPARE(edits.failure(), TicketEdits::Failure::Forbidden);
        QCOMPARE(error, QStringLiteral("Refused: needs the permission tickets.dispatch."));
        QVERIFY(!edits.setPriority(id, 1, m_agentId, 5, error));
        QCOMPARE(edits.failure(), TicketEdits::Failure::Forbidden);
        QCOMPARE(error, QStringLiteral("Refused: needs the permission tickets.bulk."));
        QVERIFY(!edits.setGreenChannel(id, 1, m_agentId, true, error));
        QCOMPARE(edits.failure(), TicketEdits::Failure::Forbidden);
        QCOMPARE(error, QStringLiteral("Refused: needs the permission tickets.green_channel."));

        QSqlQuery q;
        QVERIFY(!m_agent->exec(
            q, QStringLiteral("SELECT sb_ticket_edit(?, ?, ?, ?, ?, ?, ?)"),
            {id, 1, QStringLiteral("reassign"), m_otherId, QStringLiteral(""), m_superId, 0},
            error));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY2(error.contains(QStringLiteral("tickets.dispatch")), qPrintable(error));
        QVERIFY(!m_agent->exec(QStringLiteral("UPDATE tickets SET priority = 5 WHERE id = ?"), {id},
                               error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QVERIFY(!m_agent->exec(
            QStringLiteral("SELECT sb_ticket_edit(?, ?, 'drop_table', 1, '', NULL, NULL)"), {id, 1},
            error));
        QVERIFY2(error.contains(QStringLiteral("no ticket edit")), qPrintable(error));

        QVERIFY(!m_super->exec(
            QStringLiteral("SELECT sb_ticket_edit(?, ?, 'green_channel', 2, '', NULL, NULL)"),
            {id, 1}, error));
        QVERIFY2(error.contains(QStringLiteral("neither 0")), qPrintable(error));

        QCOMPARE(test::edits::ticketValue(*m_admin, id, "version"), 1);
        QCOMPARE(test::edits::ticketValue(*m_admin, id, "priority"), 0);
        QCOMPARE(test::edits::ticketValue(*m_admin, id, "green_channel"), 0);
        QCOMPARE(test::edits::events(*m_admin, id).size(), 0);
    }

    void supervisorGreenChannel() {
        test::edits::greenChannel(
            {*m_super, *m_admin, m_wf, m_clock, m_superId, m_agentId, m_goneId, true});
    }

    // A temporary grant counts; the ticket must be one the login may see; the actor and the
    // time are the login's and the server's, whatever the client names.
    void temporaryGrantVisibilityAndActor() {
        const qint64 mine = ticketInTeam(m_teamA);
        const qint64 theirs = ticketInTeam(m_teamB);
        QSqlQuery q;
        QString error;
        QVERIFY2(m_admin->exec(q, QStringLiteral("SELECT sb_grant_temp_permission(?, ?, ?)"),
                               {m_logins[1], QStringLiteral("tickets.bulk"),
                                QDateTime::currentMSecsSinceEpoch() + 3'600'000},
                               error) &&
                     q.next(),
                 qPrintable(error));
        const qint64 grant = q.value(0).toLongLong();
        q.finish();

        TicketEdits edits(*m_agent, m_clock);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        // The client claims to be the supervisor, at the clock's (2026) time.
        QVERIFY2(edits.setPriority(mine, 1, m_superId, 6, error, QStringLiteral("urgent")),
                 qPrintable(error));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(test::edits::ticketValue(*m_admin, mine, "priority"), 6);
        const QList<test::edits::EventRow> ev = test::edits::events(*m_admin, mine);
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].actor, m_agentId);
        QCOMPARE(ev[0].note, QStringLiteral("urgent"));
        QVERIFY(ev[0].at >= before && ev[0].at <= after + 1); // server time rounded to the ms

        // A ticket of another team is not the agent's to see: as if it did not exist.
        QVERIFY(!edits.setPriority(theirs, 1, m_agentId, 6, error));
        QCOMPARE(edits.failure(), TicketEdits::Failure::NotFound);
        QCOMPARE(error,
                 QStringLiteral("Ticket #%1 does not exist or is not visible to you.").arg(theirs));
        QCOMPARE(test::edits::ticketValue(*m_admin, theirs, "version"), 1);

        // The grant does not reach reassigning; once revoked, priority is refused again.
        QVERIFY(!edits.reassign(mine, 2, m_agentId, m_otherId, error));
        QCOMPARE(edits.failure(), TicketEdits::Failure::Forbidden);
        QVERIFY2(
            m_admin->exec(QStringLiteral("SELECT sb_revoke_temp_permission(?)"), {grant}, error),
            qPrintable(error));
        QVERIFY(!edits.setPriority(mine, 2, m_agentId, 1, error));
        QCOMPARE(edits.failure(), TicketEdits::Failure::Forbidden);
        QCOMPARE(test::edits::ticketValue(*m_admin, mine, "version"), 2);
        QCOMPARE(test::edits::ticketValue(*m_admin, mine, "priority"), 6);
    }

    // Saved filters are personal: another login neither sees nor changes them.
    void savedFiltersArePrivate() {
        SavedFilter f;
        f.name = QStringLiteral("My billing");
        f.queue = QStringLiteral("all");
        f.filter.category = QStringLiteral("billing");
        QString error;
        QVERIFY2(SavedFilterStore::save(*m_agent, m_agentId, f, error), qPrintable(error));
        QList<SavedFilter> list;
        QVERIFY2(SavedFilterStore::list(*m_agent, m_agentId, list, error), qPrintable(error));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].filter.category, QStringLiteral("billing"));

        // Login B: nothing to see, nothing to change, nothing to save in A's name.
        QVERIFY2(SavedFilterStore::list(*m_other, m_agentId, list, error), qPrintable(error));
        QVERIFY(list.isEmpty());
        QCOMPARE(count(*m_other, QStringLiteral("SELECT COUNT(*) FROM saved_filters")), 0);
        QSqlQuery q;
        QVERIFY2(m_other->exec(q,
                               QStringLiteral("UPDATE saved_filters SET name = 'stolen', "
                                              "definition = '{}' WHERE id = ?"),
                               {f.id}, error),
                 qPrintable(error));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY2(m_other->exec(q, QStringLiteral("DELETE FROM saved_filters WHERE id = ?"), {f.id},
                               error),
                 qPrintable(error));
        QCOMPARE(q.numRowsAffected(), 0);
        SavedFilter forged = f;
        forged.name = QStringLiteral("Planted");
        QVERIFY(!SavedFilterStore::save(*m_other, m_agentId, forged, error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QVERIFY2(SavedFilterStore::remove(*m_other, m_agentId, f.id, error), qPrintable(error));

        // A's filter is untouched; B's own filters work and stay B's.
        QCOMPARE(count(*m_admin,
                       QStringLiteral("SELECT COUNT(*) FROM saved_filters WHERE staff_id = ? AND "
                                      "name = 'My billing' AND definition LIKE '%billing%'"),
                       {m_agentId}),
                 1);
        SavedFilter mine;
        mine.name = QStringLiteral("B's");
        QVERIFY2(SavedFilterStore::save(*m_other, m_otherId, mine, error), qPrintable(error));
        QVERIFY2(SavedFilterStore::list(*m_agent, m_agentId, list, error), qPrintable(error));
        QCOMPARE(list.size(), 1);
        QVERIFY2(SavedFilterStore::remove(*m_agent, m_agentId, f.id, error), qPrintable(error));
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM saved_filters")), 1);
    }

    // Searches are logged under the searcher's own name; supervisors read the log.
    void queryLogUnderOwnName() {
        QString error;
        QVERIFY2(QueryLog::record(*m_agent, m_clock.nowMs(), m_agentId, QStringLiteral("all"), {},
                                  error),
                 qPrintable(error));
        QVERIFY(!QueryLog::record(*m_agent, m_clock.nowMs(), m_otherId, QStringLiteral("all"), {},
                                  error));
        QVERIFY(!m_agent->exec(QStringLiteral("SELECT COUNT(*) FROM query_log"), {}, error));
        QCOMPARE(count(*m_super,
                       QStringLiteral("SELECT COUNT(*) FROM query_log WHERE staff_id = ?"),
                       {m_agentId}),
                 1);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM query_log")), 1);
    }

    // A staff login attaches files to and links articles from the tickets it may see, and
    // reads them back; other tickets stay out of reach.
    void attachmentsAndKbLinks() {
        const qint64 mine = ticketInTeam(m_teamA);
        const qint64 theirs = ticketInTeam(m_teamB);
        static const char raw[] = "%PDF-1.4\n\0\xff binary";
        const QByteArray bytes(raw, sizeof(raw) - 1);
        const QString insert = QStringLiteral("INSERT INTO attachments(ticket_id, name, mime, "
                                              "data, created_at) VALUES (?, ?, ?, ?, ?)");
        QString error;
        QVERIFY2(m_agent->exec(insert,
                               {mine, QStringLiteral("bill.pdf"), QStringLiteral("application/pdf"),
                                bytes, m_clock.nowMs()},
                               error),
                 qPrintable(error));
        QVERIFY(!m_agent->exec(insert,
                               {theirs, QStringLiteral("x.txt"), QStringLiteral("text/plain"),
                                QByteArray("x"), m_clock.nowMs()},
                               error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QVERIFY2(m_super->exec(insert,
                               {theirs, QStringLiteral("log.txt"), QStringLiteral("text/plain"),
                                QByteArray("log"), m_clock.nowMs()},
                               error),
                 qPrintable(error));
        QSqlQuery q;
        QVERIFY2(m_agent->exec(q,
                               QStringLiteral("SELECT name, mime, data FROM attachments WHERE "
                                              "ticket_id IN (?, ?) ORDER BY id"),
                               {mine, theirs}, error),
                 qPrintable(error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("bill.pdf"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(q.value(2).toByteArray(), bytes);
        QVERIFY(!q.next()); // the other team's attachment is not the agent's to read
        q.finish();
        QCOMPARE(count(*m_super,
                       QStringLiteral("SELECT COUNT(*) FROM attachments WHERE ticket_id IN (?, ?)"),
                       {mine, theirs}),
                 2);

        KbArticle article{0, QStringLiteral("case"), QStringLiteral("Double charge refund"),
                          QStringLiteral("Refund the second charge.")};
        KnowledgeBase adminKb(*m_admin, m_clock);
        QVERIFY2(adminKb.save(article, error), qPrintable(error));
        KnowledgeBase kb(*m_agent, m_clock);
        QVERIFY2(kb.link(mine, article.id, m_agentId, error), qPrintable(error));
        QVERIFY2(kb.link(mine, article.id, m_agentId, error), qPrintable(error)); // once
        QList<KbArticle> linked;
        QVERIFY2(kb.linkedTo(mine, linked, error), qPrintable(error));
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked[0].title, article.title);
        QCOMPARE(count(*m_admin,
                       QStringLiteral("SELECT COUNT(*) FROM ticket_kb_links WHERE ticket_id = ? "
                                      "AND linked_by = ?"),
                       {mine, m_agentId}),
                 1);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT uses FROM kb_articles WHERE id = ?"),
                       {article.id}),
                 1);
        // Not on a ticket it may not see, and not in someone else's name.
        QVERIFY(!kb.link(theirs, article.id, m_agentId, error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        KbArticle second{0, QStringLiteral("article"), QStringLiteral("Refund policy"), {}};
        QVERIFY2(adminKb.save(second, error), qPrintable(error));
        QVERIFY(!kb.link(mine, second.id, m_superId, error));
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT uses FROM kb_articles WHERE id = ?"),
                       {second.id}),
                 0);
        // Usage counts (migration 016): own name, visible ticket or none.
        QVERIFY2(kb.countUse(second.id, KnowledgeBase::Use::Viewed, 0, m_agentId, error),
                 qPrintable(error));
        QVERIFY(!kb.countUse(second.id, KnowledgeBase::Use::Used, 0, m_superId, error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QVERIFY(!kb.countUse(second.id, KnowledgeBase::Use::Used, theirs, m_agentId, error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QCOMPARE(count(*m_admin,
                       QStringLiteral("SELECT COUNT(*) FROM kb_usage WHERE article_id = ?"),
                       {second.id}),
                 1);
        // A supervisor links any ticket; the agent does not see that link.
        KnowledgeBase superKb(*m_super, m_clock);
        QVERIFY2(superKb.link(theirs, second.id, m_superId, error), qPrintable(error));
        QVERIFY2(superKb.linkedTo(theirs, linked, error), qPrintable(error));
        QCOMPARE(linked.size(), 1);
        QVERIFY2(kb.linkedTo(theirs, linked, error), qPrintable(error));
        QVERIFY(linked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTicketEditsPg)
#include "moc_ticketeditstest.cpp"
#include "tst_ticket_edits_pg.moc"

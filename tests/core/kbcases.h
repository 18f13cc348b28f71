#pragma once
// Shared by tst_kb (SQLite FTS5) and tst_kb_pg (tsvector): search, edit, links, usage.

#include "kb/knowledgebase.h"
#include "testsupport.h"
#include "tickets/ticketstore.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

namespace sb::test::kb {

inline QStringList titles(const QList<KbHit> &hits) {
    QStringList out;
    for (const KbHit &h : hits)
        out << h.title;
    return out;
}

inline void searchEditLinkCount(const DatabaseUrl &url) {
    QString error;
    auto db = openMigrated(url, error);
    QVERIFY2(db, qPrintable(error));
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    KnowledgeBase kb(*db, clock);

    KbArticle refund{0, QStringLiteral("article"), QStringLiteral("Refund policy"),
                     QStringLiteral("Customers may ask for money back within 14 days.")};
    KbArticle login{0, QStringLiteral("known_issue"), QStringLiteral("Login failures after update"),
                    QStringLiteral("Clear the cache. A refund is not offered for this.")};
    KbArticle other{0, QStringLiteral("case"), QStringLiteral("Café déjà vu"),
                    QStringLiteral("Unicode words: naïve résumé; 退款 流程")};
    for (KbArticle *a : {&refund, &login, &other})
        QVERIFY2(kb.save(*a, error), qPrintable(error));
    QVERIFY(refund.id > 0 && login.id > refund.id && other.id > login.id);

    QList<KbHit> hits;
    // A title match outranks a body match; both are found.
    QVERIFY2(kb.search(QStringLiteral("refund"), 10, hits, error), qPrintable(error));
    QCOMPARE(titles(hits), (QStringList{refund.title, login.title}));
    QVERIFY2(hits[1].snippet.contains(QLatin1StringView("[refund]"), Qt::CaseInsensitive),
             qPrintable(hits[1].snippet));
    // Prefixes, several words (all required), case and accents as written.
    QVERIFY(kb.search(QStringLiteral("LOG fail"), 10, hits, error));
    QCOMPARE(titles(hits), QStringList{login.title});
    QVERIFY(kb.search(QStringLiteral("déjà"), 10, hits, error));
    QCOMPARE(titles(hits), QStringList{other.title});
    QVERIFY(kb.search(QStringLiteral("退款"), 10, hits, error));
    QCOMPARE(titles(hits), QStringList{other.title});
    // Hostile search text is only words.
    QVERIFY2(
        kb.search(QStringLiteral("\"); DROP TABLE kb_articles; -- NEAR( * : & |"), 10, hits, error),
        qPrintable(error));
    QVERIFY(hits.isEmpty());
    QVERIFY(kb.search(QStringLiteral("refund nothinglikethis"), 10, hits, error));
    QVERIFY(hits.isEmpty());

    // Editing re-indexes: the old words are gone, the new ones found.
    clock.advance(60000);
    refund.title = QStringLiteral("Return policy");
    refund.body = QStringLiteral("Goods may be returned within 30 days.");
    QVERIFY2(kb.save(refund, error), qPrintable(error));
    QVERIFY(kb.search(QStringLiteral("refund"), 10, hits, error));
    QCOMPARE(titles(hits), QStringList{login.title});
    QVERIFY(kb.search(QStringLiteral("returned"), 10, hits, error));
    QCOMPARE(titles(hits), QStringList{refund.title});
    const auto got = kb.get(refund.id, error);
    QVERIFY(got);
    QCOMPARE(got->body, refund.body);
    QCOMPARE(got->updatedAt, clock.nowMs());

    KbArticle bad;
    bad.kind = QStringLiteral("memo");
    bad.title = QStringLiteral("x");
    QVERIFY(!kb.save(bad, error));
    QVERIFY(error.startsWith(QLatin1StringView("kind")));
    bad.kind = QStringLiteral("article");
    bad.title = QStringLiteral("  ");
    QVERIFY(!kb.save(bad, error));
    QVERIFY(error.startsWith(QLatin1StringView("title")));

    // Links from a ticket count once; every use is logged for reports.
    Complaint c;
    c.receivedAt = clock.now();
    c.problemType = QStringLiteral("login_failure");
    c.source = QStringLiteral("t");
    c.externalId = QStringLiteral("1");
    InsertResult inserted;
    QVERIFY2(TicketStore(*db).insert({c}, clock.nowMs(), inserted, error), qPrintable(error));
    QSqlQuery q(db->db());
    QVERIFY(db->exec(q, QStringLiteral("SELECT id FROM tickets"), {}, error) && q.next());
    const qint64 ticket = q.value(0).toLongLong();
    QVERIFY2(kb.link(ticket, login.id, 0, error), qPrintable(error));
    QVERIFY(kb.link(ticket, login.id, 0, error));
    QVERIFY(kb.countUse(login.id, KnowledgeBase::Use::Viewed, ticket, 0, error));
    const auto kbChanges = [&] {
        QSqlQuery changes(db->db());
        QString err;
        db->exec(changes,
                 QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'kb_article'"), {},
                 err);
        return changes.next() ? changes.value(0).toLongLong() : -1;
    };
    QCOMPARE(kbChanges(), 4); // three inserts, one edit
    QVERIFY(kb.countUse(refund.id, KnowledgeBase::Use::Used, 0, 0, error));
    QCOMPARE(kbChanges(), 4); // a use is not a content change
    QVERIFY(!kb.countUse(99999, KnowledgeBase::Use::Used, 0, 0, error));
    QList<KbArticle> linked;
    QVERIFY(kb.linkedTo(ticket, linked, error));
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked[0].id, login.id);
    QCOMPARE(linked[0].uses, 2);
    QList<KbUsage> usage;
    QVERIFY(kb.usage(clock.nowMs(), clock.nowMs() + 1, usage, error));
    QCOMPARE(usage.size(), 2);
    QCOMPARE(usage[0].articleId, login.id);
    QCOMPARE(usage[0].uses, 2);
    QCOMPARE(usage[1].uses, 1);
    QVERIFY(kb.usage(clock.nowMs() + 1, clock.nowMs() + 2, usage, error));
    QVERIFY(usage.isEmpty());
    // Empty search: most used first.
    QVERIFY(kb.search(QString(), 10, hits, error));
    QCOMPARE(hits.first().title, login.title);

    // The ticket's timeline: one line for the link (not for linking twice), one for the unlink;
    // unlinking what is not linked writes nothing.
    QVERIFY2(kb.unlink(ticket, login.id, 0, error), qPrintable(error));
    QVERIFY(kb.linkedTo(ticket, linked, error));
    QVERIFY(linked.isEmpty());
    QVERIFY2(kb.unlink(ticket, login.id, 0, error), qPrintable(error));
    QSqlQuery ev(db->db());
    QVERIFY(db->exec(ev,
                     QStringLiteral("SELECT action, note, data FROM ticket_events WHERE ticket_id "
                                    "= ? ORDER BY id"),
                     {ticket}, error));
    QStringList lines;
    while (ev.next())
        lines << ev.value(0).toString() + u'|' + ev.value(1).toString() + u'|' +
                     ev.value(2).toString();
    const QString data = QStringLiteral("{\"article_id\":%1}").arg(login.id);
    QCOMPARE(lines, (QStringList{QStringLiteral("kb_link|") + login.title + u'|' + data,
                                 QStringLiteral("kb_unlink|") + login.title + u'|' + data}));
}

} // namespace sb::test::kb

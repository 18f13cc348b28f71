#pragma once
// Report section knowledge_base against figures computed here from the fixture's own lists:
// articles used (kb_usage), top searches and searches that found nothing (query_log, written
// through QueryLog as the Tickets place writes it).

#include "reports/knowledgebasesection.h"
#include "reportscorecases.h"
#include "reporttrendcases.h"
#include "tickets/ticketstores.h"

namespace sb::test::report {

inline void knowledgeBase(const DatabaseUrl &url) {
    QString e;
    auto db = openMigrated(url, e);
    QVERIFY2(db, qPrintable(e));
    const qint64 t0 = day0();
    const ReportWindow w = dayWindow();
    const QStringList kinds{QStringLiteral("article"), QStringLiteral("known_issue"),
                            QStringLiteral("case")};
    QList<qint64> articles;
    for (int i = 0; i < 3; ++i)
        articles.append(insertId(*db,
                                 QStringLiteral("INSERT INTO kb_articles(kind, title, created_at, "
                                                "updated_at) VALUES (?, ?, 0, 0)"),
                                 {kinds[i], QStringLiteral("Article %1").arg(i)}));
    QList<qint64> tickets;
    for (int i = 0; i < 4; ++i)
        tickets.append(ticketAt(*db, t0 - kDay));
    struct Use {
        int article;
        int ticket; // -1: none
        qint64 at;
        QString action;
    };
    const QList<Use> uses{
        {0, 0, t0 + kHour, QStringLiteral("viewed")},
        {0, 0, t0 + 2 * kHour, QStringLiteral("linked")},
        {0, 1, t0 + 3 * kHour, QStringLiteral("used")},
        {0, -1, t0 + 4 * kHour, QStringLiteral("viewed")},
        {0, 2, t0 - 1, QStringLiteral("viewed")}, // before
        {1, 3, t0, QStringLiteral("linked")},
        {1, 3, t0 + kDay, QStringLiteral("linked")}, // on the end
        {2, 0, t0 - kHour, QStringLiteral("used")},  // before
    };
    for (const Use &u : uses)
        exec(*db,
             QStringLiteral("INSERT INTO kb_usage(article_id, ticket_id, at, action) VALUES (?, "
                            "?, ?, ?)"),
             {articles[u.article],
              u.ticket >= 0 ? QVariant(tickets[u.ticket]) : QVariant(QMetaType::fromType<qint64>()),
              u.at, u.action});

    // Searches, by a staff member as their own login (PostgreSQL: only they set the count).
    const qint64 searcher =
        staffWithRole(*db, QStringLiteral("rkb_searcher"), QStringLiteral("agent"));
    std::unique_ptr<Database> login;
    if (db->dialect() == Dialect::PostgreSQL)
        login =
            pgLoginFor(*db, QStringLiteral("rkb_searcher"), searcher, QStringLiteral("sb_agent"));
    Database &as = login ? *login : *db;
    struct Search {
        QString text;
        qint64 at;
        qint64 results; // -1: never counted
    };
    const QList<Search> searches{
        {QStringLiteral("Router "), t0 + kHour, 0},
        {QStringLiteral("router"), t0 + 2 * kHour, 0},
        {QStringLiteral("ROUTER"), t0 + 3 * kHour, 5},
        {QStringLiteral("router"), t0 + 4 * kHour, -1},
        {QStringLiteral("billing"), t0 + 5 * kHour, 3},
        {QStringLiteral("billing"), t0 + 6 * kHour, 0},
        {QString(), t0 + 7 * kHour, 0},        // no text
        {QStringLiteral("router"), t0 - 1, 0}, // before
    };
    for (const Search &s : searches) {
        TicketFilter f;
        f.text = s.text;
        qint64 id = 0;
        QVERIFY2(QueryLog::recordSearch(as, s.at, searcher, QStringLiteral("all"), f, id, e),
                 qPrintable(e));
        QVERIFY(id > 0);
        // PostgreSQL stamps a login's rows with the server's time: put it where the test wants.
        exec(*db, QStringLiteral("UPDATE query_log SET at = ? WHERE id = ?"), {s.at, id});
        if (s.results >= 0) {
            QVERIFY2(QueryLog::setResults(as, id, searcher, s.results, e), qPrintable(e));
            // Once: a later count (a live refresh) changes nothing.
            QVERIFY2(QueryLog::setResults(as, id, searcher, s.results + 7, e), qPrintable(e));
        }
    }
    TicketFilter exported;
    exported.text = QStringLiteral("router");
    QVERIFY2(QueryLog::record(as, t0 + kHour, searcher, QStringLiteral("all"), exported, e,
                              QStringLiteral("export")),
             qPrintable(e));
    exec(*db, QStringLiteral("UPDATE query_log SET at = ? WHERE at > ?"), {t0 + kHour, t0 + kDay});

    // Expected, from the lists.
    QMap<int, KbArticleUse> expected;
    QMap<int, QSet<qint64>> ticketsOf;
    qint64 total = 0;
    for (const Use &u : uses) {
        if (!w.contains(u.at))
            continue;
        ++total;
        KbArticleUse &a = expected[u.article];
        a.uses++;
        (u.action == QLatin1StringView("viewed")   ? a.viewed
         : u.action == QLatin1StringView("linked") ? a.linked
                                                   : a.used)++;
        if (u.ticket >= 0)
            ticketsOf[u.article].insert(tickets[u.ticket]);
    }
    QMap<QString, qint64> top, empty;
    for (const Search &s : searches) {
        const QString key = s.text.trimmed().toLower();
        if (!w.contains(s.at) || key.isEmpty())
            continue;
        top[key]++;
        if (s.results == 0)
            empty[key]++;
    }

    KnowledgeBaseFigures f;
    QVERIFY2(KnowledgeBaseSection::load(*db, w, ReportSettings(), f, e), qPrintable(e));
    QCOMPARE(f.uses, total);
    QCOMPARE(f.articlesUsed, qint64(expected.size()));
    QCOMPARE(f.articles.size(), expected.size());
    QCOMPARE(f.articles.first().articleId, articles[0]); // most used first
    for (const KbArticleUse &a : f.articles) {
        const int i = int(articles.indexOf(a.articleId));
        QCOMPARE(a.uses, expected[i].uses);
        QCOMPARE(a.viewed, expected[i].viewed);
        QCOMPARE(a.linked, expected[i].linked);
        QCOMPARE(a.used, expected[i].used);
        QCOMPARE(a.kind, kinds[i]);
        QCOMPARE(a.tickets, qint64(ticketsOf.value(i).size()));
        expectDrill<KnowledgeBaseSection>(*db,
                                          {QStringLiteral("knowledge_base"),
                                           QStringLiteral("tickets"), QStringLiteral("article"),
                                           QString::number(a.articleId), w.startMs, w.endMs},
                                          ticketsOf.value(i));
    }
    QCOMPARE(f.topSearches.size(), top.size());
    for (const reportsql::KeyCount &k : f.topSearches)
        QCOMPARE(k.count, top.value(k.key));
    QCOMPARE(f.topSearches.first(), (reportsql::KeyCount{QStringLiteral("router"), 4}));
    QCOMPARE(f.emptySearches.size(), empty.size());
    for (const reportsql::KeyCount &k : f.emptySearches)
        QCOMPARE(k.count, empty.value(k.key));
    QCOMPARE(f.emptySearches.first(), (reportsql::KeyCount{QStringLiteral("router"), 2}));
    const QJsonObject json = KnowledgeBaseSection::toJson(f);
    QCOMPARE(json.value(QStringLiteral("empty_searches"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("billing"));
}

} // namespace sb::test::report

#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

struct KbArticle {
    qint64 id = 0;
    QString kind = QStringLiteral("article"); // article, case, known_issue
    QString title;
    QString body;
    qint64 uses = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct KbHit {
    qint64 id = 0;
    QString kind;
    QString title;
    QString snippet; // plain text; matches between [ and ]
    qint64 uses = 0;
};

struct KbUsage {
    qint64 articleId = 0;
    QString title;
    qint64 uses = 0; // in the period
};

// The knowledge base / case library: articles, cases and known issues with full-text search
// (SQLite FTS5 with bm25, title weighted 10:1; PostgreSQL tsvector 'simple' with ts_rank,
// title weight A), links from tickets, and every use logged for reports.
// Search text is split into words (letters and digits); every word must match, as a prefix.
class KnowledgeBase {
    Q_DECLARE_TR_FUNCTIONS(sb::KnowledgeBase)

public:
    enum class Use { Viewed, Linked, Used };

    KnowledgeBase(Database &db, const Clock &clock);

    // Best first. Empty text lists the most used articles.
    bool search(const QString &text, int limit, QList<KbHit> &hits, QString &error) const;
    std::optional<KbArticle> get(qint64 id, QString &error) const;
    // Inserts (id 0; sets id) or updates. Title must not be empty; kind must be known.
    bool save(KbArticle &article, QString &error);
    // Links a ticket to an article (once), counts the use and notes it in the ticket's
    // timeline (action "kb_link").
    bool link(qint64 ticketId, qint64 articleId, qint64 staffId, QString &error);
    // Removes the link (the use stays counted) and notes it in the timeline ("kb_unlink");
    // a link that is not there is not an error and writes nothing.
    bool unlink(qint64 ticketId, qint64 articleId, qint64 staffId, QString &error);
    bool linkedTo(qint64 ticketId, QList<KbArticle> &articles, QString &error) const;
    // Articles that look related to a ticket: the known issue `knownIssueId` (0: none) first,
    // then cases and known issues whose title or body mention `problemType`, most used first.
    // `hits` carry no snippet.
    bool related(qint64 knownIssueId, const QString &problemType, int limit, QList<KbHit> &hits,
                 QString &error) const;
    // Adds one to the article's uses and logs it (ticketId/staffId 0 when none).
    bool countUse(qint64 articleId, Use use, qint64 ticketId, qint64 staffId, QString &error);
    // Uses per article in [fromMs, toMs), most used first.
    bool usage(qint64 fromMs, qint64 toMs, QList<KbUsage> &rows, QString &error) const;

    // The words of a search text (lower case), as the queries use them.
    static QStringList words(const QString &text);
    static QStringList kinds();

private:
    bool countUseInTransaction(qint64 articleId, Use use, qint64 ticketId, qint64 staffId,
                               QString &error);
    QString articleTitle(qint64 articleId) const; // empty when unknown

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

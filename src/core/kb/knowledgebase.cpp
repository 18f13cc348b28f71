#include "kb/knowledgebase.h"

#include "storage/dialect.h"

#include "tickets/tickettimeline.h"

#include <QSqlQuery>

namespace sb {

namespace {
QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
QString useKey(KnowledgeBase::Use use) {
    switch (use) {
    case KnowledgeBase::Use::Viewed:
        return QStringLiteral("viewed");
    case KnowledgeBase::Use::Linked:
        return QStringLiteral("linked");
    case KnowledgeBase::Use::Used:
        break;
    }
    return QStringLiteral("used");
}
} // namespace

KnowledgeBase::KnowledgeBase(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

QStringList KnowledgeBase::kinds() {
    return {QStringLiteral("article"), QStringLiteral("case"), QStringLiteral("known_issue")};
}

QStringList KnowledgeBase::words(const QString &text) {
    QStringList out;
    QString word;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            word += ch.toLower();
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    out.removeDuplicates();
    return out.mid(0, 16);
}

bool KnowledgeBase::search(const QString &text, int limit, QList<KbHit> &hits,
                           QString &error) const {
    hits.clear();
    const QStringList w = words(text);
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    bool ok = false;
    if (w.isEmpty()) {
        ok =
            m_db.exec(q,
                      QStringLiteral("SELECT id, kind, title, SUBSTR(body, 1, 160), uses FROM "
                                     "kb_articles ORDER BY uses DESC, updated_at DESC, id LIMIT ?"),
                      {limit}, error);
    } else if (m_db.dialect() == Dialect::SQLite) {
        // Words hold letters and digits only; quoted, each is a prefix term, all required.
        QStringList terms;
        for (const QString &word : w)
            terms << QStringLiteral("\"%1\"*").arg(word);
        ok = m_db.exec(
            q,
            QStringLiteral("SELECT a.id, a.kind, a.title, snippet(kb_fts, 1, '[', ']', '…', 16), "
                           "a.uses FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid WHERE "
                           "kb_fts MATCH ? ORDER BY bm25(kb_fts, 10.0, 1.0), a.uses DESC, a.id "
                           "LIMIT ?"),
            {terms.join(QLatin1Char(' ')), limit}, error);
    } else {
        QStringList terms;
        for (const QString &word : w)
            terms << word + QStringLiteral(":*");
        ok = m_db.exec(
            q,
            QStringLiteral(
                "SELECT a.id, a.kind, a.title, ts_headline('simple', a.body, t.q, "
                "'StartSel=[, StopSel=], MaxWords=24, MinWords=8'), a.uses FROM kb_articles a, "
                "to_tsquery('simple', ?) AS t(q) WHERE a.search @@ t.q ORDER BY "
                "ts_rank(a.search, t.q) DESC, a.uses DESC, a.id LIMIT ?"),
            {terms.join(QStringLiteral(" & ")), limit}, error);
    }
    if (!ok)
        return false;
    while (q.next()) {
        hits.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString().simplified(), q.value(4).toLongLong()});
    }
    return true;
}

std::optional<KbArticle> KnowledgeBase::get(qint64 id, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, kind, title, body, uses, created_at, updated_at "
                                  "FROM kb_articles WHERE id = ?"),
                   {id}, error))
        return std::nullopt;
    if (!q.next()) {
        error = tr("Knowledge-base article %1 does not exist.").arg(id);
        return std::nullopt;
    }
    return KbArticle{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toLongLong(),
                     q.value(6).toLongLong()};
}

bool KnowledgeBase::save(KbArticle &a, QString &error) {
    a.title = a.title.trimmed();
    if (a.title.isEmpty()) {
        error = tr("title: an article needs a title");
        return false;
    }
    if (!kinds().contains(a.kind)) {
        error = tr("kind: \"%1\" is not one of article, case, known_issue").arg(a.kind);
        return false;
    }
    if (a.title.contains(QChar(0)) || a.body.contains(QChar(0))) {
        error = tr("text: contains a NUL character");
        return false;
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.db());
    if (a.id == 0) {
        if (!dialect::insertReturningId(m_db,
                                        QStringLiteral("INSERT INTO kb_articles(kind, title, "
                                                       "body, created_at, updated_at) VALUES "
                                                       "(?, ?, ?, ?, ?)"),
                                        {a.kind, a.title, textValue(a.body), now, now}, a.id,
                                        error))
            return false;
        a.createdAt = now;
        a.updatedAt = now;
        return a.id > 0;
    }
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE kb_articles SET kind = ?, title = ?, body = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   {a.kind, a.title, textValue(a.body), now, a.id}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        error = tr("Knowledge-base article %1 does not exist.").arg(a.id);
        return false;
    }
    a.updatedAt = now;
    return true;
}

bool KnowledgeBase::countUseInTransaction(qint64 articleId, Use use, qint64 ticketId,
                                          qint64 staffId, QString &error) {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("UPDATE kb_articles SET uses = uses + 1 WHERE id = ?"),
                   {articleId}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        error = tr("Knowledge-base article %1 does not exist.").arg(articleId);
        return false;
    }
    return m_db.exec(
        QStringLiteral("INSERT INTO kb_usage(article_id, ticket_id, staff_id, at, "
                       "action) VALUES (?, ?, ?, ?, ?)"),
        {articleId, idOrNull(ticketId), idOrNull(staffId), m_clock.nowMs(), useKey(use)}, error);
}

bool KnowledgeBase::countUse(qint64 articleId, Use use, qint64 ticketId, qint64 staffId,
                             QString &error) {
    return m_db.transaction(
        [&](QString &err) { return countUseInTransaction(articleId, use, ticketId, staffId, err); },
        error);
}

bool KnowledgeBase::link(qint64 ticketId, qint64 articleId, qint64 staffId, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("INSERT INTO ticket_kb_links(ticket_id, article_id, "
                                          "linked_by, linked_at) VALUES (?, ?, ?, ?) ON CONFLICT "
                                          "(ticket_id, article_id) DO NOTHING"),
                           {ticketId, articleId, idOrNull(staffId), m_clock.nowMs()}, err))
                return false;
            if (q.numRowsAffected() == 0)
                return true; // already linked: not a new use
            return countUseInTransaction(articleId, Use::Linked, ticketId, staffId, err) &&
                   recordTicketEvent(m_db, ticketId, m_clock.nowMs(), staffId,
                                     QStringLiteral("kb_link"), articleTitle(articleId),
                                     {{QStringLiteral("article_id"), articleId}}, err);
        },
        error);
}

bool KnowledgeBase::unlink(qint64 ticketId, qint64 articleId, qint64 staffId, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            const QString title = articleTitle(articleId);
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("DELETE FROM ticket_kb_links WHERE ticket_id = ? AND "
                                          "article_id = ?"),
                           {ticketId, articleId}, err))
                return false;
            if (q.numRowsAffected() == 0)
                return true;
            return recordTicketEvent(m_db, ticketId, m_clock.nowMs(), staffId,
                                     QStringLiteral("kb_unlink"), title,
                                     {{QStringLiteral("article_id"), articleId}}, err);
        },
        error);
}

QString KnowledgeBase::articleTitle(qint64 articleId) const {
    QSqlQuery q(m_db.db());
    QString ignored;
    if (m_db.exec(q, QStringLiteral("SELECT title FROM kb_articles WHERE id = ?"), {articleId},
                  ignored) &&
        q.next())
        return q.value(0).toString();
    return {};
}

bool KnowledgeBase::linkedTo(qint64 ticketId, QList<KbArticle> &articles, QString &error) const {
    articles.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT a.id, a.kind, a.title, a.body, a.uses, a.created_at, "
                                  "a.updated_at FROM ticket_kb_links l JOIN kb_articles a ON "
                                  "a.id = l.article_id WHERE l.ticket_id = ? ORDER BY l.linked_at, "
                                  "a.id"),
                   {ticketId}, error))
        return false;
    while (q.next()) {
        articles.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                            q.value(6).toLongLong()});
    }
    return true;
}

bool KnowledgeBase::related(qint64 knownIssueId, const QString &problemType, int limit,
                            QList<KbHit> &hits, QString &error) const {
    hits.clear();
    const QString typeLike = QStringLiteral("%") + problemType + QStringLiteral("%");
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(q,
                   QStringLiteral("SELECT k.id, k.kind, k.title, k.uses FROM kb_articles k WHERE "
                                  "k.id = ? OR (k.kind IN ('case', 'known_issue') AND "
                                  "(k.title LIKE ? OR k.body LIKE ?)) ORDER BY "
                                  "CASE WHEN k.id = ? THEN 0 ELSE 1 END, k.uses DESC LIMIT ?"),
                   {knownIssueId, typeLike, typeLike, knownIssueId, limit}, error))
        return false;
    while (q.next())
        hits.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        QString(), q.value(3).toLongLong()});
    return true;
}

bool KnowledgeBase::usage(qint64 fromMs, qint64 toMs, QList<KbUsage> &rows, QString &error) const {
    rows.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT u.article_id, a.title, COUNT(*) AS n FROM kb_usage u "
                                  "JOIN kb_articles a ON a.id = u.article_id WHERE u.at >= ? AND "
                                  "u.at < ? GROUP BY u.article_id, a.title ORDER BY n DESC, "
                                  "u.article_id"),
                   {fromMs, toMs}, error))
        return false;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return true;
}

} // namespace sb

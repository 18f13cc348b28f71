#include "reports/knowledgebasesection.h"

#include "storage/dialect.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace sb {

namespace {

// Ticket searches in [?, ?) with a free text, not exports: column "text" (lower case,
// trimmed) and "results" (NULL: not known).
QString searchesSql(Dialect d) {
    return QStringLiteral("SELECT LOWER(TRIM(%1)) AS text, l.results AS results FROM query_log "
                          "l WHERE l.at >= ? AND l.at < ? AND %2 IS NULL")
        .arg(dialect::jsonMember(d, QLatin1StringView("l.filter"), QLatin1StringView("text")),
             dialect::jsonMember(d, QLatin1StringView("l.filter"), QLatin1StringView("purpose")));
}

} // namespace

bool KnowledgeBaseSection::load(Database &db, const ReportWindow &w, const ReportSettings &s,
                                KnowledgeBaseFigures &out, QString &error) {
    out = {};
    const int top = qMax(1, s.topLimit);
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT u.article_id) FROM kb_usage u "
                                "WHERE u.at >= ? AND u.at < ?"),
                 {w.startMs, w.endMs}, error))
        return false;
    if (q.next()) {
        out.uses = q.value(0).toLongLong();
        out.articlesUsed = q.value(1).toLongLong();
    }
    // The tickets of a use count when the reader may see them (a join, for row security).
    if (!db.exec(q,
                 QStringLiteral(
                     "SELECT a.id, a.title, a.kind, COUNT(*), SUM(CASE WHEN u.action = 'viewed' "
                     "THEN 1 ELSE 0 END), SUM(CASE WHEN u.action = 'linked' THEN 1 ELSE 0 END), "
                     "SUM(CASE WHEN u.action = 'used' THEN 1 ELSE 0 END), (SELECT COUNT(DISTINCT "
                     "t.id) FROM kb_usage v JOIN tickets t ON t.id = v.ticket_id WHERE "
                     "v.article_id = a.id AND v.at >= ? AND v.at < ?) FROM kb_usage u JOIN "
                     "kb_articles a ON a.id = u.article_id WHERE u.at >= ? AND u.at < ? GROUP BY "
                     "a.id, a.title, a.kind ORDER BY 4 DESC, a.id LIMIT ?"),
                 {w.startMs, w.endMs, w.startMs, w.endMs, top}, error))
        return false;
    while (q.next())
        out.articles.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toLongLong(), q.value(4).toLongLong(),
                             q.value(5).toLongLong(), q.value(6).toLongLong(),
                             q.value(7).toLongLong()});
    q.finish();
    if (!dialect::maySelect(db, QLatin1StringView("query_log"), out.searchesRead, error))
        return false;
    if (!out.searchesRead)
        return true;
    const QString searches = searchesSql(db.dialect());
    return reportsql::keyCounts(db,
                                QStringLiteral("SELECT s.text, COUNT(*) FROM (") + searches +
                                    QStringLiteral(") s WHERE s.text <> '' GROUP BY s.text "
                                                   "ORDER BY 2 DESC, s.text LIMIT ?"),
                                {w.startMs, w.endMs, top}, out.topSearches, error) &&
           reportsql::keyCounts(db,
                                QStringLiteral("SELECT s.text, COUNT(*) FROM (") + searches +
                                    QStringLiteral(") s WHERE s.text <> '' AND s.results = 0 "
                                                   "GROUP BY s.text ORDER BY 2 DESC, s.text "
                                                   "LIMIT ?"),
                                {w.startMs, w.endMs, top}, out.emptySearches, error);
}

QJsonObject KnowledgeBaseSection::toJson(const KnowledgeBaseFigures &f) {
    QJsonArray articles;
    for (const KbArticleUse &a : f.articles)
        articles.append(QJsonObject{{QStringLiteral("id"), a.articleId},
                                    {QStringLiteral("title"), a.title},
                                    {QStringLiteral("kind"), a.kind},
                                    {QStringLiteral("uses"), a.uses},
                                    {QStringLiteral("viewed"), a.viewed},
                                    {QStringLiteral("linked"), a.linked},
                                    {QStringLiteral("used"), a.used},
                                    {QStringLiteral("tickets"), a.tickets}});
    return {
        {QStringLiteral("uses"), f.uses},
        {QStringLiteral("articles_used"), f.articlesUsed},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("top_searches"), reportsql::toJson(f.topSearches, QStringLiteral("text"))},
        {QStringLiteral("empty_searches"),
         reportsql::toJson(f.emptySearches, QStringLiteral("text"))}};
}

bool KnowledgeBaseSection::ticketIds(Database &db, const ReportDrill &d, int limit,
                                     QList<qint64> &out, bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    if (d.measure != QLatin1StringView("tickets") || d.dimension != QLatin1StringView("article")) {
        error = reportsql::unknownDrill(d);
        return false;
    }
    return reportsql::ticketIds(db,
                                QStringLiteral("SELECT t.id AS id FROM kb_usage v JOIN tickets t "
                                               "ON t.id = v.ticket_id WHERE v.article_id = ? AND "
                                               "v.at >= ? AND v.at < ?"),
                                {d.value.toLongLong(), d.startMs, d.endMs}, limit, out, truncated,
                                error);
}

} // namespace sb

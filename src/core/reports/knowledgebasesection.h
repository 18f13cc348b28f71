#pragma once

#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "reports/sectionsql.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace sb {

// One knowledge-base article used in the window (kb_usage).
struct KbArticleUse {
    qint64 articleId = 0;
    QString title;
    QString kind;    // "article", "case", "known_issue"
    qint64 uses = 0; // every logged use: viewed, linked or used
    qint64 viewed = 0;
    qint64 linked = 0;
    qint64 used = 0;    // inserted into a reply
    qint64 tickets = 0; // distinct tickets it was used on
};

struct KnowledgeBaseFigures {
    qint64 uses = 0;              // every use in the window
    qint64 articlesUsed = 0;      // distinct articles
    QList<KbArticleUse> articles; // most used first, at most topLimit
    // Ticket searches with a free text (query_log; exports left out), by the text in lower
    // case and trimmed, most frequent first.
    QList<reportsql::KeyCount> topSearches;
    // Those searches that found no ticket (the result count the Tickets place logs).
    QList<reportsql::KeyCount> emptySearches;
    // False when the reader may not read the search log (on PostgreSQL: supervisors, managers
    // and administrators do): the two lists are then empty.
    bool searchesRead = true;
};

// Section "knowledge_base": articles used (kb_usage), top searches and searches that found
// nothing (query_log), in the window. Searches are not tickets and have no drill; an
// article's tickets drill as "tickets" by dimension "article" (its id).
class KnowledgeBaseSection {
    Q_DECLARE_TR_FUNCTIONS(sb::KnowledgeBaseSection)
public:
    static constexpr auto kKey = "knowledge_base";
    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     KnowledgeBaseFigures &out, QString &error);
    static QJsonObject toJson(const KnowledgeBaseFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb

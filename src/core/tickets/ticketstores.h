#pragma once

#include "storage/database.h"
#include "tickets/ticketquery.h"

#include <QCoreApplication>
#include <QList>

namespace sb {

struct SavedFilter {
    qint64 id = 0;
    QString name;
    QString queue; // queue key the filter was saved with
    TicketFilter filter;
};

// A user's named filters (table saved_filters; definition = {"queue": …, "filter": {…}}).
class SavedFilterStore {
    Q_DECLARE_TR_FUNCTIONS(SavedFilterStore)
public:
    static bool list(Database &db, qint64 staffId, QList<SavedFilter> &out, QString &error);
    // Inserts or replaces the filter of that name.
    static bool save(Database &db, qint64 staffId, SavedFilter &filter, QString &error);
    static bool remove(Database &db, qint64 staffId, qint64 id, QString &error);
};

// The audit log of ticket searches (table query_log): who searched for what, and when.
class QueryLog {
public:
    // `purpose` (e.g. "export") is stored in the filter JSON as "purpose"; empty = a search.
    static bool record(Database &db, qint64 nowMs, qint64 staffId, const QString &queue,
                       const TicketFilter &filter, QString &error,
                       const QString &purpose = QString());
    // Logs a search like record() and gives the new row's id, for setResults().
    static bool recordSearch(Database &db, qint64 nowMs, qint64 staffId, const QString &queue,
                             const TicketFilter &filter, qint64 &id, QString &error);
    // How many tickets search `id` of `staffId` found (once; later calls change nothing): the
    // reports list the searches that found nothing. On PostgreSQL only the searching login
    // sets it (sb_query_log_results).
    static bool setResults(Database &db, qint64 id, qint64 staffId, qint64 results, QString &error);
};

} // namespace sb

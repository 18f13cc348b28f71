#pragma once

#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sb {

// What to read of the audit log. Text filters are typed by a person: they are matched
// literally (% and _ mean themselves), in any case, and always bound.
struct AuditLogFilter {
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    QString actor;   // contains, any case
    QString action;  // exact; empty: any
    QString entity;  // exact; empty: any
    QString text;    // contains (actor, action, entity or detail), any case
};

// One audit_log row.
struct AuditLogEntry {
    qint64 id = 0;
    qint64 at = 0; // ms since the epoch
    QString actor;
    QString action;
    QString entity;
    std::optional<qint64> entityId;
    QString detail; // JSON as written
};

// What to read of the ticket search log (query_log).
struct SearchLogFilter {
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    QString person;  // name or login contains, any case
    QString text;    // the stored query contains, any case
};

// One search or export of tickets: who (empty name and login when the person is gone), when,
// which queue and the filter as stored ({"purpose": "export", …} for an export).
struct SearchLogEntry {
    qint64 id = 0;
    qint64 at = 0;
    QString staffName;
    QString staffLogin;
    QString queue;
    QJsonObject filter;
};

// Reading the logs that administrators review: the audit log (admin changes, reveals of
// personal data …) and the log of ticket searches. Newest first; a page holds at most `limit`
// entries and says whether older ones matched too.
class LogQueries {
public:
    // The audit log columns whose values a filter can choose from.
    enum class AuditColumn { Action, Entity };
    static constexpr int kAuditValueLimit = 500;

    static bool auditPage(const Database &db, const AuditLogFilter &filter, int limit,
                          QList<AuditLogEntry> &out, bool &more, QString &error);
    // The distinct values of `column` in the audit log, sorted (at most kAuditValueLimit).
    static bool auditValues(const Database &db, AuditColumn column, QStringList &out,
                            QString &error);

    static bool searchPage(const Database &db, const SearchLogFilter &filter, int limit,
                           QList<SearchLogEntry> &out, bool &more, QString &error);
};

} // namespace sb

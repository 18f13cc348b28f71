#include "security/logqueries.h"

#include "storage/dialect.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

namespace {
// Pages are read with LIMIT limit + 1: a row beyond `limit` only says that there are more.
bool nextOfPage(QSqlQuery &q, qsizetype taken, int limit, bool &more) {
    if (!q.next())
        return false;
    if (taken == limit) {
        more = true;
        return false;
    }
    return true;
}
} // namespace

bool LogQueries::auditPage(const Database &db, const AuditLogFilter &f, int limit,
                           QList<AuditLogEntry> &out, bool &more, QString &error) {
    out.clear();
    more = false;
    QString sql = QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM "
                                 "audit_log WHERE at >= ? AND at < ?");
    QVariantList binds{f.fromMs, f.toMs};
    if (!f.actor.isEmpty()) {
        sql += QStringLiteral(" AND LOWER(actor) LIKE ? ESCAPE '!'");
        binds << dialect::containsPattern(f.actor);
    }
    if (!f.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << f.action;
    }
    if (!f.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds << f.entity;
    }
    if (!f.text.isEmpty()) {
        sql += QStringLiteral(" AND (LOWER(detail) LIKE ? ESCAPE '!' OR LOWER(actor) LIKE ? "
                              "ESCAPE '!' OR LOWER(action) LIKE ? ESCAPE '!' OR LOWER(entity) "
                              "LIKE ? ESCAPE '!')");
        const QString p = dialect::containsPattern(f.text);
        binds << p << p << p << p;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    binds << limit + 1;
    QSqlQuery q(db.db());
    if (!db.exec(q, sql, binds, error))
        return false;
    while (nextOfPage(q, out.size(), limit, more)) {
        AuditLogEntry a;
        a.id = q.value(0).toLongLong();
        a.at = q.value(1).toLongLong();
        a.actor = q.value(2).toString();
        a.action = q.value(3).toString();
        a.entity = q.value(4).toString();
        if (!q.value(5).isNull())
            a.entityId = q.value(5).toLongLong();
        a.detail = q.value(6).toString();
        out.append(a);
    }
    return true;
}

bool LogQueries::auditValues(const Database &db, AuditColumn column, QStringList &out,
                             QString &error) {
    out.clear();
    // The column name comes from this fixed choice, never from input.
    const QString name =
        column == AuditColumn::Action ? QStringLiteral("action") : QStringLiteral("entity");
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1 LIMIT ?").arg(name),
                 {kAuditValueLimit}, error))
        return false;
    while (q.next())
        out.append(q.value(0).toString());
    return true;
}

bool LogQueries::searchPage(const Database &db, const SearchLogFilter &f, int limit,
                            QList<SearchLogEntry> &out, bool &more, QString &error) {
    out.clear();
    more = false;
    QString sql = QStringLiteral("SELECT l.id, l.at, COALESCE(s.name, ''), COALESCE(s.login, ''), "
                                 "l.queue, l.filter FROM query_log l LEFT JOIN staff s ON s.id = "
                                 "l.staff_id WHERE l.at >= ? AND l.at < ?");
    QVariantList binds{f.fromMs, f.toMs};
    if (!f.person.isEmpty()) {
        sql += QStringLiteral(" AND (LOWER(s.name) LIKE ? ESCAPE '!' OR LOWER(s.login) LIKE ? "
                              "ESCAPE '!')");
        const QString p = dialect::containsPattern(f.person);
        binds << p << p;
    }
    if (!f.text.isEmpty()) {
        sql += QStringLiteral(" AND LOWER(l.filter) LIKE ? ESCAPE '!'");
        binds << dialect::containsPattern(f.text);
    }
    sql += QStringLiteral(" ORDER BY l.at DESC, l.id DESC LIMIT ?");
    binds << limit + 1;
    QSqlQuery q(db.db());
    if (!db.exec(q, sql, binds, error))
        return false;
    while (nextOfPage(q, out.size(), limit, more)) {
        SearchLogEntry s;
        s.id = q.value(0).toLongLong();
        s.at = q.value(1).toLongLong();
        s.staffName = q.value(2).toString();
        s.staffLogin = q.value(3).toString();
        s.queue = q.value(4).toString();
        s.filter = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        out.append(s);
    }
    return true;
}

} // namespace sb

#include "incidents/incidentstore.h"

#include "storage/dialect.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {
QString triggerKind(IncidentTrigger t) {
    const QString k = incidentTriggerKey(t);
    return k.isEmpty() ? QStringLiteral("unknown") : k;
}

QString countsJson(const WindowCounts &c) {
    const QJsonObject o{{QStringLiteral("normal_30m"), c.normal30},
                        {QStringLiteral("vip_30m"), c.vip30},
                        {QStringLiteral("normal_60m"), c.normal60},
                        {QStringLiteral("vip_60m"), c.vip60}};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("counts"), o}}).toJson(QJsonDocument::Compact));
}
} // namespace

bool IncidentStore::apply(const IncidentEvent &event, Result &result, QString &error) {
    result = {};
    return m_db.transaction([&](QString &err) { return applyInTransaction(event, result, err); },
                            error);
}

bool IncidentStore::applyInTransaction(const IncidentEvent &event, Result &result, QString &error) {
    result = {};
    return event.kind == IncidentEventKind::Closed ? close(event, result, error)
                                                   : upsert(event, result, error);
}

bool IncidentStore::upsert(const IncidentEvent &e, Result &r, QString &error) {
    const QString type = m_rules.typeKey(e.problemType);
    const int grade = static_cast<int>(e.grade);
    // Writing first makes the SQLite transaction a write transaction at once (no lock
    // upgrade later); on PostgreSQL a concurrent insert of the same open incident waits
    // for the other transaction and then does nothing.
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral(
                       "INSERT INTO incidents (problem_type, class, state, grade, trigger_kind, "
                       "opened_at, rule_set_version) VALUES (?, ?, 'open', ?, ?, ?, ?) "
                       "ON CONFLICT (problem_type) WHERE state = 'open' DO NOTHING"),
                   {type, problemClassKey(m_rules.typeClass(e.problemType)), grade,
                    m_manualActor > 0 ? QStringLiteral("manual") : triggerKind(e.trigger), e.atMs,
                    m_rules.version()},
                   error))
        return false;
    r.created = q.numRowsAffected() == 1;

    const QString lock = dialect::rowLock(m_db.dialect());
    if (!m_db.exec(
            q,
            QStringLiteral(
                "SELECT id, grade FROM incidents WHERE problem_type = ? AND state = 'open'") +
                lock,
            {type}, error))
        return false;
    if (!q.next()) {
        error = tr("incident for %1: the open incident vanished during the write").arg(type);
        return false;
    }
    r.incidentId = q.value(0).toLongLong();
    const int current = q.value(1).toInt();
    if (r.created)
        return appendEvent(r.incidentId, e, QStringLiteral("opened"), -1, error);
    if (current >= grade)
        return true; // repeated or late write: grades never go down
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE incidents SET grade = ?, rule_set_version = ?, "
                                  "version = version + 1 WHERE id = ? AND grade < ?"),
                   {grade, m_rules.version(), r.incidentId, grade}, error))
        return false;
    r.raised = q.numRowsAffected() == 1;
    return !r.raised || appendEvent(r.incidentId, e, QStringLiteral("regraded"), current, error);
}

bool IncidentStore::close(const IncidentEvent &e, Result &r, QString &error) {
    const QString type = m_rules.typeKey(e.problemType);
    QSqlQuery q(m_db.db());
    // Update first (write lock at once on SQLite; a concurrent close on PostgreSQL waits for
    // the row and then finds it no longer open), then find which row it was.
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE incidents SET state = 'resolved', closed_at = ?, "
                                  "version = version + 1 "
                                  "WHERE problem_type = ? AND state = 'open' AND opened_at <= ?"),
                   {e.atMs, type, e.atMs}, error))
        return false;
    if (q.numRowsAffected() != 1)
        return true; // nothing open (or it opened after this close): nothing to do
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id FROM incidents WHERE problem_type = ? AND state = 'resolved' "
                           "AND closed_at = ? ORDER BY id DESC LIMIT 1"),
            {type, e.atMs}, error))
        return false;
    if (!q.next()) {
        error = tr("incident for %1: the closed incident was not found").arg(type);
        return false;
    }
    r.incidentId = q.value(0).toLongLong();
    r.closed = true;
    return appendEvent(r.incidentId, e, QStringLiteral("closed"), -1, error);
}

bool IncidentStore::appendEvent(qint64 incidentId, const IncidentEvent &e, const QString &kind,
                                int fromGrade, QString &error) {
    return m_db.exec(
        QStringLiteral(
            "INSERT INTO incident_events (incident_id, at, event, from_grade, grade, actor_id, "
            "data) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {incidentId, e.atMs, kind,
         fromGrade < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(fromGrade),
         static_cast<int>(e.grade),
         m_manualActor > 0 ? QVariant(m_manualActor) : QVariant(QMetaType::fromType<qint64>()),
         countsJson(e.counts)},
        error);
}

} // namespace sb

#include "reports/supervisionstore.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "util/keytable.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <array>

namespace sb {

namespace {

constexpr KeyTable<SupervisionStatus, 3> kStatuses{{
    {SupervisionStatus::Open, "open"},
    {SupervisionStatus::InProgress, "in_progress"},
    {SupervisionStatus::Closed, "closed"},
}};

const QString kColumns = QStringLiteral(
    "i.id, i.dimension, i.key, i.period_start, i.period_end, i.owner_id, COALESCE(s.name, ''), "
    "i.due_date, i.status, i.notes, i.created_by, i.created_at, i.updated_by, i.updated_at, "
    "i.closed_at, i.version FROM report_supervision_items i LEFT JOIN staff s ON s.id = "
    "i.owner_id");

SupervisionItem itemFrom(const QSqlQuery &q) {
    SupervisionItem it;
    it.id = q.value(0).toLongLong();
    it.dimension = q.value(1).toString();
    it.key = q.value(2).toString();
    it.periodStartMs = q.value(3).toLongLong();
    it.periodEndMs = q.value(4).toLongLong();
    it.ownerId = q.value(5).toLongLong();
    it.ownerName = q.value(6).toString();
    it.due = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    it.status = supervisionStatusFromKey(q.value(8).toString()).value_or(SupervisionStatus::Open);
    it.notes = q.value(9).toString();
    it.createdBy = q.value(10).toString();
    it.createdAt = q.value(11).toLongLong();
    it.updatedBy = q.value(12).toString();
    it.updatedAt = q.value(13).toLongLong();
    it.closedAt = q.value(14).isNull() ? 0 : q.value(14).toLongLong();
    it.version = q.value(15).toLongLong();
    return it;
}

bool readItems(const Database &db, const QString &tail, const QVariantList &values,
               QList<SupervisionItem> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q, QStringLiteral("SELECT ") + kColumns + tail, values, error))
        return false;
    while (q.next())
        out.append(itemFrom(q));
    return true;
}

} // namespace

QString supervisionStatusKey(SupervisionStatus status) {
    return keyOf(kStatuses, status);
}

std::optional<SupervisionStatus> supervisionStatusFromKey(const QString &key) {
    return valueOfKey(kStatuses, key);
}

SupervisionStore::SupervisionStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

QStringList SupervisionStore::issues(const QString &dimension, const QString &key, qint64 ownerId,
                                     const QDate &due, const QString &notes) {
    QStringList out;
    if (dimension != QLatin1StringView("problem_type") &&
        dimension != QLatin1StringView("category"))
        out << tr("A supervision item is about a problem type or a category.");
    if (key.trimmed().isEmpty() || key.trimmed().size() > kMaxKey)
        out << tr("A supervision item needs the key of what it supervises.");
    if (ownerId <= 0)
        out << tr("Choose the owner.");
    if (!due.isValid())
        out << tr("Give the due date.");
    if (notes.size() > kMaxNotes)
        out << tr("The notes are limited to %1 characters.").arg(kMaxNotes);
    return out;
}

bool SupervisionStore::open(const ReportActor &actor, const SupervisionDraft &draft,
                            SupervisionItem &out, QString &error) {
    out = {};
    QStringList problems =
        issues(draft.dimension, draft.key, draft.ownerId, draft.due, draft.notes);
    if (draft.periodEndMs <= draft.periodStartMs)
        problems << tr("A supervision item needs the report period it was opened from.");
    if (!problems.isEmpty()) {
        error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const QString key = draft.key.trimmed();
    const QString notes = draft.notes.trimmed();
    const QString due = draft.due.toString(Qt::ISODate);
    qint64 id = 0;
    if (m_db.dialect() == Dialect::PostgreSQL) {
        QSqlQuery q(m_db.db());
        if (!m_db.transaction(
                [&](QString &err) {
                    if (!m_db.exec(q,
                                   QStringLiteral("SELECT sb_report_supervision_open(?, ?, ?, ?, "
                                                  "?, ?, ?)"),
                                   {draft.dimension, key, draft.periodStartMs, draft.periodEndMs,
                                    draft.ownerId, due, notes},
                                   err))
                        return false;
                    id = q.next() ? q.value(0).toLongLong() : 0;
                    return id > 0;
                },
                error))
            return false;
        return reload(id, out, error);
    }
    if (!writeLocally(
            actor,
            [&](QString &err) {
                bool active = false;
                if (!ownerIsActive(draft.ownerId, active, err))
                    return false;
                if (!active) {
                    err = tr("The owner must be an active staff member.");
                    return false;
                }
                QSqlQuery q(m_db.db());
                if (!m_db.exec(q,
                               QStringLiteral("SELECT id FROM report_supervision_items WHERE "
                                              "dimension = ? AND key = ? AND status <> 'closed'"),
                               {draft.dimension, key}, err))
                    return false;
                if (q.next()) {
                    err = tr("Supervision item #%1 is still open for %2.")
                              .arg(q.value(0).toLongLong())
                              .arg(key);
                    return false;
                }
                const qint64 now = m_clock.nowMs();
                const QString by = actorName(actor);
                if (!m_db.exec(q,
                               QStringLiteral("INSERT INTO report_supervision_items(dimension, "
                                              "key, period_start, period_end, owner_id, "
                                              "due_date, status, notes, created_by, created_at, "
                                              "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                              "'open', ?, ?, ?, ?, ?) RETURNING id"),
                               {draft.dimension, key, draft.periodStartMs, draft.periodEndMs,
                                draft.ownerId, due, textValue(notes), by, now, by, now},
                               err) ||
                    !q.next())
                    return false;
                id = q.value(0).toLongLong();
                return AuditTrail(m_db, m_clock)
                    .append(by, QStringLiteral("report.supervision.open"),
                            QStringLiteral("report_supervision"), id,
                            {{QStringLiteral("dimension"), draft.dimension},
                             {QStringLiteral("key"), key},
                             {QStringLiteral("period_start"), draft.periodStartMs},
                             {QStringLiteral("period_end"), draft.periodEndMs},
                             {QStringLiteral("owner"), draft.ownerId},
                             {QStringLiteral("due_date"), due},
                             {QStringLiteral("notes"), notes}},
                            err);
            },
            error))
        return false;
    return reload(id, out, error);
}

bool SupervisionStore::update(const ReportActor &actor, qint64 itemId, qint64 expectedVersion,
                              const SupervisionChange &change, SupervisionItem &out,
                              QString &error) {
    out = {};
    const QStringList problems = issues(QStringLiteral("category"), QStringLiteral("-"),
                                        change.ownerId, change.due, change.notes);
    if (!problems.isEmpty()) {
        error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const QString status = supervisionStatusKey(change.status);
    const QString notes = change.notes.trimmed();
    const QString due = change.due.toString(Qt::ISODate);
    if (m_db.dialect() == Dialect::PostgreSQL) {
        QSqlQuery q(m_db.db());
        if (!m_db.transaction(
                [&](QString &err) {
                    return m_db.exec(q,
                                     QStringLiteral("SELECT sb_report_supervision_update(?, ?, "
                                                    "?, ?, ?, ?)"),
                                     {itemId, expectedVersion, status, change.ownerId, due, notes},
                                     err);
                },
                error))
            return false;
        return reload(itemId, out, error);
    }
    if (!writeLocally(
            actor,
            [&](QString &err) {
                QSqlQuery q(m_db.db());
                if (!m_db.exec(q,
                               QStringLiteral("SELECT status, version, updated_by FROM "
                                              "report_supervision_items WHERE id = ?"),
                               {itemId}, err))
                    return false;
                if (!q.next()) {
                    err = tr("Supervision item #%1 does not exist.").arg(itemId);
                    return false;
                }
                const QString before = q.value(0).toString();
                if (before == QLatin1StringView("closed")) {
                    err = tr("Supervision item #%1 is closed; a closed item never changes.")
                              .arg(itemId);
                    return false;
                }
                if (q.value(1).toLongLong() != expectedVersion) {
                    err = tr("Supervision item #%1 was changed by %2 meanwhile.")
                              .arg(itemId)
                              .arg(q.value(2).toString());
                    return false;
                }
                bool active = false;
                if (!ownerIsActive(change.ownerId, active, err))
                    return false;
                if (!active) {
                    err = tr("The owner must be an active staff member.");
                    return false;
                }
                const qint64 now = m_clock.nowMs();
                const bool closing = change.status == SupervisionStatus::Closed;
                const QString by = actorName(actor);
                if (!m_db.exec(QStringLiteral("UPDATE report_supervision_items SET status = ?, "
                                              "owner_id = ?, due_date = ?, notes = ?, "
                                              "updated_by = ?, updated_at = ?, closed_at = ?, "
                                              "version = version + 1 WHERE id = ?"),
                               {status, change.ownerId, due, textValue(notes), by, now,
                                closing ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()),
                                itemId},
                               err))
                    return false;
                return AuditTrail(m_db, m_clock)
                    .append(by,
                            closing ? QStringLiteral("report.supervision.close")
                                    : QStringLiteral("report.supervision.update"),
                            QStringLiteral("report_supervision"), itemId,
                            {{QStringLiteral("status"), status},
                             {QStringLiteral("from_status"), before},
                             {QStringLiteral("owner"), change.ownerId},
                             {QStringLiteral("due_date"), due},
                             {QStringLiteral("notes"), notes}},
                            err);
            },
            error))
        return false;
    return reload(itemId, out, error);
}

bool SupervisionStore::close(const ReportActor &actor, qint64 itemId, qint64 expectedVersion,
                             const QString &notes, SupervisionItem &out, QString &error) {
    std::optional<SupervisionItem> current;
    if (!load(m_db, itemId, current, error))
        return false;
    if (!current) {
        error = tr("Supervision item #%1 does not exist.").arg(itemId);
        return false;
    }
    const SupervisionChange change{SupervisionStatus::Closed, current->ownerId, current->due,
                                   notes.isNull() ? current->notes : notes};
    return update(actor, itemId, expectedVersion, change, out, error);
}

bool SupervisionStore::load(const Database &db, qint64 itemId, std::optional<SupervisionItem> &out,
                            QString &error) {
    out.reset();
    QList<SupervisionItem> rows;
    if (!readItems(db, QStringLiteral(" WHERE i.id = ?"), {itemId}, rows, error))
        return false;
    if (!rows.isEmpty())
        out = rows.first();
    return true;
}

bool SupervisionStore::list(const Database &db, bool withClosed, QList<SupervisionItem> &out,
                            QString &error) {
    return readItems(db,
                     (withClosed ? QString() : QStringLiteral(" WHERE i.status <> 'closed'")) +
                         QStringLiteral(" ORDER BY i.id DESC"),
                     {}, out, error);
}

bool SupervisionStore::latestFor(const Database &db, const QString &dimension,
                                 const QStringList &keys, QMap<QString, SupervisionItem> &out,
                                 QString &error) {
    out.clear();
    for (const QString &key : keys) {
        QList<SupervisionItem> rows;
        if (!readItems(db,
                       QStringLiteral(" WHERE i.dimension = ? AND i.key = ? ORDER BY i.id DESC "
                                      "LIMIT 1"),
                       {dimension, key}, rows, error))
            return false;
        if (!rows.isEmpty())
            out.insert(key, rows.first());
    }
    return true;
}

bool SupervisionStore::writeLocally(const ReportActor &actor,
                                    const std::function<bool(QString &)> &work, QString &error) {
    PermissionSet held;
    if (!PermissionService(m_db).effective(actor.staffId, m_clock.nowMs(), held, error))
        return false;
    if (!held.has(perm::ReportsSupervise)) {
        error = tr("Refused: supervision items need the permission \"%1\".")
                    .arg(perm::ReportsSupervise);
        return false;
    }
    return m_db.transaction(work, error);
}

bool SupervisionStore::ownerIsActive(qint64 ownerId, bool &out, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND status = 'active'"),
                   {ownerId}, error))
        return false;
    out = q.next();
    return true;
}

QString SupervisionStore::actorName(const ReportActor &actor) const {
    return actor.login.isEmpty() ? QStringLiteral("signalboard") : actor.login;
}

bool SupervisionStore::reload(qint64 id, SupervisionItem &out, QString &error) const {
    std::optional<SupervisionItem> item;
    if (!load(m_db, id, item, error))
        return false;
    if (!item) {
        error = tr("Supervision item #%1 does not exist.").arg(id);
        return false;
    }
    out = *item;
    return true;
}

} // namespace sb

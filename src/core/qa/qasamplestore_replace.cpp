// QaSampleStore: replacing a sampled ticket by the next-ranked one of its stratum.
#include "qa/qasamplestore.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/dialect.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

constexpr qsizetype kMaxReason = 2000;

QString dayText(const QDate &day) {
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool QaSampleStore::planReplacement(const QaSampleDay &sample, const QaSampledTicket &old,
                                    QaPick &pick, qint64 &assignee, qint64 &second,
                                    QString &error) const {
    QList<QaFrameTicket> tickets;
    if (!frame(sample.day, sample.stratifyBy, QTimeZone(sample.timeZone.toLatin1()), tickets,
               error))
        return false;
    QSet<qint64> drawn;
    QHash<qint64, qint64> load;
    for (const QaSampledTicket &t : sample.tickets) {
        drawn.insert(t.ticketId);
        if (t.inSample() && t.rowId != old.rowId) {
            if (t.assigneeId > 0)
                ++load[t.assigneeId];
            if (t.secondAssigneeId > 0)
                ++load[t.secondAssigneeId];
        }
    }
    const std::optional<QaPick> next =
        QaSampling::next(tickets, sample.seed, sample.day, old.stratum, drawn);
    if (!next) {
        error = tr("No ticket of stratum “%1” is left to replace ticket #%2 with.")
                    .arg(old.stratum)
                    .arg(old.ticketId);
        return false;
    }
    pick = *next;
    QList<QaInspector> staff;
    QHash<qint64, QSet<qint64>> handled;
    if (!inspectors(staff, error) || !handledBy({pick.ticketId}, handled, error))
        return false;
    QList<qint64> ids;
    for (const QaInspector &i : std::as_const(staff))
        ids.append(i.staffId);
    // The same inspector when they may take it; else whoever has the fewest that day.
    if (ids.contains(old.assigneeId) && !handled.value(pick.ticketId).contains(old.assigneeId))
        assignee = old.assigneeId;
    else
        assignee = QaSampling::assign({pick.ticketId}, ids, handled, load).value(0);
    // A ticket with a blind second review keeps one: the same second inspector when they may
    // take it (and are not its first), else whoever has the fewest reviews that day.
    second = 0;
    if (old.secondAssigneeId <= 0 || assignee <= 0)
        return true;
    if (ids.contains(old.secondAssigneeId) && old.secondAssigneeId != assignee &&
        !handled.value(pick.ticketId).contains(old.secondAssigneeId)) {
        second = old.secondAssigneeId;
    } else {
        second = QaSampling::assignSecond({pick}, {assignee}, ids, handled, 1, load).value(0);
    }
    return true;
}

bool QaSampleStore::replaceLocally(const QDate &day, qint64 ticketId, const QString &reason,
                                   const QString &actor, qint64 &newRow, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            std::optional<QaSampleDay> sample;
            if (!load(day, sample, err))
                return false;
            if (!sample) {
                err = tr("The QA sample of %1 has not been drawn.").arg(dayText(day));
                return false;
            }
            const auto old = std::find_if(
                sample->tickets.cbegin(), sample->tickets.cend(),
                [&](const QaSampledTicket &t) { return t.ticketId == ticketId && t.inSample(); });
            if (old == sample->tickets.cend()) {
                err =
                    tr("Ticket #%1 is not in the QA sample of %2.").arg(ticketId).arg(dayText(day));
                return false;
            }
            QaPick pick;
            qint64 assignee = 0;
            qint64 second = 0;
            if (!planReplacement(*sample, *old, pick, assignee, second, err))
                return false;
            const qint64 now = m_clock.nowMs();
            const QString who = actor.isEmpty() ? QStringLiteral("signalboard") : actor;
            if (!dialect::insertReturningId(
                    m_db,
                    QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                   "rank_hash, position, assignee_id, second_assignee_id, "
                                   "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {dayText(day), pick.ticketId, textValue(pick.stratum), pick.rankHash,
                     pick.position, idOrNull(assignee), idOrNull(second), now, who},
                    newRow, err))
                return false;
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("UPDATE qa_sample_tickets SET replacement_id = ?, "
                                          "replace_reason = ?, replaced_at = ?, replaced_by = ? "
                                          "WHERE id = ? AND replacement_id IS NULL"),
                           {newRow, reason, now, who, old->rowId}, err))
                return false;
            if (q.numRowsAffected() != 1) {
                err =
                    tr("Ticket #%1 is not in the QA sample of %2.").arg(ticketId).arg(dayText(day));
                return false;
            }
            return AuditTrail(m_db, m_clock)
                .append(who, QStringLiteral("qa.sample.replace"),
                        QStringLiteral("qa_sample_ticket"), old->rowId,
                        {{QStringLiteral("day"), dayText(day)},
                         {QStringLiteral("ticket"), ticketId},
                         {QStringLiteral("replacement"), pick.ticketId},
                         {QStringLiteral("stratum"), pick.stratum},
                         {QStringLiteral("assignee"),
                          assignee > 0 ? QJsonValue(assignee) : QJsonValue()},
                         {QStringLiteral("second_assignee"),
                          second > 0 ? QJsonValue(second) : QJsonValue()},
                         {QStringLiteral("reason"), reason}},
                        err);
        },
        error);
}

bool QaSampleStore::replace(const QDate &day, qint64 ticketId, const QString &reason,
                            const QString &actor, qint64 actorId, QaSampledTicket &out,
                            QString &error) {
    out = {};
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > kMaxReason) {
        error = tr("A replacement needs a reason of at most %1 characters.").arg(kMaxReason);
        return false;
    }
    if (!mayAct(actorId, {perm::QaSample, perm::QaReview}, error))
        return false;
    qint64 newRow = 0;
    if (m_db.dialect() == Dialect::SQLite) {
        if (!replaceLocally(day, ticketId, why, actor, newRow, error))
            return false;
    } else {
        std::optional<QaSampleDay> sample;
        if (!load(day, sample, error))
            return false;
        if (!sample) {
            error = tr("The QA sample of %1 has not been drawn.").arg(dayText(day));
            return false;
        }
        const auto old = std::find_if(
            sample->tickets.cbegin(), sample->tickets.cend(),
            [&](const QaSampledTicket &t) { return t.ticketId == ticketId && t.inSample(); });
        if (old == sample->tickets.cend()) {
            error = tr("Ticket #%1 is not in the QA sample of %2.").arg(ticketId).arg(dayText(day));
            return false;
        }
        QaPick pick;
        qint64 assignee = 0;
        qint64 second = 0;
        if (!planReplacement(*sample, *old, pick, assignee, second, error))
            return false;
        QSqlQuery call(m_db.db());
        QString state;
        const bool ok = m_db.transaction(
            [&](QString &err) {
                if (m_db.exec(call,
                              QStringLiteral("SELECT sb_qa_replace_sampled(?, ?, ?, ?, ?, ?)"),
                              {dayText(day), ticketId, pick.ticketId, idOrNull(assignee),
                               idOrNull(second), why},
                              err) &&
                    call.next()) {
                    newRow = call.value(0).toLongLong();
                    return true;
                }
                state = call.lastError().nativeErrorCode();
                return false;
            },
            error);
        if (!ok) {
            if (state == QLatin1StringView("42501"))
                error = refusal({perm::QaSample, perm::QaReview});
            return false;
        }
    }
    std::optional<QaSampleDay> after;
    if (!load(day, after, error))
        return false;
    const QList<QaSampledTicket> rows = after ? after->tickets : QList<QaSampledTicket>();
    for (const QaSampledTicket &t : rows) {
        if (t.rowId == newRow) {
            out = t;
            return true;
        }
    }
    error = tr("The replacement was stored but cannot be read back.");
    return false;
}

} // namespace sb

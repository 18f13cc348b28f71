// QaCalibrationStore: opening a session, adding participants, submitting one's scores of a
// ticket and closing the session.
#include "qa/calibration.h"

#include "qa/qasamplestore.h"
#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace sb {

namespace {

QString idsJson(const QList<qint64> &ids) {
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray idsArray(const QList<qint64> &ids) {
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

QString ratingsJson(const QList<ItemRating> &ratings) {
    QJsonArray a;
    for (const ItemRating &r : ratings)
        a.append(
            QJsonObject{{QStringLiteral("key"), r.key},
                        {QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue()},
                        {QStringLiteral("na"), r.na}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// Distinct ids in the order given.
QList<qint64> distinct(const QList<qint64> &ids) {
    QList<qint64> out;
    QSet<qint64> seen;
    for (const qint64 id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    return out;
}

QString actorName(const QaActor &actor) {
    return actor.login.isEmpty() ? QStringLiteral("signalboard") : actor.login;
}

} // namespace

bool QaCalibrationStore::openSession(qint64 sessionId, QaCalibrationSession &out,
                                     QString &error) const {
    std::optional<QaCalibrationSession> s;
    if (!load(sessionId, s, error))
        return false;
    if (!s) {
        error = tr("Calibration session #%1 does not exist.").arg(sessionId);
        return false;
    }
    if (s->state != QaCalibrationState::Open) {
        error = tr("Calibration session #%1 is closed.").arg(sessionId);
        return false;
    }
    out = *s;
    return true;
}

bool QaCalibrationStore::checkRatings(const QaScorecardVersion &version,
                                      const QList<ItemRating> &ratings, QString &error) const {
    QSet<QString> seen;
    for (const ItemRating &r : ratings) {
        const ScorecardItem *it = version.card.item(r.key);
        if (!it) {
            error = tr("Item “%1” is not an item of the session's scorecard.").arg(r.key);
            return false;
        }
        if (seen.contains(r.key)) {
            error = tr("Item “%1” is rated more than once.").arg(r.key);
            return false;
        }
        seen.insert(r.key);
        if (r.na && r.value) {
            error = tr("Item “%1”: either a value or not applicable, not both.").arg(r.key);
            return false;
        }
        if (r.na && !it->naAllowed) {
            error = tr("Item “%1” cannot be marked not applicable.").arg(r.key);
            return false;
        }
        if (r.value && (*r.value < scaleMinimum(it->scale) || *r.value > scaleMaximum(it->scale))) {
            error = tr("Item “%1”: the value must be from %2 to %3.")
                        .arg(r.key)
                        .arg(scaleMinimum(it->scale))
                        .arg(scaleMaximum(it->scale));
            return false;
        }
    }
    for (const ScorecardItem &it : std::as_const(version.card.items)) {
        bool rated = false;
        for (const ItemRating &r : ratings)
            rated = rated || (r.key == it.key && (r.na || r.value));
        if (!rated) {
            error = tr("Item “%1” is not rated.").arg(it.key);
            return false;
        }
    }
    return true;
}

bool QaCalibrationStore::createLocally(const QaActor &actor, const QString &title,
                                       const QList<qint64> &ticketIds, qint64 &id, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            for (const qint64 t : ticketIds) {
                if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"), {t}, err))
                    return false;
                if (!q.next()) {
                    err = tr("Ticket #%1 does not exist.").arg(t);
                    return false;
                }
            }
            std::optional<QaScorecardVersion> version;
            if (!QaReviewStore(m_db, m_clock).scorecardInForce(version, err))
                return false;
            if (!version) {
                err = tr("No scorecard is published.");
                return false;
            }
            if (!dialect::insertReturningId(
                    m_db,
                    QStringLiteral("INSERT INTO qa_calibration_sessions(title, "
                                   "scorecard_version_id, created_by, created_at) VALUES (?, ?, "
                                   "?, ?)"),
                    {title, version->id, actor.staffId, m_clock.nowMs()}, id, err))
                return false;
            for (qsizetype i = 0; i < ticketIds.size(); ++i)
                if (!m_db.exec(QStringLiteral("INSERT INTO qa_calibration_tickets(session_id, "
                                              "ticket_id, position) VALUES (?, ?, ?)"),
                               {id, ticketIds.at(i), i + 1}, err))
                    return false;
            return AuditTrail(m_db, m_clock)
                .append(actorName(actor), QStringLiteral("qa.calibration.create"),
                        QStringLiteral("qa_calibration"), id,
                        {{QStringLiteral("title"), title},
                         {QStringLiteral("scorecard_version"), version->id},
                         {QStringLiteral("tickets"), idsArray(ticketIds)}},
                        err);
        },
        error);
}

bool QaCalibrationStore::create(const QaActor &actor, const QString &title,
                                const QList<qint64> &ticketIds, qint64 &id, QString &error) {
    id = 0;
    const QString t = title.trimmed();
    const QList<qint64> tickets = distinct(ticketIds);
    if (!mayAct(actor, perm::QaCalibrate, error))
        return false;
    if (t.isEmpty() || t.size() > kMaxTitle) {
        error = tr("A calibration session needs a title of 1 to %1 characters.").arg(kMaxTitle);
        return false;
    }
    if (tickets.isEmpty() || tickets.size() > kMaxIds) {
        error = tr("A calibration session needs 1 to %1 tickets.").arg(kMaxIds);
        return false;
    }
    if (m_db.dialect() == Dialect::SQLite)
        return createLocally(actor, t, tickets, id, error);
    QVariant result;
    if (!callServer(QStringLiteral("SELECT sb_qa_calibration_create(?, ?)"), {t, idsJson(tickets)},
                    &result, error))
        return false;
    id = result.toLongLong();
    return true;
}

bool QaCalibrationStore::addLocally(const QaActor &actor, qint64 sessionId,
                                    const QList<qint64> &staffIds, QString &error) {
    QList<QaInspector> inspectors;
    if (!QaSampleStore(m_db, m_clock).inspectors(inspectors, error))
        return false;
    QSet<qint64> eligible;
    for (const QaInspector &i : std::as_const(inspectors))
        eligible.insert(i.staffId);
    for (const qint64 id : staffIds)
        if (!eligible.contains(id)) {
            error = tr("Staff member #%1 cannot take part: participants are active holders of "
                       "%2.")
                        .arg(id)
                        .arg(perm::QaReview);
            return false;
        }
    return m_db.transaction(
        [&](QString &err) {
            QaCalibrationSession s;
            if (!openSession(sessionId, s, err))
                return false;
            for (const qint64 id : staffIds)
                if (!m_db.exec(QStringLiteral("INSERT INTO qa_calibration_participants(session_id, "
                                              "staff_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                               {sessionId, id}, err))
                    return false;
            return AuditTrail(m_db, m_clock)
                .append(actorName(actor), QStringLiteral("qa.calibration.participants"),
                        QStringLiteral("qa_calibration"), sessionId,
                        {{QStringLiteral("added"), idsArray(staffIds)}}, err);
        },
        error);
}

bool QaCalibrationStore::addParticipants(const QaActor &actor, qint64 sessionId,
                                         const QList<qint64> &staffIds, QString &error) {
    const QList<qint64> ids = distinct(staffIds);
    QaCalibrationSession s;
    if (!mayAct(actor, perm::QaCalibrate, error) || !openSession(sessionId, s, error))
        return false;
    if (ids.isEmpty() || ids.size() > kMaxIds) {
        error = tr("Add 1 to %1 participants at a time.").arg(kMaxIds);
        return false;
    }
    if (m_db.dialect() == Dialect::SQLite)
        return addLocally(actor, sessionId, ids, error);
    return callServer(QStringLiteral("SELECT sb_qa_calibration_add_participants(?, ?)"),
                      {sessionId, idsJson(ids)}, nullptr, error);
}

bool QaCalibrationStore::submitLocally(const QaActor &actor, qint64 sessionId, qint64 ticketId,
                                       const QaScorecardVersion &version,
                                       const QList<ItemRating> &ratings, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QaCalibrationSession s;
            if (!openSession(sessionId, s, err))
                return false;
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q,
                           QStringLiteral("SELECT COUNT(*) FROM qa_calibration_scores WHERE "
                                          "session_id = ? AND ticket_id = ? AND staff_id = ?"),
                           {sessionId, ticketId, actor.staffId}, err) ||
                !q.next())
                return false;
            if (q.value(0).toLongLong() > 0) {
                err = tr("You scored ticket #%1 of calibration session #%2 already.")
                          .arg(ticketId)
                          .arg(sessionId);
                return false;
            }
            for (const ItemRating &r : ratings)
                if (!m_db.exec(QStringLiteral("INSERT INTO qa_calibration_scores(session_id, "
                                              "ticket_id, staff_id, item_id, value, na) VALUES "
                                              "(?, ?, ?, ?, ?, ?)"),
                               {sessionId, ticketId, actor.staffId, version.itemId(r.key),
                                r.value ? QVariant(double(*r.value))
                                        : QVariant(QMetaType::fromType<double>()),
                                r.na ? 1 : 0},
                               err))
                    return false;
            if (!m_db.exec(
                    QStringLiteral(
                        "UPDATE qa_calibration_participants SET submitted_at = ? WHERE "
                        "session_id = ? AND staff_id = ? AND NOT EXISTS (SELECT 1 FROM "
                        "qa_calibration_tickets t WHERE t.session_id = ? AND NOT EXISTS (SELECT "
                        "1 FROM qa_calibration_scores x WHERE x.session_id = t.session_id AND "
                        "x.ticket_id = t.ticket_id AND x.staff_id = ?))"),
                    {m_clock.nowMs(), sessionId, actor.staffId, sessionId, actor.staffId}, err))
                return false;
            return AuditTrail(m_db, m_clock)
                .append(actorName(actor), QStringLiteral("qa.calibration.score"),
                        QStringLiteral("qa_calibration"), sessionId,
                        {{QStringLiteral("ticket"), ticketId}}, err);
        },
        error);
}

bool QaCalibrationStore::submit(const QaActor &actor, qint64 sessionId, qint64 ticketId,
                                const QList<ItemRating> &ratings, QString &error) {
    QaCalibrationSession s;
    QaScorecardVersion version;
    if (!mayAct(actor, perm::QaReview, error) || !openSession(sessionId, s, error))
        return false;
    bool participant = false;
    for (const QaCalibrationParticipant &p : std::as_const(s.participants))
        participant = participant || p.staffId == actor.staffId;
    if (!participant) {
        error = tr("You are not a participant of calibration session #%1.").arg(sessionId);
        return false;
    }
    if (!s.ticketIds.contains(ticketId)) {
        error = tr("Ticket #%1 is not in calibration session #%2.").arg(ticketId).arg(sessionId);
        return false;
    }
    if (!QaReviewStore(m_db, m_clock).scorecardVersion(s.scorecardVersionId, version, error) ||
        !checkRatings(version, ratings, error))
        return false;
    if (m_db.dialect() == Dialect::SQLite)
        return submitLocally(actor, sessionId, ticketId, version, ratings, error);
    return callServer(QStringLiteral("SELECT sb_qa_calibration_submit(?, ?, ?)"),
                      {sessionId, ticketId, ratingsJson(ratings)}, nullptr, error);
}

bool QaCalibrationStore::closeLocally(const QaActor &actor, qint64 sessionId, QString &error) {
    return m_db.transaction(
        [&](QString &err) {
            QaCalibrationSession s;
            return openSession(sessionId, s, err) &&
                   m_db.exec(QStringLiteral("UPDATE qa_calibration_sessions SET state = "
                                            "'closed', version = version + 1 WHERE id = ? AND "
                                            "state = 'open'"),
                             {sessionId}, err) &&
                   AuditTrail(m_db, m_clock)
                       .append(actorName(actor), QStringLiteral("qa.calibration.close"),
                               QStringLiteral("qa_calibration"), sessionId,
                               {{QStringLiteral("title"), s.title}}, err);
        },
        error);
}

bool QaCalibrationStore::close(const QaActor &actor, qint64 sessionId, QString &error) {
    QaCalibrationSession s;
    if (!mayAct(actor, perm::QaCalibrate, error) || !openSession(sessionId, s, error))
        return false;
    if (m_db.dialect() == Dialect::SQLite)
        return closeLocally(actor, sessionId, error);
    return callServer(QStringLiteral("SELECT sb_qa_calibration_close(?)"), {sessionId}, nullptr,
                      error);
}

} // namespace sb

// QaCalibrationStore: reading sessions and the scores a viewer may read, side by side, and
// the agreement measured from them.
#include "qa/calibration.h"

#include "security/permissions.h"
#include "tickets/ticketstore.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace sb {

QString qaCalibrationStateKey(QaCalibrationState state) {
    switch (state) {
    case QaCalibrationState::Open:
        return QStringLiteral("open");
    case QaCalibrationState::Revealed:
        return QStringLiteral("revealed");
    case QaCalibrationState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<QaCalibrationState> qaCalibrationStateFromKey(const QString &key) {
    for (const QaCalibrationState s :
         {QaCalibrationState::Open, QaCalibrationState::Revealed, QaCalibrationState::Closed})
        if (qaCalibrationStateKey(s) == key)
            return s;
    return std::nullopt;
}

QaCalibrationStore::QaCalibrationStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

namespace {

const QString kSessionColumns = QStringLiteral(
    "SELECT id, title, scorecard_version_id, created_by, created_at, state, version FROM "
    "qa_calibration_sessions ");

} // namespace

bool QaCalibrationStore::sessions(QList<QaCalibrationSession> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, kSessionColumns + QStringLiteral("ORDER BY created_at DESC, id DESC"), {},
                   error))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 id : std::as_const(ids)) {
        std::optional<QaCalibrationSession> s;
        if (!load(id, s, error))
            return false;
        if (s)
            out.append(*s);
    }
    return true;
}

bool QaCalibrationStore::load(qint64 sessionId, std::optional<QaCalibrationSession> &out,
                              QString &error) const {
    out.reset();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, kSessionColumns + QStringLiteral("WHERE id = ?"), {sessionId}, error))
        return false;
    if (!q.next())
        return true;
    QaCalibrationSession s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.scorecardVersionId = q.value(2).toLongLong();
    s.createdBy = q.value(3).toLongLong();
    s.createdAt = q.value(4).toLongLong();
    s.state = qaCalibrationStateFromKey(q.value(5).toString()).value_or(QaCalibrationState::Open);
    s.version = q.value(6).toLongLong();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ticket_id FROM qa_calibration_tickets WHERE session_id "
                                  "= ? ORDER BY position, ticket_id"),
                   {sessionId}, error))
        return false;
    while (q.next())
        s.ticketIds.append(q.value(0).toLongLong());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT p.staff_id, s.login, p.submitted_at FROM "
                                  "qa_calibration_participants p LEFT JOIN staff s ON s.id = "
                                  "p.staff_id WHERE p.session_id = ? ORDER BY p.staff_id"),
                   {sessionId}, error))
        return false;
    while (q.next())
        s.participants.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    out = std::move(s);
    return true;
}

bool QaCalibrationStore::results(const QaActor &viewer, qint64 sessionId, QaCalibrationResults &out,
                                 QString &error) const {
    out = {};
    std::optional<QaCalibrationSession> s;
    if (!load(sessionId, s, error))
        return false;
    if (!s) {
        error = tr("Calibration session #%1 does not exist.").arg(sessionId);
        return false;
    }
    out.session = *s;
    if (!QaReviewStore(m_db, m_clock).scorecardVersion(s->scorecardVersionId, out.version, error))
        return false;
    bool participant = false;
    for (const QaCalibrationParticipant &p : std::as_const(s->participants))
        participant = participant || p.staffId == viewer.staffId;
    bool lead = false;
    if (!participant && !holds(viewer, perm::QaCalibrate, lead, error))
        return false;
    // The blindness rule (see the class comment); on PostgreSQL row-level security applies
    // the same rule to the connection's login.
    QSqlQuery q(m_db.db());
    if (!m_db.exec(
            q,
            QStringLiteral(
                "SELECT x.ticket_id, x.staff_id, x.item_id, x.value, x.na FROM "
                "qa_calibration_scores x JOIN qa_calibration_sessions c ON c.id = x.session_id "
                "WHERE x.session_id = ? AND (x.staff_id = ? OR (c.state <> 'open' AND (? = 1 OR "
                "? = 1)) OR (? = 1 AND EXISTS (SELECT 1 FROM qa_calibration_scores m WHERE "
                "m.session_id = x.session_id AND m.ticket_id = x.ticket_id AND m.staff_id = ?)) "
                "OR (? = 1 AND NOT EXISTS (SELECT 1 FROM qa_calibration_participants p WHERE "
                "p.session_id = x.session_id AND NOT EXISTS (SELECT 1 FROM "
                "qa_calibration_scores m WHERE m.session_id = x.session_id AND m.ticket_id = "
                "x.ticket_id AND m.staff_id = p.staff_id))))"),
            {sessionId, viewer.staffId, participant ? 1 : 0, lead ? 1 : 0, participant ? 1 : 0,
             viewer.staffId, lead ? 1 : 0},
            error))
        return false;
    QHash<qint64, qsizetype> itemIndex;
    for (qsizetype i = 0; i < out.version.itemIds.size(); ++i)
        itemIndex.insert(out.version.itemIds.at(i), i);
    // (ticket, staff) → ratings by item index
    QHash<QPair<qint64, qint64>, QList<ItemRating>> sheets;
    while (q.next()) {
        const auto key = qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
        const qsizetype i = itemIndex.value(q.value(2).toLongLong(), -1);
        if (i < 0)
            continue;
        QList<ItemRating> &r = sheets[key];
        if (r.isEmpty()) {
            for (const ScorecardItem &it : std::as_const(out.version.card.items))
                r.append({it.key, std::nullopt, false, {}, {}});
        }
        if (q.value(4).toLongLong() != 0)
            r[i].na = true;
        else if (!q.value(3).isNull())
            r[i].value = int(std::lround(q.value(3).toDouble()));
    }
    QHash<qint64, QString> serials;
    for (const qint64 t : std::as_const(s->ticketIds)) {
        if (!m_db.exec(q, QStringLiteral("SELECT received_at FROM tickets WHERE id = ?"), {t},
                       error))
            return false;
        serials.insert(t, q.next() ? TicketStore::serialNumber(t, q.value(0).toLongLong())
                                   : QString::number(t));
    }
    for (const qint64 t : std::as_const(s->ticketIds)) {
        QaCalibrationTicket row;
        row.ticketId = t;
        row.serial = serials.value(t);
        for (const QaCalibrationParticipant &p : std::as_const(s->participants)) {
            QaCalibrationSheet sheet;
            sheet.staffId = p.staffId;
            const auto it = sheets.constFind(qMakePair(t, p.staffId));
            if (it != sheets.constEnd()) {
                sheet.visible = true;
                sheet.ratings = *it;
                const ReviewScore score = Scorecards::score(out.version.card, sheet.ratings);
                if (score.scored)
                    sheet.score = score.score;
            }
            row.sheets.append(sheet);
        }
        out.tickets.append(row);
    }
    measure(out);
    return true;
}

void QaCalibrationStore::measure(QaCalibrationResults &out) {
    out.items.clear();
    const qsizetype people = out.session.participants.size();
    ReliabilityData all(people); // every (ticket, item) pair a unit
    ReliabilityData scores(people);
    for (qsizetype i = 0; i < out.version.card.items.size(); ++i) {
        const ScorecardItem &item = out.version.card.items.at(i);
        ReliabilityData data(people);
        for (const QaCalibrationTicket &t : std::as_const(out.tickets)) {
            for (qsizetype p = 0; p < people; ++p) {
                std::optional<double> v;
                if (p < t.sheets.size() && t.sheets.at(p).visible &&
                    i < t.sheets.at(p).ratings.size() && t.sheets.at(p).ratings.at(i).value)
                    v = double(*t.sheets.at(p).ratings.at(i).value);
                data[p].append(v);
                all[p].append(v);
            }
        }
        QaItemAgreement a;
        a.key = item.key;
        a.metric = Agreement::metricFor(item.scale);
        a.alpha = Agreement::krippendorffAlpha(data, a.metric);
        a.percent = Agreement::percentAgreement(data);
        a.bias = Agreement::observerBias(data);
        out.items.append(a);
    }
    for (const QaCalibrationTicket &t : std::as_const(out.tickets))
        for (qsizetype p = 0; p < people; ++p)
            scores[p].append(p < t.sheets.size() ? t.sheets.at(p).score : std::nullopt);
    out.overallAlpha = Agreement::krippendorffAlpha(scores, AlphaMetric::Interval);
    out.overallPercent = Agreement::percentAgreement(all);
    out.bias = Agreement::observerBias(scores);
}

bool QaCalibrationStore::holds(const QaActor &actor, const QString &permission, bool &out,
                               QString &error) const {
    return qaActorHolds(m_db, m_clock, actor, permission, out, error);
}

bool QaCalibrationStore::mayAct(const QaActor &actor, const QString &permission,
                                QString &error) const {
    if (actor.staffId <= 0) {
        error = tr("Calibration is done in a staff member's name.");
        return false;
    }
    bool held = false;
    if (!holds(actor, permission, held, error))
        return false;
    if (!held)
        error = tr("Refused: needs the permission %1.").arg(permission);
    return held;
}

bool QaCalibrationStore::callServer(const QString &sql, const QVariantList &values,
                                    QVariant *result, QString &error) const {
    QSqlQuery call(m_db.db());
    return m_db.transaction(
        [&](QString &err) {
            if (!m_db.exec(call, sql, values, err))
                return false;
            if (result)
                *result = call.next() ? call.value(0) : QVariant();
            return true;
        },
        error);
}

} // namespace sb

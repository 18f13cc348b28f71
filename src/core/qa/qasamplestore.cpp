#include "qa/qasamplestore.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/dialect.h"
#include "storage/settingsstore.h"
#include "tickets/ticketstore.h"
#include "workflow/calendarstore.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

constexpr qsizetype kChunk = 500; // ids bound per statement

QString dayText(const QDate &day) {
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

// The stratum column, from a fixed list: never text from outside.
QString stratumColumn(QaStratifyBy by) {
    switch (by) {
    case QaStratifyBy::Channel:
        return QStringLiteral("t.channel");
    case QaStratifyBy::ProblemType:
        return QStringLiteral("t.problem_type");
    case QaStratifyBy::Handler:
        return QStringLiteral("t.handler_id");
    case QaStratifyBy::Team:
        return QStringLiteral("t.team_id");
    case QaStratifyBy::None:
        break;
    }
    return QStringLiteral("''");
}

QString stratumText(QaStratifyBy by, const QVariant &v) {
    if (by == QaStratifyBy::Handler || by == QaStratifyBy::Team)
        return v.isNull() ? QString() : QString::number(v.toLongLong());
    return by == QaStratifyBy::None ? QString() : v.toString();
}

QString placeholders(qsizetype n) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

bool sortedTicketLess(const QaSampledTicket &a, const QaSampledTicket &b) {
    if (a.stratum != b.stratum)
        return QaSampling::keyLess(a.stratum, b.stratum);
    return a.position != b.position ? a.position < b.position : a.rowId < b.rowId;
}

} // namespace

struct QaSampleStore::Plan {
    QDate day;
    quint64 seed = 0;
    QaRate rate;
    QaRate doubleRate;
    QaStratifyBy by = QaStratifyBy::None;
    QString timeZone;
    QaDraw draw;
    QList<qint64> assignees; // per pick
    QList<qint64> seconds;   // per pick: the blind second inspector, 0 for none
};

QList<QaSampledTicket> QaSampleDay::inSample() const {
    QList<QaSampledTicket> out;
    for (const QaSampledTicket &t : tickets) {
        if (t.inSample())
            out.append(t);
    }
    return out;
}

QString QaSampleStore::refusal(const QStringList &anyOf) {
    return anyOf.size() > 1
               ? tr("Refused: needs the permission %1 or %2.").arg(anyOf.at(0), anyOf.at(1))
               : tr("Refused: needs the permission %1.").arg(anyOf.value(0));
}

QaSampleStore::QaSampleStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool QaSampleStore::timeZone(QTimeZone &zone, QString &error) const {
    BusinessCalendar calendar;
    if (!CalendarStore(m_db).load(calendar, error))
        return false;
    zone = calendar.timeZone();
    if (!zone.isValid()) {
        error = tr("The business calendar's time zone is not valid.");
        return false;
    }
    return true;
}

bool QaSampleStore::frame(const QDate &day, QaStratifyBy by, const QTimeZone &zone,
                          QList<QaFrameTicket> &out, QString &error) const {
    out.clear();
    const qint64 from = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT t.id, %1 FROM tickets t WHERE t.id IN (SELECT "
                                  "e.ticket_id FROM ticket_events e WHERE e.to_state = 'closed' "
                                  "AND (e.from_state IS NULL OR e.from_state <> 'closed') AND "
                                  "e.at >= ? AND e.at < ?) ORDER BY t.id")
                       .arg(stratumColumn(by)),
                   {from, to}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), stratumText(by, q.value(1))});
    return true;
}

bool QaSampleStore::inspectors(QList<QaInspector> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (m_db.dialect() == Dialect::PostgreSQL) {
        // Who holds a grant is read by the server (staff logins cannot read temp_permissions).
        if (!m_db.exec(q, QStringLiteral("SELECT staff_id, login FROM sb_qa_inspectors()"), {},
                       error))
            return false;
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
        return true;
    }
    // qa.review and its ancestors: a grant of any of them grants qa.review.
    QStringList keys{perm::QaReview};
    for (int depth = 0; depth < 32; ++depth) {
        if (!m_db.exec(q, QStringLiteral("SELECT parent_key FROM permissions WHERE key = ?"),
                       {keys.constLast()}, error))
            return false;
        if (!q.next() || q.value(0).isNull() || keys.contains(q.value(0).toString()))
            break;
        keys.append(q.value(0).toString());
    }
    QVariantList values;
    for (const QString &k : std::as_const(keys))
        values.append(k);
    values += values;
    values.append(m_clock.nowMs());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.id, s.login FROM staff s WHERE s.status = 'active' AND "
                                  "(EXISTS (SELECT 1 FROM role_permissions rp WHERE rp.role_id = "
                                  "s.role_id AND rp.permission_key IN (%1)) OR EXISTS (SELECT 1 "
                                  "FROM temp_permissions tp WHERE tp.staff_id = s.id AND "
                                  "tp.permission_key IN (%1) AND tp.expires_at > ?)) ORDER BY s.id")
                       .arg(placeholders(keys.size())),
                   values, error))
        return false;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return true;
}

bool QaSampleStore::handledBy(const QList<qint64> &tickets, QHash<qint64, QSet<qint64>> &out,
                              QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    for (qsizetype at = 0; at < tickets.size(); at += kChunk) {
        const QList<qint64> part = tickets.mid(at, kChunk);
        QVariantList ids;
        for (const qint64 id : part)
            ids.append(id);
        const QString marks = placeholders(part.size());
        if (!m_db.exec(q,
                       QStringLiteral("SELECT id, handler_id FROM tickets WHERE handler_id IS NOT "
                                      "NULL AND id IN (%1)")
                           .arg(marks),
                       ids, error))
            return false;
        while (q.next())
            out[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
        if (!m_db.exec(q,
                       QStringLiteral("SELECT DISTINCT ticket_id, actor_id FROM ticket_events "
                                      "WHERE actor_id IS NOT NULL AND ticket_id IN (%1)")
                           .arg(marks),
                       ids, error))
            return false;
        while (q.next())
            out[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
    }
    return true;
}

bool QaSampleStore::mayAct(qint64 actorId, const QStringList &anyOf, QString &error) const {
    if (actorId <= 0 || m_db.dialect() == Dialect::PostgreSQL)
        return true; // the operator of an embedded database; the server checks its logins
    PermissionSet held;
    if (!PermissionService(m_db).effective(actorId, m_clock.nowMs(), held, error))
        return false;
    for (const QString &p : anyOf) {
        if (held.has(p))
            return true;
    }
    error = refusal(anyOf);
    return false;
}

bool QaSampleStore::plan(const QaDrawRequest &request, bool withTickets, Plan &out,
                         QString &error) const {
    out = {};
    out.day = request.day;
    QTimeZone zone;
    if (!timeZone(zone, error))
        return false;
    out.timeZone = QString::fromLatin1(zone.id());
    const SettingsStore settings(m_db);
    QString rateText = request.rate.value_or(QString());
    if (!request.rate && !settings.value(QLatin1StringView(kRateSetting),
                                         QLatin1StringView(kDefaultRate), rateText, error))
        return false;
    const std::optional<QaRate> rate = QaRate::parse(rateText, error);
    if (!rate) {
        if (!request.rate)
            error = tr("Setting %1: %2").arg(QLatin1StringView(kRateSetting), error);
        return false;
    }
    out.rate = *rate;
    QString doubleText = request.doubleRate.value_or(QString());
    if (!request.doubleRate &&
        !settings.value(QLatin1StringView(kDoubleRateSetting),
                        QLatin1StringView(kDefaultDoubleRate), doubleText, error))
        return false;
    const std::optional<QaRate> doubleRate = QaRate::parse(doubleText, error);
    if (!doubleRate) {
        error = tr("Setting %1: %2").arg(QLatin1StringView(kDoubleRateSetting), error);
        return false;
    }
    out.doubleRate = *doubleRate;
    if (request.stratifyBy) {
        out.by = *request.stratifyBy;
    } else {
        QString key;
        if (!settings.value(QLatin1StringView(kStratifySetting),
                            QLatin1StringView(kDefaultStratify), key, error))
            return false;
        const std::optional<QaStratifyBy> by = qaStratifyByFromKey(key.trimmed());
        if (!by) {
            error = tr("Setting %1: “%2” is not one of %3.")
                        .arg(QLatin1StringView(kStratifySetting), key.left(40),
                             qaStratifyByKeys().join(QStringLiteral(", ")));
            return false;
        }
        out.by = *by;
    }
    out.seed = request.seed.value_or(QaSampling::randomSeed());
    if (!withTickets)
        return true;
    QList<QaFrameTicket> tickets;
    if (!frame(out.day, out.by, zone, tickets, error))
        return false;
    out.draw = QaSampling::draw(tickets, out.seed, out.day, out.rate);
    QList<qint64> picked;
    for (const QaPick &p : std::as_const(out.draw.picks))
        picked.append(p.ticketId);
    QList<QaInspector> staff;
    QHash<qint64, QSet<qint64>> handled;
    if (!inspectors(staff, error) || !handledBy(picked, handled, error))
        return false;
    QList<qint64> ids;
    for (const QaInspector &i : std::as_const(staff))
        ids.append(i.staffId);
    out.assignees = QaSampling::assign(picked, ids, handled);
    out.seconds = QaSampling::assignSecond(out.draw.picks, out.assignees, ids, handled,
                                           out.doubleRate.sampleSize(out.draw.sampleSize()));
    return true;
}

bool QaSampleStore::draw(const QaDrawRequest &request, QaDrawResult &out, QString &error) {
    out = {};
    if (!request.day.isValid()) {
        error = tr("The day to draw is not a valid date.");
        return false;
    }
    if (request.seed && *request.seed > QaSampling::kMaxSeed) {
        error = tr("The seed must be a whole number from 0 to %1.").arg(QaSampling::kMaxSeed);
        return false;
    }
    std::optional<QaSampleDay> stored;
    if (!load(request.day, stored, error))
        return false;
    bool storedNow = false;
    if (!stored) {
        if (!mayAct(request.actorId, {perm::QaSample}, error))
            return false;
        if (m_db.dialect() == Dialect::PostgreSQL) {
            Plan p;
            if (!plan(request, false, p, error) || !storeOnServer(p, storedNow, error))
                return false;
        } else if (!storeLocally(request, storedNow, error)) {
            return false;
        }
        if (!load(request.day, stored, error))
            return false;
        if (!stored) {
            error = tr("The QA sample of %1 was stored but cannot be read back.")
                        .arg(dayText(request.day));
            return false;
        }
    }
    out.sample = *stored;
    out.drawnNow = storedNow;
    if (!storedNow) {
        out.seedIgnored = request.seed && *request.seed != stored->seed;
        QString ignored;
        const std::optional<QaRate> rate =
            request.rate ? QaRate::parse(*request.rate, ignored) : std::nullopt;
        out.settingsIgnored = (rate && rate->text() != stored->rate) ||
                              (request.stratifyBy && *request.stratifyBy != stored->stratifyBy);
    }
    return true;
}

bool QaSampleStore::storeLocally(const QaDrawRequest &request, bool &stored, QString &error) {
    stored = false;
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM qa_sample_days WHERE day = ?"),
                           {dayText(request.day)}, err))
                return false;
            if (q.next())
                return true; // drawn meanwhile: nothing to store
            Plan p;
            if (!plan(request, true, p, err))
                return false;
            const qint64 now = m_clock.nowMs();
            const QString day = dayText(p.day);
            const QString actor =
                request.actor.isEmpty() ? QStringLiteral("signalboard") : request.actor;
            qint64 dayId = 0;
            if (!dialect::insertReturningId(
                    m_db,
                    QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                   "time_zone, frame_size, sample_size, drawn_at, drawn_by, "
                                   "double_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {day, qint64(p.seed), p.rate.text(), qaStratifyByKey(p.by), p.timeZone,
                     p.draw.frameSize(), p.draw.sampleSize(), now, actor, p.doubleRate.text()},
                    dayId, err))
                return false;
            for (const QaStratum &s : std::as_const(p.draw.strata)) {
                if (!m_db.exec(QStringLiteral("INSERT INTO qa_sample_strata(day, key, "
                                              "frame_size, sample_size) VALUES (?, ?, ?, ?)"),
                               {day, textValue(s.key), s.frameSize, s.sampleSize}, err))
                    return false;
            }
            for (qsizetype i = 0; i < p.draw.picks.size(); ++i) {
                const QaPick &pick = p.draw.picks.at(i);
                if (!m_db.exec(
                        QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, "
                                       "stratum, rank_hash, position, assignee_id, "
                                       "second_assignee_id, added_at, added_by) VALUES (?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?)"),
                        {day, pick.ticketId, textValue(pick.stratum), pick.rankHash, pick.position,
                         idOrNull(p.assignees.value(i)), idOrNull(p.seconds.value(i)), now, actor},
                        err))
                    return false;
            }
            stored = true;
            return AuditTrail(m_db, m_clock)
                .append(actor, QStringLiteral("qa.sample.draw"), QStringLiteral("qa_sample"), dayId,
                        {{QStringLiteral("day"), day},
                         {QStringLiteral("seed"), QString::number(p.seed)},
                         {QStringLiteral("rate"), p.rate.text()},
                         {QStringLiteral("double_rate"), p.doubleRate.text()},
                         {QStringLiteral("stratify_by"), qaStratifyByKey(p.by)},
                         {QStringLiteral("time_zone"), p.timeZone},
                         {QStringLiteral("frame"), p.draw.frameSize()},
                         {QStringLiteral("sample"), p.draw.sampleSize()}},
                        err);
        },
        error);
}

bool QaSampleStore::storeOnServer(const Plan &p, bool &stored, QString &error) {
    stored = false;
    // The server draws: frame, strata, ranks, inspectors and the stored rows in one call. The
    // call's statement outlives the transaction (see TicketEdits::change).
    QSqlQuery call(m_db.db());
    QString state;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            if (m_db.exec(call, QStringLiteral("SELECT sb_qa_draw_sample(?, ?, ?, ?, ?)"),
                          {dayText(p.day), qint64(p.seed), p.rate.text(), qaStratifyByKey(p.by),
                           p.doubleRate.text()},
                          err))
                return true;
            state = call.lastError().nativeErrorCode();
            return false;
        },
        error);
    if (ok) {
        stored = true;
        return true;
    }
    if (state == QLatin1StringView("23505")) { // drawn meanwhile by someone else
        error.clear();
        return true;
    }
    if (state == QLatin1StringView("42501"))
        error = refusal({perm::QaSample});
    return false;
}

bool QaSampleStore::load(const QDate &day, std::optional<QaSampleDay> &out, QString &error) const {
    out.reset();
    QSqlQuery q(m_db.db());
    const QString text = dayText(day);
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, seed, rate, stratify_by, time_zone, frame_size, "
                                  "sample_size, drawn_at, drawn_by, double_rate FROM "
                                  "qa_sample_days WHERE day = ?"),
                   {text}, error))
        return false;
    if (!q.next())
        return true;
    QaSampleDay s;
    s.id = q.value(0).toLongLong();
    s.day = day;
    s.seed = quint64(q.value(1).toLongLong());
    s.rate = q.value(2).toString();
    s.stratifyBy = qaStratifyByFromKey(q.value(3).toString()).value_or(QaStratifyBy::None);
    s.timeZone = q.value(4).toString();
    s.frameSize = q.value(5).toLongLong();
    s.sampleSize = q.value(6).toLongLong();
    s.drawnAt = q.value(7).toLongLong();
    s.drawnBy = q.value(8).toString();
    s.doubleRate = q.value(9).toString();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT key, frame_size, sample_size FROM qa_sample_strata "
                                  "WHERE day = ?"),
                   {text}, error))
        return false;
    while (q.next())
        s.strata.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    std::sort(s.strata.begin(), s.strata.end(), [](const QaStratum &a, const QaStratum &b) {
        return QaSampling::keyLess(a.key, b.key);
    });
    if (!m_db.exec(q,
                   QStringLiteral("SELECT q.id, q.ticket_id, t.received_at, q.stratum, "
                                  "q.rank_hash, q.position, q.assignee_id, s.login, q.added_at, "
                                  "q.added_by, q.replacement_id, q.replace_reason, "
                                  "q.replaced_at, q.replaced_by, q.second_assignee_id, s2.login "
                                  "FROM qa_sample_tickets q LEFT JOIN tickets t ON t.id = "
                                  "q.ticket_id LEFT JOIN staff s ON s.id = q.assignee_id LEFT "
                                  "JOIN staff s2 ON s2.id = q.second_assignee_id WHERE q.day = ?"),
                   {text}, error))
        return false;
    while (q.next()) {
        QaSampledTicket t;
        t.rowId = q.value(0).toLongLong();
        t.ticketId = q.value(1).toLongLong();
        t.serial = q.value(2).isNull()
                       ? QString::number(t.ticketId)
                       : TicketStore::serialNumber(t.ticketId, q.value(2).toLongLong());
        t.stratum = q.value(3).toString();
        t.rankHash = q.value(4).toString();
        t.position = q.value(5).toLongLong();
        t.assigneeId = q.value(6).toLongLong();
        t.assigneeLogin = q.value(7).toString();
        t.addedAt = q.value(8).toLongLong();
        t.addedBy = q.value(9).toString();
        t.replacementRowId = q.value(10).toLongLong();
        t.replaceReason = q.value(11).toString();
        t.replacedAt = q.value(12).toLongLong();
        t.replacedBy = q.value(13).toString();
        t.secondAssigneeId = q.value(14).toLongLong();
        t.secondAssigneeLogin = q.value(15).toString();
        s.tickets.append(t);
    }
    std::sort(s.tickets.begin(), s.tickets.end(), sortedTicketLess);
    out = std::move(s);
    return true;
}

} // namespace sb

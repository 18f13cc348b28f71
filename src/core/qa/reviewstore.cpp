// QaReviewStore: reading scorecard versions, reviews, due reviews, results and disputes, and
// the helpers every step shares.
#include "qa/reviewstore.h"

#include "security/permissions.h"
#include "storage/settingsstore.h"
#include "tickets/ticketstore.h"
#include "workflow/calendarstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

constexpr qsizetype kChunk = 500; // ids bound per statement

// The scale as migration 024 stores it.
std::optional<ScoreScale> scaleFromColumn(const QString &s) {
    if (s == QLatin1StringView("pass_fail"))
        return ScoreScale::PassFail;
    if (s == QLatin1StringView("0_2"))
        return ScoreScale::ZeroToTwo;
    if (s == QLatin1StringView("1_5"))
        return ScoreScale::OneToFive;
    return std::nullopt;
}

QStringList stringList(const QString &json) {
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

std::optional<int> intOrNone(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return int(std::lround(v.toDouble()));
}

std::optional<double> doubleOrNone(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QString placeholders(qsizetype n) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

} // namespace

QString qaReviewKindKey(QaReviewKind kind) {
    switch (kind) {
    case QaReviewKind::Sample:
        return QStringLiteral("sample");
    case QaReviewKind::Double:
        return QStringLiteral("double");
    case QaReviewKind::Extra:
        return QStringLiteral("extra");
    }
    return {};
}

std::optional<QaReviewKind> qaReviewKindFromKey(const QString &key) {
    for (const QaReviewKind k : {QaReviewKind::Sample, QaReviewKind::Double, QaReviewKind::Extra})
        if (qaReviewKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString qaDisputeOutcomeKey(QaDisputeOutcome outcome) {
    switch (outcome) {
    case QaDisputeOutcome::Accepted:
        return QStringLiteral("accepted");
    case QaDisputeOutcome::PartlyAccepted:
        return QStringLiteral("partly_accepted");
    case QaDisputeOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<QaDisputeOutcome> qaDisputeOutcomeFromKey(const QString &key) {
    for (const QaDisputeOutcome o :
         {QaDisputeOutcome::Accepted, QaDisputeOutcome::PartlyAccepted, QaDisputeOutcome::Rejected})
        if (qaDisputeOutcomeKey(o) == key)
            return o;
    return std::nullopt;
}

qint64 QaScorecardVersion::itemId(const QString &key) const {
    for (qsizetype i = 0; i < card.items.size() && i < itemIds.size(); ++i)
        if (card.items.at(i).key == key)
            return itemIds.at(i);
    return 0;
}

QaReviewStore::QaReviewStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool QaReviewStore::scorecardInForce(std::optional<QaScorecardVersion> &out, QString &error) const {
    out.reset();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT v.id FROM qa_scorecard_versions v JOIN qa_scorecards s "
                                  "ON s.id = v.scorecard_id WHERE v.state = 'published' AND "
                                  "s.archived = 0 ORDER BY v.published_at DESC, v.id DESC LIMIT 1"),
                   {}, error))
        return false;
    if (!q.next())
        return true;
    QaScorecardVersion v;
    if (!scorecardVersion(q.value(0).toLongLong(), v, error))
        return false;
    out = std::move(v);
    return true;
}

bool QaReviewStore::scorecardVersion(qint64 versionId, QaScorecardVersion &out,
                                     QString &error) const {
    out = {};
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT v.id, v.scorecard_id, s.key, s.name, v.version, v.state "
                                  "FROM qa_scorecard_versions v JOIN qa_scorecards s ON s.id = "
                                  "v.scorecard_id WHERE v.id = ?"),
                   {versionId}, error))
        return false;
    if (!q.next()) {
        error = tr("Scorecard version #%1 does not exist.").arg(versionId);
        return false;
    }
    out.id = q.value(0).toLongLong();
    out.scorecardId = q.value(1).toLongLong();
    out.scorecardKey = q.value(2).toString();
    out.card.name = q.value(3).toString();
    out.card.version = q.value(4).toInt();
    out.card.published = q.value(5).toString() == QLatin1StringView("published");
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, key, label, label_zh, weight, scale, allow_na, "
                                  "critical, comment_below_pass, root_causes, root_causes_zh FROM "
                                  "qa_scorecard_items WHERE version_id = ? ORDER BY position"),
                   {versionId}, error))
        return false;
    while (q.next()) {
        ScorecardItem it;
        it.key = q.value(1).toString();
        it.title = q.value(2).toString();
        it.weight = q.value(4).toDouble();
        const std::optional<ScoreScale> scale = scaleFromColumn(q.value(5).toString());
        if (!scale) {
            error = tr("Item “%1” of scorecard version #%2 has an unknown scale.")
                        .arg(it.key)
                        .arg(versionId);
            return false;
        }
        it.scale = *scale;
        it.naAllowed = q.value(6).toLongLong() != 0;
        it.critical = q.value(7).toLongLong() != 0;
        it.commentRequiredBelowPass = q.value(8).toLongLong() != 0;
        it.rootCauses = stringList(q.value(9).toString());
        out.card.items.append(it);
        out.itemIds.append(q.value(0).toLongLong());
        out.titlesZh.append(q.value(3).toString());
        out.rootCausesZh.append(stringList(q.value(10).toString()));
    }
    return true;
}

struct QaReviewStore::Row {
    static QString columns() {
        return QStringLiteral(
            "SELECT r.id, r.sample_ticket_id, r.ticket_id, t.received_at, r.agent_id, a.login, "
            "r.reviewer_id, v.login, r.scorecard_version_id, r.kind, r.state, r.score, r.passed, "
            "r.critical_failed, r.comment, r.time_spent_ms, r.due_at, r.created_at, "
            "r.updated_at, r.submitted_at, r.acknowledged_at, r.version FROM qa_reviews r LEFT "
            "JOIN tickets t ON t.id = r.ticket_id LEFT JOIN staff a ON a.id = r.agent_id LEFT "
            "JOIN staff v ON v.id = r.reviewer_id WHERE ");
    }
    static QaReview read(const QSqlQuery &q) {
        QaReview r;
        r.id = q.value(0).toLongLong();
        r.sampleRowId = q.value(1).toLongLong();
        r.ticketId = q.value(2).toLongLong();
        r.serial = q.value(3).isNull()
                       ? QString::number(r.ticketId)
                       : TicketStore::serialNumber(r.ticketId, q.value(3).toLongLong());
        r.agentId = q.value(4).toLongLong();
        r.agentLogin = q.value(5).toString();
        r.reviewerId = q.value(6).toLongLong();
        r.reviewerLogin = q.value(7).toString();
        r.scorecardVersionId = q.value(8).toLongLong();
        r.kind = qaReviewKindFromKey(q.value(9).toString()).value_or(QaReviewKind::Extra);
        r.submitted = q.value(10).toString() == QLatin1StringView("submitted");
        r.score = doubleOrNone(q.value(11));
        r.passed = q.value(12).toLongLong() != 0;
        r.criticalFailed = q.value(13).toLongLong() != 0;
        r.comment = q.value(14).toString();
        r.timeSpentMs = q.value(15).toLongLong();
        r.dueAt = q.value(16).toLongLong();
        r.createdAt = q.value(17).toLongLong();
        r.updatedAt = q.value(18).toLongLong();
        r.submittedAt = q.value(19).toLongLong();
        r.acknowledgedAt = q.value(20).toLongLong();
        r.version = q.value(21).toLongLong();
        return r;
    }
};

bool QaReviewStore::loadReviews(const QString &where, const QVariantList &values,
                                QList<QaReview> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, Row::columns() + where, values, error))
        return false;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        out.append(Row::read(q));
        at.insert(out.constLast().id, out.size() - 1);
    }
    for (qsizetype from = 0; from < out.size(); from += kChunk) {
        QVariantList ids;
        for (qsizetype i = from; i < std::min(out.size(), from + kChunk); ++i)
            ids.append(out.at(i).id);
        if (!m_db.exec(q,
                       QStringLiteral("SELECT ri.review_id, i.key, ri.value, ri.na, ri.comment, "
                                      "ri.root_cause FROM qa_review_items ri JOIN "
                                      "qa_scorecard_items i ON i.id = ri.item_id WHERE "
                                      "ri.review_id IN (%1) ORDER BY ri.review_id, i.position")
                           .arg(placeholders(ids.size())),
                       ids, error))
            return false;
        while (q.next()) {
            ItemRating r;
            r.key = q.value(1).toString();
            r.value = intOrNone(q.value(2));
            r.na = q.value(3).toLongLong() != 0;
            r.comment = q.value(4).toString();
            r.rootCauses = rootCausesFrom(q.value(5).toString());
            out[at.value(q.value(0).toLongLong())].ratings.append(r);
        }
    }
    return true;
}

bool QaReviewStore::load(qint64 reviewId, std::optional<QaReview> &out, QString &error) const {
    out.reset();
    QList<QaReview> rows;
    if (!loadReviews(QStringLiteral("r.id = ?"), {reviewId}, rows, error))
        return false;
    if (!rows.isEmpty())
        out = rows.constFirst();
    return true;
}

bool QaReviewStore::dueTime(const QDate &day, qint64 &out, QString &error) const {
    BusinessCalendar calendar;
    if (!CalendarStore(m_db).load(calendar, error))
        return false;
    out = dueTime(calendar, day);
    return true;
}

qint64 QaReviewStore::dueTime(const BusinessCalendar &calendar, const QDate &day) {
    const qint64 nextDay =
        QDateTime(day.addDays(1), QTime(0, 0), calendar.timeZone()).toMSecsSinceEpoch();
    // A calendar without working hours: two days after the sampled day began.
    return calendar.addWorkingDays(nextDay, 1)
        .value_or(QDateTime(day.addDays(2), QTime(0, 0), calendar.timeZone()).toMSecsSinceEpoch());
}

bool QaReviewStore::dueReviews(qint64 reviewerId, QList<QaDueReview> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT q.id, q.day, q.ticket_id, t.received_at, q.stratum, q.assignee_id, "
                       "r.id FROM qa_sample_tickets q LEFT JOIN tickets t ON t.id = q.ticket_id "
                       "LEFT JOIN qa_reviews r ON r.ticket_id = q.ticket_id AND r.reviewer_id = "
                       "? AND r.kind = CASE WHEN q.assignee_id = ? THEN 'sample' ELSE 'double' "
                       "END WHERE q.replacement_id IS NULL AND (q.assignee_id = ? OR "
                       "q.second_assignee_id = ?) AND (r.id IS NULL OR r.state = 'draft')"),
                   {reviewerId, reviewerId, reviewerId, reviewerId}, error))
        return false;
    QHash<QDate, qint64> dueByDay;
    const qint64 now = m_clock.nowMs();
    while (q.next()) {
        QaDueReview d;
        d.sampleRowId = q.value(0).toLongLong();
        d.day = QDate::fromString(q.value(1).toString(), QStringLiteral("yyyy-MM-dd"));
        d.ticketId = q.value(2).toLongLong();
        d.serial = q.value(3).isNull()
                       ? QString::number(d.ticketId)
                       : TicketStore::serialNumber(d.ticketId, q.value(3).toLongLong());
        d.stratum = q.value(4).toString();
        d.kind =
            q.value(5).toLongLong() == reviewerId ? QaReviewKind::Sample : QaReviewKind::Double;
        d.reviewId = q.value(6).toLongLong();
        out.append(d);
    }
    for (QaDueReview &d : out) {
        if (!dueByDay.contains(d.day)) {
            qint64 due = 0;
            if (!dueTime(d.day, due, error))
                return false;
            dueByDay.insert(d.day, due);
        }
        d.dueAt = dueByDay.value(d.day);
        d.overdue = now > d.dueAt;
    }
    std::sort(out.begin(), out.end(), [](const QaDueReview &a, const QaDueReview &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.dueAt != b.dueAt)
            return a.dueAt < b.dueAt;
        if (a.day != b.day)
            return a.day < b.day;
        return a.ticketId < b.ticketId;
    });
    return true;
}

bool QaReviewStore::loadDisputes(const QString &where, const QVariantList &values,
                                 QList<QaDispute> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT d.id, d.review_id, d.raised_by, d.raised_at, d.reason, "
                                  "d.state, d.decider_id, d.decided_at, d.decision_reason, "
                                  "d.score_before, d.score_after FROM qa_disputes d WHERE %1 "
                                  "ORDER BY d.raised_at, d.id")
                       .arg(where),
                   values, error))
        return false;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        QaDispute d;
        d.id = q.value(0).toLongLong();
        d.reviewId = q.value(1).toLongLong();
        d.raisedBy = q.value(2).toLongLong();
        d.raisedAt = q.value(3).toLongLong();
        d.reason = q.value(4).toString();
        d.outcome = qaDisputeOutcomeFromKey(q.value(5).toString());
        d.deciderId = q.value(6).toLongLong();
        d.decidedAt = q.value(7).toLongLong();
        d.decisionReason = q.value(8).toString();
        d.scoreBefore = doubleOrNone(q.value(9));
        d.scoreAfter = doubleOrNone(q.value(10));
        out.append(d);
        at.insert(d.id, out.size() - 1);
    }
    if (out.isEmpty())
        return true;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT di.dispute_id, i.key, di.reason, di.original_value, "
                                  "di.original_na, di.decided_value, di.decided_na FROM "
                                  "qa_dispute_items di JOIN qa_scorecard_items i ON i.id = "
                                  "di.item_id JOIN qa_disputes d ON d.id = di.dispute_id WHERE "
                                  "%1 ORDER BY di.dispute_id, i.position")
                       .arg(where),
                   values, error))
        return false;
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        QaDisputedItem item;
        item.key = q.value(1).toString();
        item.reason = q.value(2).toString();
        item.originalValue = intOrNone(q.value(3));
        item.originalNa = q.value(4).toLongLong() != 0;
        item.changed = !q.value(6).isNull();
        item.decidedValue = intOrNone(q.value(5));
        item.decidedNa = q.value(6).toLongLong() != 0;
        out[*it].items.append(item);
    }
    return true;
}

bool QaReviewStore::openDisputes(QList<QaDispute> &out, QString &error) const {
    return loadDisputes(QStringLiteral("d.state = 'open'"), {}, out, error);
}

bool QaReviewStore::loadDispute(qint64 disputeId, std::optional<QaDispute> &out,
                                QString &error) const {
    out.reset();
    QList<QaDispute> rows;
    if (!loadDisputes(QStringLiteral("d.id = ?"), {disputeId}, rows, error))
        return false;
    if (!rows.isEmpty())
        out = rows.constFirst();
    return true;
}

bool QaReviewStore::results(qint64 agentId, QList<QaResult> &out, QString &error) const {
    out.clear();
    QList<QaReview> reviews;
    if (!loadReviews(QStringLiteral("r.agent_id = ? AND r.state = 'submitted' AND r.kind <> "
                                    "'double' ORDER BY r.submitted_at DESC, r.id DESC"),
                     {agentId}, reviews, error))
        return false;
    QList<QaDispute> disputes;
    if (!loadDisputes(QStringLiteral("d.review_id IN (SELECT r.id FROM qa_reviews r WHERE "
                                     "r.agent_id = ? AND r.state = 'submitted' AND r.kind <> "
                                     "'double')"),
                      {agentId}, disputes, error))
        return false;
    QHash<qint64, QaDispute> byReview;
    for (const QaDispute &d : std::as_const(disputes))
        byReview.insert(d.reviewId, d);
    qint64 days = kDefaultDisputeDays;
    if (!disputeDays(days, error))
        return false;
    const qint64 now = m_clock.nowMs();
    for (const QaReview &r : std::as_const(reviews)) {
        QaResult x;
        x.review = r;
        if (byReview.contains(r.id))
            x.dispute = byReview.value(r.id);
        x.disputeUntil = r.submittedAt + days * 86400000;
        x.mayDispute = !x.dispute && r.acknowledgedAt == 0 && now <= x.disputeUntil;
        out.append(x);
    }
    return true;
}

bool QaReviewStore::passMark(double &out, QString &error) const {
    QString text;
    if (!SettingsStore(m_db).value(QLatin1StringView(kPassMarkSetting),
                                   QString::number(Scorecards::kDefaultPassMark), text, error))
        return false;
    bool ok = false;
    out = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(out) || out < 0 || out > 100) {
        error = tr("Setting %1 has the value “%2”; it must be a number from 0 to 100.")
                    .arg(QLatin1StringView(kPassMarkSetting), text.left(40));
        return false;
    }
    return true;
}

bool QaReviewStore::disputeDays(qint64 &out, QString &error) const {
    return SettingsStore(m_db).integer(QLatin1StringView(kDisputeDaysSetting), kDefaultDisputeDays,
                                       0, 365, out, error);
}

bool QaReviewStore::holds(const QaActor &actor, const QString &permission, bool &out,
                          QString &error) const {
    return qaActorHolds(m_db, m_clock, actor, permission, out, error);
}

bool QaReviewStore::mayAct(const QaActor &actor, const QString &permission, QString &error) const {
    if (actor.staffId <= 0) {
        error = tr("QA reviews are written in a staff member's name.");
        return false;
    }
    if (permission.isEmpty())
        return true;
    bool held = false;
    if (!holds(actor, permission, held, error))
        return false;
    if (!held)
        error = tr("Refused: needs the permission %1.").arg(permission);
    return held;
}

QString QaReviewStore::auditActor(const QaActor &actor) const {
    return actor.login.isEmpty() ? QStringLiteral("signalboard") : actor.login;
}

bool QaReviewStore::callServer(const QString &sql, const QVariantList &values, QVariant *result,
                               QString &error) const {
    // The call's statement outlives the transaction (see TicketEdits::change).
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

QList<QaIssue> QaReviewStore::draftIssues(const Scorecard &card, const QList<ItemRating> &ratings) {
    QList<QaIssue> issues;
    QSet<QString> seen;
    for (const ItemRating &x : ratings) {
        const ScorecardItem *it = card.item(x.key);
        if (!it) {
            issues.append(
                {x.key,
                 {},
                 QCoreApplication::translate("sb::Scorecards", "Not an item of this scorecard.")});
            continue;
        }
        if (seen.contains(x.key))
            issues.append({x.key,
                           {},
                           QCoreApplication::translate("sb::Scorecards", "Rated more than once.")});
        seen.insert(x.key);
        if (x.na && x.value)
            issues.append({x.key,
                           {},
                           QCoreApplication::translate(
                               "sb::Scorecards", "Either a value or not applicable, not both.")});
        else if (x.na && !it->naAllowed)
            issues.append({x.key,
                           {},
                           QCoreApplication::translate(
                               "sb::Scorecards", "This item cannot be marked not applicable.")});
        if (x.value && (*x.value < scaleMinimum(it->scale) || *x.value > scaleMaximum(it->scale)))
            issues.append(
                {x.key,
                 {},
                 QCoreApplication::translate("sb::Scorecards", "The value must be from %1 to %2.")
                     .arg(scaleMinimum(it->scale))
                     .arg(scaleMaximum(it->scale))});
        if (x.comment.size() > Scorecards::kMaxCommentLength)
            issues.append({x.key,
                           {},
                           QCoreApplication::translate("sb::Scorecards", "At most %1 characters.")
                               .arg(Scorecards::kMaxCommentLength)});
        for (const QString &tag : x.rootCauses)
            if (!it->rootCauses.contains(tag)) {
                issues.append({x.key,
                               {},
                               QCoreApplication::translate(
                                   "sb::Scorecards", "\"%1\" is not a root cause of this item.")
                                   .arg(tag)});
                break;
            }
    }
    return issues;
}

QString QaReviewStore::rootCausesText(const QStringList &tags) {
    if (tags.isEmpty())
        return QString(QLatin1StringView(""));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList QaReviewStore::rootCausesFrom(const QString &text) {
    return text.trimmed().isEmpty() ? QStringList() : stringList(text);
}

QString QaReviewStore::ratingsJson(const QList<ItemRating> &ratings) {
    QJsonArray a;
    for (const ItemRating &r : ratings)
        a.append(
            QJsonObject{{QStringLiteral("key"), r.key},
                        {QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue()},
                        {QStringLiteral("na"), r.na},
                        {QStringLiteral("comment"), r.comment},
                        {QStringLiteral("root_causes"), QJsonArray::fromStringList(r.rootCauses)}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace sb

// QaScorecardStore: reading scorecards and their versions, the checks of a draft, and the
// helpers every write shares.
#include "qa/scorecardstore.h"

#include "security/permissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

namespace sb {

namespace {

const QString kNote = QStringLiteral("note");
const QString kTitleZh = QStringLiteral("title_zh");
const QString kRootCausesZh = QStringLiteral("root_causes_zh");

// Where an item's issues are reported, as Scorecards::validate does: its key, or its
// position when the key is unusable.
QString itemPlace(const ScorecardItem &item, qsizetype index) {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return item.key.size() <= Scorecards::kMaxKeyLength && re.match(item.key).hasMatch()
               ? item.key
               : QStringLiteral("#%1").arg(index);
}

} // namespace

const QaScorecardVersionInfo *QaScorecardInfo::draft() const {
    for (const QaScorecardVersionInfo &v : versions)
        if (!v.published)
            return &v;
    return nullptr;
}

const QaScorecardVersionInfo *QaScorecardInfo::newestPublished() const {
    const QaScorecardVersionInfo *best = nullptr;
    for (const QaScorecardVersionInfo &v : versions)
        if (v.published && (!best || v.version > best->version))
            best = &v;
    return best;
}

QaScorecardStore::QaScorecardStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool QaScorecardStore::versions(const QString &where, const QVariantList &values,
                                QList<QaScorecardVersionInfo> &out, QString &error) const {
    out.clear();
    std::optional<QaScorecardVersion> inForce;
    if (!QaReviewStore(m_db, m_clock).scorecardInForce(inForce, error))
        return false;
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT v.id, v.scorecard_id, v.version, v.state, v.note, "
                                  "v.created_at, v.created_by, v.published_at, v.published_by, "
                                  "(SELECT COUNT(*) FROM qa_scorecard_items i WHERE i.version_id "
                                  "= v.id), (SELECT COALESCE(MAX(i.id), 0) FROM "
                                  "qa_scorecard_items i WHERE i.version_id = v.id) FROM "
                                  "qa_scorecard_versions v WHERE ") +
                       where + QStringLiteral(" ORDER BY v.scorecard_id, v.version DESC"),
                   values, error))
        return false;
    while (q.next()) {
        QaScorecardVersionInfo v;
        v.id = q.value(0).toLongLong();
        v.scorecardId = q.value(1).toLongLong();
        v.version = q.value(2).toInt();
        v.published = q.value(3).toString() == QLatin1StringView("published");
        v.inForce = inForce && inForce->id == v.id;
        v.note = q.value(4).toString();
        v.createdAt = q.value(5).toLongLong();
        v.createdBy = q.value(6).toString();
        v.publishedAt = q.value(7).toLongLong();
        v.publishedBy = q.value(8).toString();
        v.items = q.value(9).toInt();
        v.revision = v.published ? 0 : q.value(10).toLongLong();
        out.append(v);
    }
    return true;
}

bool QaScorecardStore::versionInfo(qint64 versionId, QaScorecardVersionInfo &out,
                                   QString &error) const {
    QList<QaScorecardVersionInfo> found;
    if (!versions(QStringLiteral("v.id = ?"), {versionId}, found, error))
        return false;
    if (found.isEmpty()) {
        error =
            tr("Scorecard version #%1 does not exist (a discarded draft is gone).").arg(versionId);
        return false;
    }
    out = found.first();
    return true;
}

bool QaScorecardStore::list(QList<QaScorecardInfo> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, key, name, archived FROM qa_scorecards ORDER BY "
                                  "name, id"),
                   {}, error))
        return false;
    while (q.next()) {
        QaScorecardInfo s;
        s.id = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        s.name = q.value(2).toString();
        s.archived = q.value(3).toLongLong() != 0;
        out.append(s);
    }
    QList<QaScorecardVersionInfo> all;
    if (!versions(QStringLiteral("1 = 1"), {}, all, error))
        return false;
    for (QaScorecardInfo &s : out)
        for (const QaScorecardVersionInfo &v : all)
            if (v.scorecardId == s.id)
                s.versions.append(v);
    return true;
}

bool QaScorecardStore::load(qint64 versionId, QaScorecardVersion &out, QaScorecardVersionInfo &info,
                            QString &error) const {
    return versionInfo(versionId, info, error) &&
           QaReviewStore(m_db, m_clock).scorecardVersion(versionId, out, error);
}

QList<QaIssue> QaScorecardStore::validate(const QString &name, int version,
                                          const QaScorecardDraft &draft) {
    Scorecard card;
    card.name = name;
    card.version = version;
    card.items = draft.items;
    QList<QaIssue> issues = Scorecards::validate(card);
    if (draft.note.size() > kMaxNote)
        issues.append({{}, kNote, tr("At most %1 characters.").arg(kMaxNote)});
    for (qsizetype i = 0; i < draft.items.size(); ++i) {
        const ScorecardItem &it = draft.items.at(i);
        const QString place = itemPlace(it, i);
        if (draft.titlesZh.value(i).size() > Scorecards::kMaxTitleLength)
            issues.append(
                {place, kTitleZh, tr("At most %1 characters.").arg(Scorecards::kMaxTitleLength)});
        const QStringList zh = draft.rootCausesZh.value(i);
        if (zh.size() > it.rootCauses.size()) {
            issues.append({place, kRootCausesZh,
                           tr("%1 Chinese root causes for %2 root causes: give at most one "
                              "for each.")
                               .arg(zh.size())
                               .arg(it.rootCauses.size())});
            continue;
        }
        for (const QString &tag : zh) {
            if (tag.size() > Scorecards::kMaxRootCauseLength) {
                issues.append({place, kRootCausesZh,
                               tr("A root cause has at most %1 characters.")
                                   .arg(Scorecards::kMaxRootCauseLength)});
                break;
            }
        }
    }
    return issues;
}

QaScorecardDraft QaScorecardStore::normalized(const QaScorecardDraft &draft) {
    QaScorecardDraft out = draft;
    out.titlesZh.resize(out.items.size());
    out.rootCausesZh.resize(out.items.size());
    for (qsizetype i = 0; i < out.items.size(); ++i) {
        out.titlesZh[i] = out.titlesZh.at(i).trimmed();
        QStringList &zh = out.rootCausesZh[i];
        for (QString &tag : zh)
            tag = tag.trimmed();
        zh.resize(out.items.at(i).rootCauses.size());
    }
    return out;
}

QString QaScorecardStore::scaleColumn(ScoreScale scale) {
    switch (scale) {
    case ScoreScale::PassFail:
        return QStringLiteral("pass_fail");
    case ScoreScale::ZeroToTwo:
        return QStringLiteral("0_2");
    case ScoreScale::OneToFive:
        return QStringLiteral("1_5");
    }
    return {};
}

QString QaScorecardStore::itemsJson(const QaScorecardDraft &draft) {
    const QaScorecardDraft d = normalized(draft);
    QJsonArray items;
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const ScorecardItem &it = d.items.at(i);
        items.append(QJsonObject{
            {QStringLiteral("key"), it.key},
            {QStringLiteral("title"), it.title},
            {kTitleZh, d.titlesZh.at(i)},
            {QStringLiteral("weight"), it.weight},
            {QStringLiteral("scale"), scaleColumn(it.scale)},
            {QStringLiteral("na_allowed"), it.naAllowed},
            {QStringLiteral("critical"), it.critical},
            {QStringLiteral("comment_required_below_pass"), it.commentRequiredBelowPass},
            {QStringLiteral("root_causes"), QJsonArray::fromStringList(it.rootCauses)},
            {kRootCausesZh, QJsonArray::fromStringList(d.rootCausesZh.at(i))}});
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

bool QaScorecardStore::mayEdit(const QaActor &actor, QString &error) const {
    if (actor.staffId <= 0) {
        error = tr("Scorecards are edited in a staff member's name.");
        return false;
    }
    bool held = false;
    if (!qaActorHolds(m_db, m_clock, actor, perm::QaScorecards, held, error))
        return false;
    if (!held)
        error = tr("Refused: editing scorecards needs the permission %1.").arg(perm::QaScorecards);
    return held;
}

bool QaScorecardStore::lockDraft(qint64 versionId, qint64 revision, QaScorecardVersionInfo &out,
                                 QString &error) const {
    if (!versionInfo(versionId, out, error))
        return false;
    if (out.published) {
        error = tr("Version %1 is published, and a published version never changes: create a "
                   "new draft to change the scorecard.")
                    .arg(out.version);
        return false;
    }
    if (out.revision != revision) {
        error = tr("Draft version %1 was changed by someone else since you read it: read it "
                   "again.")
                    .arg(out.version);
        return false;
    }
    return true;
}

bool QaScorecardStore::scorecardName(qint64 scorecardId, QString &name, bool &archived,
                                     QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT name, archived FROM qa_scorecards WHERE id = ?"),
                   {scorecardId}, error))
        return false;
    if (!q.next()) {
        error = tr("Scorecard #%1 does not exist.").arg(scorecardId);
        return false;
    }
    name = q.value(0).toString();
    archived = q.value(1).toLongLong() != 0;
    return true;
}

bool QaScorecardStore::callServer(const QString &sql, const QVariantList &values, QVariant *result,
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

QString QaScorecardStore::auditActor(const QaActor &actor) const {
    return actor.login.isEmpty() ? QStringLiteral("signalboard") : actor.login;
}

} // namespace sb

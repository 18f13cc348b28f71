// QaScorecardStore: creating, saving, publishing and discarding drafts.
#include "qa/scorecardstore.h"

#include "security/audittrail.h"
#include "storage/dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sb {

namespace {

QString jsonList(const QStringList &texts) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

} // namespace

bool QaScorecardStore::writeItems(qint64 versionId, const QaScorecardDraft &draft,
                                  QString &error) const {
    const QaScorecardDraft d = normalized(draft);
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const ScorecardItem &it = d.items.at(i);
        if (!m_db.exec(QStringLiteral("INSERT INTO qa_scorecard_items(version_id, position, key, "
                                      "label, label_zh, weight, scale, allow_na, critical, "
                                      "comment_below_pass, root_causes, root_causes_zh) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {versionId, qint64(i + 1), it.key, it.title, textValue(d.titlesZh.at(i)),
                        it.weight, scaleColumn(it.scale), it.naAllowed ? 1 : 0, it.critical ? 1 : 0,
                        it.commentRequiredBelowPass ? 1 : 0, jsonList(it.rootCauses),
                        jsonList(d.rootCausesZh.at(i))},
                       error))
            return false;
    }
    return true;
}

bool QaScorecardStore::insertDraft(const QaActor &actor, qint64 scorecardId,
                                   const QaScorecardDraft &draft, qint64 &versionId, int &version,
                                   QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT version FROM qa_scorecard_versions WHERE scorecard_id = "
                                  "? AND state = 'draft'"),
                   {scorecardId}, error))
        return false;
    if (q.next()) {
        error = tr("The scorecard has a draft already (version %1): edit or discard it.")
                    .arg(q.value(0).toInt());
        return false;
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM "
                                  "qa_scorecard_versions WHERE scorecard_id = ?"),
                   {scorecardId}, error) ||
        !q.next())
        return false;
    version = q.value(0).toInt();
    return dialect::insertReturningId(
               m_db,
               QStringLiteral("INSERT INTO qa_scorecard_versions(scorecard_id, version, state, "
                              "note, created_at, created_by) VALUES (?, ?, 'draft', ?, ?, ?)"),
               {scorecardId, version, textValue(draft.note), m_clock.nowMs(), auditActor(actor)},
               versionId, error) &&
           writeItems(versionId, draft, error) &&
           AuditTrail(m_db, m_clock)
               .append(auditActor(actor), QStringLiteral("qa.scorecard.save_draft"),
                       QStringLiteral("qa_scorecard_version"), versionId,
                       {{QStringLiteral("scorecard"), scorecardId},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("items"), draft.items.size()},
                        {QStringLiteral("created"), true}},
                       error);
}

bool QaScorecardStore::createDraft(const QaActor &actor, qint64 scorecardId, qint64 &versionId,
                                   QString &error) {
    versionId = 0;
    QString name;
    bool archived = false;
    if (!mayEdit(actor, error) || !scorecardName(scorecardId, name, archived, error))
        return false;
    if (archived) {
        error = tr("Scorecard “%1” is archived.").arg(name);
        return false;
    }
    QList<QaScorecardVersionInfo> all;
    if (!versions(QStringLiteral("v.scorecard_id = ?"), {scorecardId}, all, error))
        return false;
    const QaScorecardVersionInfo *base = nullptr;
    for (const QaScorecardVersionInfo &v : all) {
        if (!v.published) {
            error = tr("The scorecard has a draft already (version %1): edit or discard it.")
                        .arg(v.version);
            return false;
        }
        if (!base || v.version > base->version)
            base = &v;
    }
    if (!base) {
        error = tr("Scorecard “%1” has no published version to start a draft from.").arg(name);
        return false;
    }
    QaScorecardVersion published;
    if (!QaReviewStore(m_db, m_clock).scorecardVersion(base->id, published, error))
        return false;
    QaScorecardDraft draft;
    draft.items = Scorecards::nextDraft(published.card).items;
    draft.titlesZh = published.titlesZh;
    draft.rootCausesZh = published.rootCausesZh;
    if (m_db.dialect() == Dialect::SQLite) {
        int version = 0;
        return m_db.transaction(
            [&](QString &err) {
                return insertDraft(actor, scorecardId, draft, versionId, version, err);
            },
            error);
    }
    QVariant id;
    if (!callServer(QStringLiteral("SELECT sb_qa_scorecard_save_draft(?, NULL, NULL, ?, ?)"),
                    {scorecardId, textValue(draft.note), itemsJson(draft)}, &id, error))
        return false;
    versionId = id.toLongLong();
    return versionId > 0;
}

bool QaScorecardStore::saveDraft(const QaActor &actor, qint64 versionId, qint64 revision,
                                 const QaScorecardDraft &draft, QList<QaIssue> &issues,
                                 qint64 &newRevision, QString &error) {
    issues.clear();
    newRevision = 0;
    QaScorecardVersionInfo info;
    QString name;
    bool archived = false;
    if (!mayEdit(actor, error) || !lockDraft(versionId, revision, info, error) ||
        !scorecardName(info.scorecardId, name, archived, error))
        return false;
    issues = validate(name, info.version, draft);
    if (!issues.isEmpty()) {
        error = Scorecards::describe(issues);
        return false;
    }
    if (m_db.dialect() == Dialect::SQLite) {
        const bool ok = m_db.transaction(
            [&](QString &err) {
                QaScorecardVersionInfo again;
                return lockDraft(versionId, revision, again, err) &&
                       m_db.exec(QStringLiteral("DELETE FROM qa_scorecard_items WHERE version_id "
                                                "= ?"),
                                 {versionId}, err) &&
                       writeItems(versionId, draft, err) &&
                       // Also announces the change (the versions' change trigger).
                       m_db.exec(QStringLiteral("UPDATE qa_scorecard_versions SET note = ? WHERE "
                                                "id = ? AND state = 'draft'"),
                                 {textValue(draft.note), versionId}, err) &&
                       AuditTrail(m_db, m_clock)
                           .append(auditActor(actor), QStringLiteral("qa.scorecard.save_draft"),
                                   QStringLiteral("qa_scorecard_version"), versionId,
                                   {{QStringLiteral("scorecard"), info.scorecardId},
                                    {QStringLiteral("version"), info.version},
                                    {QStringLiteral("items"), draft.items.size()},
                                    {QStringLiteral("created"), false}},
                                   err);
            },
            error);
        if (!ok)
            return false;
    } else if (!callServer(QStringLiteral("SELECT sb_qa_scorecard_save_draft(NULL, ?, ?, ?, ?)"),
                           {versionId, revision, textValue(draft.note), itemsJson(draft)}, nullptr,
                           error)) {
        return false;
    }
    QaScorecardVersionInfo after;
    if (!versionInfo(versionId, after, error))
        return false;
    newRevision = after.revision;
    return true;
}

bool QaScorecardStore::publish(const QaActor &actor, qint64 versionId, qint64 revision,
                               QString &error) {
    QaScorecardVersionInfo info;
    if (!mayEdit(actor, error) || !lockDraft(versionId, revision, info, error))
        return false;
    // What is published is what was saved: checked once more as a whole.
    QaScorecardVersion stored;
    if (!QaReviewStore(m_db, m_clock).scorecardVersion(versionId, stored, error))
        return false;
    const QList<QaIssue> issues =
        validate(stored.card.name, stored.card.version,
                 {info.note, stored.card.items, stored.titlesZh, stored.rootCausesZh});
    if (!issues.isEmpty()) {
        error = Scorecards::describe(issues);
        return false;
    }
    if (m_db.dialect() != Dialect::SQLite)
        return callServer(QStringLiteral("SELECT sb_qa_scorecard_publish(?, ?)"),
                          {versionId, revision}, nullptr, error);
    std::optional<QaScorecardVersion> before;
    if (!QaReviewStore(m_db, m_clock).scorecardInForce(before, error))
        return false;
    return m_db.transaction(
        [&](QString &err) {
            QaScorecardVersionInfo again;
            QSqlQuery q(m_db.db());
            if (!lockDraft(versionId, revision, again, err) ||
                !m_db.exec(q,
                           QStringLiteral("UPDATE qa_scorecard_versions SET state = 'published', "
                                          "published_at = ?, published_by = ? WHERE id = ? AND "
                                          "state = 'draft'"),
                           {m_clock.nowMs(), auditActor(actor), versionId}, err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("Draft version %1 was changed by someone else since you read it: read "
                         "it again.")
                          .arg(info.version);
                return false;
            }
            return AuditTrail(m_db, m_clock)
                .append(
                    auditActor(actor), QStringLiteral("qa.scorecard.publish"),
                    QStringLiteral("qa_scorecard_version"), versionId,
                    {{QStringLiteral("scorecard"), info.scorecardId},
                     {QStringLiteral("version"), info.version},
                     {QStringLiteral("items"), stored.card.items.size()},
                     {QStringLiteral("replaces"), before ? QJsonValue(before->id) : QJsonValue()}},
                    err);
        },
        error);
}

bool QaScorecardStore::discard(const QaActor &actor, qint64 versionId, qint64 revision,
                               QString &error) {
    QaScorecardVersionInfo info;
    if (!mayEdit(actor, error) || !lockDraft(versionId, revision, info, error))
        return false;
    if (m_db.dialect() != Dialect::SQLite)
        return callServer(QStringLiteral("SELECT sb_qa_scorecard_discard(?, ?)"),
                          {versionId, revision}, nullptr, error);
    return m_db.transaction(
        [&](QString &err) {
            QaScorecardVersionInfo again;
            return lockDraft(versionId, revision, again, err) &&
                   m_db.exec(QStringLiteral("DELETE FROM qa_scorecard_items WHERE version_id = ?"),
                             {versionId}, err) &&
                   m_db.exec(QStringLiteral("DELETE FROM qa_scorecard_versions WHERE id = ? AND "
                                            "state = 'draft'"),
                             {versionId}, err) &&
                   // The scorecard's change trigger announces it (a deleted version has none).
                   m_db.exec(QStringLiteral("UPDATE qa_scorecards SET archived = archived WHERE "
                                            "id = ?"),
                             {info.scorecardId}, err) &&
                   AuditTrail(m_db, m_clock)
                       .append(auditActor(actor), QStringLiteral("qa.scorecard.discard"),
                               QStringLiteral("qa_scorecard_version"), versionId,
                               {{QStringLiteral("scorecard"), info.scorecardId},
                                {QStringLiteral("version"), info.version}},
                               err);
        },
        error);
}

} // namespace sb

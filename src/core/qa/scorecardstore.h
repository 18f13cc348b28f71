#pragma once

#include "qa/qaactor.h"
#include "qa/reviewstore.h"
#include "qa/scorecard.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// One version of a scorecard (qa_scorecard_versions) as the editor lists it.
struct QaScorecardVersionInfo {
    qint64 id = 0;
    qint64 scorecardId = 0;
    int version = 0;
    bool published = false;
    bool inForce = false; // the version new reviews pin (QaReviewStore::scorecardInForce)
    QString note;         // what changed, in the editor's words
    qint64 createdAt = 0;
    QString createdBy;
    qint64 publishedAt = 0; // 0 for a draft
    QString publishedBy;
    qint64 revision = 0; // a draft's edit stamp (QaScorecardStore); 0 for a published version
    int items = 0;
};

// A scorecard (qa_scorecards) with its versions, newest first.
struct QaScorecardInfo {
    qint64 id = 0;
    QString key;
    QString name;
    bool archived = false;
    QList<QaScorecardVersionInfo> versions;

    const QaScorecardVersionInfo *draft() const;           // nullptr when there is none
    const QaScorecardVersionInfo *newestPublished() const; // nullptr when there is none
};

// What an editor saves into a draft: the note and the items, with the Chinese titles and
// root-cause tags beside the stored ones (empty text: none, the stored text is shown).
struct QaScorecardDraft {
    QString note;
    QList<ScorecardItem> items;
    QStringList titlesZh;            // per item; missing entries are empty
    QList<QStringList> rootCausesZh; // per item, in the order of its rootCauses
};

// Editing scorecards (评分表): a scorecard gets a new version as a draft, copied from its
// newest published version (Scorecards::nextDraft); the draft's items are replaced as a whole
// on each save, after Scorecards::validate and the checks of the Chinese texts found no issue
// (nothing is saved on any issue); publishing makes the draft immutable and the version in
// force for reviews started from then on (reviews already started keep the version they
// pinned); a draft may be discarded. A scorecard has at most one draft at a time.
//
// Two editors: each save, publish and discard names the draft's revision the editor read
// (QaScorecardVersionInfo::revision, the newest of its item ids: every save replaces the
// items, and item ids are never reused). A draft changed since is refused, with nothing
// written, and must be read again.
//
// Every write needs perm::QaScorecards, is audited (qa.scorecard.save_draft,
// qa.scorecard.publish, qa.scorecard.discard) and announced on the change feed as
// ChangeEntity::QaScorecard. On SQLite the checks are made here, each step in one transaction;
// on PostgreSQL through the server's functions (resources/sql/postgresql/
// 030_qa_scorecard_editing.sql), which check the same as the login and stamp the login and the
// server's time; a trigger there refuses any change to a published version or its items.
class QaScorecardStore {
    Q_DECLARE_TR_FUNCTIONS(QaScorecardStore)
public:
    QaScorecardStore(Database &db, const Clock &clock);

    // Every scorecard with its versions, scorecards by name.
    bool list(QList<QaScorecardInfo> &out, QString &error) const;
    // One version with its items, and its list entry.
    bool load(qint64 versionId, QaScorecardVersion &out, QaScorecardVersionInfo &info,
              QString &error) const;

    // Creates the next draft of scorecard `scorecardId` from its newest published version and
    // gives its id. Refused while the scorecard has a draft.
    bool createDraft(const QaActor &actor, qint64 scorecardId, qint64 &versionId, QString &error);
    // Replaces the note and items of draft `versionId`, read at `revision`. On problems in the
    // content returns false with every one in `issues` (and `error` describing them); nothing
    // is saved. Gives the draft's new revision.
    bool saveDraft(const QaActor &actor, qint64 versionId, qint64 revision,
                   const QaScorecardDraft &draft, QList<QaIssue> &issues, qint64 &newRevision,
                   QString &error);
    // Publishes draft `versionId`, read at `revision`: from now on it never changes, and new
    // reviews pin it.
    bool publish(const QaActor &actor, qint64 versionId, qint64 revision, QString &error);
    // Deletes draft `versionId`, read at `revision`.
    bool discard(const QaActor &actor, qint64 versionId, qint64 revision, QString &error);

    // Every problem of a draft of scorecard `name`, version `version`: Scorecards::validate,
    // the note's length, and the Chinese titles and root causes (at most one per root cause,
    // each within the lengths of the stored ones).
    static QList<QaIssue> validate(const QString &name, int version, const QaScorecardDraft &draft);
    // The draft as the server's functions read it: a JSON array of items.
    static QString itemsJson(const QaScorecardDraft &draft);
    // The scale as qa_scorecard_items stores it ("pass_fail", "0_2", "1_5").
    static QString scaleColumn(ScoreScale scale);

    static constexpr qsizetype kMaxNote = 2000;

private:
    bool mayEdit(const QaActor &actor, QString &error) const;
    // The versions `where` (a condition on v, qa_scorecard_versions) picks.
    bool versions(const QString &where, const QVariantList &values,
                  QList<QaScorecardVersionInfo> &out, QString &error) const;
    bool versionInfo(qint64 versionId, QaScorecardVersionInfo &out, QString &error) const;
    // The draft `versionId` locked for a write, checked against `revision`.
    bool lockDraft(qint64 versionId, qint64 revision, QaScorecardVersionInfo &out,
                   QString &error) const;
    bool scorecardName(qint64 scorecardId, QString &name, bool &archived, QString &error) const;
    bool writeItems(qint64 versionId, const QaScorecardDraft &draft, QString &error) const;
    bool insertDraft(const QaActor &actor, qint64 scorecardId, const QaScorecardDraft &draft,
                     qint64 &versionId, int &version, QString &error) const;
    bool callServer(const QString &sql, const QVariantList &values, QVariant *result,
                    QString &error) const;
    QString auditActor(const QaActor &actor) const;
    static QaScorecardDraft normalized(const QaScorecardDraft &draft);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sb {

// How long closed tickets stay in the live database (shared settings, in months): ordinary
// tickets 3, important ones 6. Important: green channel, appealed (or an appeal), a VIP
// customer, or linked to an incident.
struct RetentionRules {
    Q_DECLARE_TR_FUNCTIONS(RetentionRules)
public:
    static QString ordinaryKey() { return QStringLiteral("retention.ordinary_months"); }
    static QString importantKey() { return QStringLiteral("retention.important_months"); }

    int ordinaryMonths = 3;
    int importantMonths = 6;

    // The current settings (the defaults above when unset). Fails on a stored value that is
    // not a number of months from 1 to 1200.
    static bool load(const Database &db, RetentionRules &out, QString &error);
};

// The close times before which tickets may leave: each kind's retention counted back from
// `now`, and never later than the operator's --before (ms since the epoch, UTC).
struct RetentionCutoff {
    qint64 ordinaryBefore = 0;
    qint64 importantBefore = 0;

    static RetentionCutoff at(const RetentionRules &rules, const QDateTime &now, qint64 beforeMs);
};

// The tickets past retention, by id. A ticket is a candidate when it is in a final state of its
// flow, closed (its last move into that state, or its last change) before the cut-off of its
// kind, and nothing keeps it: no appeal of it is still in the live database, its incident is
// not open, no unresolved supervision item covers its problem type or category over its
// receipt time, and it has no QA records (sampled, reviewed, scored or calibrated tickets stay
// in the live database). On PostgreSQL the server applies the same rule
// (sb_archive_candidate_ids, schema 44): keep both in step.
class RetentionQuery {
    Q_DECLARE_TR_FUNCTIONS(RetentionQuery)
public:
    RetentionQuery(const Database &db, RetentionCutoff cutoff);

    // Up to `limit` candidate ids above `afterId`, ascending.
    bool nextBatch(qint64 afterId, int limit, QList<qint64> &ids, QString &error) const;
    // Whether each of `ids` is a candidate now (the ones that are, ascending). On PostgreSQL the
    // tickets stay locked until the caller's transaction ends.
    bool stillCandidates(const QList<qint64> &ids, QList<qint64> &out, QString &error) const;

private:
    QString candidateSql(const QString &extra) const;
    const Database &m_db;
    RetentionCutoff m_cutoff;
};

} // namespace sb

#pragma once

#include "grading/engine.h"
#include "grading/ruleset.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// How a person identified an incident (incidents.confirmation): docs/spec/DOMAIN.md §3 confirmation
// flow — a known problem (linked to a knowledge-base entry), a new problem confirmed, or not
// yet confirmed (暂不确认). 'unconfirmed' is what the engine writes.
namespace confirmation {
inline const QString Unconfirmed = QStringLiteral("unconfirmed");
inline const QString Known = QStringLiteral("known");
inline const QString Confirmed = QStringLiteral("confirmed");
inline const QString Deferred = QStringLiteral("deferred");
bool isValid(const QString &key);
} // namespace confirmation

// One row of `incidents`, with the owner's and the knowledge-base entry's names.
struct IncidentRecord {
    qint64 id = 0;
    QString problemType;
    QString problemClass;
    QString state; // open, resolved
    Grade grade = Grade::General;
    QString triggerKind;
    qint64 openedAt = 0;
    std::optional<qint64> closedAt;
    qint64 ownerId = 0;
    QString ownerName;
    QString confirmation;
    qint64 knownIssueId = 0;
    QString knownIssueTitle;
    QString overrideReason;
    QString summary;
    std::optional<Grade> postGrade;
    int version = 0;
};

// One incident_events row for the timeline, oldest first.
struct TimelineEntry {
    qint64 id = 0;
    qint64 at = 0;
    QString event; // opened, regraded, closed, known_issue, confirmed, deferred, graded,
                   // overridden, handed_over, announced, resolved, post_graded, kb_updated
    std::optional<Grade> fromGrade;
    std::optional<Grade> grade;
    qint64 actorId = 0;
    QString actorName;
    QString note;
    QJsonObject data;
};

struct TicketSample {
    qint64 id = 0;
    qint64 receivedAt = 0;
    QString tier;
    QString channel;
    QString subject;
    QString description;
};

struct KnowledgeEntry {
    qint64 id = 0;
    QString kind;
    QString title;
    QString body;
    qint64 updatedAt = 0;
};

struct StaffChoice {
    qint64 id = 0;
    QString name;
    QString employeeNo;
    QString teamName;
    bool onDuty = false;
};

// One open incident on the board with its live counts. Growth compares the last 30 minutes
// with the 30 minutes before: (last − previous) / max(previous, 1).
struct BoardRow {
    IncidentRecord incident;
    WindowCounts counts;
    int previous30 = 0; // complaints in (now − 60 min, now − 30 min], both tiers
    int last30() const { return counts.normal30 + counts.vip30; }
    double growth() const;
};

// Read side of incident grading: short, bounded queries for the GUI thread.
class IncidentQueries {
    Q_DECLARE_TR_FUNCTIONS(sb::IncidentQueries)
public:
    explicit IncidentQueries(Database &db);

    // The newest rule set in rule_sets, or the shipped default when there is none.
    bool currentRules(RuleSet &out, QString &error) const;

    bool incident(qint64 id, IncidentRecord &out, QString &error) const;
    // The open incident of a problem type; `found` false when there is none.
    bool openIncident(const QString &problemType, IncidentRecord &out, bool &found,
                      QString &error) const;
    // Incidents resolved after `sinceMs`, latest first (at most 200).
    bool resolvedSince(qint64 sinceMs, QList<IncidentRecord> &out, QString &error) const;
    bool timeline(qint64 incidentId, QList<TimelineEntry> &out, QString &error) const;

    // Complaints of one type in the half-open windows (t − w, t] of docs/spec/GRADING.md, from
    // tickets; key accounts count as VIP.
    bool counts(const QString &problemType, qint64 atMs, qint64 burstMs, qint64 gradingMs,
                WindowCounts &out, QString &error) const;
    // Complaints of one type per bucket, oldest first: bucket i covers
    // (atMs − (n − i)·bucketMs, atMs − (n − i − 1)·bucketMs].
    bool trend(const QString &problemType, qint64 atMs, qint64 bucketMs, int buckets,
               QList<int> &out, QString &error) const;
    bool latestTickets(const QString &problemType, int limit, QList<TicketSample> &out,
                       QString &error) const;
    // Complaints of one type received in (from, to] (post-incident volume).
    bool complaintsBetween(const QString &problemType, qint64 fromMs, qint64 toMs, int &out,
                           QString &error) const;

    // Knowledge-base entries whose title or body contains `text` (case-insensitive for
    // ASCII); empty text lists the latest known issues. At most `limit`.
    bool searchKnowledge(const QString &text, int limit, QList<KnowledgeEntry> &out,
                         QString &error) const;
    bool knowledgeEntry(qint64 id, KnowledgeEntry &out, QString &error) const;

    // Active staff holding `roleKey`, on duty first, then by name; `onDutyOnly` drops the rest.
    bool staffWithRole(const QString &roleKey, bool onDutyOnly, QList<StaffChoice> &out,
                       QString &error) const;

    // Roles (id, key) and teams (id, name) an announcement can go to.
    bool audienceChoices(QList<std::pair<qint64, QString>> &roles,
                         QList<std::pair<qint64, QString>> &teams, QString &error) const;

    // Open incidents with their counts at `atMs`, fastest-growing first.
    bool board(qint64 atMs, qint64 burstMs, qint64 gradingMs, QList<BoardRow> &out,
               QString &error) const;

private:
    bool readIncidents(const QString &where, const QVariantList &values, QList<IncidentRecord> &out,
                       QString &error) const;

    Database &m_db;
};

// Sparkline of counts with the eight block characters ▁▂▃▄▅▆▇█ (a blank for zero).
QString textSparkline(const QList<int> &values);

} // namespace sb

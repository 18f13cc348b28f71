#pragma once

#include "qa/reviewstore.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// Coaching (辅导): a failed review opens a one-to-one coaching item for the agent's team lead;
// the lead records the meeting (date, notes, agreed actions) and the agent acknowledges it.

enum class QaCoachingState { Open, Held, Acknowledged };
// "open", "held", "acknowledged" (qa_coaching_items.state).
QString qaCoachingStateKey(QaCoachingState state);
std::optional<QaCoachingState> qaCoachingStateFromKey(const QString &key);

// One coaching item (qa_coaching_items) with what the views show beside it.
struct QaCoachingItem {
    qint64 id = 0;
    qint64 reviewId = 0; // 0 when the review is gone
    qint64 ticketId = 0; // of the review; 0 when gone
    QString serial;
    std::optional<double> score; // the review's score
    qint64 agentId = 0;
    QString agentLogin;
    qint64 leadId = 0; // 0: the agent's team had no team lead when it opened
    QString leadLogin;
    QaCoachingState state = QaCoachingState::Open;
    QDate heldOn; // the meeting's day, once recorded
    QString notes;
    QString actions; // the agreed actions
    qint64 createdAt = 0;
    qint64 acknowledgedAt = 0; // 0: not acknowledged
    qint64 version = 0;
};

// What the lead records of the meeting.
struct QaCoachingMeeting {
    QDate heldOn;
    QString notes;
    QString actions;
};

// Coaching items, on both databases with the same rules. On SQLite the checks are made here;
// on PostgreSQL every write goes through the server's functions
// (resources/sql/postgresql/026_qa_coaching.sql), which make the same checks as the login.
//
// Rules: a review that is submitted and failed and names an agent opens one item, for the
// team lead of the agent's team (an active staff member of that team with the role
// "team_lead", other than the agent; the lowest id when there are several; none when the team
// has none), by the review's reviewer in the submission's transaction. The meeting is recorded
// by the item's lead or a team lead of the agent's team, never the agent, until the agent
// acknowledges it; the recorder becomes the item's lead. Only the agent acknowledges, once,
// after the meeting is recorded. Every step is audited (qa.coaching.open, .record,
// .acknowledge). The agent reads their own items, the lead and the team leads of the agent's
// team read them, holders of qa.read_all read all.
class QaCoachingStore {
    Q_DECLARE_TR_FUNCTIONS(QaCoachingStore)
public:
    QaCoachingStore(Database &db, const Clock &clock);

    // Opens the coaching item of submitted review `reviewId` when it failed, inside the
    // caller's transaction (QaReviewStore::submit). Once per review: `id` is the item there is
    // on a second call, 0 when the review passed or names no agent.
    bool openForReview(const QaActor &actor, qint64 reviewId, qint64 &id, QString &error);

    // Items not yet acknowledged that `leadId` records: theirs and those of their team's agents
    // (as a team lead), oldest first.
    bool openForLead(qint64 leadId, QList<QaCoachingItem> &out, QString &error) const;
    // The items of `agentId`, newest first.
    bool forAgent(qint64 agentId, QList<QaCoachingItem> &out, QString &error) const;
    // An item the connection may read; nullopt when there is none.
    bool load(qint64 itemId, std::optional<QaCoachingItem> &out, QString &error) const;
    // The item of review `reviewId` the connection may read; nullopt when there is none.
    bool forReview(qint64 reviewId, std::optional<QaCoachingItem> &out, QString &error) const;

    // The lead records the meeting (every field required). Audited (qa.coaching.record).
    bool record(const QaActor &actor, qint64 itemId, const QaCoachingMeeting &meeting,
                QaCoachingItem &out, QString &error);
    // The agent acknowledges the recorded meeting. Audited (qa.coaching.acknowledge).
    bool acknowledge(const QaActor &actor, qint64 itemId, QaCoachingItem &out, QString &error);

    // What a meeting lacks, in the person's words, each naming the field; empty when complete.
    static QStringList meetingIssues(const QaCoachingMeeting &meeting);

    static constexpr qsizetype kMaxText = 4000;

private:
    bool loadItems(const QString &where, const QVariantList &values, QList<QaCoachingItem> &out,
                   QString &error) const;
    bool leadsAgent(qint64 staffId, qint64 agentId, bool &out, QString &error) const;
    bool teamLeadOf(qint64 agentId, qint64 &out, QString &error) const;
    bool recordLocally(const QaActor &actor, qint64 itemId, const QaCoachingMeeting &meeting,
                       QString &error);
    bool acknowledgeLocally(const QaActor &actor, qint64 itemId, QString &error);
    bool callServer(const QString &sql, const QVariantList &values, QString &error) const;
    QString auditActor(const QaActor &actor) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

namespace sb {

// What a change_log row is about: one value per `entity` key the migrations' change triggers
// write. Parsed once, in the change feed; everything else compares these values.
enum class ChangeEntity {
    Unknown, // a key this build does not know (a newer schema): kept so the feed moves on
    Ticket,
    TicketEvent,
    Incident,
    IncidentEvent,
    Message,
    Receipt,
    MessageTemplate,
    Outbox,
    Staff,
    Team,
    Role,
    RolePermission,
    TempPermission,
    Setting,
    RuleSet,
    KbArticle,
    DeadlineRule,
    CalendarDay,
    QaSample,       // a drawn day (qa_sample_days.id)
    QaSampleTicket, // a sampled ticket, also when replaced (qa_sample_tickets.id)
    QaScorecard,    // a scorecard or one of its versions (qa_scorecards.id)
    QaReview,
    QaDispute,
    QaCoaching,
    QaCalibration,     // a calibration session, its participants or scores (session id)
    ReportSupervision, // a supervision item (督办) opened from a report
    ReportSchedule,    // a report schedule (report_schedules.id)
    ReportRun,         // a report run, claimed, finished or taken over (report_runs.id)
};

enum class ChangeOp { Insert, Update, Delete };

// The change_log keys ("ticket", "incident_event" …, "insert", "update", "delete").
ChangeEntity changeEntityFromKey(QStringView key);
QString changeEntityKey(ChangeEntity entity);
ChangeOp changeOpFromKey(QStringView key); // unknown keys read as Update
// Every entity this build has a key for (Unknown excluded), in a fixed order.
QList<ChangeEntity> knownChangeEntities();
QString changeOpKey(ChangeOp op);

inline size_t qHash(ChangeEntity e, size_t seed = 0) noexcept {
    return ::qHash(static_cast<int>(e), seed);
}

struct Change {
    qint64 seq = 0;
    ChangeEntity entity = ChangeEntity::Unknown;
    qint64 entityId = 0;
    ChangeOp op = ChangeOp::Update;
    qint64 at = 0;
};

} // namespace sb

#include "sync/change.h"

#include "util/keytable.h"

#include <array>
#include <utility>

namespace sb {

namespace {
constexpr KeyTable<ChangeEntity, 28> kEntities{{
    {ChangeEntity::Ticket, "ticket"},
    {ChangeEntity::TicketEvent, "ticket_event"},
    {ChangeEntity::Incident, "incident"},
    {ChangeEntity::IncidentEvent, "incident_event"},
    {ChangeEntity::Message, "message"},
    {ChangeEntity::Receipt, "receipt"},
    {ChangeEntity::MessageTemplate, "message_template"},
    {ChangeEntity::Outbox, "outbox"},
    {ChangeEntity::Staff, "staff"},
    {ChangeEntity::Team, "team"},
    {ChangeEntity::Role, "role"},
    {ChangeEntity::RolePermission, "role_permission"},
    {ChangeEntity::TempPermission, "temp_permission"},
    {ChangeEntity::Setting, "setting"},
    {ChangeEntity::RuleSet, "rule_set"},
    {ChangeEntity::KbArticle, "kb_article"},
    {ChangeEntity::DeadlineRule, "deadline_rule"},
    {ChangeEntity::CalendarDay, "calendar_day"},
    {ChangeEntity::QaSample, "qa_sample"},
    {ChangeEntity::QaSampleTicket, "qa_sample_ticket"},
    {ChangeEntity::QaScorecard, "qa_scorecard"},
    {ChangeEntity::QaReview, "qa_review"},
    {ChangeEntity::QaDispute, "qa_dispute"},
    {ChangeEntity::QaCoaching, "qa_coaching"},
    {ChangeEntity::QaCalibration, "qa_calibration"},
    {ChangeEntity::ReportSupervision, "report_supervision"},
    {ChangeEntity::ReportSchedule, "report_schedule"},
    {ChangeEntity::ReportRun, "report_run"},
}};
} // namespace

ChangeEntity changeEntityFromKey(QStringView key) {
    return valueOfKey(kEntities, key).value_or(ChangeEntity::Unknown);
}

QString changeEntityKey(ChangeEntity entity) {
    const QString key = keyOf(kEntities, entity);
    return key.isEmpty() ? QStringLiteral("unknown") : key;
}

QList<ChangeEntity> knownChangeEntities() {
    QList<ChangeEntity> out;
    out.reserve(qsizetype(kEntities.size()));
    for (const auto &entry : kEntities)
        out.append(entry.first);
    return out;
}

ChangeOp changeOpFromKey(QStringView key) {
    if (key == QLatin1StringView("insert"))
        return ChangeOp::Insert;
    if (key == QLatin1StringView("delete"))
        return ChangeOp::Delete;
    return ChangeOp::Update;
}

QString changeOpKey(ChangeOp op) {
    switch (op) {
    case ChangeOp::Insert:
        return QStringLiteral("insert");
    case ChangeOp::Delete:
        return QStringLiteral("delete");
    case ChangeOp::Update:
        break;
    }
    return QStringLiteral("update");
}

} // namespace sb

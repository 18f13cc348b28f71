#include "reports/reportschedulelabels.h"

#include <QLocale>

namespace sb::app {

QString ReportScheduleLabels::section(const QString &key) {
    static const QHash<QString, const char *> labels{
        {QStringLiteral("volume"), QT_TR_NOOP("Volume")},
        {QStringLiteral("response"), QT_TR_NOOP("Response and handling time")},
        {QStringLiteral("deadlines"), QT_TR_NOOP("Deadlines")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
        {QStringLiteral("escalation"), QT_TR_NOOP("Escalation and repeats")},
        {QStringLiteral("knowledge_base"), QT_TR_NOOP("Knowledge base")},
        {QStringLiteral("incidents"), QT_TR_NOOP("Incidents")},
        {QStringLiteral("growth"), QT_TR_NOOP("Growth")},
        {QStringLiteral("recurring"), QT_TR_NOOP("Recurring problems")},
        {QStringLiteral("qa"), QT_TR_NOOP("Quality assurance")}};
    const char *label = labels.value(key, nullptr);
    return label ? tr(label) : key;
}

QString ReportScheduleLabels::sections(const QStringList &keys) {
    if (keys.isEmpty())
        return tr("Every section");
    QStringList names;
    for (const QString &key : keys)
        names << section(key);
    return names.join(tr(", "));
}

QString ReportScheduleLabels::periodKind(ReportPeriodKind kind) {
    switch (kind) {
    case ReportPeriodKind::Hour:
        return tr("Hourly");
    case ReportPeriodKind::Day:
        return tr("Daily");
    case ReportPeriodKind::Week:
        return tr("Weekly (ISO week)");
    case ReportPeriodKind::Month:
        return tr("Monthly");
    case ReportPeriodKind::Range:
        break;
    }
    return tr("Range");
}

QString ReportScheduleLabels::language(const QString &key) {
    if (key == QStringLiteral("zh_CN"))
        return tr("Chinese (Simplified)");
    if (key == QStringLiteral("en"))
        return tr("English");
    return key;
}

QString ReportScheduleLabels::runState(ReportRunState state) {
    switch (state) {
    case ReportRunState::Running:
        return tr("Running");
    case ReportRunState::Done:
        return tr("Done");
    case ReportRunState::Failed:
        return tr("Failed");
    case ReportRunState::Skipped:
        break;
    }
    return tr("Skipped (no tickets)");
}

QString ReportScheduleLabels::when(const ReportSchedule &s) {
    const QString time = s.timeOfDay.toString(QStringLiteral("HH:mm"));
    switch (s.periodKind) {
    case ReportPeriodKind::Hour:
        return tr("%1 min past each hour").arg(s.timeOfDay.minute());
    case ReportPeriodKind::Day:
        return tr("Every day at %1").arg(time);
    case ReportPeriodKind::Week:
        return tr("Every %1 at %2").arg(QLocale().dayName(s.weekday), time);
    case ReportPeriodKind::Month:
    case ReportPeriodKind::Range:
        break;
    }
    return tr("Day %1 of each month at %2").arg(s.dayOfMonth).arg(time);
}

QString ReportScheduleLabels::audience(const QList<Audience> &audience,
                                       const AudienceNames &names) {
    QStringList parts;
    const auto named = [](const QList<qint64> &ids, const QHash<qint64, QString> &byId) {
        QStringList out;
        for (qint64 id : ids)
            out << byId.value(id, QStringLiteral("#%1").arg(id));
        return out.join(tr(", "));
    };
    for (const Audience &a : audience) {
        switch (a.kind) {
        case Audience::Kind::Everyone:
            parts << tr("Everyone");
            break;
        case Audience::Kind::OnDuty:
            parts << tr("People on duty");
            break;
        case Audience::Kind::Roles:
            parts << tr("Roles: %1").arg(named(a.ids, names.roles));
            break;
        case Audience::Kind::Teams:
            parts << tr("Teams: %1").arg(named(a.ids, names.teams));
            break;
        case Audience::Kind::Staff:
            parts << tr("People: %1").arg(named(a.ids, names.people));
            break;
        }
    }
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral("; "));
}

QString ReportScheduleLabels::delivery(const ReportSchedule &s) {
    QStringList parts;
    if (s.broadcast)
        parts << tr("broadcast");
    if (!s.folder.isEmpty())
        parts << tr("folder %1").arg(s.folder);
    if (s.webhooks)
        parts << tr("chat webhooks");
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(tr(", "));
}

} // namespace sb::app

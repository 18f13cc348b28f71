#pragma once

#include "reports/reportschedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace sb::app {

// Names of roles, teams and people by id, to say who a schedule's audience is.
struct AudienceNames {
    QHash<qint64, QString> roles;
    QHash<qint64, QString> teams;
    QHash<qint64, QString> people;
};

// The words the schedules editor and the report archive show for a schedule's and a run's
// stored keys (sections, period kinds, languages, run states), in one translation context.
class ReportScheduleLabels {
    Q_DECLARE_TR_FUNCTIONS(sb::app::ReportScheduleLabels)
public:
    static QString section(const QString &key);
    static QString sections(const QStringList &keys); // empty: every section
    static QString periodKind(ReportPeriodKind kind);
    static QString language(const QString &key);
    static QString runState(ReportRunState state);
    // "Mondays 07:00", "daily 07:00", "day 1 of the month 07:00", ":15 past each hour".
    static QString when(const ReportSchedule &s);
    // "Roles: Manager; Teams: Team A; People: Li Wei, Wang Fang" ("–" for none).
    static QString audience(const QList<Audience> &audience, const AudienceNames &names);
    // "broadcast, folder D:\\share, webhooks" ("–" for none).
    static QString delivery(const ReportSchedule &s);
};

} // namespace sb::app

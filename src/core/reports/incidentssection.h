#pragma once

#include "reports/reportsettings.h"
#include "reports/reportwindow.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace sb {

// One incident that was open at some time in the window.
struct IncidentRow {
    qint64 id = 0;
    QString problemType; // stable key
    int grade = 0;       // 0 general … 3 major (the incident's grade now)
    qint64 openedAt = 0;
    qint64 closedAt = 0; // 0: still open
    // closedAt − openedAt; for an incident still open, up to the window's end.
    qint64 durationMs = 0;
    qint64 complaints = 0; // tickets linked to it (tickets.incident_id), whenever received
    qint64 ownerId = 0;    // 0: none
    QString ownerName;
    std::optional<int> postGrade; // the post-incident grade, once given
};

// The incidents of one grade.
struct IncidentGradeTotals {
    qint64 incidents = 0;
    qint64 complaints = 0;
    qint64 durationMs = 0; // summed
};

struct IncidentsFigures {
    QList<IncidentRow> incidents;           // highest grade first, then by opening
    QMap<int, IncidentGradeTotals> byGrade; // every grade 0..3
};

// Section "incidents": incidents open at some time in [start, end) (opened before the end,
// not resolved before the start), by grade, each with its duration, complaint volume, owner
// and post-incident grade. Drills (the complaints, which are tickets): "complaints" by
// dimension "incident" (its id) or "grade" (its key: "general" … "major", over the
// incidents of the window), or without a dimension (all of them).
class IncidentsSection {
    Q_DECLARE_TR_FUNCTIONS(sb::IncidentsSection)
public:
    static constexpr auto kKey = "incidents";
    static bool load(Database &db, const ReportWindow &w, const ReportSettings &s,
                     IncidentsFigures &out, QString &error);
    static QJsonObject toJson(const IncidentsFigures &f);
    static bool ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                          bool &truncated, QString &error);
};

} // namespace sb

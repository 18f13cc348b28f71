#pragma once

#include "domain/types.h"
#include "grading/engine.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sb {

// One incident as an alert shows it: its state, grade and the counts and time of its latest
// event (incident_events.data "counts", written with every opening and rise).
struct IncidentAlertState {
    qint64 id = 0;
    QString problemType;  // key
    QString problemClass; // key
    bool open = false;    // state 'open'
    Grade grade = Grade::General;
    qint64 atMs = 0;     // the latest event's time; opened_at without events
    WindowCounts counts; // zeros when the latest event carries none
};

// Read side of the incident alerts: which incidents are open at which grade, and the state of
// the incidents a change_log batch touched. Short queries for the GUI thread.
class IncidentAlertQueries {
public:
    explicit IncidentAlertQueries(const Database &db);

    // Every open incident with its grade.
    bool openGrades(QHash<qint64, Grade> &out, QString &error) const;
    // The incidents with an id in `incidentIds` or with an event (incident_events.id) in
    // `eventIds`, each once, by id. Unknown ids are skipped.
    bool touched(const QList<qint64> &incidentIds, const QList<qint64> &eventIds,
                 QList<IncidentAlertState> &out, QString &error) const;

private:
    const Database &m_db;
};

} // namespace sb

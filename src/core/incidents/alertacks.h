#pragma once

#include "domain/types.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// Who acknowledged an incident's alert at a grade, and when (incident_alert_acks).
struct IncidentAlertAck {
    qint64 staffId = 0;
    QString staffName;
    qint64 atMs = 0;
};

// One open incident as the alert drawer lists it.
struct OpenIncidentAlert {
    qint64 incidentId = 0;
    QString problemType;  // key
    QString problemClass; // key
    Grade grade = Grade::General;
    qint64 openedAtMs = 0;
    qint64 atMs = 0;                     // the latest timeline line; opened_at without one
    std::optional<IncidentAlertAck> ack; // the acknowledgement of the current grade
};

// Acknowledged incident alerts, shared by every workstation. An acknowledgement is for the
// grade the person saw: a later rise alerts again. Acknowledging needs incidents.confirm; the
// first acknowledgement of a grade stays. Every acknowledgement reaches the change feed as an
// update of the incident (ChangeEntity::Incident). On SQLite the checks are made here and the
// time is the clock's; on PostgreSQL the server's function sb_ack_incident_alert checks the
// login and stamps it and the server's time (resources/sql/postgresql/
// 041_incident_alert_acks.sql).
class IncidentAlertAcks {
    Q_DECLARE_TR_FUNCTIONS(sb::IncidentAlertAcks)
public:
    IncidentAlertAcks(Database &db, const Clock &clock);

    // Acknowledges open incident `incidentId` at `grade` in the name of `staffId` (on
    // PostgreSQL: the connection's login). Refused when the incident is resolved or has
    // another grade now.
    bool acknowledge(qint64 staffId, qint64 incidentId, Grade grade, QString &error);

    // Every open incident: those not acknowledged at their grade first, then the most severe,
    // then the newest.
    static bool openAlerts(const Database &db, QList<OpenIncidentAlert> &out, QString &error);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

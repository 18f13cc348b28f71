#pragma once

#include "storage/database.h"
#include "workflow/businesscalendar.h"
#include "workflow/deadlines.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sb {

struct UrgeRun {
    int ticketsChecked = 0;
    int warnings = 0; // new warning urges recorded by this run
    int overdue = 0;  // new overdue urges recorded by this run
};

// Finds open tickets whose deadline is within its warning lead or already passed and records
// an automatic 'urge' ticket_event once per (ticket, milestone, kind) — kind "warning" or
// "overdue". The table deadline_urges (primary key ticket_id, milestone, kind) with
// INSERT … ON CONFLICT DO NOTHING makes it safe to run on every workstation at once: only the
// writer whose insert took the row also writes the event, in the same transaction.
class DeadlineUrger {
    Q_DECLARE_TR_FUNCTIONS(DeadlineUrger)
public:
    DeadlineUrger(Database &db, const Workflow &workflow, const BusinessCalendar &calendar,
                  QList<DeadlineRule> rules);

    bool run(qint64 now, UrgeRun &result, QString &error);

private:
    Database &m_db;
    const Workflow &m_workflow;
    const BusinessCalendar &m_calendar;
    QList<DeadlineRule> m_rules;
};

} // namespace sb

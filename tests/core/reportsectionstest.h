#pragma once
// Report sections satisfaction … recurring and the supervision items, as one test class for
// tst_report_sections (SQLite) and tst_report_sections_pg (PostgreSQL): the statements differ
// where they read JSON event data.
#include "databasetest.h"
#include "reportkbcases.h"
#include "reportscorecases.h"
#include "reporttrendcases.h"

class ReportSectionsTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void satisfaction() {
        sb::test::report::satisfaction(freshDatabase(QStringLiteral("rep_satisfaction")));
    }
    void escalation() {
        sb::test::report::escalation(freshDatabase(QStringLiteral("rep_escalation")));
    }
    void incidents() {
        sb::test::report::incidents(freshDatabase(QStringLiteral("rep_incidents")));
    }
    void knowledgeBase() {
        sb::test::report::knowledgeBase(freshDatabase(QStringLiteral("rep_kb")));
    }
    void growth() { sb::test::report::growth(freshDatabase(QStringLiteral("rep_growth"))); }
    void recurringWithSupervision() {
        sb::test::report::recurringWithSupervision(freshDatabase(QStringLiteral("rep_recurring")));
    }
};

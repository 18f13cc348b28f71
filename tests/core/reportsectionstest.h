#pragma once
// Report sections satisfaction … recurring and the supervision items, as one test class for
// tst_report_sections (SQLite) and tst_report_sections_pg (PostgreSQL): the statements differ
// where they read JSON event data.
#include "databasetest.h"
#include "reportscorecases.h"

class ReportSectionsTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void satisfaction() {
        sb::test::report::satisfaction(freshDatabase(QStringLiteral("rep_satisfaction")));
    }
    void escalation() {
        sb::test::report::escalation(freshDatabase(QStringLiteral("rep_escalation")));
    }
};

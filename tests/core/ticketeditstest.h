#pragma once
// TicketEdits and the bulk actions on a connection that names the actor and the time itself
// (the cases in ticketeditscases.h), as one test class for tst_ticket_edits (SQLite, where
// the application is the guard) and tst_ticket_edits_pg (PostgreSQL, as the installer).
#include "databasetest.h"
#include "ticketeditscases.h"

class TicketEditsTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    // The second hook: that connection, the twin's workflow and clock, and the staff members
    // the cases use (set up by the twin's initTestCase, on a database from freshDatabase()).
    virtual sb::test::edits::Env env() = 0;

private Q_SLOTS:
    void bulkReassignAndPriority() { sb::test::edits::bulkReassignAndPriority(env()); }
    void refusalsWriteNothing() { sb::test::edits::refusalsWriteNothing(env()); }
};

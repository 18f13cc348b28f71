#pragma once
// Knowledge-base search, edits, links and usage (kbcases.h), as one test class for tst_kb
// (SQLite FTS5) and tst_kb_pg (PostgreSQL tsvector).
#include "databasetest.h"
#include "kbcases.h"

class KbTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    void searchEditLinkCount() {
        sb::test::kb::searchEditLinkCount(freshDatabase(QStringLiteral("kb_search")));
    }
};

#pragma once

#include "archive/archivetables.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <functional>

namespace sb::archive {

// How a checked batch leaves the live SQLite database: in one transaction, children first, and
// without SQLite's foreign-key work for every deleted row when the run settles those keys
// itself. SQLite runs a sub-program per deleted ticket and per key pointing at tickets (ten of
// them: a cascade into each table, each finding nothing, since the moved tables' rows are
// deleted first and the rule keeps every ticket a QA record or an appeal names): about a third
// of the delete's time. They are settled when every foreign key pointing at a moved table
// comes from a moved table through its ticket column (deleted with the batch, before the
// ticket), from a keeping table through its ticket column (RetentionQuery::stillCandidates,
// in the same transaction, leaves out every ticket such a row names), or is tickets.appeal_of
// (it leaves out every appealed ticket too). Any other key (a table a later version adds)
// keeps SQLite's enforcement: its rows stop the delete, the batch is left as it was.
class SqliteLiveDelete {
public:
    // Whether the foreign keys pointing at moved tables are all settled as described above.
    static bool keysSettled(const Database &live, bool &settled, QString &error);
    // Runs `work` in one transaction of `live` (Database::transaction); with `unenforced`,
    // foreign keys are not enforced on the connection meanwhile (set back afterwards, also on
    // failure). The connection must not be in a transaction.
    static bool transaction(const Database &live, bool unenforced,
                            const std::function<bool(QString &)> &work, QString &error);
};

} // namespace sb::archive

#pragma once
// The archive's secondary indexes that a run into a new archive file builds once, at its end,
// instead of row by row as each batch goes in: the tickets carry thirteen indexes (the
// read-only queues' and reports'), and keeping them up to date took most of the time of the
// inserts. The indexes a run itself reads are kept: those led by a moved table's ticket column
// (each batch's rows are found, digested and removed by it). Each one deferred is recorded in
// the archive (archive_deferred_indexes, its name and its CREATE statement) in the transaction
// that drops it, so a run that stops before its end leaves the file saying what it lacks: the
// next run into the file builds them first (Archiver::openArchive). A workstation opening such
// a file read-only reads it correctly, only more slowly.

#include "storage/database.h"

#include <QString>

namespace sb::archive {

class DeferredIndexes {
public:
    // The table recording them (in the archive, created when missing).
    static bool prepare(const Database &archive, QString &error);
    // Drops and records the deferrable indexes of the moved tables when the archive has no
    // ticket yet (otherwise nothing: building them again would read the whole file); `deferred`
    // says whether it did.
    static bool defer(const Database &archive, bool &deferred, QString &error);
    // Builds every recorded index and forgets it, each in a transaction of its own (nothing
    // when none is).
    static bool build(const Database &archive, QString &error);
};

} // namespace sb::archive

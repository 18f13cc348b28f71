#pragma once
// Lost updates: several workstation processes (sb_writer_worker) apply workflow actions and
// edits to the same tickets at once, each through the product's write paths with the version
// it read; then every claim the workers made is checked against the database. Shared by
// tst_writers (SQLite), tst_writers_pg and bench_writers.
#include "storage/database.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sb::test::writers {

struct Setup {
    int workers = 8;
    int opsPerWorker = 150;
    int tickets = 20;
    int thinkUs = 2000; // each worker waits up to this long between reading and writing
    int timeoutMs = 120000;
    // When set: the URL text worker `worker` is given, once its staff member `staffId` exists
    // (e.g. that person's own PostgreSQL login); else every worker gets run()'s `urlText`.
    std::function<QString(int worker, qint64 staffId)> workerUrl;
};

struct Result {
    qint64 attempts = 0;
    qint64 accepted = 0;
    qint64 conflicts = 0;
    qint64 wallMs = 0; // from the first worker's start to the last one's end
    // Every broken promise, one sentence each: a lost or doubled change, a wrong version, a
    // refusal that was not a conflict, a worker that failed. Empty when all held.
    QStringList problems;
};

// `db` is a migrated, empty database at `urlText` (the text the workers are given: a
// postgresql:// URL with its password, or sqlite:///path). Creates the staff and tickets,
// runs the workers, waits for them and checks.
Result run(Database &db, const QString &urlText, const Setup &setup);

} // namespace sb::test::writers

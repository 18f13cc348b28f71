#pragma once

#include <QStringList>
#include <QTextStream>

namespace sb::cli {

// Each command gets its own arguments (after the command words) and the two streams.
// Exit codes: 0 success, 1 the work failed or input was bad, 2 usage error.
struct Io {
    QTextStream &out;
    QTextStream &err;
};

int dbMigrate(const QStringList &args, Io io);
int dbStatus(const QStringList &args, Io io);
int dbBackup(const QStringList &args, Io io);
int dbRestore(const QStringList &args, Io io);
int ingest(const QStringList &args, Io io);
int staffFirstAdmin(const QStringList &args, Io io);
int replay(const QStringList &args, Io io);
int importCsv(const QStringList &args, Io io);
int exportCsv(const QStringList &args, Io io);
int workflow(const QStringList &args, Io io);
int demoSeed(const QStringList &args, Io io);
int qa(const QStringList &args, Io io);
int report(const QStringList &args, Io io);
int reportRunDue(const QStringList &args, Io io);
int reportSchedules(const QStringList &args, Io io);
int releasePublish(const QStringList &args, Io io);
int releaseShow(const QStringList &args, Io io);
int watch(const QStringList &args, Io io);
int erase(const QStringList &args, Io io);

int archive(const QStringList &args, Io io);

} // namespace sb::cli

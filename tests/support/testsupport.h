#pragma once

#include "storage/database.h"
#include "storage/databaseurl.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace sb::test {

// The admin URL of the throwaway PostgreSQL server the CTest fixture started
// (SIGNALBOARD_TEST_PG_STATE names its state file); empty when there is none.
QString pgAdminUrl();
// Creates (or re-creates) a fresh database on that server and returns its URL.
DatabaseUrl freshPgDatabase(const QString &name);
// Opens `installer`'s PostgreSQL database as staff member `staffId`'s own login, as a
// workstation does on a shared server: creates the role `login` (letters, digits and
// underscores; a member of sb_staff and of `group`, e.g. sb_supervisor) when missing and
// points the staff row at it. Null after a warning when that fails.
// True when `who` running `sql` is refused with an error that contains `because` (the guard
// tests' check); says on the log what was accepted or refused for another reason.
bool refusedAs(Database &who, const QString &sql, const QVariantList &values,
               const QString &because);

std::unique_ptr<Database> pgLoginFor(Database &installer, const QString &login, qint64 staffId,
                                     const QString &group);
// A new SQLite file URL inside `dir`.
DatabaseUrl sqliteIn(const QTemporaryDir &dir, const QString &name = QStringLiteral("sb.db"));
// Opens and migrates; QFAIL-style helpers return null after reporting.
std::unique_ptr<Database> openMigrated(const DatabaseUrl &url, QString &error);
// Path of a built helper program (next to the test binaries or in the build tree).
QString toolPath(const QString &name);
// The indexes an SQLite file's schema creates (CREATE INDEX, not a key's) on the tables that
// move with a ticket, each "table name: statement", sorted.
QStringList archivedTableIndexes(Database &db);

// One run of signalboard-cli: exit code (-1 when it did not start, crashed or timed out),
// both outputs.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};
// How runCli feeds and waits for the CLI.
struct CliOptions {
    QByteArray input;       // written to standard input, which is then closed
    QString inputFile;      // when set, standard input is read from this file instead
    int timeoutMs = 300000; // then the CLI is killed: code -1, err starts with "timed out"
};
CliRun runCli(const QStringList &args, const CliOptions &options);
CliRun runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 300000);

} // namespace sb::test

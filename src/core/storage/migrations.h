#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// One numbered migration: its shared part and the part for one dialect. Either may be absent
// (an empty path), not both.
struct Migration {
    int version = 0;
    QString description;
    QString sharedResource;  // :/sql/shared/NNN_name.sql
    QString dialectResource; // :/sql/<dialect>/NNN_name.sql
};

struct SchemaStatus {
    int current = 0;   // version the database is at (0: empty)
    int supported = 0; // newest version this build knows
    bool canWrite() const { return current <= supported; }
    int pending = 0; // shipped migrations not yet applied (possibly below `current`)
    bool upToDate() const { return current <= supported && pending == 0; }
};

// Numbered migrations, shipped as resources, each applied in its own transaction and recorded
// in schema_version (by number). A number has a shared part (:/sql/shared/NNN_name.sql, the
// statements identical on SQLite and PostgreSQL) and/or a part per dialect
// (:/sql/<dialect>/NNN_name.sql). The shared file is divided into sections ("-- @section
// <name>" lines); the dialect file places each section, once, with a line "-- @shared <name>",
// so the statements run in the order the dialect file gives. A number without a dialect file
// runs its shared file as it stands; one without a shared file runs its dialect file.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    explicit Migrator(Database &db);

    // The migrations of this database's dialect, by number.
    QList<Migration> available() const;
    // The migrations shipped for `dialect`, by number.
    static QList<Migration> available(Dialect dialect);
    // The script of one migration as it runs: its dialect part with the shared sections in
    // place (compose()).
    static bool script(const Migration &m, QString &out, QString &error);
    // Puts the sections of `shared` into `dialect` where it names them. An empty text stands
    // for a missing file: without a dialect part the shared part runs as it stands. Fails when
    // the dialect part names a section that does not exist or names one twice, when it leaves
    // one out, or when the shared part has statements outside a section.
    static bool compose(int version, const QString &shared, const QString &dialect, QString &out,
                        QString &error);
    bool status(SchemaStatus &out, QString &error) const;
    // Applies every pending migration. Refuses when the database is newer than this build.
    bool migrate(QString &error, QStringList *applied = nullptr);

    // Splits a migration script into statements (understands $$-quoted bodies and
    // SQLite's BEGIN … END trigger bodies).
    static QStringList splitStatements(const QString &script);
    // The sentence shown when a database is newer than this build.
    static QString tooNewMessage(const SchemaStatus &s);

private:
    bool isApplied(int version, bool &applied, QString &error) const;
    Database &m_db;
};

} // namespace sb

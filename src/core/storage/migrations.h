#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

struct Migration {
    int version = 0;
    QString description;
    QString resource;
};

struct SchemaStatus {
    int current = 0;   // version the database is at (0: empty)
    int supported = 0; // newest version this build knows
    bool canWrite() const { return current <= supported; }
    int pending = 0; // shipped migrations not yet applied (possibly below `current`)
    bool upToDate() const { return current <= supported && pending == 0; }
};

// Numbered migrations per dialect, shipped as resources (:/sql/<dialect>/NNN_name.sql),
// each applied in its own transaction and recorded in schema_version.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    explicit Migrator(Database &db);

    QList<Migration> available() const;
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

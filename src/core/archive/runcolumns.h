#pragma once

#include "archive/pgarchive.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::archive {

// The columns of an archive run's tables, read once per run for one live connection and one
// archive connection (the schemas do not change under a run): each batch asked the server for
// them three times per table.
class RunColumns {
public:
    // ArchiveTables::sharedColumns(live, archive, table).
    bool shared(const Database &live, const Database &archive, const QString &table,
                QStringList &out, QString &error);
    // PgArchive::columns(live, table).
    bool server(const Database &live, const QString &table, QList<PgArchive::Column> &out,
                QString &error);

private:
    QHash<QString, QStringList> m_shared;
    QHash<QString, QList<PgArchive::Column>> m_server;
};

} // namespace sb::archive

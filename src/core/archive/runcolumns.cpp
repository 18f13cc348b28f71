#include "archive/runcolumns.h"

namespace sb::archive {

bool RunColumns::shared(const Database &live, const Database &archive, const QString &table,
                        QStringList &out, QString &error) {
    const auto known = m_shared.constFind(table);
    if (known != m_shared.cend()) {
        out = *known;
        return true;
    }
    if (!ArchiveTables::sharedColumns(live, archive, table, out, error))
        return false;
    m_shared.insert(table, out);
    return true;
}

bool RunColumns::server(const Database &live, const QString &table, QList<PgArchive::Column> &out,
                        QString &error) {
    const auto known = m_server.constFind(table);
    if (known != m_server.cend()) {
        out = *known;
        return true;
    }
    if (!PgArchive::columns(live, table, out, error))
        return false;
    m_server.insert(table, out);
    return true;
}

} // namespace sb::archive

#include "databasetest.h"

#include <QFile>

namespace sb::test {

DatabaseUrl DatabaseTest::sqliteDatabase(const QString &name) const {
    const QString path = m_sqliteDir.filePath(name + QStringLiteral(".db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return DatabaseUrl::sqlite(path);
}

} // namespace sb::test

#pragma once
// One test class for the SQLite and the PostgreSQL twin of a feature (tst_X and tst_X_pg), so
// both run the same cases without copying each other's slot list:
//
//   tests/<folder>/<feature>test.h  class XTest : public sb::test::DatabaseTest — Q_OBJECT, the
//                                   shared cases as private slots; they get their databases
//                                   from freshDatabase() and never ask which one it is.
//   tst_X.cpp, tst_X_pg.cpp         class TestX(Pg) final : public XTest — Q_OBJECT, implements
//                                   freshDatabase() with sqliteDatabase() or freshPgDatabase()
//                                   and adds the slots that only make sense on its database.
//
// Both twins #include "moc_<feature>test.cpp" once. QtTest runs the shared slots first, in
// declaration order, then the twin's own. A shared class may also hold the per-slot fixture
// (init/cleanup and the members the twins' own slots use) or ask a second hook of its own.
#include "storage/databaseurl.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

namespace sb::test {

class DatabaseTest : public QObject {
    Q_OBJECT

protected:
    // The hook: a new, empty database. `name` is unique among the databases of one test
    // class (a database name on PostgreSQL, a file name on SQLite).
    virtual DatabaseUrl freshDatabase(const QString &name) = 0;

    // The SQLite twin's implementation of the hook: the file `name`.db, removed first if an
    // earlier slot left one. Its folder outlives the members of every derived class, so their
    // connections are closed before it goes.
    DatabaseUrl sqliteDatabase(const QString &name) const;
    // Whether that folder was made (QTemporaryDir::isValid()).
    bool sqliteFolderIsValid() const { return m_sqliteDir.isValid(); }

private:
    QTemporaryDir m_sqliteDir;
};

} // namespace sb::test

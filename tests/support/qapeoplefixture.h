#pragma once
// The people of the QA twins (reviewing, calibration): staff members with a role, each
// working through their own connection (the database itself on SQLite, their own login on
// PostgreSQL), and small insert and count helpers.
#include "databasetest.h"
#include "qa/reviewstore.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QSqlQuery>

#include <memory>
#include <vector>

namespace sb::test {

class QaPeopleFixture : public DatabaseTest {
protected:
    // A staff member and the connection they work through.
    struct Person {
        qint64 id = 0;
        QString login;
        sb::Database *db = nullptr;
        sb::QaActor actor() const { return {id, login}; }
    };

    // The connection of staff member `id` (login `login`, PostgreSQL group `group`): the
    // database itself on SQLite, their own login on PostgreSQL.
    virtual sb::Database *connectionFor(sb::Database &db, const QString &login, qint64 id,
                                        const QString &group) = 0;

    std::unique_ptr<sb::Database> open(const QString &name) {
        QString error;
        auto db = sb::test::openMigrated(freshDatabase(name), error);
        if (!db)
            qWarning("open: %s", qPrintable(error));
        return db;
    }

    static qint64 insert(sb::Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

    static qint64 count(sb::Database &db, const QString &sql, const QVariantList &values = {}) {
        return sb::test::queryValue(db, sql, values).toLongLong();
    }

    // A new active staff member with role `role`, working through their own connection.
    Person person(sb::Database &db, const QString &login, const QString &role) {
        Person p;
        p.login = login;
        p.id = insert(db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, (SELECT "
                                     "id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), login, role, login});
        p.db = connectionFor(db, login, p.id, QStringLiteral("sb_") + role);
        return p;
    }

    // Connections kept until the end of a test function (dropConnections() in cleanup()).
    sb::Database *keep(std::unique_ptr<sb::Database> db) {
        m_keep.push_back(std::move(db));
        return m_keep.back().get();
    }
    void dropConnections() { m_keep.clear(); }

private:
    std::vector<std::unique_ptr<sb::Database>> m_keep;
};

} // namespace sb::test

#pragma once
// Migration 009, both dialects: roles, role grants, temporary permissions and teams write
// change_log rows (so open workstations recompute permissions at once).

#include "storage/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace sb::test {

// The change_log rows after `afterSeq` as "entity:id:op".
inline QStringList changesAfter(Database &db, qint64 afterSeq) {
    QStringList out;
    QSqlQuery q;
    QString e;
    if (!db.exec(q,
                 QStringLiteral("SELECT entity, entity_id, op FROM change_log WHERE seq > ? "
                                "ORDER BY seq"),
                 {afterSeq}, e)) {
        qWarning("%s", qPrintable(e));
        return out;
    }
    while (q.next())
        out << QStringLiteral("%1:%2:%3")
                   .arg(q.value(0).toString())
                   .arg(q.value(1).toLongLong())
                   .arg(q.value(2).toString());
    return out;
}

inline qint64 lastSeq(Database &db) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"), {}, e) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline qint64 insertId(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, e) || !q.next()) {
        qWarning("%s", qPrintable(e));
        return 0;
    }
    return q.value(0).toLongLong();
}

// Runs the writes as the database owner (the triggers fire whoever writes).
inline void adminWritesAreLogged(Database &db) {
    QString e;
    qint64 seq = lastSeq(db);
    const qint64 team =
        insertId(db, QStringLiteral("INSERT INTO teams(name, created_at) VALUES ('Night', 0)"), {});
    QVERIFY(team > 0);
    QVERIFY2(db.exec(QStringLiteral("UPDATE teams SET name = 'Late' WHERE id = ?"), {team}, e),
             qPrintable(e));
    const qint64 role = insertId(db,
                                 QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) "
                                                "VALUES ('night', 'Night', 0, '')"),
                                 {});
    QVERIFY(role > 0);
    QVERIFY2(db.exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) "
                                    "VALUES (?, 'tickets.urge')"),
                     {role}, e),
             qPrintable(e));
    const qint64 staff = insertId(
        db,
        QStringLiteral("INSERT INTO staff(employee_no, name, login, role_id, team_id, "
                       "status_changed_at, created_at) VALUES ('N1', 'N', 'n1', ?, ?, 0, 0)"),
        {role, team});
    QVERIFY(staff > 0);
    const qint64 temp = insertId(db,
                                 QStringLiteral("INSERT INTO temp_permissions(staff_id, "
                                                "permission_key, expires_at) VALUES (?, "
                                                "'qa.sample', 99)"),
                                 {staff});
    QVERIFY(temp > 0);
    QCOMPARE(changesAfter(db, seq),
             (QStringList{QStringLiteral("team:%1:insert").arg(team),
                          QStringLiteral("team:%1:update").arg(team),
                          QStringLiteral("role:%1:insert").arg(role),
                          QStringLiteral("role_permission:%1:insert").arg(role),
                          QStringLiteral("staff:%1:insert").arg(staff),
                          QStringLiteral("temp_permission:%1:insert").arg(staff)}));
    seq = lastSeq(db);
    QVERIFY2(db.exec(QStringLiteral("DELETE FROM temp_permissions WHERE id = ?"), {temp}, e),
             qPrintable(e));
    QVERIFY2(db.exec(QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {role}, e),
             qPrintable(e));
    QVERIFY2(db.exec(QStringLiteral("UPDATE roles SET name = 'Nights' WHERE id = ?"), {role}, e),
             qPrintable(e));
    QVERIFY2(db.exec(QStringLiteral("DELETE FROM roles WHERE id = ?"), {role}, e), qPrintable(e));
    QVERIFY2(db.exec(QStringLiteral("DELETE FROM teams WHERE id = ?"), {team}, e), qPrintable(e));
    const QStringList after = changesAfter(db, seq);
    // Deleting the role and the team empties the person's role_id / team_id (ON DELETE SET
    // NULL), which the staff trigger reports as well.
    for (const QString &expected :
         {QStringLiteral("temp_permission:%1:delete").arg(staff),
          QStringLiteral("role_permission:%1:delete").arg(role),
          QStringLiteral("role:%1:update").arg(role), QStringLiteral("role:%1:delete").arg(role),
          QStringLiteral("staff:%1:update").arg(staff), QStringLiteral("team:%1:delete").arg(team)})
        QVERIFY2(after.contains(expected),
                 qPrintable(expected + QLatin1String(" in ") + after.join(QLatin1Char(' '))));
}

} // namespace sb::test

#pragma once
// Shared helpers for the tst_workflow_* tests: staff and tickets written straight to SQL.

#include "storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QTest>

namespace sb::test {

inline qint64 insertStaff(Database &db, const QString &name, const QString &login) {
    QString error;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("INSERT INTO staff(employee_no, name, login, status_changed_at, "
                                "created_at) VALUES (?, ?, ?, 0, 0) RETURNING id"),
                 {login.toUpper(), name, login}, error) ||
        !q.next())
        qFatal("insertStaff: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline qint64 insertTicket(Database &db, qint64 receivedAt,
                           const QString &channel = QStringLiteral("phone"),
                           const QString &kind = QStringLiteral("complaint"),
                           const QString &state = QStringLiteral("registered"),
                           const QString &tier = QStringLiteral("normal"),
                           const QString &category = QStringLiteral("service")) {
    QString error;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("INSERT INTO tickets(kind, received_at, channel, customer_tier, "
                                "problem_type, category, state, customer_id, updated_at) VALUES "
                                "(?, ?, ?, ?, 'login_failure', ?, ?, 'C-1', ?) RETURNING id"),
                 {kind, receivedAt, channel, tier, category, state, receivedAt}, error) ||
        !q.next())
        qFatal("insertTicket: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline QVariant queryValue(Database &db, const QString &sql, const QVariantList &values = {}) {
    QString error;
    QSqlQuery q;
    if (!db.exec(q, sql, values, error)) {
        qWarning("scalar: %s", qPrintable(error));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

} // namespace sb::test

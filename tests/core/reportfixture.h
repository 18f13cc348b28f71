#pragma once
// Report sections' fixture: tickets, events, incidents and knowledge-base rows written
// straight to SQL with explicit times, so each test knows its answers.

#include "reports/reportwindow.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QTest>

namespace sb::test::report {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

// 2026-12-01T00:00:00Z: the report day's start.
inline qint64 day0() {
    return QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The day [day0, day0 + 1 d) in two 12-hour buckets, with `earlier` whole days before it.
inline ReportWindow dayWindow(int earlier = 3) {
    ReportWindow w;
    w.startMs = day0();
    w.endMs = day0() + kDay;
    w.zone = QTimeZone::utc();
    for (int i = 0; i < 2; ++i) {
        ReportWindow b;
        b.startMs = w.startMs + i * 12 * kHour;
        b.endMs = b.startMs + 12 * kHour;
        b.zone = w.zone;
        w.buckets.append(b);
    }
    for (int i = 1; i <= earlier; ++i) {
        ReportWindow e;
        e.startMs = w.startMs - i * kDay;
        e.endMs = e.startMs + kDay;
        e.zone = w.zone;
        w.earlier.append(e);
    }
    return w;
}

inline qint64 insertId(Database &db, const QString &sql, const QVariantList &values) {
    QString error;
    QSqlQuery q(db.db());
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline void exec(Database &db, const QString &sql, const QVariantList &values) {
    QString error;
    if (!db.exec(sql, values, error))
        qFatal("exec: %s", qPrintable(error));
}

struct NewTicket {
    qint64 receivedAt = 0;
    QString problemType = QStringLiteral("login_failure");
    QString category = QStringLiteral("service");
    QString customerId = QStringLiteral("C-1");
    QString kind = QStringLiteral("complaint");
    int supportTier = 1;
    qint64 appealOf = 0;
    qint64 incidentId = 0;
};

inline qint64 ticket(Database &db, const NewTicket &t) {
    return insertId(
        db,
        QStringLiteral("INSERT INTO tickets(kind, received_at, channel, customer_tier, "
                       "problem_type, category, customer_id, support_tier, appeal_of, "
                       "incident_id, state, updated_at) VALUES (?, ?, 'phone', 'normal', ?, ?, "
                       "?, ?, ?, ?, 'in_progress', ?)"),
        {t.kind, t.receivedAt, t.problemType, t.category, t.customerId, t.supportTier,
         t.appealOf > 0 ? QVariant(t.appealOf) : QVariant(QMetaType::fromType<qint64>()),
         t.incidentId > 0 ? QVariant(t.incidentId) : QVariant(QMetaType::fromType<qint64>()),
         t.receivedAt});
}

inline qint64 ticketAt(Database &db, qint64 at,
                       const QString &problemType = QStringLiteral("login_failure"),
                       const QString &category = QStringLiteral("service")) {
    NewTicket t;
    t.receivedAt = at;
    t.problemType = problemType;
    t.category = category;
    return ticket(db, t);
}

inline qint64 event(Database &db, qint64 ticketId, qint64 at, const QString &action,
                    const QJsonObject &data = {}) {
    return insertId(db,
                    QStringLiteral("INSERT INTO ticket_events(ticket_id, at, action, data) "
                                   "VALUES (?, ?, ?, ?)"),
                    {ticketId, at, action,
                     QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
}

inline qint64 queryCount(Database &db, const QString &sql, const QVariantList &values = {}) {
    QString error;
    QSqlQuery q(db.db());
    if (!db.exec(q, sql, values, error) || !q.next())
        qFatal("count: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline QSet<qint64> toSet(const QList<qint64> &ids) {
    return QSet<qint64>(ids.begin(), ids.end());
}

} // namespace sb::test::report

#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace sb {

// A ticket's personal data (customer id and service number) in queries, shown the same on
// both databases: masked unless the viewer holds personal_data.view.
//  - SQLite (embedded): queries read the clear columns and the client masks them.
//  - PostgreSQL (shared): staff cannot read the clear columns at all (column privileges);
//    queries read the server's masked copies, searches compare on the server and return ids,
//    and clear values come only through sb_personal_data, which checks personal_data.view and
//    writes an audit row per call.
class TicketPersonalData {
    Q_DECLARE_TR_FUNCTIONS(sb::TicketPersonalData)

public:
    struct Values {
        QString customerId;
        QString serviceNumber;
    };
    static constexpr int kBatch = 1000; // at most this many tickets per readClear()

    explicit TicketPersonalData(Dialect dialect)
        : m_dialect(dialect) {}

    // Column expressions for tickets aliased `t`, as the viewer may read them.
    QString customerColumn() const;
    QString serviceColumn() const;
    // What a value read through those columns shows to someone without personal_data.view.
    QString masked(const QString &read) const;

    // Conditions on tickets aliased `t`; they append their bound values to `values`.
    // The customer id or the service number is exactly `value`:
    QString matchesNumber(const QString &value, QVariantList &values) const;
    // The customer id is exactly `value`:
    QString matchesCustomer(const QString &value, QVariantList &values) const;
    // Another ticket of the same (non-empty) customer as ticket `ticketId`:
    QString sameCustomerAs(qint64 ticketId, QVariantList &values) const;

    // Clear values of `ids` (at most kBatch) that the caller may see.
    bool readClear(Database &db, const QList<qint64> &ids, QHash<qint64, Values> &out,
                   QString &error) const;

private:
    Dialect m_dialect;
};

} // namespace sb

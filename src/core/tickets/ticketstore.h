#pragma once

#include "domain/complaint.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

namespace sb {

struct InsertResult {
    int inserted = 0;
    int duplicates = 0; // same (source, external_id) already stored
};

// Writes complaints as registered tickets. Idempotent on (source, external_id).
class TicketStore {
    Q_DECLARE_TR_FUNCTIONS(TicketStore)
public:
    explicit TicketStore(Database &db);

    // Inserts all of `complaints` in one transaction (all or nothing).
    bool insert(const QList<Complaint> &complaints, qint64 nowMs, InsertResult &result,
                QString &error, qint64 registeredBy = 0);

    // Display serial number (工单流水号) of a ticket: CS-yyyyMMdd-<id>.
    static QString serialNumber(qint64 id, qint64 receivedAtMs);

private:
    Database &m_db;
};

} // namespace sb

#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sb {

// How an erasure request names the customer: their customer id (an ID card number, an account)
// or their service number (a phone or account number).
enum class ErasureField { CustomerId, ServiceNumber };

struct ErasureRequest {
    ErasureField field = ErasureField::ServiceNumber;
    QString value;     // compared whole, after trimming; 4 to 200 characters
    QString reference; // the request's own reference (case number), recorded in the audit log
};

// Erasure of a customer's personal data (an erasure request): their tickets are anonymised in
// place. Both identifiers are emptied, and every occurrence of the value in the ticket's
// subject, description, extra data and timeline notes becomes "[erased]"; the rest of each
// ticket stays, so reports still count it. Each ticket's version is bumped and the change feed
// tells other workstations. The request is audited with its field, reference and ticket count,
// never the value.
//
// On PostgreSQL the server does it (sb_erase_customer), for a login holding
// personal_data.erase; on SQLite the program does it in one transaction: the caller decides who
// may (the CLI runs as the system, like every SQLite command). An archive file is a SQLite
// database of the product's schema and is erased the same way.
class PersonalDataErasure {
    Q_DECLARE_TR_FUNCTIONS(PersonalDataErasure)
public:
    PersonalDataErasure(Database &db, const Clock &clock);

    static std::optional<ErasureField> fieldFromKey(const QString &key); // customer_id, …
    static QString fieldKey(ErasureField field);
    // False with the reason (which part, what is wrong) when the request cannot be run.
    static bool validate(const ErasureRequest &request, QString &error);

    // Counts the customer's tickets (`dryRun`), or erases them. `actor` is recorded in the audit
    // log on SQLite; PostgreSQL records the signed-in login itself. `tickets` is the count.
    bool run(const ErasureRequest &request, const QString &actor, bool dryRun, qint64 &tickets,
             QString &error);

private:
    bool runLocally(const ErasureRequest &request, const QString &value, const QString &actor,
                    bool dryRun, qint64 &tickets, QString &error);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

#pragma once

#include "domain/types.h"
#include "storage/database.h"
#include "sync/change.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// Where a ticket came from: what an integration following the change feed matches its own
// records on.
struct TicketOrigin {
    QString source;
    std::optional<QString> externalId; // none when the ticket was registered without one
};

// The seqs change_log holds: both 0 when it is empty. Seqs are increasing but not always
// consecutive (PostgreSQL leaves the numbers of rolled-back transactions unused).
struct ChangeLogRange {
    qint64 first = 0;
    qint64 last = 0;
};
bool readChangeLogRange(const Database &db, ChangeLogRange &out, QString &error);

// The details of the tickets and incidents one feed delivery names, by id. An id that is
// missing was deleted since, or (PostgreSQL) is a row the connection's login may not read.
struct ChangeDetails {
    QHash<qint64, TicketOrigin> tickets;
    QHash<qint64, Grade> incidents; // the grade when read
};

// Reads ChangeDetails for a whole delivery of changes at once: one statement for all its
// tickets and one for all its incidents, whatever their number (the ids are bound as one
// list). Deletions are not looked up: their rows are gone.
class ChangeDetailsQuery {
public:
    explicit ChangeDetailsQuery(const Database &db)
        : m_db(db) {}

    bool read(const QList<Change> &changes, ChangeDetails &out, QString &error) const;

private:
    const Database &m_db;
};

} // namespace sb

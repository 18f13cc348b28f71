#pragma once

#include "domain/complaint.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sb {

// Where the importer's writing pass goes. begin() opens the transaction; add() stages one
// ticket; finish(true) writes and commits, finish(false) (or destruction) rolls back.
class TicketSink {
public:
    virtual ~TicketSink() = default;
    virtual bool begin(QString &error) = 0;
    // `extraJson` is the ticket's extra data as compact JSON ("{}" when none).
    // `line`: where the record starts in the file (for the error of a batch of rows).
    virtual bool add(const Complaint &c, const QByteArray &extraJson, qint64 line,
                     QString &error) = 0;
    virtual bool finish(bool commit, qint64 &inserted, qint64 &duplicates, QString &error) = 0;

    // `expectedBytes`: the size of the file being imported (large imports take bulk paths).
    static std::unique_ptr<TicketSink> create(Database &db, qint64 nowMs, qint64 registeredBy,
                                              qint64 expectedBytes = 0);
};

} // namespace sb

#pragma once

#include "messaging/message.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

namespace sb {

// Turns an Audience into staff ids, at send time, on the caller's connection (call it
// inside the sending transaction so the list and the message agree).
// Group audiences (everyone, roles, teams, on duty) take active staff only; named staff are
// taken as named, whatever their status, and every id must exist.
class AudienceResolver {
    Q_DECLARE_TR_FUNCTIONS(AudienceResolver)
public:
    explicit AudienceResolver(Database &db);

    // Sorted, without duplicates. False with `error` on a database failure, an unknown
    // named staff id, or an audience without any recipient.
    bool resolve(const Audience &audience, QList<qint64> &staffIds, QString &error) const;

private:
    Database &m_db;
};

} // namespace sb

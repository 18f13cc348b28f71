#pragma once

#include "domain/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sb {

// A complaint as it enters the system (docs/spec/INTERCHANGE.md fields), before it becomes a
// ticket.
struct Complaint {
    QDateTime receivedAt; // keeps the offset it was given in
    Channel channel = Channel::Other;
    Tier tier = Tier::Normal;
    QString problemType;
    QString source;
    QString externalId;
    QString customerId;
    QString serviceNumber;
    QString category;
    QString subject;
    QString description;
    QString region;
    QJsonObject extra;
};

// Parses an ISO 8601 instant that must carry an offset or `Z`. Returns an invalid
// QDateTime when the text is not such an instant.
QDateTime parseInstant(const QString &text);

// Reads one complaint from a JSON object with docs/spec/INTERCHANGE.md's field names. On failure
// returns false and sets `error` to a sentence naming the field and the reason.
bool complaintFromJson(const QJsonObject &obj, Complaint &out, QString &error);

} // namespace sb

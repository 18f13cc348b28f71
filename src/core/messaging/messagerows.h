#pragma once

#include "messaging/message.h"

#include <QSqlQuery>
#include <QString>

namespace sb::messaging {

// The message columns every read selects, from "messages m LEFT JOIN staff s ON s.id =
// m.sender_id"; kMessageColumnCount of them.
inline constexpr int kMessageColumnCount = 12;
QString messageColumns();
// Fills the message part of `out` from the columns starting at `first`.
void readMessageColumns(const QSqlQuery &q, int first, StoredMessage &out);
std::optional<qint64> optionalMs(const QVariant &v);
QVariant nullableMs(const std::optional<qint64> &v);

} // namespace sb::messaging

#pragma once

#include "messaging/message.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace sb {

// Filters for the inbox and sent lists (docs/spec/DOMAIN.md §5: query by time range, sender,
// receiver; sort on any field). Every value is bound; the sort column is looked up in a fixed
// table.
struct MessageFilter {
    // Inbox: one row per (message, recipient) with that recipient's receipt.
    // Sent: one row per message with its recipient and read counts.
    enum class View { Inbox, Sent };
    enum class ReadState { Any, Read, Unread };

    View view = View::Inbox;
    std::optional<qint64> from; // created_at >= from
    std::optional<qint64> to;   // created_at <  to
    qint64 senderId = 0;        // 0: any
    qint64 receiverId = 0;      // 0: any (Sent: messages that went to this person)
    std::optional<int> minPriority;
    std::optional<int> maxPriority;
    // Inbox: the recipient has / has not read it. Sent: everyone / not everyone has read it.
    ReadState readState = ReadState::Any;
    qint64 incidentId = 0; // 0: any
    // When set (usually to now): messages that expired at or before this time are left out.
    std::optional<qint64> hideExpiredAt;
    QString sortColumn = QStringLiteral("created_at");
    bool descending = true;
    int limit = 500;
    int offset = 0;
};

class MessageQuery {
    Q_DECLARE_TR_FUNCTIONS(MessageQuery)
public:
    explicit MessageQuery(Database &db);

    // Column names accepted as MessageFilter::sortColumn for a view.
    static QStringList sortColumns(MessageFilter::View view);

    bool run(const MessageFilter &filter, QList<StoredMessage> &out, QString &error) const;

private:
    Database &m_db;
};

} // namespace sb

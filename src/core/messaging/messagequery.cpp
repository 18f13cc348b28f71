#include "messaging/messagequery.h"

#include "messaging/messageattachments.h"
#include "messaging/messagerows.h"

#include <QSqlQuery>

namespace sb {

namespace {
struct SortKey {
    const char *name;
    const char *expression;
    bool nullable;
};

// The only text ever spliced into ORDER BY comes from these tables.
constexpr SortKey kCommonKeys[] = {
    {"id", "m.id", false},
    {"created_at", "m.created_at", false},
    {"priority", "m.priority", false},
    {"subject", "m.subject", false},
    {"body", "m.body", false},
    {"sender", "s.name", true},
    {"modes", "m.modes", false},
    {"incident_id", "m.incident_id", true},
    {"expires_at", "m.expires_at", true},
};
constexpr SortKey kInboxKeys[] = {
    {"recipient", "p.name", false},
    {"delivered_at", "r.delivered_at", true},
    {"read_at", "r.read_at", true},
};
constexpr SortKey kSentKeys[] = {
    {"recipients", "recipient_count", false},
    {"read_count", "read_count", false},
};

const QString kRecipientCount =
    QStringLiteral("(SELECT COUNT(*) FROM message_recipients rc WHERE rc.message_id = m.id)");
const QString kReadCount = QStringLiteral(
    "(SELECT COUNT(rc.read_at) FROM message_recipients rc WHERE rc.message_id = m.id)");

std::optional<SortKey> findSortKey(MessageFilter::View view, const QString &name) {
    for (const SortKey &k : kCommonKeys) {
        if (name == QLatin1StringView(k.name))
            return k;
    }
    if (view == MessageFilter::View::Inbox) {
        for (const SortKey &k : kInboxKeys) {
            if (name == QLatin1StringView(k.name))
                return k;
        }
    } else {
        for (const SortKey &k : kSentKeys) {
            if (name == QLatin1StringView(k.name))
                return k;
        }
    }
    return std::nullopt;
}
} // namespace

MessageQuery::MessageQuery(Database &db)
    : m_db(db) {
}

QStringList MessageQuery::sortColumns(MessageFilter::View view) {
    QStringList out;
    for (const SortKey &k : kCommonKeys)
        out.append(QLatin1StringView(k.name));
    if (view == MessageFilter::View::Inbox) {
        for (const SortKey &k : kInboxKeys)
            out.append(QLatin1StringView(k.name));
    } else {
        for (const SortKey &k : kSentKeys)
            out.append(QLatin1StringView(k.name));
    }
    return out;
}

bool MessageQuery::run(const MessageFilter &f, QList<StoredMessage> &out, QString &error) const {
    out.clear();
    const bool inbox = f.view == MessageFilter::View::Inbox;
    const std::optional<SortKey> sort = findSortKey(f.view, f.sortColumn);
    if (!sort) {
        error = tr("Cannot sort messages by \"%1\"; the columns are: %2.")
                    .arg(f.sortColumn.left(40), sortColumns(f.view).join(QStringLiteral(", ")));
        return false;
    }
    if (f.limit <= 0 || f.offset < 0) {
        error = tr("The message query needs a positive limit and a non-negative offset.");
        return false;
    }

    QStringList where;
    QVariantList values;
    if (f.from) {
        where.append(QStringLiteral("m.created_at >= ?"));
        values.append(*f.from);
    }
    if (f.to) {
        where.append(QStringLiteral("m.created_at < ?"));
        values.append(*f.to);
    }
    if (f.senderId > 0) {
        where.append(QStringLiteral("m.sender_id = ?"));
        values.append(f.senderId);
    }
    if (f.receiverId > 0) {
        where.append(inbox ? QStringLiteral("r.staff_id = ?")
                           : QStringLiteral("EXISTS (SELECT 1 FROM message_recipients rx WHERE "
                                            "rx.message_id = m.id AND rx.staff_id = ?)"));
        values.append(f.receiverId);
    }
    if (f.minPriority) {
        where.append(QStringLiteral("m.priority >= ?"));
        values.append(*f.minPriority);
    }
    if (f.maxPriority) {
        where.append(QStringLiteral("m.priority <= ?"));
        values.append(*f.maxPriority);
    }
    if (f.incidentId > 0) {
        where.append(QStringLiteral("m.incident_id = ?"));
        values.append(f.incidentId);
    }
    if (f.hideExpiredAt) {
        where.append(QStringLiteral("(m.expires_at IS NULL OR m.expires_at > ?)"));
        values.append(*f.hideExpiredAt);
    }
    if (f.readState != MessageFilter::ReadState::Any) {
        const bool read = f.readState == MessageFilter::ReadState::Read;
        if (inbox)
            where.append(read ? QStringLiteral("r.read_at IS NOT NULL")
                              : QStringLiteral("r.read_at IS NULL"));
        else
            where.append(read ? kReadCount + QStringLiteral(" = ") + kRecipientCount
                              : kReadCount + QStringLiteral(" < ") + kRecipientCount);
    }

    QString sql = QStringLiteral("SELECT ") + messaging::messageColumns();
    if (inbox)
        sql += QStringLiteral(", r.staff_id, p.name, r.delivered_at, r.read_at "
                              "FROM message_recipients r JOIN messages m ON m.id = r.message_id "
                              "JOIN staff p ON p.id = r.staff_id "
                              "LEFT JOIN staff s ON s.id = m.sender_id");
    else
        sql += QStringLiteral(", ") + kRecipientCount + QStringLiteral(" AS recipient_count, ") +
               kReadCount +
               QStringLiteral(" AS read_count FROM messages m LEFT JOIN staff s ON s.id = "
                              "m.sender_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    // NULLs last in both dialects (SQLite and PostgreSQL disagree by default).
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString expr = QLatin1StringView(sort->expression);
    sql += QStringLiteral(" ORDER BY ");
    if (sort->nullable)
        sql += QStringLiteral("CASE WHEN ") + expr + QStringLiteral(" IS NULL THEN 1 ELSE 0 END, ");
    sql += expr + dir + QStringLiteral(", m.id") + dir;
    if (inbox)
        sql += QStringLiteral(", r.staff_id ASC");
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values.append(f.limit);
    values.append(f.offset);

    QSqlQuery q;
    if (!m_db.exec(q, sql, values, error))
        return false;
    constexpr int n = messaging::kMessageColumnCount;
    while (q.next()) {
        StoredMessage m;
        messaging::readMessageColumns(q, 0, m);
        if (inbox) {
            m.recipientId = q.value(n).toLongLong();
            m.recipientName = q.value(n + 1).toString();
            m.deliveredAt = messaging::optionalMs(q.value(n + 2));
            m.readAt = messaging::optionalMs(q.value(n + 3));
        } else {
            m.recipientCount = q.value(n).toInt();
            m.readCount = q.value(n + 1).toInt();
        }
        out.append(m);
    }
    return MessageAttachmentStore(m_db).fillNames(out, error);
}

} // namespace sb

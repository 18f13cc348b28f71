#include "broadcast/messagetablemodel.h"

#include "broadcast/messagepopup.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

namespace sb::app {

namespace {
QString when(const std::optional<qint64> &ms) {
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              : QString();
}
QString oneLine(QString s) {
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.left(300);
}
} // namespace

MessageTableModel::MessageTableModel(Database &db, MessageFilter::View view, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db) {
    m_filter.view = view;
    m_filter.limit = 500;
}

int MessageTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageTableModel::columnCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return m_filter.view == MessageFilter::View::Inbox ? int(InColumnCount) : int(OutColumnCount);
}

QString MessageTableModel::sortKey(int column) const {
    if (m_filter.view == MessageFilter::View::Inbox) {
        static const char *const keys[] = {"created_at", "priority", "sender",     "recipient",
                                           "subject",    "body",     "expires_at", "read_at"};
        return column >= 0 && column < InColumnCount ? QString::fromLatin1(keys[column])
                                                     : QString();
    }
    static const char *const keys[] = {"created_at", "priority",   "sender",     "subject",
                                       "body",       "recipients", "read_count", "expires_at"};
    return column >= 0 && column < OutColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_filter.view == MessageFilter::View::Inbox) {
        switch (section) {
        case InSent:
            return tr("Sent");
        case InPriority:
            return tr("Priority");
        case InFrom:
            return tr("From");
        case InTo:
            return tr("To");
        case InSubject:
            return tr("Subject");
        case InBody:
            return tr("Message");
        case InExpires:
            return tr("Expires");
        case InRead:
            return tr("Read");
        default:
            return {};
        }
    }
    switch (section) {
    case OutSent:
        return tr("Sent");
    case OutPriority:
        return tr("Priority");
    case OutFrom:
        return tr("From");
    case OutSubject:
        return tr("Subject");
    case OutBody:
        return tr("Message");
    case OutRecipients:
        return tr("Recipients");
    case OutRead:
        return tr("Read by");
    case OutExpires:
        return tr("Expires");
    default:
        return {};
    }
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoredMessage &m = m_rows.at(index.row());
    if (role == MessageIdRole)
        return m.id;
    const bool inbox = m_filter.view == MessageFilter::View::Inbox;
    if (role == Qt::FontRole && inbox && !m.readAt) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && m.priority >= MessagePriority::Urgent &&
        index.column() == (inbox ? int(InPriority) : int(OutPriority)))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString sender = m.senderId > 0 ? m.senderName : tr("System");
    if (inbox) {
        switch (index.column()) {
        case InSent:
            return when(m.createdAt);
        case InPriority:
            return priorityLabel(m.priority);
        case InFrom:
            return sender;
        case InTo:
            return m.recipientName;
        case InSubject:
            return m.subject;
        case InBody:
            return role == Qt::ToolTipRole ? m.body : oneLine(m.body);
        case InExpires:
            return when(m.expiresAt);
        case InRead:
            return m.readAt ? when(m.readAt) : tr("unread");
        default:
            return {};
        }
    }
    switch (index.column()) {
    case OutSent:
        return when(m.createdAt);
    case OutPriority:
        return priorityLabel(m.priority);
    case OutFrom:
        return sender;
    case OutSubject:
        return m.subject;
    case OutBody:
        return role == Qt::ToolTipRole ? m.body : oneLine(m.body);
    case OutRecipients:
        return m.recipientCount;
    case OutRead:
        return tr("%1 of %2").arg(m.readCount).arg(m.recipientCount);
    case OutExpires:
        return when(m.expiresAt);
    default:
        return {};
    }
}

void MessageTableModel::sort(int column, Qt::SortOrder order) {
    const QString key = sortKey(column);
    if (key.isEmpty())
        return;
    m_filter.sortColumn = key;
    m_filter.descending = order == Qt::DescendingOrder;
    refresh();
}

void MessageTableModel::setFilter(const MessageFilter &filter) {
    const MessageFilter::View view = m_filter.view;
    const QString sortColumn = m_filter.sortColumn;
    const bool descending = m_filter.descending;
    const int limit = m_filter.limit;
    m_filter = filter;
    m_filter.view = view;
    m_filter.sortColumn = sortColumn;
    m_filter.descending = descending;
    m_filter.limit = limit;
    m_filter.offset = 0;
}

bool MessageTableModel::refresh() {
    QList<StoredMessage> rows;
    QString error;
    if (!MessageQuery(m_db).run(m_filter, rows, error)) {
        m_error = error;
        return false;
    }
    m_error.clear();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

int MessageTableModel::rowOf(qint64 messageId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == messageId)
            return i;
    }
    return -1;
}

} // namespace sb::app

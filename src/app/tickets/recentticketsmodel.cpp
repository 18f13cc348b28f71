#include "tickets/recentticketsmodel.h"

#include "storage/ticketstore.h"

#include <QFont>
#include <QSet>
#include <QSqlQuery>

namespace sb::app {

RecentTicketsModel::RecentTicketsModel(Database &db, int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_limit(limit) {
    reload();
}

QList<RecentTicketsModel::Row> RecentTicketsModel::fetch(const QString &where,
                                                         const QVariantList &values) {
    QList<Row> rows;
    QSqlQuery q;
    const QString sql = QStringLiteral("SELECT id, received_at, received_offset, channel, "
                                       "customer_tier, problem_type, subject, state, green_channel "
                                       "FROM tickets %1 ORDER BY id DESC LIMIT %2")
                            .arg(where)
                            .arg(m_limit);
    if (!m_db.exec(q, sql, values, m_error))
        return rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toInt() != 0});
    }
    return rows;
}

void RecentTicketsModel::reload() {
    beginResetModel();
    m_rows = fetch(QString(), {});
    endResetModel();
}

void RecentTicketsModel::applyChanges(const QList<sb::Change> &changes) {
    QSet<qint64> updated;
    bool inserted = false;
    for (const Change &c : changes) {
        if (c.entity != QLatin1StringView("ticket"))
            continue;
        if (c.op == QLatin1StringView("insert"))
            inserted = true;
        else
            updated.insert(c.entityId);
    }
    if (inserted) {
        const qint64 newest = m_rows.isEmpty() ? 0 : m_rows.first().id;
        const QList<Row> fresh = fetch(QStringLiteral("WHERE id > ?"), {newest});
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_rows = fresh + m_rows;
            endInsertRows();
            if (m_rows.size() > m_limit) {
                beginRemoveRows({}, m_limit, int(m_rows.size()) - 1);
                m_rows.resize(m_limit);
                endRemoveRows();
            }
        }
    }
    for (int i = 0; i < m_rows.size() && !updated.isEmpty(); ++i) {
        if (!updated.contains(m_rows.at(i).id))
            continue;
        updated.remove(m_rows.at(i).id);
        const QList<Row> again = fetch(QStringLiteral("WHERE id = ?"), {m_rows.at(i).id});
        if (again.isEmpty()) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            --i;
        } else {
            m_rows[i] = again.first();
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

int RecentTicketsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentTicketsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentTicketsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Serial:
            return TicketStore::serialNumber(r.id, r.receivedAt);
        case Received:
            return QDateTime::fromMSecsSinceEpoch(r.receivedAt, Qt::OffsetFromUTC, r.offset)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Channel:
            return r.channel;
        case Tier:
            return r.tier;
        case ProblemType:
            return r.problemType;
        case Subject:
            return r.subject; // item views show text as plain text
        case State:
            return r.state;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return r.subject.toHtmlEscaped();
    if (role == Qt::FontRole && r.green && index.column() == Serial) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant RecentTicketsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Serial:
        return tr("Serial no.");
    case Received:
        return tr("Received");
    case Channel:
        return tr("Channel");
    case Tier:
        return tr("Tier");
    case ProblemType:
        return tr("Problem type");
    case Subject:
        return tr("Subject");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace sb::app

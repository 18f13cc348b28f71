#include "shell/livequerymodel.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace sb::app {

LiveQueryModel::LiveQueryModel(Database &db, QString sql, std::function<QVariantList()> values,
                               QList<Column> columns, QSet<ChangeEntity> watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_sql(std::move(sql))
    , m_values(std::move(values))
    , m_columns(std::move(columns))
    , m_watched(std::move(watched)) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveQueryModel::refresh);
    refresh();
}

void LiveQueryModel::refresh() {
    QSqlQuery q;
    QList<QVariantList> rows;
    if (m_db.exec(q, m_sql, m_values ? m_values() : QVariantList{}, m_error)) {
        const int n = q.record().count();
        while (q.next()) {
            QVariantList r;
            r.reserve(n);
            for (int i = 0; i < n; ++i)
                r.append(q.value(i));
            rows.append(std::move(r));
        }
        m_error.clear();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void LiveQueryModel::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (m_watched.contains(c.entity)) {
            if (!m_coalesce.isActive())
                m_coalesce.start();
            return;
        }
    }
}

int LiveQueryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveQueryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LiveQueryModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    return m_columns.at(index.column()).cell(m_rows.at(index.row()), role);
}

QVariant LiveQueryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).title;
    return {};
}

LiveQueryModel::Column plainColumn(const QString &title, int i,
                                   std::function<QString(const QVariant &)> format) {
    return {title, [i, format](const QVariantList &row, int role) -> QVariant {
                if (role != Qt::DisplayRole || i >= row.size())
                    return {};
                return format ? QVariant(format(row.at(i))) : row.at(i);
            }};
}

} // namespace sb::app

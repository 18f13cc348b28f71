#pragma once

#include "shell/workspace.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>
#include <functional>

namespace sb::app {

// A small, bounded query result (open incidents, staff, per-type counts …) that re-reads
// itself when an entity it watches changes, at most a few times a second.
class LiveQueryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Column {
        QString title;
        std::function<QVariant(const QVariantList &row, int role)> cell;
    };
    // `sql` must be bounded (LIMIT or aggregate); `values` produces its binds at each run.
    LiveQueryModel(Database &db, QString sql, std::function<QVariantList()> values,
                   QList<Column> columns, QSet<ChangeEntity> watched, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    void applyChanges(const QList<sb::Change> &changes);
    void refresh();
    const QVariantList &rowValues(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_error; }

private:
    Database &m_db;
    QString m_sql;
    std::function<QVariantList()> m_values;
    QList<Column> m_columns;
    QSet<ChangeEntity> m_watched;
    QList<QVariantList> m_rows;
    QTimer m_coalesce;
    QString m_error;
};

// Plain display of column `i` of the row.
LiveQueryModel::Column plainColumn(const QString &title, int i,
                                   std::function<QString(const QVariant &)> format = {});

} // namespace sb::app

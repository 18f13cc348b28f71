#pragma once

#include "sync/change.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QTimer>
#include <functional>

namespace sb::app {

// A small, bounded list of typed rows (open incidents, staff, per-type counts …) that reads
// itself again when an entity it watches changes, at most a few times a second. The rows come
// from core (LiveRowsModel<Row> below); this part holds what does not depend on the row type.
class LiveRowsModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    void applyChanges(const QList<sb::Change> &changes);
    // Reads the rows now. On failure the list is empty and lastError() says why.
    void refresh();
    QString lastError() const { return m_error; }

protected:
    LiveRowsModelBase(QSet<ChangeEntity> watched, QObject *parent);
    // Reads the rows aside; false with `error` (nothing read aside then).
    virtual bool fetch(QString &error) = 0;
    // Shows the rows read aside (called inside a model reset).
    virtual void adoptFetched() = 0;

private:
    QSet<ChangeEntity> m_watched;
    QTimer m_coalesce;
    QString m_error;
};

// The rows of type `Row` that `loader` (a core query) reads, shown in `columns`.
//
//   auto *m = new LiveRowsModel<TeamRow>(
//       [&db](QList<TeamRow> &rows, QString &e) { return AdminQueries::teams(db, rows, e); },
//       {displayColumn<TeamRow>(tr("Team"), [](const TeamRow &t) { return t.name; })},
//       {ChangeEntity::Team}, this);
template <typename Row> class LiveRowsModel final : public LiveRowsModelBase {
public:
    using Loader = std::function<bool(QList<Row> &rows, QString &error)>;
    struct Column {
        QString title;
        std::function<QVariant(const Row &row, int role)> cell;
    };

    LiveRowsModel(Loader loader, QList<Column> columns, QSet<ChangeEntity> watched,
                  QObject *parent = nullptr)
        : LiveRowsModelBase(std::move(watched), parent)
        , m_loader(std::move(loader))
        , m_columns(std::move(columns)) {
        refresh();
    }

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        return m_columns.at(index.column()).cell(m_rows.at(index.row()), role);
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override {
        if (o == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).title;
        return {};
    }

    const Row &row(int r) const { return m_rows.at(r); }
    const QList<Row> &rows() const { return m_rows; }

private:
    bool fetch(QString &error) override {
        m_fetched.clear();
        if (m_loader(m_fetched, error))
            return true;
        m_fetched.clear();
        return false;
    }
    void adoptFetched() override {
        m_rows = std::move(m_fetched);
        m_fetched = {};
    }

    Loader m_loader;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<Row> m_fetched;
};

// A column showing `value(row)` as it is (Qt::DisplayRole only).
template <typename Row, typename F>
typename LiveRowsModel<Row>::Column displayColumn(const QString &title, F value) {
    return {title, [value](const Row &row, int role) -> QVariant {
                if (role != Qt::DisplayRole)
                    return {};
                return QVariant::fromValue(value(row));
            }};
}

} // namespace sb::app

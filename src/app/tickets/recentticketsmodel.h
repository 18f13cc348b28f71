#pragma once

#include "storage/database.h"
#include "sync/changefeed.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace sb::app {

// The newest tickets (a bounded window), kept current from the change feed: new tickets are
// fetched by id and put on top, changed ones are re-read; nothing is reloaded wholesale.
class RecentTicketsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Serial, Received, Channel, Tier, ProblemType, Subject, State, ColumnCount };
    RecentTicketsModel(Database &db, int limit, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    void reload();
    void applyChanges(const QList<sb::Change> &changes);
    QString lastError() const { return m_error; }

private:
    struct Row {
        qint64 id = 0;
        qint64 receivedAt = 0;
        int offset = 0;
        QString channel, tier, problemType, subject, state;
        bool green = false;
    };
    QList<Row> fetch(const QString &where, const QVariantList &values);

    Database &m_db;
    int m_limit;
    QList<Row> m_rows; // newest first
    QString m_error;
};

} // namespace sb::app

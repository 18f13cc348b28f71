#pragma once

#include "messaging/messagequery.h"
#include "shell/workspace.h"

#include <QAbstractTableModel>

namespace sb::app {

// The inbox or the sent list as a table. Sorting goes to the database through the whitelisted
// sort columns of MessageQuery (every column maps to one); filters are a MessageFilter.
class MessageTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum InboxColumn {
        InSent,
        InPriority,
        InFrom,
        InTo,
        InSubject,
        InBody,
        InExpires,
        InRead,
        InColumnCount
    };
    enum SentColumn {
        OutSent,
        OutPriority,
        OutFrom,
        OutSubject,
        OutBody,
        OutRecipients,
        OutRead,
        OutExpires,
        OutColumnCount
    };
    static constexpr int MessageIdRole = Qt::UserRole + 1;

    MessageTableModel(Database &db, MessageFilter::View view, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Filters other than view/sort/limit; keeps the current sort.
    void setFilter(const MessageFilter &filter);
    const MessageFilter &filter() const { return m_filter; }
    bool refresh();
    QString lastError() const { return m_error; }
    const StoredMessage &message(int row) const { return m_rows.at(row); }
    int rowOf(qint64 messageId) const;
    // The MessageQuery sort key of a column.
    QString sortKey(int column) const;

private:
    Database &m_db;
    MessageFilter m_filter;
    QList<StoredMessage> m_rows;
    QString m_error;
};

} // namespace sb::app

#pragma once

#include "shell/livequerymodel.h"
#include "shell/workspace.h"

#include <QLabel>
#include <QTableView>
#include <QWidget>

namespace sb::app {

// A feature place made of a heading, a one-line explanation and one live table.
class QueryPlace : public QWidget, public Place {
    Q_OBJECT
public:
    QueryPlace(const QString &heading, const QString &explanation, LiveRowsModelBase *model,
               QWidget *parent = nullptr);
    void applyChanges(const QList<sb::Change> &changes) override;
    LiveRowsModelBase *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    LiveRowsModelBase *m_model;
    QTableView *m_view;
};

// Start of today (local time) in ms since the epoch.
qint64 startOfTodayMs(const Clock &clock);
// A moment as "yyyy-MM-dd HH:mm" local time; empty for a null value.
QString formatTime(const QVariant &ms);
QString formatTime(qint64 ms);

} // namespace sb::app

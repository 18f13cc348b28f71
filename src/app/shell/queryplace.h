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
    QueryPlace(const QString &heading, const QString &explanation, LiveQueryModel *model,
               QWidget *parent = nullptr);
    void applyChanges(const QList<sb::Change> &changes) override;
    LiveQueryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    LiveQueryModel *m_model;
    QTableView *m_view;
};

// Start of today (local time) in ms since the epoch.
qint64 startOfTodayMs(const Clock &clock);
QString formatTime(const QVariant &ms);

} // namespace sb::app

#pragma once

#include "shell/workspace.h"
#include "tickets/recentticketsmodel.h"

#include <QLabel>
#include <QTableView>
#include <QWidget>

namespace sb::app {

// Tickets: the newest complaints as they are registered, on every workstation at once.
class TicketsPlace : public QWidget, public Place {
    Q_OBJECT
public:
    TicketsPlace(const Workspace &ws, QWidget *parent = nullptr);
    void applyChanges(const QList<sb::Change> &changes) override;
    RecentTicketsModel *model() const { return m_model; }

private:
    RecentTicketsModel *m_model;
    QTableView *m_view;
};

} // namespace sb::app

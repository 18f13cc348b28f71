#pragma once

#include "incidents/incidentqueries.h"
#include "shell/workspace.h"

#include <QPointer>
#include <QStandardItemModel>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class IncidentBoard;
}

namespace sb::app {

class IncidentDetail;

// The incidents place: open incidents with grade colour, owner, age, the 30/60-minute counts
// and their growth, fastest-growing first; Grade… (the wizard), Detail, Resolve.
// Refreshed from change_log batches (incidents, their events, tickets, staff) and once a
// minute for the ages and the sliding windows.
class IncidentBoard : public QWidget, public Place {
    Q_OBJECT
public:
    enum Column { Type, Class, GradeCol, Owner, Age, Counts30, Counts60, Growth, Identified };

    IncidentBoard(const Workspace &ws, QWidget *parent = nullptr);
    ~IncidentBoard() override;

    void applyChanges(const QList<sb::Change> &changes) override;
    void refresh();
    QStandardItemModel *model() const { return m_model; }
    // The incident of the selected row, or 0.
    qint64 selectedIncident() const;
    void selectIncident(qint64 id);
    // Opens the detail of an incident (or raises it when open) and returns it.
    IncidentDetail *openDetail(qint64 incidentId);

private:
    void updateButtons();
    // `live`: the open incident's counts; null for a resolved one.
    void appendRow(const IncidentRecord &i, qint64 now, const BoardRow *live);
    void openWizard(qint64 incidentId);

    Workspace m_ws;
    IncidentQueries m_queries;
    std::unique_ptr<Ui::IncidentBoard> ui;
    QStandardItemModel *m_model;
    QTimer m_pending; // coalesces bursts of changes
    QTimer m_minute;
    QList<QPointer<IncidentDetail>> m_details;
};

} // namespace sb::app

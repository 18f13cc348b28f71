#pragma once

#include "incidents/incidentqueries.h"
#include "incidents/postgradetable.h"
#include "shell/workspace.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IncidentDetail;
}

namespace sb::app {

// One incident: its timeline (opened, regraded, overridden, handed over, announced,
// resolved … with actor and time), resolving with a summary, the post-incident grade
// (事后定级) against the table in settings, and its knowledge-base entry.
class IncidentDetail : public QDialog {
    Q_OBJECT
public:
    enum Tab { TimelineTab, ResolveTab, PostGradeTab, KnowledgeTab };

    IncidentDetail(const Workspace &ws, qint64 incidentId, QWidget *parent = nullptr);
    ~IncidentDetail() override;

    qint64 incidentId() const { return m_id; }
    void refresh();
    void showResolve();
    void showPostGrade();

Q_SIGNALS:
    void gradeRequested(qint64 incidentId);
    void changed();

private:
    void loadTable();
    void fillFacts();
    void updatePostResult();
    void resolve();
    void postGrade();
    void saveTable();
    void saveKnowledge();
    PostGradeTable tableFromWidget(QString &error) const;
    PostIncidentFacts facts() const;
    void setPermissionState();

    Workspace m_ws;
    qint64 m_id;
    IncidentQueries m_queries;
    std::unique_ptr<Ui::IncidentDetail> ui;
    IncidentRecord m_incident;
    PostGradeTable m_table = PostGradeTable::defaults();
    bool m_factsFilled = false;
    bool m_kbFilled = false;
};

} // namespace sb::app

#include "qa/qafeature.h"
#include "qa/qaqueries.h"
#include "shell/labels.h"
#include "shell/queryplace.h"

namespace sb::app {

// QA: tickets handled (closed) today per team, and how many the daily 5 % spot check takes.
QWidget *createQaPlace(const Workspace &ws, QWidget *parent) {
    const Clock *clock = ws.clock;
    const Database *db = ws.db;
    using Model = LiveRowsModel<TeamHandledRow>;
    auto *model = new Model(
        [db, clock](QList<TeamHandledRow> &rows, QString &error) {
            return QaQueries::handledPerTeam(*db, startOfTodayMs(*clock), rows, error);
        },
        {displayColumn<TeamHandledRow>(Labels::tr("Team"),
                                       [](const TeamHandledRow &r) { return r.team; }),
         displayColumn<TeamHandledRow>(Labels::tr("Handled today"),
                                       [](const TeamHandledRow &r) { return r.handled; }),
         displayColumn<TeamHandledRow>(Labels::tr("To spot-check (5 %)"),
                                       [](const TeamHandledRow &r) {
                                           return QString::number(
                                               QaQueries::spotCheckSize(r.handled));
                                       })},
        {ChangeEntity::Ticket});
    auto *place = new QueryPlace(Labels::tr("Quality assurance"),
                                 Labels::tr("Tickets handled today per team and the size of the "
                                            "daily 5 % spot check."),
                                 model, parent);
    place->view()->setObjectName(QStringLiteral("qaView"));
    return place;
}

} // namespace sb::app

#include "qa/qafeature.h"
#include "shell/labels.h"
#include "shell/queryplace.h"

namespace sb::app {

// QA: tickets handled (closed) today per team, and how many the daily 5 % spot check takes.
QWidget *createQaPlace(const Workspace &ws, QWidget *parent) {
    const Clock *clock = ws.clock;
    QList<LiveQueryModel::Column> cols{
        plainColumn(Labels::tr("Team"), 0),
        plainColumn(Labels::tr("Handled today"), 1),
        plainColumn(
            Labels::tr("To spot-check (5 %)"), 1,
            [](const QVariant &v) { return QString::number((v.toLongLong() * 5 + 99) / 100); }),
    };
    auto *model = new LiveQueryModel(
        *ws.db,
        QStringLiteral("SELECT COALESCE(t.name, '-'), COUNT(*) FROM tickets k LEFT JOIN teams t ON "
                       "t.id = k.team_id WHERE k.state = 'closed' AND k.updated_at >= ? "
                       "GROUP BY t.name ORDER BY 1 LIMIT 100"),
        [clock] { return QVariantList{startOfTodayMs(*clock)}; }, cols, {ChangeEntity::Ticket});
    auto *place = new QueryPlace(Labels::tr("Quality assurance"),
                                 Labels::tr("Tickets handled today per team and the size of the "
                                            "daily 5 % spot check."),
                                 model, parent);
    place->view()->setObjectName(QStringLiteral("qaView"));
    return place;
}

} // namespace sb::app

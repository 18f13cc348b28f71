#include "shell/labels.h"
#include "shell/places.h"
#include "shell/queryplace.h"

namespace sb::app {

// Administration: staff with their role, team and status.
QWidget *createAdminPlace(const Workspace &ws, QWidget *parent) {
    QList<LiveQueryModel::Column> cols{
        plainColumn(Labels::tr("Employee no."), 0),
        plainColumn(Labels::tr("Name"), 1),
        plainColumn(Labels::tr("Role"), 2,
                    [](const QVariant &v) { return Labels::role(v.toString()); }),
        plainColumn(Labels::tr("Team"), 3),
        plainColumn(Labels::tr("Status"), 4),
        plainColumn(
            Labels::tr("On duty"), 5,
            [](const QVariant &v) { return v.toInt() ? Labels::tr("yes") : Labels::tr("no"); }),
    };
    auto *model = new LiveQueryModel(
        *ws.db,
        QStringLiteral("SELECT s.employee_no, s.name, COALESCE(r.key, ''), COALESCE(t.name, ''), "
                       "s.status, s.on_duty FROM staff s LEFT JOIN roles r ON r.id = s.role_id "
                       "LEFT JOIN teams t ON t.id = s.team_id ORDER BY s.employee_no LIMIT 5000"),
        {}, cols, {QStringLiteral("staff")});
    auto *place = new QueryPlace(Labels::tr("Administration"),
                                 Labels::tr("Staff, their roles and teams."), model, parent);
    place->view()->setObjectName(QStringLiteral("adminView"));
    return place;
}

} // namespace sb::app

#include "shell/labels.h"
#include "shell/places.h"
#include "shell/queryplace.h"

#include "domain/types.h"

#include <QBrush>
#include <QColor>

namespace sb::app {

namespace {
QColor gradeColour(int grade) {
    switch (grade) {
    case 0:
        return QColor(0xf5, 0xd0, 0x20); // yellow
    case 1:
        return QColor(0xf0, 0x8a, 0x24); // orange
    case 2:
        return QColor(0xd6, 0x27, 0x28); // red
    default:
        return QColor(0x20, 0x20, 0x20); // black
    }
}
} // namespace

// Incidents: the open incidents, most severe first, with their warning colour.
QWidget *createIncidentsPlace(const Workspace &ws, QWidget *parent) {
    QList<LiveQueryModel::Column> cols{
        plainColumn(Labels::tr("Problem type"), 0,
                    [](const QVariant &v) { return Labels::problemType(v.toString()); }),
        plainColumn(Labels::tr("Class"), 1,
                    [](const QVariant &v) { return Labels::problemClass(v.toString()); }),
        {Labels::tr("Grade"),
         [](const QVariantList &row, int role) -> QVariant {
             const int g = row.at(2).toInt();
             if (role == Qt::DisplayRole)
                 return Labels::grade(gradeKey(Grade(qBound(0, g, 3))));
             if (role == Qt::BackgroundRole)
                 return QBrush(gradeColour(g));
             if (role == Qt::ForegroundRole)
                 return QBrush(g >= 2 ? Qt::white : Qt::black);
             return {};
         }},
        plainColumn(Labels::tr("Trigger"), 3),
        plainColumn(Labels::tr("Opened"), 4, formatTime),
        plainColumn(Labels::tr("Owner"), 5),
    };
    auto *model = new LiveQueryModel(
        *ws.db,
        QStringLiteral(
            "SELECT i.problem_type, i.class, i.grade, i.trigger_kind, i.opened_at, "
            "COALESCE(s.name, '') FROM incidents i LEFT JOIN staff s ON s.id = i.owner_id "
            "WHERE i.state = 'open' ORDER BY i.grade DESC, i.opened_at LIMIT 200"),
        {}, cols, {QStringLiteral("incident"), QStringLiteral("incident_event")});
    auto *place = new QueryPlace(
        Labels::tr("Incidents"),
        Labels::tr("Open incidents, most severe first. An incident opens when complaints of one "
                   "problem type reach a burst threshold."),
        model, parent);
    place->view()->setObjectName(QStringLiteral("incidentsView"));
    return place;
}

} // namespace sb::app

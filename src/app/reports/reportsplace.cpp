#include "reports/reportsfeature.h"
#include "shell/labels.h"
#include "shell/queryplace.h"

namespace sb::app {

// Reports: today's volume and satisfaction per channel.
QWidget *createReportsPlace(const Workspace &ws, QWidget *parent) {
    const Clock *clock = ws.clock;
    QList<LiveQueryModel::Column> cols{
        plainColumn(Labels::tr("Channel"), 0,
                    [](const QVariant &v) { return Labels::channel(v.toString()); }),
        plainColumn(Labels::tr("Complaints today"), 1),
        plainColumn(Labels::tr("Average satisfaction (1–5)"), 2,
                    [](const QVariant &v) {
                        return v.isNull() ? QStringLiteral("–")
                                          : QString::number(v.toDouble(), 'f', 2);
                    }),
    };
    auto *model = new LiveQueryModel(
        *ws.db,
        QStringLiteral("SELECT channel, COUNT(*), AVG(satisfaction) FROM tickets WHERE "
                       "received_at >= ? GROUP BY channel ORDER BY 2 DESC LIMIT 50"),
        [clock] { return QVariantList{startOfTodayMs(*clock)}; }, cols, {ChangeEntity::Ticket});
    auto *place = new QueryPlace(Labels::tr("Reports"),
                                 Labels::tr("Today's complaints and satisfaction per channel."),
                                 model, parent);
    place->view()->setObjectName(QStringLiteral("reportsView"));
    return place;
}

} // namespace sb::app

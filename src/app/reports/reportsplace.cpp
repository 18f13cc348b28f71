#include "reports/reportqueries.h"
#include "reports/reportsfeature.h"
#include "shell/labels.h"
#include "shell/queryplace.h"

namespace sb::app {

// Reports: today's volume and satisfaction per channel.
QWidget *createReportsPlace(const Workspace &ws, QWidget *parent) {
    const Clock *clock = ws.clock;
    const Database *db = ws.db;
    using Model = LiveRowsModel<ChannelVolumeRow>;
    auto *model = new Model(
        [db, clock](QList<ChannelVolumeRow> &rows, QString &error) {
            return ReportQueries::channelsSince(*db, startOfTodayMs(*clock), rows, error);
        },
        {displayColumn<ChannelVolumeRow>(
             Labels::tr("Channel"),
             [](const ChannelVolumeRow &r) { return Labels::channel(r.channel); }),
         displayColumn<ChannelVolumeRow>(Labels::tr("Complaints today"),
                                         [](const ChannelVolumeRow &r) { return r.complaints; }),
         displayColumn<ChannelVolumeRow>(Labels::tr("Average satisfaction (1–5)"),
                                         [](const ChannelVolumeRow &r) {
                                             return r.averageSatisfaction
                                                        ? QString::number(*r.averageSatisfaction,
                                                                          'f', 2)
                                                        : QStringLiteral("–");
                                         })},
        {ChangeEntity::Ticket});
    auto *place = new QueryPlace(Labels::tr("Reports"),
                                 Labels::tr("Today's complaints and satisfaction per channel."),
                                 model, parent);
    place->view()->setObjectName(QStringLiteral("reportsView"));
    return place;
}

} // namespace sb::app

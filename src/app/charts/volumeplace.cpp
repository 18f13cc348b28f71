#include "shell/labels.h"
#include "shell/places.h"
#include "shell/queryplace.h"

#include <QTimer>

namespace sb::app {

// Volume: complaints per problem type in the sliding 30- and 60-minute windows, per tier.
// Re-read when tickets arrive, and every 15 s as the windows slide. (Grouping on an
// expression keeps SQLite on the received_at index instead of scanning the type index.)
QWidget *createVolumePlace(const Workspace &ws, QWidget *parent) {
    const Clock *clock = ws.clock;
    auto values = [clock] {
        const qint64 now = clock->nowMs();
        return QVariantList{now - 30 * 60000, now - 30 * 60000, now - 60 * 60000};
    };
    QList<LiveQueryModel::Column> cols{
        plainColumn(Labels::tr("Problem type"), 0,
                    [](const QVariant &v) { return Labels::problemType(v.toString()); }),
        plainColumn(Labels::tr("Normal, 30 min"), 1),
        plainColumn(Labels::tr("VIP, 30 min"), 2),
        plainColumn(Labels::tr("Normal, 60 min"), 3),
        plainColumn(Labels::tr("VIP, 60 min"), 4),
    };
    auto *model = new LiveQueryModel(
        *ws.db,
        QStringLiteral(
            "SELECT problem_type, "
            "SUM(CASE WHEN customer_tier IN ('normal', 'distributor') AND received_at > ? THEN 1 "
            "ELSE 0 END), "
            "SUM(CASE WHEN customer_tier IN ('vip', 'key_account') AND received_at > ? THEN 1 ELSE "
            "0 END), "
            "SUM(CASE WHEN customer_tier IN ('normal', 'distributor') THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN customer_tier IN ('vip', 'key_account') THEN 1 ELSE 0 END) "
            "FROM tickets WHERE received_at > ? GROUP BY problem_type || '' ORDER BY 4 DESC, 1"),
        values, cols, {QStringLiteral("ticket")});
    auto *place = new QueryPlace(
        Labels::tr("Volume"),
        Labels::tr("Complaints per problem type in the last 30 and 60 minutes, normal and VIP "
                   "customers counted separately."),
        model, parent);
    place->view()->setObjectName(QStringLiteral("volumeView"));
    auto *slide = new QTimer(place);
    QObject::connect(slide, &QTimer::timeout, model, &LiveQueryModel::refresh);
    slide->start(15000);
    return place;
}

} // namespace sb::app

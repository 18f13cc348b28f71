#include "shell/features.h"

#include "admin/adminfeature.h"
#include "admin/permissiongate.h"
#include "archive/archivefeature.h"
#include "broadcast/broadcastfeature.h"
#include "incidents/incidentsfeature.h"
#include "qa/qafeature.h"
#include "qa/qafeedbackfeature.h"
#include "release/releasefeature.h"
#include "reports/reportsfeature.h"
#include "shell/mainwindow.h"
#include "tickets/ticketsfeature.h"
#include "today/todayfeature.h"
#include "volume/volumefeature.h"

#include <QListWidget>

namespace sb::app {

QList<FeatureSpec> featureSpecs() {
    return {todayFeature(),      ticketsFeature(), incidentsFeature(),  volumeFeature(),
            broadcastsFeature(), qaFeature(),      qaFeedbackFeature(), reportsFeature(),
            adminFeature(),      releaseFeature(), archiveFeature()};
}

namespace {
// Greys the navigation entry of a place whose permission the person does not hold, and
// follows permission changes while they are signed in.
void gatePlace(MainWindow &window, PermissionGate *gate, const FeatureSpec &spec) {
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("placeList"));
    const int row = int(window.placeKeys().indexOf(spec.key));
    if (!nav || row < 0)
        return;
    const QString needed = spec.permission;
    auto update = [gate, nav, row, needed] {
        QListWidgetItem *item = nav->item(row);
        if (!item)
            return;
        const bool ok = gate->hasAnyUnder(needed);
        item->setFlags(ok ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(ok ? QString()
                            : PermissionGate::tr("Needs one of the permissions under: %1 (%2)")
                                  .arg(needed, gate->description(needed)));
    };
    update();
    QObject::connect(gate, &PermissionGate::changed, nav, update);
}
} // namespace

void gatePlaces(MainWindow &window) {
    PermissionGate *gate = PermissionGate::ensure(window);
    const QList<FeatureSpec> specs = featureSpecs();
    for (const FeatureSpec &spec : specs) {
        if (!spec.permission.isEmpty())
            gatePlace(window, gate, spec);
    }
}

void installFeatures(MainWindow &window) {
    // The permission gate comes first: features guard their actions with it.
    PermissionGate::ensure(window);
    const QList<FeatureSpec> specs = featureSpecs();
    for (const FeatureSpec &spec : specs) {
        if (spec.install)
            spec.install(window);
    }
    gatePlaces(window);
}

} // namespace sb::app

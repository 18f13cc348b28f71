#include "shell/features.h"

#include "admin/adminfeature.h"
#include "broadcast/broadcastfeature.h"
#include "incidents/incidentslivefeature.h"
#include "shell/mainwindow.h"
#include "tickets/importwizard.h"
#include "tickets/urgingfeature.h"

namespace sb::app {

void installFeatures(MainWindow &window) {
    // One line per feature that has always-on parts. The permission gate comes first: the
    // others may guard their actions with it.
    installAdminFeature(window);
    installBroadcastFeature(window);
    installIncidentsLiveFeature(window);
    installTicketsUrgingFeature(window);
    installTicketsImportFeature(window);
}

} // namespace sb::app

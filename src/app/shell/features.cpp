#include "shell/features.h"

#include "admin/adminfeature.h"
#include "incidents/incidentslivefeature.h"
#include "shell/mainwindow.h"

namespace sb::app {

void installFeatures(MainWindow &window)
{
    // One line per feature that has always-on parts, e.g. installBroadcastFeature(window);
    installAdminFeature(window);
    installIncidentsLiveFeature(window);
}

} // namespace sb::app

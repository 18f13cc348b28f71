#include "shell/features.h"

#include "shell/mainwindow.h"
#include "incidents/incidentslivefeature.h"

namespace sb::app {

void installFeatures(MainWindow &window)
{
    // One line per feature that has always-on parts, e.g. installBroadcastFeature(window);
    installIncidentsLiveFeature(window);
}

} // namespace sb::app

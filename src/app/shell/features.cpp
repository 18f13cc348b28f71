#include "shell/features.h"

#include "shell/mainwindow.h"
#include "admin/adminfeature.h"
#include "tickets/importwizard.h"

namespace sb::app {

void installFeatures(MainWindow &window)
{
    // One line per feature that has always-on parts, e.g. installBroadcastFeature(window);
    installAdminFeature(window);
    installTicketsImportFeature(window);
}

} // namespace sb::app

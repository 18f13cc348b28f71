#include "shell/features.h"

#include "broadcast/broadcastfeature.h"
#include "shell/mainwindow.h"

namespace sb::app {

void installFeatures(MainWindow &window)
{
    // One line per feature that has always-on parts, e.g. installBroadcastFeature(window);
    installBroadcastFeature(window);
}

} // namespace sb::app

#include "shell/features.h"

#include "shell/mainwindow.h"
#include "admin/adminfeature.h"

namespace sb::app {

void installFeatures(MainWindow &window)
{
    // One line per feature that has always-on parts, e.g. installBroadcastFeature(window);
    Q_UNUSED(window)
    installAdminFeature(window);
}

} // namespace sb::app

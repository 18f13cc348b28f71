#include "reports/reportsfeature.h"

#include "reports/reportautorun.h"
#include "security/permissions.h"

namespace sb::app {

FeatureSpec reportsFeature() {
    return {QStringLiteral("reports"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Reports"),
            QStringLiteral("x-office-document"),
            perm::ReportsRead,
            &createReportsPlace,
            &installReportsFeature};
}

} // namespace sb::app

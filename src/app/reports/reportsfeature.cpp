#include "reports/reportsfeature.h"

#include "reports/reportautorun.h"

namespace sb::app {

FeatureSpec reportsFeature() {
    return {QStringLiteral("reports"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Reports"),
            QStringLiteral("x-office-document"),
            QString(),
            &createReportsPlace,
            &installReportsFeature};
}

} // namespace sb::app

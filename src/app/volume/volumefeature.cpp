#include "volume/volumefeature.h"

namespace sb::app {

FeatureSpec volumeFeature() {
    return {QStringLiteral("volume"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Volume"),
            QStringLiteral("office-chart-line"),
            QString(),
            &createVolumePlace,
            nullptr};
}

} // namespace sb::app

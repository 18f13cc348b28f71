#include "qa/qafeature.h"

namespace sb::app {

FeatureSpec qaFeature() {
    return {QStringLiteral("qa"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Quality assurance"),
            QStringLiteral("checkbox"),
            QString(),
            &createQaPlace,
            nullptr};
}

} // namespace sb::app

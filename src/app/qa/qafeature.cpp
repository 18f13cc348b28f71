#include "qa/qafeature.h"

#include "qa/qaautodraw.h"

namespace sb::app {

FeatureSpec qaFeature() {
    return {QStringLiteral("qa"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Quality assurance"),
            QStringLiteral("checkbox"),
            QString(),
            &createQaPlace,
            &installQaFeature};
}

} // namespace sb::app

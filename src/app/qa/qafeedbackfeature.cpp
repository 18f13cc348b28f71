#include "qa/qafeedbackfeature.h"

namespace sb::app {

FeatureSpec qaFeedbackFeature() {
    return {QStringLiteral("qaFeedback"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "QA feedback"),
            QStringLiteral("mail-mark-important"),
            QString(),
            &createQaFeedbackPlace,
            nullptr};
}

} // namespace sb::app

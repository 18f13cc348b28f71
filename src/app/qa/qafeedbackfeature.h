#pragma once

#include "shell/featurespec.h"

namespace sb::app {

// QA feedback (质检反馈): everyone's QA results, and the review checks to decide.
FeatureSpec qaFeedbackFeature();
QWidget *createQaFeedbackPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app

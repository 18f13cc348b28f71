#pragma once

#include "shell/featurespec.h"

namespace sb::app {

// The quality assurance feature (its navigation entry, place and always-on parts).
FeatureSpec qaFeature();
QWidget *createQaPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app

#pragma once

#include "shell/featurespec.h"

namespace sb::app {

// The reports feature (its navigation entry, place and always-on parts).
FeatureSpec reportsFeature();
QWidget *createReportsPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app

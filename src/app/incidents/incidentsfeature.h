#pragma once

#include "shell/featurespec.h"

namespace sb::app {

// The incidents feature (its navigation entry, place and always-on parts).
FeatureSpec incidentsFeature();
QWidget *createIncidentsPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app

#pragma once

#include "shell/featurespec.h"

namespace sb::app {

// The volume feature (its navigation entry, place and always-on parts).
FeatureSpec volumeFeature();
QWidget *createVolumePlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app

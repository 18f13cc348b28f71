#pragma once

#include "shell/featurespec.h"

namespace sb::app {

// The tickets feature (its navigation entry, place and always-on parts).
FeatureSpec ticketsFeature();
QWidget *createTicketsPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app

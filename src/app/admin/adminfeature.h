#pragma once

#include "shell/featurespec.h"

namespace sb::app {

class MainWindow;

// The Administration feature: offered to those who hold some admin.* permission.
FeatureSpec adminFeature();
QWidget *createAdminPlace(const Workspace &ws, QWidget *parent);

// The always-on part of administration: the window's permission gate (following the change
// feed) and a non-modal notice saying why when the signed-in person loses rights.
void installAdminFeature(MainWindow &window);

} // namespace sb::app

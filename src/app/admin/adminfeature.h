#pragma once

namespace sb::app {

class MainWindow;

// The always-on part of administration: the window's permission gate (following the change
// feed), the Administration place offered only to those holding some admin.* permission, and a
// non-modal notice saying why when the signed-in person loses rights.
void installAdminFeature(MainWindow &window);

} // namespace sb::app

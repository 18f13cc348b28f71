#pragma once

#include "shell/featurespec.h"

#include <QList>

namespace sb::app {

class MainWindow;

// Every feature, in navigation order: the one list a new feature is added to.
QList<FeatureSpec> featureSpecs();

// Attaches each feature's always-on parts to the main window (alert pop-ups, tickers,
// background workers, toolbars) and greys the navigation entries of places the person may not
// enter. A feature's place is built only when first shown; what must react while the page is
// not shown connects to MainWindow::changesArrived in its install hook.
void installFeatures(MainWindow &window);
// The greying part alone: each navigation entry whose permission the person lacks (and it
// follows their permissions while they are signed in).
void gatePlaces(MainWindow &window);

} // namespace sb::app

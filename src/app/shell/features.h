#pragma once

namespace sb::app {

class MainWindow;

// Attaches each feature's always-on parts to the main window: alert pop-ups, tickers,
// background workers, toolbars. A feature's place (its page) is built only when first shown;
// what must react while the page is not shown connects to MainWindow::changesArrived here.
void installFeatures(MainWindow &window);

} // namespace sb::app

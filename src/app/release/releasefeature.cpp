#include "release/releasefeature.h"

#include "release/updatenotice.h"
#include "shell/mainwindow.h"

namespace sb::app {

FeatureSpec releaseFeature() {
    FeatureSpec spec;
    spec.key = QStringLiteral("release");
    spec.install = &installReleaseFeature;
    return spec;
}

void installReleaseFeature(MainWindow &window) {
    auto *checker =
        new UpdateChecker(window.workspace(), QStringLiteral(SIGNALBOARD_VERSION), &window);
    QObject::connect(&window, &MainWindow::changesArrived, checker, &UpdateChecker::applyChanges);
    // At sign-in: once the window is up, so the notice opens over it.
    QTimer::singleShot(0, checker, [checker] { checker->check(true); });
}

} // namespace sb::app

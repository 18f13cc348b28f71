#pragma once

#include "shell/featurespec.h"

namespace sb::app {

// "A newer version is available": no place of its own, only the always-on check and notice.
FeatureSpec releaseFeature();
void installReleaseFeature(MainWindow &window);

} // namespace sb::app

#pragma once

#include "shell/featurespec.h"

#include <QString>

namespace sb::app {

class ArchiveWindow;

// File → Open archive…: an archive file in a window of its own, read-only.
FeatureSpec archiveFeature();
// Opens `file` the way the menu does, in a read-only window over `window`; null with `error`
// naming the file and the cause.
ArchiveWindow *openArchiveFile(MainWindow &window, const QString &file, QString &error);

} // namespace sb::app

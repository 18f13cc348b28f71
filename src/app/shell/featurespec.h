#pragma once

#include "shell/workspace.h"

#include <QString>

class QWidget;

namespace sb::app {

class MainWindow;

// One feature of the workstation, declared once in its own folder (<folder>/<name>feature.h)
// and listed once, in navigation order, in shell/features.cpp. The main window builds the
// navigation entry and, when first shown, the place from it; installFeatures attaches its
// always-on parts.
struct FeatureSpec {
    QString key;                 // stable: "tickets"; the place's objectName is key + "Place"
    const char *title = nullptr; // untranslated: QT_TRANSLATE_NOOP("sb::app::MainWindow", …)
    QString icon;                // freedesktop icon theme name (no icon when the theme lacks it)
    // A permission subtree the place needs ("admin": any admin.* permission); without it the
    // navigation entry is greyed with a tooltip naming it. Empty: everyone.
    QString permission;
    QWidget *(*createPlace)(const Workspace &ws, QWidget *parent) = nullptr;
    void (*install)(MainWindow &window) = nullptr; // always-on parts; null: none
};

} // namespace sb::app

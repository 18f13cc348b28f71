#pragma once

#include "shell/workspace.h"

#include <QWidget>

namespace sb::app {

// Factories for the feature places of the main window; each lives in its feature folder.
QWidget *createTicketsPlace(const Workspace &ws, QWidget *parent);
QWidget *createIncidentsPlace(const Workspace &ws, QWidget *parent);
QWidget *createVolumePlace(const Workspace &ws, QWidget *parent);
QWidget *createBroadcastPlace(const Workspace &ws, QWidget *parent);
QWidget *createQaPlace(const Workspace &ws, QWidget *parent);
QWidget *createReportsPlace(const Workspace &ws, QWidget *parent);
QWidget *createAdminPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app

#pragma once

#include <Qt>

namespace sb::app {

// Live counts on the navigation entries (the list "placeList" of the main window), painted by
// NavDelegate as a rounded badge at the right of the entry. A feature sets them on its
// entry's item; no count (or 0) shows no badge.
inline constexpr int NavBadgeCountRole = Qt::UserRole + 40;      // int: the number shown
inline constexpr int NavBadgeColourRole = Qt::UserRole + 41;     // QColor: the badge's fill
inline constexpr int NavBadgeTextColourRole = Qt::UserRole + 42; // QColor: its text (optional)

} // namespace sb::app

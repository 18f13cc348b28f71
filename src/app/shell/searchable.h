#pragma once

namespace sb::app {

// A place with a search or filter field. Ctrl+F (View → Search) puts the keyboard focus
// there; the main window asks the place shown, and without one it opens Tickets.
class Searchable {
public:
    virtual ~Searchable() = default;
    // Focuses the field and selects its text, so typing replaces it.
    virtual void focusSearch() = 0;
};

} // namespace sb::app

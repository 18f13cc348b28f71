#pragma once

#include "shell/featurespec.h"
#include "today/todayqueries.h"

#include <QObject>

namespace sb::app {

class MainWindow;
class TodayLoader;

// The always-on part of Today: live counts on the navigation entries (shell/navbadge.h) —
// overdue tickets on Tickets, open incidents in the worst open colour on Incidents, unread
// broadcasts on Broadcasts, reviews due on QA — from the same snapshot as the Today place,
// read on the background worker and coalesced to at most one read a second as the change
// feed delivers.
class TodayNavCounts : public QObject {
    Q_OBJECT
public:
    explicit TodayNavCounts(MainWindow &window);

    TodayLoader *loader() const { return m_loader; }
    void show(const TodaySnapshot &s);

private:
    void setBadge(const QString &placeKey, int count, const QColor &colour, const QColor &text,
                  const QString &tip);

    MainWindow &m_window;
    TodayLoader *m_loader = nullptr;
};

// The Today feature: the first navigation entry, its place and the navigation counts.
FeatureSpec todayFeature();
void installTodayFeature(MainWindow &window);

} // namespace sb::app

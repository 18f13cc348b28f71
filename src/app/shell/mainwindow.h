#pragma once

#include "shell/featurespec.h"
#include "shell/navigator.h"
#include "shell/workspace.h"
#include "sync/changefeed.h"

#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QStackedWidget>

namespace sb::app {

// The main window: every feature's place, and the Navigator that moves between them (it is
// the `navigator` of the Workspace each place gets).
class MainWindow : public QMainWindow, public Navigator {
    Q_OBJECT
public:
    explicit MainWindow(const Workspace &ws, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Feature places by key: tickets, incidents, volume, broadcasts, qa, reports, admin.
    QWidget *place(const QString &key) const;
    const Workspace &workspace() const { return m_ws; }
    QStringList placeKeys() const;
    void showPlace(const QString &key) override;
    // Shows the Tickets place with exactly the selection's tickets.
    void openTickets(const TicketSelection &selection) override;
    // Ctrl+F: the search field of the place shown (Searchable), else the tickets' filter.
    void focusSearch();
    // The widest navigation label in the language shown, in pixels (the list is wider).
    int navigationTextWidth() const;
    void openTicketQueue(TicketQueue queue, const TicketFilter &filter) override;
    void openIncident(qint64 incidentId) override;

public Q_SLOTS:
    void applyChanges(const QList<sb::Change> &changes);
    void setSyncState(sb::ChangeFeed::State state, const QString &detail);

Q_SIGNALS:
    // Everything the change feed delivered, for the always-on parts of each feature
    // (alerts, pop-ups, urging) that must react even while their place is not shown.
    void changesArrived(const QList<sb::Change> &changes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    using Factory = QWidget *(*)(const Workspace &, QWidget *);
    void addPlace(const FeatureSpec &spec);
    QWidget *ensurePlace(int index);
    void buildMenus();
    // Sizes the navigation list to its labels, icons and counts.
    void fitNavigation();
    void restoreLayout();

    Workspace m_ws;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QStringList m_keys;
    QList<Factory> m_factories;
    QList<QWidget *> m_widgets; // null until first shown: start-up builds only what is seen
    QList<Place *> m_places;
};

} // namespace sb::app

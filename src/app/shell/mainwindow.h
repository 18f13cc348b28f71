#pragma once

#include "shell/workspace.h"
#include "sync/changefeed.h"

#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QStackedWidget>

namespace sb::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Workspace &ws, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Feature places by key: tickets, incidents, volume, broadcasts, qa, reports, admin.
    QWidget *place(const QString &key) const;
    QStringList placeKeys() const;
    void showPlace(const QString &key);

public Q_SLOTS:
    void applyChanges(const QList<sb::Change> &changes);
    void setSyncState(sb::ChangeFeed::State state, const QString &detail);

Q_SIGNALS:
    void reconnectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPlace(const QString &key, const QString &title, QWidget *widget);
    void buildMenus();
    void restoreLayout();

    Workspace m_ws;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QStringList m_keys;
    QList<Place *> m_places;
};

} // namespace sb::app

#pragma once

#include "shell/workspace.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <memory>

namespace sb {
class FeedThread;
class Simulator;
} // namespace sb

namespace sb::app {

class MainWindow;

struct StartOptions {
    bool demo = false;
    QString dbUrl;           // --db
    QString demoPath;        // where --demo keeps its database (default: the user's data directory)
    bool autoSignIn = false; // demo: signed in as the demo supervisor
};

// Brings a workstation up: where the data is, who is signing in, the schema, the demo data,
// the change feed, the simulator, and finally the main window.
class Startup : public QObject {
    Q_OBJECT
public:
    explicit Startup(const Clock &clock, QObject *parent = nullptr);
    ~Startup() override;

    // Returns false when the user cancelled or the workstation cannot start (after saying why).
    bool run(const StartOptions &options);
    MainWindow *window() const { return m_window; }
    Simulator *simulator() const { return m_sim; }

    // Opens `url`, brings the schema up to date where allowed, and signs `login` in.
    // Returns an empty string on success, else the reason (nothing is overwritten).
    QString open(const DatabaseUrl &url, const QString &login, const QString &password,
                 bool trustLogin);
    static QString defaultDemoPath();

private:
    bool prepareDemo(const DatabaseUrl &url);
    void startFeedAndWindow();
    void startSimulator();

    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DbWorker> m_background; // outlives the window (deleted first)
    Workspace m_ws;
    FeedThread *m_feed = nullptr;
    std::unique_ptr<DbWorker> m_simWorker;
    Simulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
    bool m_demo = false;
};

} // namespace sb::app

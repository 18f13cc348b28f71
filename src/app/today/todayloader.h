#pragma once

#include "shell/workspace.h"
#include "today/todayqueries.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sb::app {

// Reads the signed-in person's Today snapshot on the background worker and hands the typed
// result to the GUI thread. Changes from the feed only ask for a reload (requestSoon): the
// reads are coalesced so that at most one starts per kIntervalMs, and never two at once.
class TodayLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 1000;

    TodayLoader(const Workspace &ws, TodayParts parts, QObject *parent = nullptr);
    ~TodayLoader() override;

    // Reads now (or as soon as the read under way is done).
    void reload();
    // Reads within kIntervalMs, once however often it is asked.
    void requestSoon();
    // Whether a change of the feed can change the snapshot.
    static bool concerns(const QList<sb::Change> &changes);

    const TodaySnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_loaded; }
    int reads() const { return m_reads; } // reads started so far (tests: the coalescing)

Q_SIGNALS:
    void loaded(const sb::TodaySnapshot &snapshot);
    void failed(const QString &error);

private:
    struct Result {
        TodaySnapshot snapshot;
        QString error;
    };
    void start();
    void finish(const Result &r);

    Workspace m_ws;
    TodayParts m_parts;
    std::unique_ptr<DbWorker> m_ownWorker;
    DbWorker *m_worker = nullptr;
    QTimer m_timer;
    QElapsedTimer m_sinceStart;
    bool m_running = false;
    bool m_again = false;
    bool m_loaded = false;
    int m_reads = 0;
    TodaySnapshot m_snapshot;
};

} // namespace sb::app

#pragma once

#include "storage/dbworker.h"
#include "volume/volumeload.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sb {

// Runs the volume place's loads. They run on the live worker (the workstation's background
// worker, on the writable server) unless the URL asks for reads on a standby
// (`read_session_attrs`, DatabaseUrl::forReading()): then the buckets of a history load
// (VolumeLoadRequest::history, the heavy read of a long range) are read on a connection of
// their own to the reading URL, opened for the load and closed as soon as no history load is
// left, and catchUpVolume() completes them on the live worker (the open type's detail, the
// rule set and the complaints the standby had not replayed yet). Live updates never read a
// standby: a lagging one would show stale counts.
class VolumeLoader : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(std::shared_ptr<VolumeLoadResult>)>;

    // `done` gets every result (stale generations too: the caller drops them) in this object's
    // thread. `live` must outlive the loader.
    VolumeLoader(DbWorker &live, const DatabaseUrl &url, Done done, QObject *parent = nullptr);
    ~VolumeLoader() override;

    // Whether `url` asks for reads on a standby: a PostgreSQL URL whose read_session_attrs
    // differs from its target_session_attrs.
    static bool readsOnStandby(const DatabaseUrl &url);
    bool historyOnStandby() const { return m_standby; }

    void load(const VolumeLoadRequest &r);

    // Whether the history connection's worker exists (a history load is queued or running).
    bool historyWorkerOpen() const { return m_history != nullptr; }
    // History loads run so far on the reading connection (tests).
    int historyLoads() const { return m_historyLoads; }

private:
    void loadLive(const VolumeLoadRequest &r);
    void loadHistory(const VolumeLoadRequest &r);
    void catchUp(const VolumeLoadRequest &r, std::shared_ptr<VolumeLoadResult> result);

    DbWorker &m_live;
    DatabaseUrl m_readingUrl;
    bool m_standby = false;
    Done m_done;
    std::unique_ptr<DbWorker> m_history;
    int m_historyPending = 0;
    int m_historyLoads = 0;
};

} // namespace sb

#pragma once

#include "grading/engine.h"
#include "grading/ruleset.h"
#include "incidents/incidentstore.h"
#include "storage/database.h"
#include "storage/dbworker.h"
#include "sync/changefeed.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace sb {

// The incident engine of docs/spec/GRADING.md running live on one workstation, off the GUI
// thread (on the workstation's background worker). Every workstation runs one on the same stored
// complaint stream; IncidentStore keeps one open incident per problem type in the database, whose
// grade never goes down, so all of them racing still open each incident once.
//
// Input. On start (and on every rebuild) it loads the active rule set (RuleSetStore; it seeds
// version 1 when the table is empty), takes the open incidents from the database as open
// (IncidentEngine::adopt), and warms the windows from the complaints received in the last
// grading window (60 min). Then it is told of new rows through change_log batches
// (applyChanges): ticket inserts are read by id and fed in (received_at, id) order.
//
// Decisions:
//  - Late complaints (received_at earlier than the latest one taken in): inside the grading
//    window the engine is rebuilt from the database (windows cannot take input out of
//    order); the writes are idempotent, so repeating the window's events changes nothing.
//    Older than the grading window: ignored (they cannot change any current count; replay
//    grades history). Complaints stamped more than 5 minutes after the clock: ignored.
//  - A person resolved the incident of P at T (incidents.state = 'resolved'): complaints of P
//    received at or before T belong to that incident and do not count again; P starts from
//    nothing after T (docs/spec/GRADING.md "Closing"), so the next burst opens a new incident. The
//    engine is rebuilt without them. The live engine never closes incidents itself.
//  - A new rule set version (change_log entity rule_set) rebuilds the engine with it; each
//    write records the version it was graded with.
//  - Affected-share samples are taken at max(sample time, latest complaint time).
class LiveEngine : public QObject {
    Q_OBJECT
public:
    struct Stats {
        int fed = 0; // complaints taken in since the last rebuild
        int rebuilds = 0;
        int ignoredLate = 0;
        int writes = 0; // events written that changed the database (created or raised)
    };

    LiveEngine(DatabaseUrl url, const Clock &clock, QObject *parent = nullptr);
    ~LiveEngine() override;

    int ruleSetVersion() const { return m_rules ? m_rules->version() : 0; }
    const Stats &stats() const { return m_stats; }
    // Skew allowed for complaints stamped after the clock.
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000;

public Q_SLOTS:
    // Opens its own connection (in the thread this object lives in), loads rules, warms.
    void start();
    // The same on a connection it is lent (null: it could not be opened, for `openError`);
    // the connection must outlive stop().
    void startOn(sb::Database *db, const QString &openError);
    void stop();
    void applyChanges(const QList<sb::Change> &changes);
    void addAffectedShare(qint64 atMs, const QString &problemType, double share);

Q_SIGNALS:
    void started(int ruleSetVersion);
    void rebuilt(int ruleSetVersion, int complaints);
    // This engine created or raised an incident (the alert comes from change_log).
    void incidentWritten(qint64 incidentId, const QString &event, int grade);
    void failed(const QString &message);

private:
    struct Pending {
        qint64 id;
        qint64 at;
        int type;
        GradingTier tier;
    };
    bool loadRules(QString &error);
    bool rebuild(QString &error);
    void feed(const Pending &p);
    void sink(const IncidentEvent &e);
    bool readIncidents(const QList<qint64> &ids, bool &needRebuild, QString &error);
    bool readTickets(const QList<qint64> &ids, QList<Pending> &out, QString &error);
    void prune();

    DatabaseUrl m_url;
    const Clock &m_clock;
    std::unique_ptr<Database> m_ownDb; // when started with start()
    Database *m_db = nullptr;
    std::optional<RuleSet> m_rules;
    std::unique_ptr<IncidentEngine> m_engine;
    std::unique_ptr<IncidentStore> m_store;
    qint64 m_lastMs = 0;
    QHash<int, qint64> m_cutoff; // problem type -> latest resolution by a person
    QHash<qint64, qint64> m_fed; // ticket id -> received_at, within the grading window
    bool m_writeFailed = false;
    Stats m_stats;
};

// Runs a LiveEngine on a DbWorker: the workstation's background worker when given (its
// connection, its thread), otherwise one of its own. Calls are queued to it as jobs, in order.
class LiveEngineThread : public QObject {
    Q_OBJECT
public:
    LiveEngineThread(const DatabaseUrl &url, const Clock &clock, QObject *parent = nullptr,
                     DbWorker *worker = nullptr);
    ~LiveEngineThread() override;

    void start();
    LiveEngine *engine() const { return m_engine; } // lives in the worker thread
    void applyChanges(const QList<sb::Change> &changes);
    void addAffectedShare(qint64 atMs, const QString &problemType, double share);

private:
    std::unique_ptr<DbWorker> m_own;
    DbWorker *m_worker = nullptr;
    LiveEngine *m_engine = nullptr; // lives in the worker's thread
};

} // namespace sb

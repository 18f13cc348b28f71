#pragma once

#include "archive/archiver.h"
#include "storage/databaseurl.h"
#include "storage/longjob.h"
#include "util/clock.h"

#include <QObject>
#include <memory>

namespace sb::app {

// One piece of archive work for Administration → Archive, and what it came to.
struct ArchiveJobRequest {
    enum class Kind {
        Preview,   // Archiver::preview: what would move now, changing nothing
        Archive,   // Archiver::archive into `file`
        Restore,   // Archiver::restore from `file`
        CountFile, // the tickets in the archive `file` (before asking to restore it)
    };
    Kind kind = Kind::Preview;
    DatabaseUrl url; // the live database
    RetentionCutoff cutoff;
    qint64 beforeMs = 0;
    QString file;
    QString actor; // the signed-in login, recorded in archive_runs and the audit log
};

struct ArchiveJobResult {
    ArchiveJobRequest request;
    bool ok = false;
    ArchiveReport report;
    qint64 fileTickets = 0; // CountFile
    QString error;
};

// Runs archive work off the GUI thread as a LongJob: its own connection to the live database,
// opened for the job and closed when it is done. One job at a time.
// Deleting the job while it runs waits for the run to end: Archiver finishes or abandons a
// batch as a whole, never half of one.
class ArchiveJob : public QObject {
    Q_OBJECT
public:
    ArchiveJob(const Clock &clock, QObject *parent = nullptr);
    ~ArchiveJob() override;

    bool isRunning() const { return m_job.isRunning(); }
    // Starts `request`; false (nothing started) while another job runs.
    bool start(const ArchiveJobRequest &request);

Q_SIGNALS:
    void finished(const sb::app::ArchiveJobResult &result);

private:
    const Clock &m_clock;
    LongJob m_job{QStringLiteral("archive"), QThread::LowPriority};
};

} // namespace sb::app

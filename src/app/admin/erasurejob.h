#pragma once

#include "security/erasure.h"
#include "storage/databaseurl.h"
#include "storage/longjob.h"
#include "util/clock.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>

namespace sb::app {

// One erasure request for Administration → Personal data: count (dryRun) or anonymise the
// customer's tickets in the live database and then in each archive file.
struct ErasureJobRequest {
    DatabaseUrl url; // the live database
    ErasureRequest request;
    QStringList archives; // absolute paths of .sbarchive files
    bool dryRun = true;
    QString actor; // the signed-in login (recorded in the audit log on SQLite)
};

// What one database came to.
struct ErasureOutcome {
    QString where; // empty: the live database; else the archive file's path
    bool ok = false;
    qint64 tickets = 0;
    QString error;
};

struct ErasureJobResult {
    ErasureJobRequest request;
    QList<ErasureOutcome> outcomes; // the live database first; none after it failed
    bool ok() const;
    qint64 tickets() const;
};

// Runs an erasure request off the GUI thread as a LongJob (its own connection, closed when
// done). The live database goes first; when it fails the archives are
// not touched. Each archive file is opened in the worker and erased the same way (it is a
// SQLite database of the product's schema).
class ErasureJob : public QObject {
    Q_OBJECT
public:
    explicit ErasureJob(const Clock &clock, QObject *parent = nullptr);
    ~ErasureJob() override;

    bool isRunning() const { return m_job.isRunning(); }
    // Starts `request`; false (nothing started) while another one runs.
    bool start(const ErasureJobRequest &request);

Q_SIGNALS:
    void finished(const sb::app::ErasureJobResult &result);

private:
    const Clock &m_clock;
    LongJob m_job{QStringLiteral("erasure"), QThread::LowPriority};
};

} // namespace sb::app

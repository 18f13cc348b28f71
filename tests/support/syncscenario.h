#pragma once

// The two-workstation scenario shared by the SQLite and PostgreSQL sync tests: a separate
// process (feedprobe) follows the change feed while this process writes.

#include "storage/database.h"

#include <QProcess>
#include <QStringList>

namespace sb::test {

class FeedProbe {
public:
    explicit FeedProbe(const DatabaseUrl &url, int count, int heartbeatMs = 200);
    ~FeedProbe();
    bool waitReady(int timeoutMs = 20000);
    // Waits until `n` change lines have arrived.
    bool waitChanges(int n, int timeoutMs = 20000);
    bool waitFinished(int timeoutMs = 30000);
    int exitCode() const { return m_proc.exitCode(); }
    QList<qint64> seqs() const;
    QStringList lines() const;
    QString output() const { return m_out; }

private:
    void pump();
    QProcess m_proc;
    QString m_out;
};

// Inserts one ticket in its own transaction; returns the change_log seq it produced.
qint64 writeTicket(Database &db, const QString &subject);

} // namespace sb::test

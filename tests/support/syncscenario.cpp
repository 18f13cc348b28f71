#include "syncscenario.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>

namespace sb::test {

FeedProbe::FeedProbe(const DatabaseUrl &url, int count, int heartbeatMs) {
    // The child gets the password through the URL it is given (test servers only).
    QString text = url.toDisplayString();
    if (url.dialect == Dialect::PostgreSQL && !url.password.isEmpty())
        text.replace(QStringLiteral("postgresql://%1@").arg(url.user),
                     QStringLiteral("postgresql://%1:%2@").arg(url.user, url.password));
    m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_proc.start(toolPath(QStringLiteral("feedprobe")),
                 {QStringLiteral("--db"), text, QStringLiteral("--count"), QString::number(count),
                  QStringLiteral("--heartbeat-ms"), QString::number(heartbeatMs),
                  QStringLiteral("--timeout-ms"), QStringLiteral("60000")});
}

FeedProbe::~FeedProbe() {
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

void FeedProbe::pump() {
    m_out += QString::fromUtf8(m_proc.readAllStandardOutput());
}

bool FeedProbe::waitReady(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        pump();
        if (m_out.contains(QLatin1StringView("ready ")))
            return true;
        if (m_proc.state() == QProcess::NotRunning)
            return false;
        m_proc.waitForReadyRead(50);
    }
    return false;
}

bool FeedProbe::waitChanges(int n, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        pump();
        if (seqs().size() >= n)
            return true;
        if (m_proc.state() == QProcess::NotRunning)
            return seqs().size() >= n;
        m_proc.waitForReadyRead(50);
    }
    return false;
}

bool FeedProbe::waitFinished(int timeoutMs) {
    const bool ok = m_proc.waitForFinished(timeoutMs);
    pump();
    return ok;
}

QStringList FeedProbe::lines() const {
    return m_out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<qint64> FeedProbe::seqs() const {
    QList<qint64> s;
    for (const QString &l : lines()) {
        if (l.startsWith(QLatin1StringView("change ")))
            s.append(l.section(QLatin1Char(' '), 1, 1).toLongLong());
    }
    return s;
}

qint64 writeTicket(Database &db, const QString &subject) {
    qint64 seq = -1;
    QString error;
    const bool ok = db.transaction(
        [&](QString &err) {
            if (!db.exec(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                        "problem_type, subject, updated_at) VALUES (?, 'phone', "
                                        "'normal', 'login_failure', ?, ?)"),
                         {qint64(1), subject, qint64(1)}, err))
                return false;
            QSqlQuery q;
            if (!db.exec(q, QStringLiteral("SELECT MAX(seq) FROM change_log"), {}, err) ||
                !q.next())
                return false;
            seq = q.value(0).toLongLong();
            return true;
        },
        error);
    if (!ok)
        qWarning("writeTicket failed: %s", qPrintable(error));
    return seq;
}

} // namespace sb::test

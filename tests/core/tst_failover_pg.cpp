// Failover on PostgreSQL. A primary streams to a hot standby made with pg_basebackup
// (tests/support/pgpair.sh, synchronous replication). Clients connect through the multi-host
// URI with target_session_attrs=read-write, as a workstation, `watch` and `ingest` do in
// production: a change feed in a separate process (the workstation's ChangeFeed),
// `signalboard-cli watch`, `signalboard-cli ingest` fed through a pipe, and a writer through
// core. The primary is stopped at once (pg_ctl stop -m immediate) and the standby promoted:
// every client reconnects within 10 s, the feed and watch print every change the new primary
// holds exactly once and in order, and writes resume (ingest ends with the exact count, a
// write through core after the failover reaches the feed).
#include "storage/reconnect.h"
#include "syncscenario.h"
#include "testsupport.h"
#include "util/clock.h"
#include "volume/volumeloader.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace sb;

namespace {

constexpr qint64 kReconnectWithinMs = 10000;
constexpr int kLines = 600; // ingested: 300 before the failover, 300 across and after it

// A primary and a hot standby of our own (tests/support/pgpair.sh), stopped when done.
class ServerPair {
public:
    ~ServerPair() {
        if (!m_values.isEmpty())
            QProcess::execute(script(), {QStringLiteral("stop"), m_state});
    }
    bool start(const QString &stateFile, QString &error) {
        m_state = stateFile;
        if (!run(QStringLiteral("start"), error))
            return false;
        QFile f(m_state);
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("no state file");
            return false;
        }
        for (const QString &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            const qsizetype eq = l.indexOf(QLatin1Char('='));
            if (eq > 0)
                m_values.insert(l.left(eq), l.mid(eq + 1));
        }
        return !value(QStringLiteral("url")).isEmpty();
    }
    // Stops the primary at once, as a crash.
    bool stopPrimary(QString &error) { return run(QStringLiteral("stop-primary"), error); }
    // Promotes the standby.
    bool promote(QString &error) { return run(QStringLiteral("promote"), error); }
    QString value(const QString &key) const { return m_values.value(key); }

    static bool available() {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &v : versions) {
            if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/pg_basebackup").arg(v)))
                return true;
        }
        return false;
    }

private:
    bool run(const QString &action, QString &error) {
        QProcess p;
        p.start(script(), {action, m_state});
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        return true;
    }
    static QString script() {
        return qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR") +
               QStringLiteral("/tests/support/pgpair.sh");
    }
    QString m_state;
    QMap<QString, QString> m_values;
};

// A running signalboard-cli command (watch or ingest), the password through PGPASSWORD.
class Cli {
public:
    ~Cli() {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished();
        }
    }
    bool start(const QStringList &args, const QString &password) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        m_p.setProcessEnvironment(env);
        m_p.start(test::toolPath(QStringLiteral("signalboard-cli")), args);
        return m_p.waitForStarted();
    }
    // Waits until `done` holds (reading the output meanwhile); false after `timeoutMs`.
    template <typename Done> bool waitFor(Done done, int timeoutMs = 20000) {
        QElapsedTimer t;
        t.start();
        read();
        while (!done()) {
            if (t.elapsed() > timeoutMs || m_p.state() == QProcess::NotRunning) {
                read();
                return done();
            }
            m_p.waitForReadyRead(50);
            read();
        }
        return true;
    }
    void write(const QByteArray &bytes) {
        m_p.write(bytes);
        m_p.waitForBytesWritten();
    }
    // Closes standard input and waits for the exit code (-1: crashed or still running).
    int finish(int timeoutMs) {
        m_p.closeWriteChannel();
        const bool ended = m_p.state() == QProcess::NotRunning || m_p.waitForFinished(timeoutMs);
        read();
        return ended && m_p.exitStatus() == QProcess::NormalExit ? m_p.exitCode() : -1;
    }
    int terminate() {
        m_p.terminate();
        return finish(30000);
    }
    const QStringList &lines() const { return m_lines; }
    const QString &err() const { return m_err; }
    // The seq of each JSON line printed (watch).
    QList<qint64> seqs() const {
        QList<qint64> s;
        for (const QString &l : m_lines)
            s.append(QJsonDocument::fromJson(l.toUtf8())
                         .object()
                         .value(QLatin1StringView("seq"))
                         .toInteger(-1));
        return s;
    }

private:
    void read() {
        m_out += m_p.readAllStandardOutput();
        m_err += QString::fromUtf8(m_p.readAllStandardError());
        for (qsizetype nl = m_out.indexOf('\n'); nl >= 0; nl = m_out.indexOf('\n')) {
            m_lines.append(QString::fromUtf8(m_out.left(nl)));
            m_out.remove(0, nl + 1);
        }
    }
    QProcess m_p;
    QByteArray m_out;
    QStringList m_lines;
    QString m_err;
};

QByteArray jsonLines(int from, int to) {
    QByteArray b;
    for (int i = from; i < to; ++i)
        b += "{\"external_id\":\"fo" + QByteArray::number(i) +
             "\",\"received_at\":\"2026-03-01T10:12:07+08:00\",\"channel\":\"phone\","
             "\"customer_tier\":\"normal\",\"problem_type\":\"login_failure\",\"subject\":\"line " +
             QByteArray::number(i) + "\"}\n";
    return b;
}

qint64 scalar(Database &db, const QString &sql) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, sql, {}, e) || !q.next())
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(e));
    return q.value(0).toLongLong();
}

QList<qint64> seqsAfter(Database &db, qint64 after) {
    QSqlQuery q;
    QString e;
    if (!db.exec(q, QStringLiteral("SELECT seq FROM change_log WHERE seq > ? ORDER BY seq"),
                 {after}, e))
        qFatal("change_log: %s", qPrintable(e));
    QList<qint64> s;
    while (q.next())
        s.append(q.value(0).toLongLong());
    return s;
}

// One ticket in its own transaction; its change_log seq in `seq`.
bool writeTicket(Database &db, const QString &subject, qint64 &seq, QString &error) {
    return db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!db.exec(q,
                         QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                        "problem_type, subject, updated_at) VALUES (?, 'phone', "
                                        "'normal', 'login_failure', ?, ?) RETURNING id"),
                         {qint64(1), subject, qint64(1)}, err) ||
                !q.next())
                return false;
            const qint64 id = q.value(0).toLongLong();
            if (!db.exec(q,
                         QStringLiteral("SELECT MAX(seq) FROM change_log WHERE entity = 'ticket' "
                                        "AND entity_id = ?"),
                         {id}, err) ||
                !q.next())
                return false;
            seq = q.value(0).toLongLong();
            return true;
        },
        error);
}

// `n` complaints received at `at`, `at - step`, … of rotating problem types and tiers.
void insertComplaints(Database &db, int n, qint64 at, qint64 step) {
    QString e;
    for (int i = 0; i < n; ++i) {
        const qint64 when = at - i * step;
        if (!db.exec(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                    "problem_type, subject, updated_at) VALUES (?, 'phone', ?, "
                                    "?, 'volume', ?)"),
                     {when, i % 3 ? QStringLiteral("normal") : QStringLiteral("vip"),
                      problemTypes().at(i % problemTypes().size()).key, when},
                     e))
            qFatal("insert: %s", qPrintable(e));
    }
}

// The Volume place's seam: one load through a VolumeLoader, waiting for its result.
class LoaderProbe {
public:
    LoaderProbe(DbWorker &live, const DatabaseUrl &url)
        : m_loader(live, url, [this](std::shared_ptr<VolumeLoadResult> r) { m_last = r; }) {}
    std::shared_ptr<VolumeLoadResult> load(const VolumeLoadRequest &r) {
        m_last.reset();
        m_loader.load(r);
        m_openedForIt = m_loader.historyWorkerOpen();
        if (!QTest::qWaitFor([this] { return m_last != nullptr; }, 30000))
            return nullptr;
        return m_last;
    }
    const VolumeLoader &loader() const { return m_loader; }
    bool openedForLastLoad() const { return m_openedForIt; }

private:
    std::shared_ptr<VolumeLoadResult> m_last;
    bool m_openedForIt = false;
    VolumeLoader m_loader;
};

// What the place shows from a load: every bucket of every type and tier, the complaints of the
// last grading window, and the open type's channel breakdown.
QList<qint64> figures(const VolumeLoadResult &r) {
    QList<qint64> v{r.buckets.startMs(), r.buckets.bucketCount()};
    for (int t = 0; t < problemTypes().size(); ++t)
        for (const GradingTier tier : {GradingTier::Normal, GradingTier::Vip})
            for (int i = 0; i < r.buckets.bucketCount(); ++i)
                v.append(r.buckets.count(t, tier, i));
    QList<qint64> recent;
    for (const VolumeEvent &e : r.recent)
        recent.append(e.receivedAt * 100 + e.type * 2 + int(e.tier));
    std::sort(recent.begin(), recent.end());
    v.append(recent);
    for (const auto &row : r.channels.rows)
        for (int n : row)
            v.append(n);
    return v;
}

} // namespace

class TestFailoverPg : public QObject {
    Q_OBJECT

private:
    // The Volume place's history (VolumeLoader) on the pair, before the failover: with
    // read_session_attrs=prefer-standby its buckets are read on the standby, on a connection
    // closed when the load is done, and give the primary's figures, also while the standby
    // lags (the primary adds what it has not replayed); live loads and a URL without the
    // setting stay on the primary and open no connection.
    void volumeHistoryReadsTheStandby(const ServerPair &pair, const DatabaseUrl &url,
                                      Database &primary) {
        QString e;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 kHourMs = 3600000;
        insertComplaints(primary, 60, now - 5 * 60000, 7 * kHourMs);
        DatabaseUrl withRead = url;
        withRead.params.insert(QLatin1StringView(DatabaseUrl::kReadSessionAttrs),
                               QStringLiteral("prefer-standby"));
        QVERIFY(VolumeLoader::readsOnStandby(withRead));
        QVERIFY(!VolumeLoader::readsOnStandby(url));
        auto standby = Database::open(withRead.forReading(), QStringLiteral("probe"), e);
        QVERIFY2(standby, qPrintable(e));
        QCOMPARE(scalar(*standby, QStringLiteral("SELECT inet_server_port()")),
                 pair.value(QStringLiteral("standby_port")).toLongLong());
        const QString count = QStringLiteral("SELECT COUNT(*) FROM tickets");
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*standby, count), scalar(primary, count), 20000);

        DbWorker live(url, QStringLiteral("background"));
        VolumeLoadRequest r;
        r.generation = 1;
        r.fromMs = now - 30 * 24 * kHourMs;
        r.nowMs = now;
        r.history = true;
        r.problemType = problemTypes().at(0).key;
        r.channelBucketMs = 24 * kHourMs;
        VolumeLoadResult direct;
        loadVolume(primary, r, direct);
        QVERIFY2(direct.error.isEmpty(), qPrintable(direct.error));
        QVERIFY(!direct.onStandby);
        QCOMPARE(direct.channels.rows.size(), std::size_t(1)); // phone

        LoaderProbe reading(live, withRead);
        auto got = reading.load(r);
        QVERIFY(got);
        QVERIFY2(got->error.isEmpty(), qPrintable(got->error));
        QVERIFY(reading.openedForLastLoad());
        QVERIFY(got->onStandby); // pg_is_in_recovery() on the history connection
        QCOMPARE(reading.loader().historyLoads(), 1);
        QCOMPARE(got->addedFromPrimary, 0);
        QVERIFY(got->standbyReplayedAtMs > now - 60000);
        QCOMPARE(got->request.problemType, r.problemType);
        QCOMPARE(figures(*got), figures(direct));
        // Closed when done: no history connection is left on the standby.
        QVERIFY(!reading.loader().historyWorkerOpen());
        const QString historyBackends =
            QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = "
                           "'signalboard-volume-history'");
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*standby, historyBackends), qint64(0), 10000);

        // A lagging standby (replay paused): the complaints it lacks come from the primary.
        QVERIFY2(standby->exec(QStringLiteral("SELECT pg_wal_replay_pause()"), {}, e),
                 qPrintable(e));
        QTRY_COMPARE(scalar(*standby, QStringLiteral("SELECT (pg_get_wal_replay_pause_state() = "
                                                     "'paused')::int")),
                     qint64(1));
        insertComplaints(primary, 7, now - 60000, 20 * 60000); // four in the last hour
        QCOMPARE(scalar(*standby, count) + 7, scalar(primary, count));
        VolumeLoadResult directLater;
        loadVolume(primary, r, directLater);
        QVERIFY2(directLater.error.isEmpty(), qPrintable(directLater.error));
        got = reading.load(r);
        QVERIFY(got);
        QVERIFY2(got->error.isEmpty(), qPrintable(got->error));
        QVERIFY(got->onStandby);
        QCOMPARE(got->addedFromPrimary, 7);
        QCOMPARE(got->maxTicketId, directLater.maxTicketId);
        QCOMPARE(figures(*got), figures(directLater));
        QVERIFY(figures(directLater) != figures(direct));
        QVERIFY2(standby->exec(QStringLiteral("SELECT pg_wal_replay_resume()"), {}, e),
                 qPrintable(e));

        // The live view (no history) stays on the primary, on the live worker.
        VolumeLoadRequest liveRequest = r;
        liveRequest.history = false;
        got = reading.load(liveRequest);
        QVERIFY(got && got->error.isEmpty());
        QVERIFY(!got->onStandby);
        QVERIFY(!reading.openedForLastLoad());
        QCOMPARE(reading.loader().historyLoads(), 2);

        // Without the setting: history on the primary, no extra connection.
        LoaderProbe plain(live, url);
        got = plain.load(r);
        QVERIFY(got && got->error.isEmpty());
        QVERIFY(!got->onStandby);
        QVERIFY(!plain.openedForLastLoad());
        QCOMPARE(plain.loader().historyLoads(), 0);
        QCOMPARE(figures(*got), figures(directLater));
    }

private Q_SLOTS:
    void initTestCase() {
        // Like every PostgreSQL test it runs with the suite's PostgreSQL fixture; it starts
        // its own pair of servers and never touches the shared one.
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (SIGNALBOARD_TEST_PG_STATE)");
        if (!ServerPair::available())
            QSKIP("PostgreSQL server binaries (pg_basebackup) not found");
    }

    void clientsFollowThePromotedStandby() {
        QTemporaryDir stateDir;
        ServerPair pair;
        QString e;
        QVERIFY2(pair.start(stateDir.filePath(QStringLiteral("pair.state")), e), qPrintable(e));

        // The database, created on the primary (the standby replays it).
        DatabaseUrl primary;
        QVERIFY2(DatabaseUrl::parse(pair.value(QStringLiteral("primary_url")), primary, e),
                 qPrintable(e));
        {
            auto admin = Database::open(primary, QStringLiteral("admin"), e);
            QVERIFY2(admin, qPrintable(e));
            QVERIFY2(admin->exec(QStringLiteral("CREATE DATABASE sb_failover"), {}, e),
                     qPrintable(e));
        }
        // Both servers, the writable one chosen by libpq.
        QString urlText = pair.value(QStringLiteral("url"));
        urlText.replace(QStringLiteral("/postgres?"), QStringLiteral("/sb_failover?"));
        DatabaseUrl url;
        QVERIFY2(DatabaseUrl::parse(urlText, url, e), qPrintable(e));
        QCOMPARE(url.hosts.size(), 2);
        QCOMPARE(url.params.value(QStringLiteral("target_session_attrs")),
                 QStringLiteral("read-write"));
        auto writer = test::openMigrated(url, e);
        QVERIFY2(writer, qPrintable(e));
        QCOMPARE(scalar(*writer, QStringLiteral("SELECT inet_server_port()")),
                 pair.value(QStringLiteral("primary_port")).toLongLong());

        // Reports may run on the standby (read_session_attrs=prefer-standby), everything else
        // stays on the writable server; read_session_attrs itself never reaches libpq.
        {
            DatabaseUrl withRead = url;
            withRead.params.insert(QLatin1StringView(DatabaseUrl::kReadSessionAttrs),
                                   QStringLiteral("prefer-standby"));
            std::unique_ptr<Database> reader;
            QElapsedTimer replayed; // the standby replays CREATE DATABASE shortly after
            replayed.start();
            while (!(reader = Database::open(withRead.forReading(), QStringLiteral("report"), e)) &&
                   replayed.elapsed() < 20000)
                QTest::qWait(200);
            QVERIFY2(reader, qPrintable(e));
            QCOMPARE(scalar(*reader, QStringLiteral("SELECT inet_server_port()")),
                     pair.value(QStringLiteral("standby_port")).toLongLong());
            QCOMPARE(scalar(*reader, QStringLiteral("SELECT pg_is_in_recovery()::int")), 1);
            auto same = Database::open(withRead, QStringLiteral("workstation"), e);
            QVERIFY2(same, qPrintable(e));
            QCOMPARE(scalar(*same, QStringLiteral("SELECT pg_is_in_recovery()::int")), 0);
        }
        volumeHistoryReadsTheStandby(pair, url, *writer);
        if (QTest::currentTestFailed())
            return;
        const qint64 start = scalar(*writer, QStringLiteral("SELECT COALESCE(MAX(seq), 0) "
                                                            "FROM change_log"));

        const QString display = url.toDisplayString();
        const QString password = pair.value(QStringLiteral("password"));

        // (a) a workstation's change feed, (b) watch, (c) ingest.
        test::FeedProbe feed(url, 1000000, 200);
        QVERIFY2(feed.waitReady(), qPrintable(feed.output()));
        Cli watch;
        QVERIFY(watch.start({QStringLiteral("watch"), QStringLiteral("--db"), display,
                             QStringLiteral("--since"), QString::number(start)},
                            password));
        QVERIFY2(watch.waitFor(
                     [&] { return watch.err().contains(QLatin1StringView("watch: following ")); }),
                 qPrintable(watch.err()));
        Cli ingest;
        QVERIFY(ingest.start({QStringLiteral("ingest"), QStringLiteral("--db"), display,
                              QStringLiteral("--source"), QStringLiteral("failover"),
                              QStringLiteral("--batch"), QStringLiteral("20"),
                              QStringLiteral("--reconnect-for"), QStringLiteral("30")},
                             password));

        // Before the failover: ingest and core write, every client follows live.
        int sent = 0;
        while (sent < kLines / 2) {
            ingest.write(jsonLines(sent, sent + 20));
            sent += 20;
            if (sent % 100 == 0) {
                qint64 seq = 0;
                QVERIFY2(writeTicket(*writer, QStringLiteral("before %1").arg(sent), seq, e),
                         qPrintable(e));
            }
            QTest::qWait(10);
        }
        const QString countIngested =
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source = 'failover'");
        QVERIFY2(ingest.waitFor([&] { return scalar(*writer, countIngested) == kLines / 2; }),
                 qPrintable(ingest.err()));
        const QList<qint64> before = seqsAfter(*writer, start);
        QCOMPARE(before.size(), kLines / 2 + 3);
        QVERIFY2(feed.waitChanges(int(before.size())), qPrintable(feed.output()));
        QVERIFY2(watch.waitFor([&] { return watch.lines().size() >= before.size(); }),
                 qPrintable(watch.err()));
        QCOMPARE(feed.seqs(), before);
        QCOMPARE(watch.seqs(), before);

        // The primary fails with ingest lines in flight. For 2 s no server takes writes (as
        // while Patroni decides), so every client is in its reconnect backoff when the standby
        // is promoted.
        ingest.write(jsonLines(sent, sent + 60));
        sent += 60;
        QVERIFY2(pair.stopPrimary(e), qPrintable(e));
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(500);
            ingest.write(jsonLines(sent, sent + 20));
            sent += 20;
        }
        QElapsedTimer sinceFailover;
        sinceFailover.start();
        QVERIFY2(pair.promote(e), qPrintable(e));
        const qint64 promotedMs = sinceFailover.elapsed();

        // Writes resume through core at once: the dropped connection is reopened on the new
        // primary, and these tickets are written before the followers are back.
        SystemClock clock;
        Reconnector::Policy policy;
        policy.firstDelayMs = 20;
        policy.maxDelayMs = 200;
        policy.retryForMs = kReconnectWithinMs;
        Reconnector retry(*writer, clock, policy, [](int ms) { QThread::msleep(ms); });
        qint64 afterSeq = 0;
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(retry.run(
                         [&](QString &err) {
                             return writeTicket(*writer, QStringLiteral("after failover %1").arg(i),
                                                afterSeq, err);
                         },
                         e),
                     qPrintable(e));
        }
        const qint64 writtenMs = sinceFailover.elapsed();
        QVERIFY(writtenMs < kReconnectWithinMs + promotedMs);
        QCOMPARE(scalar(*writer, QStringLiteral("SELECT inet_server_port()")),
                 pair.value(QStringLiteral("standby_port")).toLongLong());
        QVERIFY(!scalar(*writer, QStringLiteral("SELECT pg_is_in_recovery()::int")));

        // The feed and watch have reconnected and see that write within 10 s of the failover.
        const qint64 waitMs = qMax<qint64>(0, kReconnectWithinMs - sinceFailover.elapsed());
        QElapsedTimer t;
        t.start();
        while (!feed.seqs().contains(afterSeq) && t.elapsed() < waitMs)
            feed.waitChanges(int(feed.seqs().size()) + 1, 100);
        QVERIFY2(feed.seqs().contains(afterSeq), qPrintable(feed.output()));
        QVERIFY2(watch.waitFor([&] { return watch.seqs().contains(afterSeq); },
                               int(qMax<qint64>(0, kReconnectWithinMs - sinceFailover.elapsed()))),
                 qPrintable(watch.err()));
        qInfo("promoted after %lld ms; core wrote after %lld ms, the feed and watch showed it "
              "after %lld ms",
              promotedMs, writtenMs, qint64(sinceFailover.elapsed()));
        QVERIFY2(feed.output().contains(QLatin1StringView("state Reconnecting")),
                 qPrintable(feed.output()));
        QVERIFY2(watch.err().contains(QLatin1StringView("reconnecting")), qPrintable(watch.err()));

        // Ingest finishes with the exact count: every line once, on the new primary.
        while (sent < kLines) {
            ingest.write(jsonLines(sent, sent + 20));
            sent += 20;
            QTest::qWait(20);
        }
        const int code = ingest.finish(60000);
        QVERIFY2(code == 0, qPrintable(ingest.err()));
        QVERIFY2(ingest.err().contains(QLatin1StringView("the connection was lost, reconnecting")),
                 qPrintable(ingest.err()));
        const QRegularExpression reconnected(
            QStringLiteral("signalboard-cli: reconnected after ([0-9.]+) s"));
        const auto m = reconnected.match(ingest.err());
        QVERIFY2(m.hasMatch(), qPrintable(ingest.err()));
        QVERIFY2(m.captured(1).toDouble() * 1000 < kReconnectWithinMs, qPrintable(ingest.err()));
        qInfo("ingest reconnected after %s s", qPrintable(m.captured(1)));
        const QRegularExpression summary(
            QStringLiteral("stored (\\d+), already present (\\d+), rejected 0 of %1 line")
                .arg(kLines));
        const auto s = summary.match(ingest.lines().join(QLatin1Char('\n')));
        QVERIFY2(s.hasMatch(), qPrintable(ingest.lines().join(QLatin1Char('\n'))));
        QCOMPARE(s.captured(1).toInt() + s.captured(2).toInt(), kLines);
        QCOMPARE(scalar(*writer, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source = "
                                                "'failover'")),
                 qint64(kLines));
        QCOMPARE(scalar(*writer, QStringLiteral("SELECT COUNT(DISTINCT external_id) FROM tickets "
                                                "WHERE source = 'failover'")),
                 qint64(kLines));

        // Every change the new primary holds, exactly once and in order, on both followers.
        const QList<qint64> all = seqsAfter(*writer, start);
        QCOMPARE(all.size(), kLines + 8);
        QVERIFY2(feed.waitChanges(int(all.size())), qPrintable(feed.output()));
        QVERIFY2(watch.waitFor([&] { return watch.lines().size() >= all.size(); }),
                 qPrintable(watch.err()));
        QTest::qWait(300); // nothing repeated arrives late
        feed.waitChanges(int(all.size()) + 1, 100);
        QCOMPARE(feed.seqs(), all);
        QCOMPARE(watch.terminate(), 0);
        QCOMPARE(watch.seqs(), all);
    }
};

QTEST_GUILESS_MAIN(TestFailoverPg)
#include "tst_failover_pg.moc"

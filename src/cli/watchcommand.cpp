// signalboard-cli watch: the change feed as JSON Lines, for operators and integrations.
#include "commands.h"
#include "options.h"

#include "domain/types.h"
#include "sync/changedetails.h"
#include "sync/feedthread.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include <csignal>

namespace sb::cli {

namespace {

constexpr int kMaxBackoffMs = 5000;
constexpr int kMaxRefused = 5;

// Set by the SIGINT/SIGTERM handler (all a handler may safely do); the event loop looks at it
// every kStopCheckMs.
volatile std::sig_atomic_t g_stopRequested = 0;
constexpr int kStopCheckMs = 50;

void onStopSignal(int) {
    g_stopRequested = 1;
}

// Installs the handlers for the life of the object and restores the previous ones after.
class StopSignals {
public:
    StopSignals() {
        g_stopRequested = 0;
        m_oldInt = std::signal(SIGINT, onStopSignal);
        m_oldTerm = std::signal(SIGTERM, onStopSignal);
#ifdef SIGPIPE
        // A reader that goes away makes writes fail (reported) instead of killing the process.
        m_oldPipe = std::signal(SIGPIPE, SIG_IGN);
#endif
    }
    ~StopSignals() {
        if (m_oldInt != SIG_ERR)
            std::signal(SIGINT, m_oldInt);
        if (m_oldTerm != SIG_ERR)
            std::signal(SIGTERM, m_oldTerm);
#ifdef SIGPIPE
        if (m_oldPipe != SIG_ERR)
            std::signal(SIGPIPE, m_oldPipe);
#endif
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    bool installed() const {
        return m_oldInt != SIG_ERR && m_oldTerm != SIG_ERR;
    }
    static bool requested() {
        return g_stopRequested != 0;
    }

private:
    using Handler = void (*)(int);
    Handler m_oldInt = SIG_ERR;
    Handler m_oldTerm = SIG_ERR;
    Handler m_oldPipe = SIG_ERR;
};

QString entityNames() {
    QStringList names;
    for (const ChangeEntity e : knownChangeEntities())
        names.append(changeEntityKey(e));
    return names.join(QStringLiteral(", "));
}

// --entities a,b,c: the typed entities, or an error naming the bad one and the valid names.
bool parseEntities(const QString &text, QSet<ChangeEntity> &out, QString &error) {
    out.clear();
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const ChangeEntity e = changeEntityFromKey(name);
        if (e == ChangeEntity::Unknown) {
            error = QStringLiteral("--entities: unknown entity \"%1\"; the names are: %2")
                        .arg(name, entityNames());
            return false;
        }
        out.insert(e);
    }
    if (out.isEmpty()) {
        error = QStringLiteral("--entities names no entity; the names are: %1").arg(entityNames());
        return false;
    }
    return true;
}

QByteArray jsonString(const QString &s) {
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2); // without the array's brackets
}

QByteArray jsonNumber(qint64 n) {
    return QByteArray::number(n);
}

// One change as one JSON object, its keys in a fixed order.
QByteArray jsonLine(const Change &c, const ChangeDetails &details) {
    QByteArray line =
        "{\"seq\":" + jsonNumber(c.seq) + ",\"entity\":" + jsonString(changeEntityKey(c.entity)) +
        ",\"entity_id\":" + jsonNumber(c.entityId) + ",\"op\":" + jsonString(changeOpKey(c.op)) +
        ",\"at\":" +
        jsonString(QDateTime::fromMSecsSinceEpoch(c.at).toUTC().toString(Qt::ISODateWithMs));
    if (c.entity == ChangeEntity::Ticket) {
        const auto it = details.tickets.constFind(c.entityId);
        if (it == details.tickets.cend() || c.op == ChangeOp::Delete) {
            line += ",\"source\":null,\"external_id\":null";
        } else {
            line += ",\"source\":" + jsonString(it->source) + ",\"external_id\":" +
                    (it->externalId ? jsonString(*it->externalId) : QByteArray("null"));
        }
    } else if (c.entity == ChangeEntity::Incident) {
        const auto it = details.incidents.constFind(c.entityId);
        line += ",\"grade\":" + (it == details.incidents.cend() || c.op == ChangeOp::Delete
                                     ? QByteArray("null")
                                     : jsonString(gradeKey(*it)));
    }
    return line + '}';
}

// Prints what the feed delivers, in order, each delivery with its details read at once. A
// failed read keeps the deliveries queued: after a dropped connection it reconnects with
// backoff (as the feed does) and goes on where it stopped; a read the live connection refuses
// ends the command.
class Printer {
public:
    Printer(Database &db, const QSet<ChangeEntity> &entities, Io io, QEventLoop &loop)
        : m_db(db)
        , m_query(db)
        , m_entities(entities)
        , m_io(io)
        , m_loop(loop) {
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, &m_retry, [this] { retry(); });
    }

    void deliver(const QList<Change> &changes) {
        QList<Change> wanted;
        for (const Change &c : changes)
            if (m_entities.isEmpty() || m_entities.contains(c.entity))
                wanted.append(c);
        if (wanted.isEmpty())
            return;
        m_pending.append(wanted);
        if (!m_retry.isActive())
            drain();
    }

private:
    void drain() {
        while (!m_pending.isEmpty()) {
            const QList<Change> &batch = m_pending.first();
            ChangeDetails details;
            QString error;
            if (!m_query.read(batch, details, error)) {
                failed(error);
                return;
            }
            for (const Change &c : batch) {
                m_io.out << jsonLine(c, details) << '\n';
                m_io.out.flush(); // one line at a time: a pipe's reader sees each at once
            }
            if (m_io.out.status() != QTextStream::Ok) {
                m_io.err << "signalboard-cli: watch: standard output cannot be written (was "
                            "its reader closed?); stopping\n";
                m_loop.exit(1);
                return;
            }
            m_pending.removeFirst();
        }
        m_backoffMs = 0;
        m_refused = 0;
    }

    void failed(const QString &error) {
        // A connection that still answers refused the read itself: tried a few times (a
        // passing fault), then reported (a lasting one, such as a missing privilege).
        const bool alive = m_db.ping();
        if (alive && ++m_refused >= kMaxRefused) {
            m_io.err << "signalboard-cli: watch: reading ticket and incident details failed: "
                     << error.simplified() << '\n';
            m_loop.exit(1);
            return;
        }
        if (m_backoffMs == 0) {
            if (alive)
                m_io.err << "signalboard-cli: watch: reading ticket and incident details failed ("
                         << error.simplified() << "); trying again\n";
            else
                m_io.err << "signalboard-cli: watch: the details connection was lost ("
                         << error.simplified() << "); reconnecting\n";
        }
        m_io.err.flush();
        m_lost = !alive;
        m_backoffMs = m_backoffMs == 0 ? 100 : qMin(m_backoffMs * 2, kMaxBackoffMs);
        m_retry.start(m_backoffMs);
    }

    void retry() {
        if (m_lost) {
            QString error;
            if (!m_db.reopen(error)) {
                m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
                m_retry.start(m_backoffMs);
                return;
            }
            m_lost = false;
            m_io.err << "signalboard-cli: watch: the details connection is back\n";
            m_io.err.flush();
        }
        drain();
    }

    Database &m_db;
    ChangeDetailsQuery m_query;
    QSet<ChangeEntity> m_entities; // empty: all
    Io m_io;
    QEventLoop &m_loop;
    QList<QList<Change>> m_pending;
    QTimer m_retry;
    int m_backoffMs = 0;
    int m_refused = 0; // reads refused in a row on a live connection
    bool m_lost = false;
};

} // namespace

// Follows the change feed of --db and prints each change as one JSON line the moment it is
// seen, until SIGINT or SIGTERM (exit 0). Reconnects and catches up like a workstation.
int watch(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")},
                 {QStringLiteral("entities"), QStringLiteral("since")});
    if (!opts.ok(io))
        return 2;
    QSet<ChangeEntity> entities;
    if (opts.has(QStringLiteral("entities"))) {
        QString error;
        if (!parseEntities(opts.value(QStringLiteral("entities")), entities, error)) {
            io.err << "signalboard-cli: " << error << '\n';
            return 2;
        }
    }
    qint64 since = -1;
    if (opts.has(QStringLiteral("since"))) {
        bool ok = false;
        since = opts.value(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0) {
            io.err << "signalboard-cli: --since must be a change seq (a whole number from 0)\n";
            return 2;
        }
    }
    const StopSignals stopSignals;
    if (!stopSignals.installed()) {
        io.err << "signalboard-cli: watch: cannot install the SIGINT/SIGTERM handlers\n";
        return 1;
    }
    auto db = opts.openDatabase(io, QStringLiteral("watch"));
    if (!db || !schemaReady(*db, io))
        return 1;
    ChangeLogRange range;
    QString error;
    if (!readChangeLogRange(*db, range, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    qint64 after = range.last;
    if (since >= 0) {
        if (since > range.last) {
            io.err << "signalboard-cli: --since " << since
                   << " is ahead of the change log, whose newest seq is " << range.last
                   << ": that seq does not come from this database (or it was restored from an "
                      "older backup). Give --since "
                   << range.last << " or less, or leave it out to follow from now\n";
            return 1;
        }
        if (range.first > since + 1)
            io.err << "signalboard-cli: watch: note: the change log starts at seq " << range.first
                   << "; seqs " << since + 1 << " to " << range.first - 1
                   << " are not in it (removed, or left unused by rolled-back transactions)\n";
        after = since;
    }

    QEventLoop loop;
    QTimer stop;
    QObject::connect(&stop, &QTimer::timeout, &loop, [&loop] {
        if (StopSignals::requested())
            loop.exit(0);
    });
    stop.start(kStopCheckMs);
    Printer printer(*db, entities, io, loop);
    FeedThread feed(db->url(), after);
    QObject::connect(&feed, &FeedThread::changed, &loop,
                     [&printer](const QList<Change> &changes) { printer.deliver(changes); });
    bool live = false;
    bool lost = false;
    QObject::connect(&feed, &FeedThread::stateChanged, &loop,
                     [&](ChangeFeed::State state, const QString &detail) {
                         if (state == ChangeFeed::State::Live && !live) {
                             live = true;
                             io.err << "signalboard-cli: watch: following "
                                    << db->url().toDisplayString() << " after seq " << after
                                    << '\n';
                         } else if (state == ChangeFeed::State::Live && lost) {
                             io.err << "signalboard-cli: watch: reconnected and caught up\n";
                         } else if (state == ChangeFeed::State::Reconnecting && !lost) {
                             io.err << "signalboard-cli: watch: " << detail << "; reconnecting\n";
                         }
                         if (state == ChangeFeed::State::Live)
                             lost = false;
                         else if (state == ChangeFeed::State::Reconnecting)
                             lost = true;
                         io.err.flush();
                     });
    feed.start();
    const int code = loop.exec();
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace sb::cli

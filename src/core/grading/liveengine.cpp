#include "grading/liveengine.h"

#include "grading/rulesetstore.h"

#include <QLoggingCategory>

#include <climits>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLive, "signalboard.live", QtWarningMsg)

namespace sb {

namespace {
constexpr int kChunk = 500;

QString placeholders(qsizetype n) {
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}
} // namespace

LiveEngine::LiveEngine(DatabaseUrl url, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_clock(clock) {
}

LiveEngine::~LiveEngine() = default;

void LiveEngine::start() {
    QString error;
    m_ownDb = Database::open(m_url, QStringLiteral("live-engine"), error);
    startOn(m_ownDb.get(), error);
}

void LiveEngine::startOn(Database *db, const QString &openError) {
    m_db = db;
    QString error;
    if (!m_db) {
        Q_EMIT failed(tr("Incident detection cannot connect: %1").arg(openError));
        return;
    }
    bool inserted = false;
    QString seedError;
    // Without the right to write rule sets (a PostgreSQL login that is not sb_admin) the
    // shipped default is still used from memory.
    RuleSetStore(*m_db).ensureSeeded(QStringLiteral("system"), m_clock.nowMs(), inserted,
                                     seedError);
    if (!loadRules(error) || !rebuild(error)) {
        Q_EMIT failed(tr("Incident detection cannot start: %1").arg(error));
        return;
    }
    Q_EMIT started(m_rules->version());
}

void LiveEngine::stop() {
    m_engine.reset();
    m_store.reset();
    m_db = nullptr;
    m_ownDb.reset();
}

bool LiveEngine::loadRules(QString &error) {
    RuleSet rules;
    RuleSetVersion meta;
    if (!RuleSetStore(*m_db).active(rules, meta, error))
        return false;
    m_rules = std::move(rules); // the store and engine take it at the next rebuild()
    return true;
}

bool LiveEngine::rebuild(QString &error) {
    // Until this rebuild completes, the next batch rebuilds again.
    m_writeFailed = true;
    m_store = std::make_unique<IncidentStore>(*m_db, *m_rules);
    m_engine = std::make_unique<IncidentEngine>(
        *m_rules, [this](const IncidentEvent &e) { sink(e); }, IncidentEngine::QuietClose::Off);
    m_fed.clear();
    m_lastMs = 0;
    m_stats.fed = 0;
    ++m_stats.rebuilds;

    const qint64 now = m_clock.nowMs();
    const qint64 from = now - m_rules->gradingWindowMs();
    QSqlQuery q(m_db->db());
    // Resolutions by a person: complaints up to then do not count again.
    if (!m_db->exec(q,
                    QStringLiteral("SELECT problem_type, MAX(closed_at) FROM incidents WHERE "
                                   "state = 'resolved' AND closed_at IS NOT NULL "
                                   "GROUP BY problem_type"),
                    {}, error))
        return false;
    m_cutoff.clear();
    while (q.next()) {
        const int t = RuleSet::typeIndex(QStringView(q.value(0).toString()));
        if (t >= 0)
            m_cutoff.insert(t, q.value(1).toLongLong());
    }
    if (!m_db->exec(
            q, QStringLiteral("SELECT problem_type, grade FROM incidents WHERE state = 'open'"), {},
            error))
        return false;
    while (q.next()) {
        const int t = RuleSet::typeIndex(QStringView(q.value(0).toString()));
        if (t >= 0) {
            qCDebug(lcLive) << "rebuild adopts open" << q.value(0).toString();
            m_engine->adopt(t, static_cast<Grade>(std::clamp(q.value(1).toInt(), 0, 3)));
        }
    }
    if (!m_db->exec(q,
                    QStringLiteral("SELECT id, received_at, problem_type, customer_tier FROM "
                                   "tickets WHERE kind = 'complaint' AND received_at > ? AND "
                                   "received_at <= ? ORDER BY received_at, id"),
                    {from, now + kFutureToleranceMs}, error))
        return false;
    QList<Pending> rows;
    while (q.next()) {
        const int t = RuleSet::typeIndex(QStringView(q.value(2).toString()));
        const auto tier = tierFromKey(q.value(3).toString());
        if (t < 0 || !tier)
            continue;
        rows.append(
            Pending{q.value(0).toLongLong(), q.value(1).toLongLong(), t, gradingTier(*tier)});
    }
    q.finish();
    m_writeFailed = false; // a failed write while feeding sets it again
    for (const Pending &p : std::as_const(rows))
        feed(p);
    qCDebug(lcLive) << "rebuilt: fed" << m_stats.fed << "of" << rows.size();
    Q_EMIT rebuilt(m_rules->version(), m_stats.fed);
    return true;
}

void LiveEngine::feed(const Pending &p) {
    if (m_fed.contains(p.id))
        return;
    if (p.at <= m_cutoff.value(p.type, LLONG_MIN))
        return; // belongs to an incident a person resolved
    qCDebug(lcLive) << "feed" << p.id << p.at << m_rules->typeKey(p.type)
                    << "open:" << m_engine->isOpen(p.type);
    m_fed.insert(p.id, p.at);
    m_lastMs = std::max(m_lastMs, p.at);
    ++m_stats.fed;
    m_engine->addComplaint(p.at, p.type, p.tier);
}

void LiveEngine::sink(const IncidentEvent &e) {
    if (e.kind == IncidentEventKind::Closed)
        return; // only a person closes live incidents
    IncidentStore::Result r;
    QString error;
    if (!m_store->apply(e, r, error)) {
        m_writeFailed = true; // retried by a rebuild with the next batch
        Q_EMIT failed(tr("Incident detection could not record %1 for %2: %3")
                          .arg(incidentEventKey(e.kind), m_rules->typeKey(e.problemType), error));
        return;
    }
    if (r.created || r.raised) {
        ++m_stats.writes;
        Q_EMIT incidentWritten(r.incidentId,
                               r.created ? QStringLiteral("opened") : QStringLiteral("regraded"),
                               static_cast<int>(e.grade));
    }
}

bool LiveEngine::readIncidents(const QList<qint64> &ids, bool &needRebuild, QString &error) {
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        const QList<qint64> part = ids.mid(i, kChunk);
        QVariantList values;
        for (const qint64 id : part)
            values.append(id);
        QSqlQuery q(m_db->db());
        if (!m_db->exec(q,
                        QStringLiteral("SELECT problem_type, state, grade, closed_at FROM "
                                       "incidents WHERE id IN (") +
                            placeholders(part.size()) + QLatin1Char(')'),
                        values, error))
            return false;
        while (q.next()) {
            const int t = RuleSet::typeIndex(QStringView(q.value(0).toString()));
            if (t < 0)
                continue;
            qCDebug(lcLive) << "incident" << q.value(0).toString() << q.value(1).toString()
                            << q.value(3).toLongLong() << "cutoff" << m_cutoff.value(t, LLONG_MIN);
            if (q.value(1).toString() == QLatin1StringView("open")) {
                m_engine->adopt(t, static_cast<Grade>(std::clamp(q.value(2).toInt(), 0, 3)));
            } else if (!q.value(3).isNull() &&
                       q.value(3).toLongLong() > m_cutoff.value(t, LLONG_MIN)) {
                m_cutoff.insert(t, q.value(3).toLongLong());
                needRebuild = true;
            }
        }
    }
    return true;
}

bool LiveEngine::readTickets(const QList<qint64> &ids, QList<Pending> &out, QString &error) {
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        const QList<qint64> part = ids.mid(i, kChunk);
        QVariantList values;
        for (const qint64 id : part)
            values.append(id);
        QSqlQuery q(m_db->db());
        if (!m_db->exec(q,
                        QStringLiteral("SELECT id, received_at, problem_type, customer_tier FROM "
                                       "tickets WHERE kind = 'complaint' AND id IN (") +
                            placeholders(part.size()) + QLatin1Char(')'),
                        values, error))
            return false;
        while (q.next()) {
            const int t = RuleSet::typeIndex(QStringView(q.value(2).toString()));
            const auto tier = tierFromKey(q.value(3).toString());
            if (t < 0 || !tier)
                continue;
            out.append(
                Pending{q.value(0).toLongLong(), q.value(1).toLongLong(), t, gradingTier(*tier)});
        }
    }
    std::sort(out.begin(), out.end(), [](const Pending &a, const Pending &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    return true;
}

void LiveEngine::applyChanges(const QList<sb::Change> &changes) {
    if (!m_db || !m_rules) {
        start(); // the database was not reachable at start: a batch says it is now
        return;
    }
    QList<qint64> tickets, incidents;
    bool rulesChanged = false;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Ticket && c.op == ChangeOp::Insert)
            tickets.append(c.entityId);
        else if (c.entity == ChangeEntity::Incident && c.op != ChangeOp::Delete)
            incidents.append(c.entityId);
        else if (c.entity == ChangeEntity::RuleSet)
            rulesChanged = true;
    }
    if (tickets.isEmpty() && incidents.isEmpty() && !rulesChanged && !m_writeFailed)
        return;

    QString error;
    bool needRebuild = m_writeFailed;
    if (rulesChanged) {
        if (!loadRules(error)) {
            Q_EMIT failed(error);
            return;
        }
        needRebuild = true;
        m_writeFailed = true; // rebuild even if what follows fails
    }
    if (!incidents.isEmpty() && !readIncidents(incidents, needRebuild, error)) {
        Q_EMIT failed(error);
        return;
    }
    QList<Pending> rows;
    if (!tickets.isEmpty() && !readTickets(tickets, rows, error)) {
        Q_EMIT failed(error);
        return;
    }
    const qint64 now = m_clock.nowMs();
    const qint64 windowStart = now - m_rules->gradingWindowMs();
    QList<Pending> fresh;
    for (const Pending &p : std::as_const(rows)) {
        if (m_fed.contains(p.id))
            continue;
        if (p.at <= windowStart || p.at > now + kFutureToleranceMs) {
            ++m_stats.ignoredLate;
            continue;
        }
        if (p.at < m_lastMs)
            needRebuild = true; // late, but inside the window: counts must include it
        fresh.append(p);
    }
    if (needRebuild) {
        if (!rebuild(error))
            Q_EMIT failed(error);
        return;
    }
    for (const Pending &p : std::as_const(fresh))
        feed(p);
    prune();
}

void LiveEngine::addAffectedShare(qint64 atMs, const QString &problemType, double share) {
    if (!m_engine)
        return;
    const int t = RuleSet::typeIndex(QStringView(problemType));
    if (t < 0)
        return;
    const qint64 at = std::max(atMs, m_lastMs);
    m_lastMs = at;
    m_engine->addAffectedShare(at, t, share);
}

void LiveEngine::prune() {
    if (m_fed.size() < 4096)
        return;
    const qint64 edge = m_lastMs - m_rules->gradingWindowMs();
    for (auto it = m_fed.begin(); it != m_fed.end();) {
        if (it.value() <= edge)
            it = m_fed.erase(it);
        else
            ++it;
    }
}

LiveEngineThread::LiveEngineThread(const DatabaseUrl &url, const Clock &clock, QObject *parent,
                                   DbWorker *worker)
    : QObject(parent)
    , m_engine(new LiveEngine(url, clock)) {
    qRegisterMetaType<QList<sb::Change>>();
    if (!worker)
        m_own = std::make_unique<DbWorker>(url, QStringLiteral("live-engine"));
    m_worker = worker ? worker : m_own.get();
    m_engine->moveToThread(m_worker->workerThread());
}

LiveEngineThread::~LiveEngineThread() {
    // The engine goes in its thread, after the work posted before, and before the connection.
    m_worker->post([e = m_engine](DbWorker::Context &) {
        e->stop();
        delete e;
    });
    if (m_own)
        m_own->drain();
}

void LiveEngineThread::start() {
    m_worker->post([e = m_engine](DbWorker::Context &c) { e->startOn(c.db, c.openError); });
}

void LiveEngineThread::applyChanges(const QList<sb::Change> &changes) {
    m_worker->post([e = m_engine, changes](DbWorker::Context &) { e->applyChanges(changes); });
}

void LiveEngineThread::addAffectedShare(qint64 atMs, const QString &problemType, double share) {
    m_worker->post([e = m_engine, atMs, problemType, share](DbWorker::Context &) {
        e->addAffectedShare(atMs, problemType, share);
    });
}

} // namespace sb

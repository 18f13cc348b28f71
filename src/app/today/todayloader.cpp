#include "today/todayloader.h"

#include <algorithm>

namespace sb::app {

TodayLoader::TodayLoader(const Workspace &ws, TodayParts parts, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_parts(parts) {
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("today"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TodayLoader::start);
}

TodayLoader::~TodayLoader() = default;

bool TodayLoader::concerns(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        switch (c.entity) {
        case ChangeEntity::Ticket:
        case ChangeEntity::TicketEvent:
        case ChangeEntity::Incident:
        case ChangeEntity::IncidentEvent:
        case ChangeEntity::Message:
        case ChangeEntity::Receipt:
        case ChangeEntity::RuleSet:
        case ChangeEntity::DeadlineRule:
        case ChangeEntity::CalendarDay:
        case ChangeEntity::Setting:
        case ChangeEntity::Staff:
        case ChangeEntity::QaSample:
        case ChangeEntity::QaSampleTicket:
        case ChangeEntity::QaReview:
        case ChangeEntity::ReportSchedule:
        case ChangeEntity::ReportRun:
            return true;
        default:
            break;
        }
    }
    return false;
}

void TodayLoader::reload() {
    m_timer.stop();
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void TodayLoader::requestSoon() {
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_timer.isActive())
        return;
    // At most one read per interval: wait what is left of it since the last one started.
    const qint64 since = m_sinceStart.isValid() ? m_sinceStart.elapsed() : kIntervalMs;
    m_timer.start(int(std::clamp<qint64>(kIntervalMs - since, 0, kIntervalMs)));
}

void TodayLoader::start() {
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    ++m_reads;
    m_sinceStart.start();
    const Session user = m_ws.user;
    const qint64 now = m_ws.clock->nowMs();
    const TodayParts parts = m_parts;
    m_worker->post(
        this,
        [user, now, parts](DbWorker::Context &c) {
            Result r;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            TodayScope scope;
            if (TodayQueries::scopeFor(*c.db, user, scope, r.error))
                TodayQueries::snapshot(*c.db, scope, now, parts, r.snapshot, r.error);
            return r;
        },
        [this](const Result &r) { finish(r); });
}

void TodayLoader::finish(const Result &r) {
    m_running = false;
    if (r.error.isEmpty()) {
        m_snapshot = r.snapshot;
        m_loaded = true;
        Q_EMIT loaded(m_snapshot);
    } else {
        Q_EMIT failed(r.error);
    }
    if (m_again) {
        m_again = false;
        requestSoon();
    }
}

} // namespace sb::app

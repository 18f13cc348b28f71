#include "grading/engine.h"

#include <algorithm>

namespace sb {

QString incidentEventKey(IncidentEventKind k) {
    switch (k) {
    case IncidentEventKind::Opened:
        return QStringLiteral("opened");
    case IncidentEventKind::Regraded:
        return QStringLiteral("regraded");
    case IncidentEventKind::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString incidentTriggerKey(IncidentTrigger t) {
    switch (t) {
    case IncidentTrigger::None:
        return {};
    case IncidentTrigger::BurstNormal:
        return QStringLiteral("burst:normal");
    case IncidentTrigger::BurstVip:
        return QStringLiteral("burst:vip");
    case IncidentTrigger::AffectedShare:
        return QStringLiteral("affected_share");
    }
    return {};
}

QString ownerRoleKey(Grade g) {
    switch (g) {
    case Grade::General:
        return QStringLiteral("team_lead");
    case Grade::Serious:
        return QStringLiteral("supervisor");
    case Grade::Urgent:
    case Grade::Major:
        return QStringLiteral("service_manager");
    }
    return {};
}

void IncidentEngine::Window::grow() {
    std::vector<qint64> bigger(buf.size() * 2);
    std::uint64_t j = 0;
    for (std::uint64_t i = head60; i != tail; ++i, ++j)
        bigger[j] = buf[i & mask];
    const std::uint64_t shift = head60;
    head30 -= shift;
    head60 = 0;
    tail = j;
    buf = std::move(bigger);
    mask = buf.size() - 1;
}

IncidentEngine::IncidentEngine(const RuleSet &rules, Sink sink, QuietClose quiet)
    : m_rules(rules)
    , m_sink(std::move(sink))
    , m_quiet(quiet == QuietClose::On)
    , m_burstMs(rules.burstWindowMs())
    , m_gradingMs(rules.gradingWindowMs())
    , m_quietMs(rules.quietCloseMs())
    , m_types(static_cast<std::size_t>(rules.typeCount())) {
    for (int t = 0; t < rules.typeCount(); ++t) {
        auto &st = m_types[static_cast<std::size_t>(t)];
        st.burst[0] = rules.burstThreshold(t, GradingTier::Normal);
        st.burst[1] = rules.burstThreshold(t, GradingTier::Vip);
    }
}

WindowCounts IncidentEngine::countsAt(TypeState &st, qint64 atMs) {
    WindowCounts c;
    for (std::size_t i = 0; i < 2; ++i) {
        Window &w = st.win[i];
        w.advance60(atMs - m_gradingMs);
        w.advance30(atMs - m_burstMs);
    }
    c.normal30 = st.win[0].count30();
    c.vip30 = st.win[1].count30();
    c.normal60 = st.win[0].count60();
    c.vip60 = st.win[1].count60();
    return c;
}

WindowCounts IncidentEngine::counts(int problemType, qint64 atMs) {
    return countsAt(m_types[static_cast<std::size_t>(problemType)], atMs);
}

Grade IncidentEngine::candidate(int problemType, const WindowCounts &c) const {
    const int n = m_rules.tableGrade(problemType, GradingTier::Normal, c.normal60);
    const int v = m_rules.tableGrade(problemType, GradingTier::Vip, c.vip60);
    const int best = std::max({n, v, static_cast<int>(Grade::General)});
    return static_cast<Grade>(best);
}

void IncidentEngine::open(int problemType, qint64 atMs, qint32 tag, IncidentTrigger trigger) {
    TypeState &st = m_types[static_cast<std::size_t>(problemType)];
    IncidentEvent e;
    e.kind = IncidentEventKind::Opened;
    e.atMs = atMs;
    e.offsetTag = tag;
    e.problemType = problemType;
    e.trigger = trigger;
    e.counts = countsAt(st, atMs);
    e.grade = candidate(problemType, e.counts);
    st.open = true;
    st.grade = e.grade;
    st.anchorMs = atMs;
    st.anchorTag = tag;
    if (m_quiet)
        moveCloseTime(problemType, atMs + m_quietMs);
    m_sink(e);
}

void IncidentEngine::evaluate(int problemType, qint64 atMs, qint32 tag) {
    TypeState &st = m_types[static_cast<std::size_t>(problemType)];
    const WindowCounts c = countsAt(st, atMs);
    const Grade g = candidate(problemType, c);
    if (g <= st.grade)
        return;
    IncidentEvent e;
    e.kind = IncidentEventKind::Regraded;
    e.atMs = atMs;
    e.offsetTag = tag;
    e.problemType = problemType;
    e.from = st.grade;
    e.grade = g;
    e.counts = c;
    st.grade = g;
    m_sink(e);
}

void IncidentEngine::addAffectedShare(qint64 atMs, int problemType, double share,
                                      qint32 offsetTag) {
    if (atMs >= m_nextCloseMs)
        closeDue(atMs);
    TypeState &st = m_types[static_cast<std::size_t>(problemType)];
    if (st.open) {
        evaluate(problemType, atMs, offsetTag);
        return;
    }
    if (m_rules.coreExperience(problemType) && share >= m_rules.affectedShareThreshold())
        open(problemType, atMs, offsetTag, IncidentTrigger::AffectedShare);
}

void IncidentEngine::close(int problemType, qint64 atMs, qint32 tag) {
    TypeState &st = m_types[static_cast<std::size_t>(problemType)];
    IncidentEvent e;
    e.kind = IncidentEventKind::Closed;
    e.atMs = atMs;
    e.offsetTag = tag;
    e.problemType = problemType;
    e.grade = st.grade;
    e.counts = countsAt(st, atMs);
    st.open = false;
    st.grade = Grade::General;
    moveCloseTime(problemType, INT64_MAX);
    m_sink(e);
}

void IncidentEngine::resolve(qint64 atMs, int problemType, qint32 offsetTag) {
    if (atMs >= m_nextCloseMs)
        closeDue(atMs);
    if (m_types[static_cast<std::size_t>(problemType)].open)
        close(problemType, atMs, offsetTag);
}

// Quiet closes due at or before `atMs`, earliest first (ties: lower type index first).
void IncidentEngine::closeDue(qint64 atMs) {
    while (m_nextCloseMs <= atMs) {
        const qint64 due = m_nextCloseMs;
        for (std::size_t t = 0; t < m_types.size(); ++t) {
            TypeState &st = m_types[t];
            if (st.open && st.closeMs == due) {
                close(static_cast<int>(t), due, st.anchorTag);
                break;
            }
        }
    }
}

void IncidentEngine::moveCloseTime(int problemType, qint64 closeMs) {
    TypeState &st = m_types[static_cast<std::size_t>(problemType)];
    const qint64 old = st.closeMs;
    st.closeMs = closeMs;
    if (closeMs < m_nextCloseMs)
        m_nextCloseMs = closeMs;
    else if (old == m_nextCloseMs)
        recomputeNextClose();
}

void IncidentEngine::recomputeNextClose() {
    qint64 next = INT64_MAX;
    for (const TypeState &st : m_types) {
        if (st.open && st.closeMs < next)
            next = st.closeMs;
    }
    m_nextCloseMs = next;
}

} // namespace sb

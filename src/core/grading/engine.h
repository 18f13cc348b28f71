#pragma once

#include "domain/types.h"
#include "grading/ruleset.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <vector>

namespace sb {

// Counts of one problem type at one moment (docs/spec/GRADING.md "Events").
struct WindowCounts {
    int normal30 = 0;
    int vip30 = 0;
    int normal60 = 0;
    int vip60 = 0;
    bool operator==(const WindowCounts &) const = default;
};

enum class IncidentEventKind { Opened, Regraded, Closed };
enum class IncidentTrigger { None, BurstNormal, BurstVip, AffectedShare };

QString incidentEventKey(IncidentEventKind k); // opened, regraded, closed
QString incidentTriggerKey(IncidentTrigger t); // burst:normal, burst:vip, affected_share
// Who owns an incident of this grade: team_lead, supervisor, service_manager.
QString ownerRoleKey(Grade g);

struct IncidentEvent {
    IncidentEventKind kind = IncidentEventKind::Opened;
    qint64 atMs = 0;
    qint32 offsetTag = 0; // opaque: passed in with the input that caused the event
    int problemType = 0;  // index in sb::problemTypes()
    IncidentTrigger trigger = IncidentTrigger::None; // opened only
    Grade from = Grade::General;                     // regraded only
    Grade grade = Grade::General;
    WindowCounts counts;
};

// The incident engine of docs/spec/GRADING.md: sliding burst/grading windows per (problem type,
// grading tier), opening by burst or affected share, grades that only rise, and (when
// enabled, for replay) the quiet close.
//
// Input must arrive in received_at order (as instants; the caller keeps file order for
// equal instants and puts complaints before affected-share samples at one instant).
// Replay sorts its input stably, so out-of-order files still give the right answer; the
// engine itself does not reorder. An input earlier than one already taken in is counted at
// its own time but cannot un-expire older complaints: counts are then undefined (no crash).
//
// Hot path: per key one ring buffer of timestamps with two moving heads (grading window
// and burst window); no allocation once buffers have grown to the busiest hour, no string
// work. Events go to the sink synchronously, in time order.
class IncidentEngine {
public:
    using Sink = std::function<void(const IncidentEvent &)>;
    enum class QuietClose { Off, On };

    IncidentEngine(const RuleSet &rules, Sink sink, QuietClose quiet = QuietClose::Off);

    void addComplaint(qint64 atMs, int problemType, GradingTier tier, qint32 offsetTag = 0) {
        if (atMs >= m_nextCloseMs)
            closeDue(atMs);
        TypeState &st = m_types[static_cast<std::size_t>(problemType)];
        st.win[static_cast<std::size_t>(tier)].push(atMs);
        if (st.open) {
            st.anchorMs = atMs;
            st.anchorTag = offsetTag;
            if (m_quiet)
                moveCloseTime(problemType, atMs + m_quietMs);
            evaluate(problemType, atMs, offsetTag);
            return;
        }
        Window &w = st.win[static_cast<std::size_t>(tier)];
        w.advance60(atMs - m_gradingMs); // keeps the buffer to one grading window
        w.advance30(atMs - m_burstMs);
        if (w.count30() >= st.burst[static_cast<std::size_t>(tier)])
            open(problemType, atMs, offsetTag,
                 tier == GradingTier::Vip ? IncidentTrigger::BurstVip
                                          : IncidentTrigger::BurstNormal);
    }

    void addAffectedShare(qint64 atMs, int problemType, double share, qint32 offsetTag = 0);
    // A person resolved the open incident of this type (no-op when none is open).
    void resolve(qint64 atMs, int problemType, qint32 offsetTag = 0);
    // Emits the quiet closes due at or before `atMs` (replay's clock reaching that time).
    void advanceTo(qint64 atMs) {
        if (atMs >= m_nextCloseMs)
            closeDue(atMs);
    }

    // The database already holds an open incident of this type with `grade` (opened on
    // another workstation, by a person, or before the window the live engine warmed from):
    // track it as open, at least at that grade, without emitting an event.
    void adopt(int problemType, Grade grade) {
        TypeState &st = m_types[static_cast<std::size_t>(problemType)];
        if (!st.open || st.grade < grade)
            st.grade = st.open ? std::max(st.grade, grade) : grade;
        st.open = true;
    }

    bool isOpen(int problemType) const {
        return m_types[static_cast<std::size_t>(problemType)].open;
    }
    Grade grade(int problemType) const {
        return m_types[static_cast<std::size_t>(problemType)].grade;
    }
    // Counts at `atMs` (not earlier than the last input).
    WindowCounts counts(int problemType, qint64 atMs);

private:
    // Timestamps of one key within the grading window, oldest first. Indices grow without
    // bound and are masked into the power-of-two buffer.
    struct Window {
        std::vector<qint64> buf = std::vector<qint64>(64);
        std::uint64_t mask = 63;
        std::uint64_t head60 = 0;
        std::uint64_t head30 = 0;
        std::uint64_t tail = 0;

        void push(qint64 t) {
            if (tail - head60 == buf.size())
                grow();
            buf[tail & mask] = t;
            ++tail;
        }
        // Drops timestamps <= `edge` (windows are half-open on the left).
        void advance60(qint64 edge) {
            while (head60 != tail && buf[head60 & mask] <= edge)
                ++head60;
            if (head30 < head60)
                head30 = head60;
        }
        void advance30(qint64 edge) {
            if (head30 < head60)
                head30 = head60;
            while (head30 != tail && buf[head30 & mask] <= edge)
                ++head30;
        }
        int count30() const { return static_cast<int>(tail - head30); }
        int count60() const { return static_cast<int>(tail - head60); }
        void grow();
    };
    struct TypeState {
        std::array<Window, 2> win;
        std::array<int, 2> burst{};
        bool open = false;
        Grade grade = Grade::General;
        qint64 anchorMs = 0; // last complaint (or the opening) for the quiet close
        qint32 anchorTag = 0;
        qint64 closeMs = INT64_MAX;
    };

    WindowCounts countsAt(TypeState &st, qint64 atMs);
    Grade candidate(int problemType, const WindowCounts &c) const;
    void open(int problemType, qint64 atMs, qint32 tag, IncidentTrigger trigger);
    void evaluate(int problemType, qint64 atMs, qint32 tag);
    void close(int problemType, qint64 atMs, qint32 tag);
    void closeDue(qint64 atMs);
    void moveCloseTime(int problemType, qint64 closeMs);
    void recomputeNextClose();

    const RuleSet m_rules;
    Sink m_sink;
    bool m_quiet;
    qint64 m_burstMs;
    qint64 m_gradingMs;
    qint64 m_quietMs;
    qint64 m_nextCloseMs = INT64_MAX;
    std::vector<TypeState> m_types;
};

} // namespace sb

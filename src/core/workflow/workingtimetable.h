#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace sb {

struct TimeSpan;

// The working spans of consecutive local days as one ordered list with the working time
// before each span (prefix sums), for BusinessCalendar::cacheDays(): the working time between
// two instants, the next working instant and the instant a working duration ends become binary
// searches instead of walks over days and periods. It answers only what lies inside its days
// (an instant before the first day or from the day after the last on: nullopt, and the
// calendar walks as before), and nothing without pauses: pauses are the caller's walk too.
class WorkingTimeTable {
public:
    // `dayStarts`: the start of each day and of the day after the last (one more than days);
    // `spans`: each day's working spans in order. The table stays empty when a span is empty,
    // out of order, or outside its day (a time zone change may do that): the walk answers.
    void build(const QList<qint64> &dayStarts, const QList<QList<TimeSpan>> &spans);
    void clear();
    bool isEmpty() const { return m_dayStarts.isEmpty(); }

    // The day (index from 0) that `at` falls in; -1 outside the table.
    int dayOf(qint64 at) const;
    // Working time in [from, to) (from <= to) when both fall in the table's days.
    std::optional<qint64> between(qint64 from, qint64 to) const;
    // The same instant or the next one that is working time, within `maxDays` days from the
    // day of `at` (that day counted as the first).
    std::optional<qint64> nextWorkingInstant(qint64 at, int maxDays) const;
    // `at` plus `durationMs` (> 0) of working time, within `maxDays` days from the day of
    // `at`; a result on the end of a working period is that end.
    std::optional<qint64> addWorkingTime(qint64 at, qint64 durationMs, int maxDays) const;
    // The day `n` (> 0) working days after day `day` (a day with working spans), within
    // `maxDays` days after it.
    std::optional<int> workingDayAfter(int day, int n, int maxDays) const;

private:
    // Working time before `at` since the table's first day.
    qint64 before(qint64 at) const;

    QList<qint64> m_dayStarts;      // days + 1
    QList<qint64> m_from;           // each span's start, in order
    QList<qint64> m_to;             // each span's end
    QList<qint64> m_before;         // working time before each span (spans + 1)
    QList<int> m_spanDay;           // each span's day
    QList<int> m_workingDaysBefore; // working days before each day (days + 1)
};

} // namespace sb

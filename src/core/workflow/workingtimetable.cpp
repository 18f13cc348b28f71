#include "workflow/workingtimetable.h"

#include "workflow/businesscalendar.h"

#include <algorithm>

namespace sb {

void WorkingTimeTable::build(const QList<qint64> &dayStarts, const QList<QList<TimeSpan>> &spans) {
    clear();
    if (spans.isEmpty() || dayStarts.size() != spans.size() + 1)
        return;
    QList<qint64> from;
    QList<qint64> to;
    QList<qint64> before{0};
    QList<int> spanDay;
    QList<int> workingDaysBefore{0};
    qint64 last = dayStarts.first();
    for (qsizetype d = 0; d < spans.size(); ++d) {
        if (dayStarts.at(d + 1) <= dayStarts.at(d))
            return;
        for (const TimeSpan &s : spans.at(d)) {
            if (s.from >= s.to || s.from < last || s.from < dayStarts.at(d) ||
                s.to > dayStarts.at(d + 1))
                return;
            from.append(s.from);
            to.append(s.to);
            before.append(before.last() + (s.to - s.from));
            spanDay.append(int(d));
            last = s.to;
        }
        workingDaysBefore.append(workingDaysBefore.last() + (spans.at(d).isEmpty() ? 0 : 1));
    }
    m_dayStarts = dayStarts;
    m_from = std::move(from);
    m_to = std::move(to);
    m_before = std::move(before);
    m_spanDay = std::move(spanDay);
    m_workingDaysBefore = std::move(workingDaysBefore);
}

void WorkingTimeTable::clear() {
    m_dayStarts.clear();
    m_from.clear();
    m_to.clear();
    m_before.clear();
    m_spanDay.clear();
    m_workingDaysBefore.clear();
}

int WorkingTimeTable::dayOf(qint64 at) const {
    if (m_dayStarts.isEmpty() || at < m_dayStarts.first() || at >= m_dayStarts.last())
        return -1;
    return int(std::upper_bound(m_dayStarts.cbegin(), m_dayStarts.cend(), at) -
               m_dayStarts.cbegin()) -
           1;
}

qint64 WorkingTimeTable::before(qint64 at) const {
    // The first span that ends after `at`: the spans before it are wholly before `at`.
    const qsizetype k = std::upper_bound(m_to.cbegin(), m_to.cend(), at) - m_to.cbegin();
    if (k == m_to.size())
        return m_before.last();
    return m_before.at(k) + std::max<qint64>(0, at - m_from.at(k));
}

std::optional<qint64> WorkingTimeTable::between(qint64 from, qint64 to) const {
    if (dayOf(from) < 0 || dayOf(to) < 0)
        return std::nullopt;
    return before(to) - before(from);
}

std::optional<qint64> WorkingTimeTable::nextWorkingInstant(qint64 at, int maxDays) const {
    const int day = dayOf(at);
    if (day < 0)
        return std::nullopt;
    const qsizetype k = std::upper_bound(m_to.cbegin(), m_to.cend(), at) - m_to.cbegin();
    if (k == m_to.size() || m_spanDay.at(k) - day >= maxDays)
        return std::nullopt;
    return std::max(m_from.at(k), at);
}

std::optional<qint64> WorkingTimeTable::addWorkingTime(qint64 at, qint64 durationMs,
                                                       int maxDays) const {
    const int day = dayOf(at);
    if (day < 0 || durationMs <= 0)
        return std::nullopt;
    const qint64 target = before(at) + durationMs;
    // The first span whose end has at least `target` working time before it.
    const auto end = std::lower_bound(m_before.cbegin() + 1, m_before.cend(), target);
    if (end == m_before.cend())
        return std::nullopt;
    const qsizetype k = (end - m_before.cbegin()) - 1;
    if (m_spanDay.at(k) - day >= maxDays)
        return std::nullopt;
    return m_from.at(k) + (target - m_before.at(k));
}

std::optional<int> WorkingTimeTable::workingDayAfter(int day, int n, int maxDays) const {
    if (day < 0 || day + 1 >= m_workingDaysBefore.size() || n <= 0)
        return std::nullopt;
    // The first day j after `day` with n working days in (day, j]: working days before j + 1.
    const int wanted = m_workingDaysBefore.at(day + 1) + n;
    const auto it = std::lower_bound(m_workingDaysBefore.cbegin() + day + 1,
                                     m_workingDaysBefore.cend(), wanted);
    if (it == m_workingDaysBefore.cend())
        return std::nullopt;
    const int found = int(it - m_workingDaysBefore.cbegin()) - 1;
    if (found - day > maxDays)
        return std::nullopt;
    return found;
}

} // namespace sb

#pragma once

#include "workflow/workingtimetable.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace sb {

// A half-open interval [from, to) of instants in milliseconds since the epoch (UTC).
// Used for pauses: time spent waiting for the customer does not count against a deadline.
struct TimeSpan {
    qint64 from = 0;
    qint64 to = 0;
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

// Sorts and merges overlapping or touching spans; drops empty ones.
QList<TimeSpan> normalizedSpans(QList<TimeSpan> spans);

// Working hours of one day: minutes after local midnight, [start, end), end <= 1440.
struct WorkingPeriod {
    int startMinute = 0;
    int endMinute = 0;
    friend bool operator==(const WorkingPeriod &, const WorkingPeriod &) = default;
};

enum class CalendarDayKind { Holiday, Workday };

// An exception to the weekly pattern: a public holiday, or a make-up working day (调休 —
// a Saturday or Sunday that is worked instead).
struct CalendarDay {
    QDate date;
    CalendarDayKind kind = CalendarDayKind::Holiday;
    QString name;
    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

QString calendarDayKindKey(CalendarDayKind k); // "holiday" / "workday"
std::optional<CalendarDayKind> calendarDayKindFromKey(const QString &key);

// The weekly pattern and time zone of a business calendar. Stored as JSON in the
// versioned setting "workflow.calendar":
//   {"timeZone": "Asia/Shanghai",
//    "week": {"mon": ["09:00-18:00"], …, "sat": [], "sun": []},
//    "makeUpDayHours": ["09:00-18:00"]}
// Default: Monday to Friday 09:00–18:00 without a lunch break (one nine-hour working day);
// a lunch break is two periods, e.g. ["09:00-12:00", "13:30-18:00"]. A make-up working
// day uses "makeUpDayHours" (default: Monday's hours).
struct CalendarSettings {
    QByteArray timeZoneId = QByteArrayLiteral("Asia/Shanghai");
    std::array<QList<WorkingPeriod>, 7> week; // index 0 = Monday … 6 = Sunday
    QList<WorkingPeriod> makeUpDayHours;

    static CalendarSettings defaults();
    QJsonObject toJson() const;
    // Reads the JSON form; on a bad value returns false and names the field in `error`.
    static bool fromJson(const QJsonObject &o, CalendarSettings &out, QString &error);
};

// Business calendar: working hours per weekday, public holidays and make-up working days,
// in one time zone. All instants are UTC milliseconds; days are the calendar's local days.
class BusinessCalendar {
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)
public:
    BusinessCalendar();
    explicit BusinessCalendar(CalendarSettings settings, const QList<CalendarDay> &days = {});

    const CalendarSettings &settings() const { return m_settings; }
    QTimeZone timeZone() const { return m_zone; }
    void setDay(const CalendarDay &day);
    void removeDay(const QDate &date);
    QList<CalendarDay> days() const; // sorted by date
    std::optional<CalendarDay> day(const QDate &date) const;

    // Working periods of a local date (empty on a holiday or a non-working weekday).
    QList<WorkingPeriod> periodsOn(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;
    bool isWorkingTime(qint64 at) const;
    QDate localDate(qint64 at) const;

    // The same instant or the next one that is working time (and outside `pauses`);
    // nullopt when there is none within ten years (a calendar without working hours).
    std::optional<qint64> nextWorkingInstant(qint64 at, const QList<TimeSpan> &pauses = {}) const;
    // `at` plus `durationMs` of working time, not counting `pauses`. A result that falls on
    // the end of a working period is that end (18:00), not the next morning.
    std::optional<qint64> addWorkingTime(qint64 at, qint64 durationMs,
                                         const QList<TimeSpan> &pauses = {}) const;
    // `at` plus `days` working days: the same point of the working day, `days` working days
    // later (Friday 15:00 + 3 → Wednesday 15:00); an instant outside working time first
    // moves to the next working instant. Paused working time is added on top.
    std::optional<qint64> addWorkingDays(qint64 at, int days,
                                         const QList<TimeSpan> &pauses = {}) const;
    // Working time in [from, to) outside `pauses`; 0 when to <= from.
    qint64 workingTimeBetween(qint64 from, qint64 to, const QList<TimeSpan> &pauses = {}) const;

    // Precomputes the local days [from, to] (their working spans and where they start), so
    // that the questions above answer from a table for instants of those days instead of
    // converting times through the zone, and without pauses by binary search over the working
    // time before each span instead of a walk over the days: for code that asks about many
    // tickets at once (a report). Answers are the same with or without it. Changing a day drops the
    // table; call it before sharing the calendar between threads. At most kMaxCachedDays days.
    void cacheDays(const QDate &from, const QDate &to);
    // Whether cacheDays() also built the working-time table (the cached days' spans are in
    // order within their days; a time zone change that moves them lets the walk answer).
    bool hasWorkingTimeTable() const { return !m_table.isEmpty(); }
    static constexpr qint64 kMaxCachedDays = 3700;

    // Wall-clock counterparts that skip only the pauses.
    static qint64 addWallTime(qint64 at, qint64 durationMs, const QList<TimeSpan> &pauses = {});
    static qint64 wallTimeBetween(qint64 from, qint64 to, const QList<TimeSpan> &pauses = {});

private:
    QList<TimeSpan> spansOn(const QDate &date) const; // working periods as UTC spans
    qint64 instantOf(const QDate &date, int minute) const;

    CalendarSettings m_settings;
    QTimeZone m_zone;
    QHash<QDate, CalendarDay> m_days;
    // cacheDays(): the first cached date, the start of each cached day and of the day after
    // the last (one more than days), and each day's working spans.
    QDate m_cacheFirst;
    QList<qint64> m_cacheDayStarts;
    QList<QList<TimeSpan>> m_cacheSpans;
    WorkingTimeTable m_table; // the cached days' spans with prefix sums (questions without pauses)
};

} // namespace sb

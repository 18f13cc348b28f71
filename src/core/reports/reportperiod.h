#pragma once

#include "reports/reportwindow.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sb {

// The kinds of period a report covers. Week is the ISO week (Monday to Sunday, week 1 holds
// the year's first Thursday, so some years have a week 53).
enum class ReportPeriodKind { Hour, Day, Week, Month, Range };

QString reportPeriodKindKey(ReportPeriodKind kind); // "hour", "day", "week", "month", "range"
std::optional<ReportPeriodKind> reportPeriodKindFromKey(const QString &key);

// One period of a report: the half-open interval [startMs, endMs) of UTC milliseconds that a
// local hour, day, ISO week, month or range of the business calendar's zone covers. A local
// day is 23 or 25 hours long on the days the zone changes to or from daylight saving time.
class ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportPeriod)
public:
    // The longest range a report covers, in days (what the QA figures can cover:
    // QaDashboardQueries::kMaxDays).
    static constexpr int kMaxRangeDays = 400;

    ReportPeriodKind kind() const { return m_kind; }
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    const QTimeZone &zone() const { return m_zone; }

    // Reads the --at text of a period in `zone`: "YYYY-MM-DDTHH" (hour), "YYYY-MM-DD" (day),
    // "YYYY-Www" (ISO week, e.g. 2026-W53), "YYYY-MM" (month). False with an error naming
    // the text and the form expected when it is not one, or names an hour the zone skips.
    static bool parse(ReportPeriodKind kind, const QString &at, const QTimeZone &zone,
                      ReportPeriod &out, QString &error);
    // A range: each end a date ("2026-03-01") or a local date-time ("2026-03-01T08:30",
    // seconds optional; a trailing offset or Z is honoured). A date as `from` is the start of
    // that day; a date as `to` includes that day (the range ends at the next midnight); a
    // date-time as `to` is the excluded end.
    static bool range(const QString &from, const QString &to, const QTimeZone &zone,
                      ReportPeriod &out, QString &error);
    // The last period of `kind` that has ended at `nowMs` (the default of a report): the
    // previous hour, yesterday, last week, last month. Not for Range.
    static ReportPeriod lastComplete(ReportPeriodKind kind, qint64 nowMs, const QTimeZone &zone);
    // The period of `kind` holding the instant `ms`.
    static ReportPeriod containing(ReportPeriodKind kind, qint64 ms, const QTimeZone &zone);

    // The period just before (a range: the same length, ending where this one starts).
    ReportPeriod previous() const;
    // The same period a year earlier: the same local hour, day or month, the same ISO week
    // number (week 52 when that year has no week 53), a range shifted by a year.
    ReportPeriod yearEarlier() const;

    // The text that names the period: "2026-03-08T02", "2026-03-08", "2026-W53", "2026-03",
    // or "FROM/TO" with both ends as local ISO date-times.
    QString at() const;
    // Start and end as ISO 8601 local date-times with the zone's offset.
    QString startText() const;
    QString endText() const;

    // The window the sections read: hourly buckets for an hour or a day, daily buckets
    // otherwise (the last one cut at the end of a range), `earlierCount` previous periods
    // (nearest first, without buckets) and the year-earlier interval.
    ReportWindow toWindow(int earlierCount) const;
    // Hourly or daily buckets of [startMs, endMs).
    QList<ReportWindow> buckets() const;

    friend bool operator==(const ReportPeriod &a, const ReportPeriod &b) {
        return a.m_kind == b.m_kind && a.m_startMs == b.m_startMs && a.m_endMs == b.m_endMs &&
               a.m_zone == b.m_zone;
    }

private:
    static ReportPeriod make(ReportPeriodKind kind, qint64 startMs, qint64 endMs,
                             const QTimeZone &zone);
    QDate localStartDate() const;

    ReportPeriodKind m_kind = ReportPeriodKind::Day;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    QTimeZone m_zone;
};

} // namespace sb

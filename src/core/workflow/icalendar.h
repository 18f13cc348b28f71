#pragma once

#include "workflow/businesscalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb {

// Reads public holidays and make-up working days (调休) from an iCalendar file (RFC 5545).
//
// Every VEVENT with a DTSTART gives one CalendarDay per date in [DTSTART, DTEND) (DTEND is
// exclusive as in RFC 5545; without DTEND or DURATION the event covers one day). DTSTART may be
// a date (DTSTART;VALUE=DATE:20251001) or a date-time, of which only the date is used.
//
// Convention for telling the two apart: an event is a make-up WORKING day when its SUMMARY
// or CATEGORIES contains "班" (补班, 上班, 调休上班), "make-up", "makeup", "working day" or
// "workday" (case-insensitive), or when it has X-SIGNALBOARD-KIND:workday. Every other event
// is a holiday (X-SIGNALBOARD-KIND:holiday forces that). SUMMARY becomes the day's name.
//
// Folded lines (CRLF followed by a space or tab) are unfolded; CRLF and LF line ends are
// accepted. Components other than VEVENT (VTIMEZONE, VALARM, …) are skipped. Errors name the
// line (of the first physical line of the property) and stop the import: nothing is returned.
class ICalendarImport {
    Q_DECLARE_TR_FUNCTIONS(ICalendarImport)
public:
    struct Result {
        QList<CalendarDay> days; // sorted by date; a later event on the same date wins
        int events = 0;
    };

    static bool parse(const QByteArray &data, Result &out, QString &error);
    static bool parseFile(const QString &path, Result &out, QString &error);

    // True when `text` marks a working day under the convention above.
    static bool marksWorkingDay(const QString &text);
};

} // namespace sb

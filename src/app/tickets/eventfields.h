#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sb::app {

// The fields a timeline line carries (ticket_events.data, a JSON object) as a supervisor reads
// them: "Dispatch opinion: Check the relay; Department: Network; Handler: Ann Lead". Staff,
// teams and articles are named, choices and milestones labelled, times written in `zone`.
// Text that is not a JSON object is shown as it is.
class EventFields {
    Q_DECLARE_TR_FUNCTIONS(EventFields)
public:
    static QString describe(Database &db, const QString &json, const QTimeZone &zone);
    // The "Note and fields" text of a timeline line: its note, then its fields. An automatic
    // urge is written from its fields alone, in the reader's language and zone ("Deadline
    // First response has passed: it was due at …"); its stored note is the urging
    // workstation's wording and zone.
    static QString line(Database &db, const QString &note, const QString &json,
                        const QTimeZone &zone);
};

} // namespace sb::app

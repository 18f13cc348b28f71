#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace sb::app {

// How the ticket screens write a moment: in the workstation's zone, like every other place,
// so the queue, the detail, the charts and the alerts agree. A ticket also keeps the offset it
// was received in (its source's local time); where that differs, it is said alongside.
class TicketTimes {
    Q_DECLARE_TR_FUNCTIONS(TicketTimes)
public:
    // "2025-10-09 04:00:00" in `zone`.
    static QString format(qint64 ms, const QTimeZone &zone);
    // "At the source: 2025-10-08 22:00:00 (UTC-04:00)" when the offset the ticket was received
    // in differs from `zone`'s at that moment; empty when they agree.
    static QString atSource(qint64 ms, int receivedOffsetSeconds, const QTimeZone &zone);
};

} // namespace sb::app

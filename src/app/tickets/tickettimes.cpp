#include "tickets/tickettimes.h"

#include <QDateTime>

namespace sb::app {

namespace {
const QString kFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
}

QString TicketTimes::format(qint64 ms, const QTimeZone &zone) {
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(kFormat);
}

QString TicketTimes::atSource(qint64 ms, int receivedOffsetSeconds, const QTimeZone &zone) {
    if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) == receivedOffsetSeconds)
        return {};
    const QDateTime there =
        QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, receivedOffsetSeconds);
    return tr("At the source: %1 (%2)").arg(there.toString(kFormat), there.timeZoneAbbreviation());
}

} // namespace sb::app

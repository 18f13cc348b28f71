#include "reports/reportqueries.h"

#include <QSqlQuery>

namespace sb {

bool ReportQueries::channelsSince(const Database &db, qint64 sinceMs, QList<ChannelVolumeRow> &out,
                                  QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT channel, COUNT(*), AVG(satisfaction) FROM tickets WHERE "
                                "received_at >= ? GROUP BY channel ORDER BY 2 DESC LIMIT ?"),
                 {sinceMs, kChannelLimit}, error))
        return false;
    while (q.next()) {
        ChannelVolumeRow r;
        r.channel = q.value(0).toString();
        r.complaints = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            r.averageSatisfaction = q.value(2).toDouble();
        out.append(r);
    }
    return true;
}

} // namespace sb

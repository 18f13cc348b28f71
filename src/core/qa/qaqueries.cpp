#include "qa/qaqueries.h"

#include <QSqlQuery>

namespace sb {

bool QaQueries::handledPerTeam(const Database &db, qint64 sinceMs, QList<TeamHandledRow> &out,
                               QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT COALESCE(t.name, '-'), COUNT(*) FROM tickets k LEFT JOIN "
                                "teams t ON t.id = k.team_id WHERE k.state = 'closed' AND "
                                "k.updated_at >= ? GROUP BY t.name ORDER BY 1 LIMIT ?"),
                 {sinceMs, kTeamLimit}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return true;
}

} // namespace sb

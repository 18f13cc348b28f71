#include "tickets/ticketenv.h"
#include "security/permissions.h"

#include <QSqlQuery>

namespace sb::app {

bool TicketEnv::init(const Workspace &workspace, QString &error) {
    ws = workspace;
    permissions = ws.user.permissions.keys();
    if (ws.user.permissions.isSuper())
        permissions.insert(QStringLiteral("*"));
    unmasked = ws.user.permissions.has(perm::PersonalDataView);
    queryContext.staffId = ws.user.staffId;
    queryContext.readAll = ws.user.permissions.has(perm::TicketsReadAll);
    QSqlQuery q;
    if (ws.db->exec(q, QStringLiteral("SELECT team_id FROM staff WHERE id = ?"), {ws.user.staffId},
                    error) &&
        q.next())
        queryContext.teamId = q.value(0).toLongLong();
    if (!workflow.load(*ws.db, error))
        return false;
    queryContext.finalStates = workflow.finalStateKeys();
    return true;
}

} // namespace sb::app

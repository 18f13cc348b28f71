#include "tickets/ticketenv.h"

#include <QSqlQuery>

namespace sb::app {

bool TicketEnv::init(const Workspace &workspace, QString &error) {
    ws = workspace;
    permissions = ws.user.permissions.keys();
    if (ws.user.permissions.isSuper())
        permissions.insert(QStringLiteral("*"));
    unmasked = ws.user.permissions.has(QStringLiteral("personal_data.view"));
    queryContext.staffId = ws.user.staffId;
    queryContext.readAll = ws.user.permissions.has(QStringLiteral("tickets.read_all"));
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

#include "tickets/ticketenv.h"
#include "security/directory.h"
#include "security/permissions.h"

namespace sb::app {

bool TicketEnv::init(const Workspace &workspace, QString &error) {
    ws = workspace;
    permissions = ws.user.permissions.keys();
    if (ws.user.permissions.isSuper())
        permissions.insert(QStringLiteral("*"));
    unmasked = ws.user.permissions.has(perm::PersonalDataView);
    queryContext.staffId = ws.user.staffId;
    queryContext.readAll = ws.user.permissions.has(perm::TicketsReadAll);
    qint64 teamId = 0;
    if (Directory::teamOf(*ws.db, ws.user.staffId, teamId, error))
        queryContext.teamId = teamId;
    if (!workflow.load(*ws.db, error))
        return false;
    queryContext.finalStates = workflow.finalStateKeys();
    return true;
}

} // namespace sb::app

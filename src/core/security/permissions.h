#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sb {

// The permission keys: the tree seeded by migration 005 (and the QA keys of migration 024),
// and the only place the app names them. (The server's checks name the same keys in SQL.)
namespace perm {
inline const QString Tickets = QStringLiteral("tickets");
inline const QString TicketsRegister = QStringLiteral("tickets.register");
inline const QString TicketsReview = QStringLiteral("tickets.review");
inline const QString TicketsDispatch = QStringLiteral("tickets.dispatch");
inline const QString TicketsAccept = QStringLiteral("tickets.accept");
inline const QString TicketsHandle = QStringLiteral("tickets.handle");
inline const QString TicketsReturn = QStringLiteral("tickets.return");
inline const QString TicketsEscalate = QStringLiteral("tickets.escalate");
inline const QString TicketsUrge = QStringLiteral("tickets.urge");
inline const QString TicketsReply = QStringLiteral("tickets.reply");
inline const QString TicketsRevisit = QStringLiteral("tickets.revisit");
inline const QString TicketsClose = QStringLiteral("tickets.close");
inline const QString TicketsReopen = QStringLiteral("tickets.reopen");
inline const QString TicketsAppeal = QStringLiteral("tickets.appeal");
inline const QString TicketsGreenChannel = QStringLiteral("tickets.green_channel");
inline const QString TicketsBulk = QStringLiteral("tickets.bulk");
inline const QString TicketsReadAll = QStringLiteral("tickets.read_all");
inline const QString TicketsExport = QStringLiteral("tickets.export");
inline const QString Incidents = QStringLiteral("incidents");
inline const QString IncidentsConfirm = QStringLiteral("incidents.confirm");
inline const QString IncidentsGrade = QStringLiteral("incidents.grade");
inline const QString IncidentsOverride = QStringLiteral("incidents.override");
inline const QString IncidentsHandover = QStringLiteral("incidents.handover");
inline const QString IncidentsResolve = QStringLiteral("incidents.resolve");
inline const QString IncidentsPostGrade = QStringLiteral("incidents.post_grade");
inline const QString Broadcast = QStringLiteral("broadcast");
inline const QString BroadcastSend = QStringLiteral("broadcast.send");
inline const QString BroadcastUrgent = QStringLiteral("broadcast.urgent");
inline const QString BroadcastWebhook = QStringLiteral("broadcast.webhook");
inline const QString Kb = QStringLiteral("kb");
inline const QString KbEdit = QStringLiteral("kb.edit");
inline const QString Qa = QStringLiteral("qa");
inline const QString QaSample = QStringLiteral("qa.sample");
inline const QString QaScore = QStringLiteral("qa.score");
inline const QString QaReadAll = QStringLiteral("qa.read_all");
inline const QString QaReview = QStringLiteral("qa.review");
inline const QString QaCalibrate = QStringLiteral("qa.calibrate");
inline const QString QaDecideDispute = QStringLiteral("qa.decide_dispute");
inline const QString QaScorecards = QStringLiteral("qa.scorecards");
inline const QString Reports = QStringLiteral("reports");
inline const QString ReportsRead = QStringLiteral("reports.read");
inline const QString ReportsExport = QStringLiteral("reports.export");
inline const QString ReportsSupervise = QStringLiteral("reports.supervise");
inline const QString ReportsSchedule = QStringLiteral("reports.schedule");
inline const QString PersonalData = QStringLiteral("personal_data");
inline const QString PersonalDataView = QStringLiteral("personal_data.view");
inline const QString PersonalDataUnmask = QStringLiteral("personal_data.unmask");
inline const QString PersonalDataErase = QStringLiteral("personal_data.erase");
inline const QString Admin = QStringLiteral("admin");
inline const QString AdminStaff = QStringLiteral("admin.staff");
inline const QString AdminTeams = QStringLiteral("admin.teams");
inline const QString AdminRoles = QStringLiteral("admin.roles");
inline const QString AdminSettings = QStringLiteral("admin.settings");
inline const QString AdminRules = QStringLiteral("admin.rules");
inline const QString AdminAudit = QStringLiteral("admin.audit");
// Archive and restore tickets past retention (Administration → Archive, signalboard-cli archive).
inline const QString AdminArchive = QStringLiteral("admin.archive");
} // namespace perm

// What one person may do at one moment: the expanded set (a granted parent brings all its
// descendants) or everything for the super role.
class PermissionSet {
public:
    PermissionSet() = default;
    PermissionSet(QSet<QString> keys, bool super)
        : m_keys(std::move(keys))
        , m_super(super) {}

    bool has(const QString &key) const { return m_super || m_keys.contains(key); }
    bool isSuper() const { return m_super; }
    const QSet<QString> &keys() const { return m_keys; }
    QStringList sorted() const;

private:
    QSet<QString> m_keys;
    bool m_super = false;
};

// Computes effective permissions from role_permissions, temp_permissions (counted while
// expires_at > at) and the permission tree. Staff whose status is not 'active' hold nothing.
// Reads the database on every call: permission changes take effect at once.
class PermissionService {
    Q_DECLARE_TR_FUNCTIONS(PermissionService)
public:
    explicit PermissionService(const Database &db);

    bool effective(qint64 staffId, qint64 atMs, PermissionSet &out, QString &error) const;
    // The keys `granted` expands to through parent_key (each key plus all its descendants).
    bool expand(const QSet<QString> &granted, QSet<QString> &out, QString &error) const;
    // True when `key` exists in the permissions table.
    bool exists(const QString &key, bool &found, QString &error) const;

private:
    const Database &m_db;
};

} // namespace sb

#include "admin/adminplace.h"
#include "security/permissions.h"

#include "admin/adminfeature.h"
#include "admin/archivetab.h"
#include "admin/audittab.h"
#include "admin/calendartab.h"
#include "admin/deadlinerulestab.h"
#include "admin/erasuretab.h"
#include "admin/rolestab.h"
#include "admin/searchlogtab.h"
#include "admin/settingstab.h"
#include "admin/stafftab.h"
#include "admin/teamstab.h"
#include "admin/temppermtab.h"
#include "shell/mainwindow.h"

#include <QMessageBox>
#include <QVBoxLayout>

namespace sb::app {

AdminPlace::AdminPlace(const Workspace &ws, PermissionGate &gate, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::make_unique<AdminContext>(
          AdminContext{*ws.db, *ws.clock, gate, ws.canWrite, ws.readOnlyReason, {}}))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    m_ctx->confirm = [](QWidget *over, const QString &question) {
        return QMessageBox::question(over, tr("Please confirm"), question) == QMessageBox::Yes;
    };
    auto *title = new QLabel(tr("Administration"), this);
    title->setObjectName(QStringLiteral("placeHeading"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_notice->setObjectName(QStringLiteral("adminNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_staff = new StaffTab(*m_ctx, m_tabs);
    m_teams = new TeamsTab(*m_ctx, m_tabs);
    m_roles = new RolesTab(*m_ctx, m_tabs);
    m_temp = new TempPermissionsTab(*m_ctx, m_tabs);
    m_audit = new AuditTab(*m_ctx, m_tabs);
    m_searchLog = new SearchLogTab(*m_ctx, m_tabs);
    m_settings = new SettingsTab(*m_ctx, m_tabs);
    m_calendar = new CalendarTab(*m_ctx, m_tabs);
    m_deadlines = new DeadlineRulesTab(*m_ctx, m_tabs);
    m_archive = new ArchiveTab(*m_ctx, m_tabs);
    m_erasure = new ErasureTab(*m_ctx, m_tabs);
    m_tabs->addTab(m_staff, tr("&Staff"));
    m_tabs->addTab(m_teams, tr("&Teams"));
    m_tabs->addTab(m_roles, tr("&Roles and permissions"));
    m_tabs->addTab(m_temp, tr("Temporary &permissions"));
    m_tabs->addTab(m_audit, tr("&Audit log"));
    m_tabs->addTab(m_searchLog, tr("Tic&ket searches"));
    m_tabs->addTab(m_settings, tr("Setti&ngs"));
    m_tabs->addTab(m_calendar, tr("&Calendar"));
    m_tabs->addTab(m_deadlines, tr("&Deadline rules"));
    m_tabs->addTab(m_archive, tr("Arc&hive"));
    m_tabs->addTab(m_erasure, tr("Personal data &erasure"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    connect(&gate, &PermissionGate::changed, this, &AdminPlace::updateAccess);
    updateAccess();
}

AdminPlace::~AdminPlace() = default;

void AdminPlace::updateAccess() {
    PermissionGate &g = m_ctx->gate;
    const bool any = g.hasAnyUnder(perm::Admin);
    if (!any)
        m_notice->setText(tr("You hold no administration permission (admin.*): you can look at "
                             "staff, teams and roles but not change them."));
    else if (!m_ctx->canWrite)
        m_notice->setText(m_ctx->readOnlyReason);
    else
        m_notice->setText(tr("Changes take effect at once on every workstation and are written "
                             "to the audit log."));
    for (QWidget *tab : {static_cast<QWidget *>(m_audit), static_cast<QWidget *>(m_searchLog)}) {
        const int index = m_tabs->indexOf(tab);
        m_tabs->setTabEnabled(index, g.has(perm::AdminAudit));
        m_tabs->setTabToolTip(index, g.has(perm::AdminAudit) ? QString()
                                                             : g.missingText(perm::AdminAudit));
    }
    // The archive's past runs are read by either permission; its actions need admin.archive.
    const bool archive = g.has(perm::AdminArchive) || g.has(perm::AdminAudit);
    const int archiveIndex = m_tabs->indexOf(m_archive);
    m_tabs->setTabEnabled(archiveIndex, archive);
    m_tabs->setTabToolTip(archiveIndex, archive ? QString() : g.missingText(perm::AdminArchive));
    const bool erase = g.has(perm::PersonalDataErase);
    const int erasureIndex = m_tabs->indexOf(m_erasure);
    m_tabs->setTabEnabled(erasureIndex, erase);
    m_tabs->setTabToolTip(erasureIndex, erase ? QString() : g.missingText(perm::PersonalDataErase));
}

void AdminPlace::applyChanges(const QList<sb::Change> &changes) {
    for (AdminTab *t : std::initializer_list<AdminTab *>{m_staff, m_teams, m_roles, m_temp, m_audit,
                                                         m_searchLog, m_settings, m_calendar,
                                                         m_deadlines, m_archive, m_erasure})
        t->applyChanges(changes);
}

QWidget *createAdminPlace(const Workspace &ws, QWidget *parent) {
    PermissionGate *gate = nullptr;
    if (auto *window = qobject_cast<MainWindow *>(parent ? parent->window() : nullptr))
        gate = PermissionGate::ensure(*window);
    QWidget *holder = nullptr;
    if (!gate) { // built outside a main window (tests): a gate of its own
        holder = new QWidget(parent);
        gate = new PermissionGate(*ws.db, *ws.clock, ws.user, holder);
    }
    auto *place = new AdminPlace(ws, *gate, parent);
    if (holder)
        holder->setParent(place);
    return place;
}

} // namespace sb::app

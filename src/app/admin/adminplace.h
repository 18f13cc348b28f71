#pragma once

#include "admin/admincontext.h"
#include "shell/workspace.h"

#include <QLabel>
#include <QTabWidget>
#include <memory>

namespace sb::app {

class StaffTab;
class TeamsTab;
class RolesTab;
class TempPermissionsTab;
class AuditTab;
class SearchLogTab;
class SettingsTab;
class CalendarTab;
class DeadlineRulesTab;
class ArchiveTab;
class ErasureTab;

// Administration: Staff, Teams, Roles (with the permission tree), Temporary permissions,
// Audit log, Settings, Calendar (holidays, make-up days), Deadline rules and Archive (tickets
// past retention to a file and back). Each tab acts through AdminService / SettingsStore (the
// archive through Archiver) as the signed-in person and follows the window's PermissionGate:
// what they may not do is disabled with a tooltip naming the permission.
class AdminPlace : public QWidget, public Place {
    Q_OBJECT
public:
    AdminPlace(const Workspace &ws, PermissionGate &gate, QWidget *parent);
    ~AdminPlace() override;
    void applyChanges(const QList<sb::Change> &changes) override;

    QTabWidget *tabs() const { return m_tabs; }
    StaffTab *staff() const { return m_staff; }
    TeamsTab *teams() const { return m_teams; }
    RolesTab *roles() const { return m_roles; }
    TempPermissionsTab *temporary() const { return m_temp; }
    AuditTab *audit() const { return m_audit; }
    SearchLogTab *searchLog() const { return m_searchLog; }
    SettingsTab *settings() const { return m_settings; }
    CalendarTab *calendar() const { return m_calendar; }
    DeadlineRulesTab *deadlineRules() const { return m_deadlines; }
    ArchiveTab *archive() const { return m_archive; }
    ErasureTab *erasure() const { return m_erasure; }
    AdminContext &context() { return *m_ctx; }

private:
    void updateAccess();

    std::unique_ptr<AdminContext> m_ctx;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    StaffTab *m_staff;
    TeamsTab *m_teams;
    RolesTab *m_roles;
    TempPermissionsTab *m_temp;
    AuditTab *m_audit;
    SearchLogTab *m_searchLog;
    SettingsTab *m_settings;
    CalendarTab *m_calendar;
    DeadlineRulesTab *m_deadlines;
    ArchiveTab *m_archive;
    ErasureTab *m_erasure;
};

} // namespace sb::app

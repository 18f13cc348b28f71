#include "admin/temppermtab.h"
#include "admin/rowsview.h"
#include "security/directory.h"
#include "security/permissions.h"

#include "shell/queryplace.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::app {

TempPermissionsTab::TempPermissionsTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_view(new QTableView(this))
    , m_holder(new QComboBox(this))
    , m_permission(new QComboBox(this))
    , m_expiry(new QDateTimeEdit(this))
    , m_grant(new QPushButton(tr("&Grant"), this))
    , m_revoke(new QPushButton(tr("&Revoke"), this)) {
    const Clock *clock = &ctx.clock;
    using Row = TempPermissionRow;
    // Expired grants stay listed, greyed.
    auto greyIfExpired = [clock](std::function<QString(const Row &)> text) {
        return [clock, text](const Row &row, int role) -> QVariant {
            if (role == Qt::ForegroundRole && row.expiresAt <= clock->nowMs())
                return QBrush(Qt::gray);
            if (role != Qt::DisplayRole)
                return {};
            return text(row);
        };
    };
    const Database *db = &ctx.db;
    m_model =
        new Model([db](QList<Row> &rows,
                       QString &e) { return AdminQueries::temporaryPermissions(*db, rows, e); },
                  {{tr("Employee no."), greyIfExpired([](const Row &r) { return r.employeeNo; })},
                   {tr("Holder"), greyIfExpired([](const Row &r) { return r.holderName; })},
                   {tr("Permission"), greyIfExpired([](const Row &r) { return r.permissionKey; })},
                   {tr("Expires"), greyIfExpired([clock](const Row &r) {
                        return r.expiresAt <= clock->nowMs()
                                   ? tr("%1 (expired)").arg(formatTime(r.expiresAt))
                                   : formatTime(r.expiresAt);
                    })},
                   {tr("Granted by"), greyIfExpired([](const Row &r) { return r.grantedByName; })}},
                  {ChangeEntity::TempPermission, ChangeEntity::Staff}, this);
    m_view->setObjectName(QStringLiteral("tempPermissionsView"));
    m_view->setModel(m_model);
    setUpRowsView(m_view);
    m_holder->setObjectName(QStringLiteral("tempHolder"));
    m_permission->setObjectName(QStringLiteral("tempPermission"));
    m_expiry->setObjectName(QStringLiteral("tempExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setDateTime(ctx.clock.now().toLocalTime().addDays(1));
    m_grant->setObjectName(QStringLiteral("tempGrant"));
    m_revoke->setObjectName(QStringLiteral("tempRevoke"));
    m_status->setObjectName(QStringLiteral("tempStatus"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Holder"), this));
    row->addWidget(m_holder, 2);
    row->addWidget(new QLabel(tr("Permission"), this));
    row->addWidget(m_permission, 2);
    row->addWidget(new QLabel(tr("Until"), this));
    row->addWidget(m_expiry, 1);
    row->addWidget(m_grant);
    row->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_grant, &QPushButton::clicked, this, &TempPermissionsTab::grant);
    connect(m_revoke, &QPushButton::clicked, this, &TempPermissionsTab::revokeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TempPermissionsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TempPermissionsTab::updateButtons);
    connect(&ctx.gate, &PermissionGate::changed, this, &TempPermissionsTab::updateButtons);
    reloadChoices();
    updateButtons();
    if (!m_model->lastError().isEmpty())
        m_status->error(
            tr("Temporary permissions could not be read: %1").arg(m_model->lastError()));
}

void TempPermissionsTab::reloadChoices() {
    QString e;
    const QVariant holder = m_holder->currentData();
    m_holder->clear();
    QList<StaffEntry> people;
    if (Directory::staff(m_ctx.db, Directory::StaffScope::ActiveOnly, AdminQueries::kStaffLimit,
                         people, e)) {
        // By employee number, as the staff list.
        std::stable_sort(
            people.begin(), people.end(),
            [](const StaffEntry &a, const StaffEntry &b) { return a.employeeNo < b.employeeNo; });
        for (const StaffEntry &p : std::as_const(people))
            m_holder->addItem(tr("%1 %2").arg(p.employeeNo, p.name), p.id);
    }
    m_holder->setCurrentIndex(std::max(0, m_holder->findData(holder)));
    const QVariant perm = m_permission->currentData();
    m_permission->clear();
    QList<PermissionEntry> catalogue;
    if (AdminQueries::permissions(m_ctx.db, catalogue, e)) {
        for (const PermissionEntry &p : std::as_const(catalogue))
            m_permission->addItem(tr("%1 — %2").arg(p.key, p.description), p.key);
    }
    m_permission->setCurrentIndex(std::max(0, m_permission->findData(perm)));
}

void TempPermissionsTab::applyChanges(const QList<sb::Change> &changes) {
    m_model->applyChanges(changes);
    if (touches(changes, {ChangeEntity::Staff, ChangeEntity::TempPermission}))
        reloadChoices();
}

void TempPermissionsTab::updateButtons() {
    const bool sel = !m_view->selectionModel()->selectedRows().isEmpty();
    permit(m_grant, perm::AdminRoles);
    permit(m_revoke, perm::AdminRoles, sel, sel ? QString() : tr("Choose a grant first."));
}

void TempPermissionsTab::grant() {
    const qint64 staffId = m_holder->currentData().toLongLong();
    const QString key = m_permission->currentData().toString();
    const qint64 until = m_expiry->dateTime().toMSecsSinceEpoch();
    if (staffId <= 0 || key.isEmpty()) {
        m_status->error(tr("Choose a holder and a permission."));
        return;
    }
    AdminService svc = m_ctx.service();
    QString e;
    qint64 id = 0;
    if (!svc.grantTemporary(staffId, key, until, id, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("%1 holds %2 until %3.").arg(m_holder->currentText(), key, formatTime(until)));
}

void TempPermissionsTab::revokeSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_model->row(rows.first().row()).id;
    AdminService svc = m_ctx.service();
    QString e;
    if (!svc.revokeTemporary(id, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("Revoked the temporary permission."));
}

} // namespace sb::app

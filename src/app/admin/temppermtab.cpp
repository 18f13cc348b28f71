#include "admin/temppermtab.h"
#include "security/permissions.h"

#include "shell/queryplace.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
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
    auto greyIfExpired = [clock](int i, std::function<QString(const QVariant &)> fmt) {
        return [clock, i, fmt](const QVariantList &row, int role) -> QVariant {
            if (role == Qt::ForegroundRole && row.value(4).toLongLong() <= clock->nowMs())
                return QBrush(Qt::gray);
            if (role != Qt::DisplayRole)
                return {};
            return fmt ? fmt(row.value(i)) : row.value(i).toString();
        };
    };
    m_model = new LiveQueryModel(
        ctx.db,
        QStringLiteral("SELECT tp.id, s.employee_no, s.name, tp.permission_key, tp.expires_at, "
                       "COALESCE(g.name, '') FROM temp_permissions tp JOIN staff s ON s.id = "
                       "tp.staff_id LEFT JOIN staff g ON g.id = tp.granted_by "
                       "ORDER BY tp.expires_at DESC LIMIT 2000"),
        {},
        {{tr("Employee no."), greyIfExpired(1, {})},
         {tr("Holder"), greyIfExpired(2, {})},
         {tr("Permission"), greyIfExpired(3, {})},
         {tr("Expires"), greyIfExpired(4,
                                       [clock](const QVariant &v) {
                                           return v.toLongLong() <= clock->nowMs()
                                                      ? tr("%1 (expired)").arg(formatTime(v))
                                                      : formatTime(v);
                                       })},
         {tr("Granted by"), greyIfExpired(5, {})}},
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
    QSqlQuery q;
    QString e;
    const QVariant holder = m_holder->currentData();
    m_holder->clear();
    if (m_ctx.db.exec(q,
                      QStringLiteral("SELECT id, employee_no, name FROM staff WHERE status = "
                                     "'active' ORDER BY employee_no LIMIT 5000"),
                      {}, e)) {
        while (q.next())
            m_holder->addItem(tr("%1 %2").arg(q.value(1).toString(), q.value(2).toString()),
                              q.value(0).toLongLong());
    }
    m_holder->setCurrentIndex(std::max(0, m_holder->findData(holder)));
    const QVariant perm = m_permission->currentData();
    m_permission->clear();
    if (m_ctx.db.exec(q,
                      QStringLiteral("SELECT key, description FROM permissions ORDER BY key "
                                     "LIMIT 10000"),
                      {}, e)) {
        while (q.next())
            m_permission->addItem(tr("%1 — %2").arg(q.value(0).toString(), q.value(1).toString()),
                                  q.value(0).toString());
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
    m_status->ok(
        tr("%1 holds %2 until %3.").arg(m_holder->currentText(), key, formatTime(QVariant(until))));
}

void TempPermissionsTab::revokeSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_model->rowValues(rows.first().row()).value(0).toLongLong();
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

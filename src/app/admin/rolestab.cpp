#include "admin/rolestab.h"
#include "admin/rowsview.h"
#include "security/permissions.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

RolesTab::RolesTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_view(new QTableView(this))
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_super(new QCheckBox(tr("Super role (holds every permission)"), this))
    , m_create(new QPushButton(tr("&Create role"), this))
    , m_save(new QPushButton(tr("&Save role"), this))
    , m_delete(new QPushButton(tr("&Delete role"), this))
    , m_tree(new QTreeWidget(this)) {
    const Database *db = &ctx.db;
    m_model = new Model(
        [db](QList<RoleRow> &rows, QString &e) { return AdminQueries::roles(*db, rows, e); },
        {displayColumn<RoleRow>(tr("Key"), [](const RoleRow &r) { return r.key; }),
         displayColumn<RoleRow>(tr("Name"), [](const RoleRow &r) { return r.name; }),
         displayColumn<RoleRow>(tr("Super"),
                                [](const RoleRow &r) { return r.isSuper ? tr("yes") : QString(); }),
         displayColumn<RoleRow>(tr("Database group"), [](const RoleRow &r) { return r.dbGroup; }),
         displayColumn<RoleRow>(tr("Members"), [](const RoleRow &r) { return r.members; })},
        {ChangeEntity::Role, ChangeEntity::Staff}, this);
    m_view->setObjectName(QStringLiteral("rolesView"));
    m_view->setModel(m_model);
    setUpRowsView(m_view);

    m_key->setObjectName(QStringLiteral("roleKey"));
    m_key->setMaxLength(100);
    m_key->setPlaceholderText(tr("a–z, 0–9, _ (e.g. night_shift)"));
    m_name->setObjectName(QStringLiteral("roleName"));
    m_name->setMaxLength(200);
    m_group->setObjectName(QStringLiteral("roleGroup"));
    m_group->addItem(tr("(none)"), QString());
    for (const char *g :
         {"sb_agent", "sb_team_lead", "sb_supervisor", "sb_manager", "sb_qa", "sb_admin"})
        m_group->addItem(QString::fromLatin1(g), QString::fromLatin1(g));
    m_super->setObjectName(QStringLiteral("roleSuper"));
    m_create->setObjectName(QStringLiteral("roleCreate"));
    m_save->setObjectName(QStringLiteral("roleSave"));
    m_delete->setObjectName(QStringLiteral("roleDelete"));
    m_status->setObjectName(QStringLiteral("rolesStatus"));

    m_tree->setObjectName(QStringLiteral("permissionTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Permission"), tr("What it allows")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key"), m_key);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Database &group"), m_group);
    form->addRow(QString(), m_super);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(form);
    leftLayout->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_tree);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &RolesTab::createRole);
    connect(m_save, &QPushButton::clicked, this, &RolesTab::saveRole);
    connect(m_delete, &QPushButton::clicked, this, &RolesTab::deleteRole);
    connect(m_tree, &QTreeWidget::itemChanged, this, &RolesTab::onItemChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            const RoleRow &r = m_model->row(rows.first().row());
            m_key->setText(r.key);
            m_name->setText(r.name);
            m_super->setChecked(r.isSuper);
            m_group->setCurrentIndex(std::max(0, m_group->findData(r.dbGroup)));
        }
        loadTree();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        loadTree();
        updateButtons();
    });
    connect(&ctx.gate, &PermissionGate::changed, this, [this] {
        loadTree();
        updateButtons();
    });
    loadTree();
    updateButtons();
}

void RolesTab::applyChanges(const QList<sb::Change> &changes) {
    m_model->applyChanges(changes);
    if (touches(changes, {ChangeEntity::RolePermission, ChangeEntity::Role}))
        loadTree();
}

qint64 RolesTab::selectedId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->row(rows.first().row()).id;
}

bool RolesTab::selectRole(const QString &key) {
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r).key == key) {
            m_view->selectRow(r);
            return true;
        }
    }
    return false;
}

QTreeWidgetItem *RolesTab::permissionItem(const QString &key) const {
    return m_items.value(key);
}

void RolesTab::updateButtons() {
    const bool sel = selectedId() > 0;
    const QString choose = sel ? QString() : tr("Choose a role in the list first.");
    permit(m_create, perm::AdminRoles);
    permit(m_save, perm::AdminRoles, sel, choose);
    permit(m_delete, perm::AdminRoles, sel, choose);
}

RoleInput RolesTab::form() const {
    RoleInput in;
    in.key = m_key->text().trimmed();
    in.name = m_name->text();
    in.dbGroup = m_group->currentData().toString();
    in.isSuper = m_super->isChecked();
    return in;
}

void RolesTab::loadTree() {
    const qint64 roleId = selectedId();
    QSet<QString> granted;
    bool super = false;
    QString e;
    if (roleId > 0) {
        if (!AdminQueries::rolePermissionKeys(m_ctx.db, roleId, granted, e)) {
            m_status->error(tr("The role's permissions could not be read: %1").arg(e));
            return;
        }
        bool isSuper = false;
        if (AdminQueries::roleIsSuper(m_ctx.db, roleId, isSuper, e))
            super = isSuper;
    }
    QList<PermissionEntry> catalogue;
    if (!AdminQueries::permissions(m_ctx.db, catalogue, e)) {
        m_status->error(tr("The permission tree could not be read: %1").arg(e));
        return;
    }
    m_loading = true;
    if (m_items.isEmpty()) {
        m_tree->clear();
        m_items.clear();
        QList<QPair<QString, QString>> parents; // key, parent
        for (const PermissionEntry &p : std::as_const(catalogue)) {
            auto *item = new QTreeWidgetItem({p.key, p.description});
            item->setData(0, KeyRole, p.key);
            m_items.insert(p.key, item);
            parents.append({p.key, p.parentKey});
        }
        for (const auto &[key, parent] : std::as_const(parents)) {
            QTreeWidgetItem *p = m_items.value(parent);
            if (p && parent != key)
                p->addChild(m_items.value(key));
            else
                m_tree->addTopLevelItem(m_items.value(key));
        }
        m_tree->expandAll();
    }
    const bool mayEdit = roleId > 0 && m_ctx.gate.has(perm::AdminRoles) && m_ctx.canWrite;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        QTreeWidgetItem *item = it.value();
        QString through;
        for (QTreeWidgetItem *a = item->parent(); a; a = a->parent()) {
            if (granted.contains(a->data(0, KeyRole).toString()))
                through = a->data(0, KeyRole).toString();
        }
        const bool direct = granted.contains(it.key());
        Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        QString tip;
        if (roleId <= 0) {
            tip = tr("Choose a role to see and change its permissions.");
        } else if (super) {
            tip = tr("The super role holds every permission.");
        } else if (!through.isEmpty()) {
            tip = tr("Granted through %1.").arg(through);
        } else if (!m_ctx.gate.has(perm::AdminRoles)) {
            tip = m_ctx.gate.missingText(perm::AdminRoles);
            f |= Qt::ItemIsEnabled;
        } else {
            f |= Qt::ItemIsEnabled;
            if (!m_ctx.gate.has(it.key()))
                tip = tr("You do not hold %1 yourself, so you cannot grant it.").arg(it.key());
        }
        if (!mayEdit && (f & Qt::ItemIsEnabled))
            f &= ~Qt::ItemIsUserCheckable;
        item->setFlags(f);
        item->setCheckState(0,
                            (super || direct || !through.isEmpty()) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
    }
    m_loading = false;
}

void RolesTab::onItemChanged(QTreeWidgetItem *item, int column) {
    if (m_loading || column != 0)
        return;
    const qint64 roleId = selectedId();
    const QString key = item->data(0, KeyRole).toString();
    if (roleId <= 0 || key.isEmpty())
        return;
    const bool on = item->checkState(0) == Qt::Checked;
    AdminService svc = m_ctx.service();
    QString e;
    const bool ok = on ? svc.grant(roleId, key, e) : svc.revoke(roleId, key, e);
    if (ok)
        m_status->ok(on ? tr("Granted %1.").arg(key) : tr("Revoked %1.").arg(key));
    else
        m_status->error(e);
    loadTree();
}

void RolesTab::createRole() {
    AdminService svc = m_ctx.service();
    QString e;
    qint64 id = 0;
    const RoleInput in = form();
    if (!svc.createRole(in, id, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    selectRole(in.key);
    m_status->ok(tr("Created the role %1.").arg(in.key));
}

void RolesTab::saveRole() {
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    AdminService svc = m_ctx.service();
    QString e;
    const RoleInput in = form();
    if (!svc.updateRole(id, in, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    selectRole(in.key);
    m_status->ok(tr("Saved the role %1.").arg(in.key));
}

void RolesTab::deleteRole() {
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const RoleRow r = m_model->row(m_view->selectionModel()->selectedRows().first().row());
    const QString key = r.key;
    if (m_ctx.confirm &&
        !m_ctx.confirm(this, tr("Delete the role %1? Its %2 members stay, without a role (and "
                                "so without its permissions).")
                                 .arg(key)
                                 .arg(r.members)))
        return;
    AdminService svc = m_ctx.service();
    QString e;
    if (!svc.deleteRole(id, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("Deleted the role %1; its members stay, without a role.").arg(key));
}

} // namespace sb::app

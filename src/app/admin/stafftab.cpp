#include "admin/stafftab.h"
#include "admin/rowsview.h"
#include "security/permissions.h"

#include "admin/staffdialog.h"
#include "domain/labels.h"
#include "shell/queryplace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>

namespace sb::app {

StaffTab::StaffTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_view(new QTableView(this))
    , m_new(new QPushButton(tr("&New staff member…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_disable(new QPushButton(tr("&Disable login"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this)) {
    const Clock *clock = &ctx.clock;
    using Row = StaffRow;
    auto text = [](const QString &title, QString Row::*field) {
        return displayColumn<Row>(title, [field](const Row &r) { return r.*field; });
    };
    QList<Model::Column> cols{
        text(tr("Employee no."), &Row::employeeNo),
        text(tr("Name"), &Row::name),
        displayColumn<Row>(tr("Gender"), [](const Row &r) { return Labels::gender(r.gender); }),
        text(tr("Phone"), &Row::phone),
        displayColumn<Row>(tr("Role"), [](const Row &r) { return Labels::role(r.roleKey); }),
        displayColumn<Row>(tr("Level"), [](const Row &r) { return r.level; }),
        displayColumn<Row>(tr("Status"),
                           [](const Row &r) { return Labels::staffStatus(r.status); }),
        displayColumn<Row>(tr("Status since"),
                           [](const Row &r) { return formatTime(r.statusChangedAt); }),
        text(tr("Team"), &Row::teamName),
        text(tr("Skill groups"), &Row::skillGroups),
        text(tr("Login"), &Row::login),
        displayColumn<Row>(tr("Locked"),
                           [clock](const Row &r) {
                               return r.lockedUntil > clock->nowMs()
                                          ? tr("until %1").arg(formatTime(r.lockedUntil))
                                          : QString();
                           }),
    };
    // Fixed for the tab's life, as the columns the server lets this login read.
    const bool holdsAdminStaff = ctx.gate.has(perm::AdminStaff);
    const Database *db = &ctx.db;
    m_model = new Model(
        [db, holdsAdminStaff](QList<Row> &rows, QString &e) {
            return AdminQueries::staff(*db, holdsAdminStaff, rows, e);
        },
        cols, {ChangeEntity::Staff, ChangeEntity::Role, ChangeEntity::Team}, this);
    m_proxy = new PersonalDataProxy(ctx.gate, this);
    m_proxy->setSourceModel(m_model);
    m_proxy->maskColumn(Phone, PersonalField::Phone, QStringLiteral("staff"),
                        [this](int row) { return m_model->row(row).id; });
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_proxy);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_search->setPlaceholderText(tr("Find by any shown column (name, employee no., login …)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            [this](const QString &t) { m_filter->setFilterFixedString(t.trimmed()); });
    m_view->setObjectName(QStringLiteral("adminView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EmployeeNo, Qt::AscendingOrder);
    setUpRowsView(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    connect(m_model, &QAbstractItemModel::modelReset, m_view,
            [this] { m_view->resizeColumnsToContents(); });
    m_view->resizeColumnsToContents();
    addRevealAction(m_view, m_proxy, [this](const QString &e) { m_status->error(e); });

    m_new->setObjectName(QStringLiteral("staffNew"));
    m_edit->setObjectName(QStringLiteral("staffEdit"));
    m_disable->setObjectName(QStringLiteral("staffDisable"));
    m_unlock->setObjectName(QStringLiteral("staffUnlock"));
    m_status->setObjectName(QStringLiteral("staffStatus"));
    m_unlock->setVisible(!ctx.isPg()); // the server handles sign-in on PostgreSQL

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_disable, m_unlock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (selectedId() > 0)
            openEditor(selectedId());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (selectedId() > 0 && m_ctx.gate.has(perm::AdminStaff) && m_ctx.canWrite)
            openEditor(selectedId());
    });
    connect(m_disable, &QPushButton::clicked, this, &StaffTab::disableSelected);
    connect(m_unlock, &QPushButton::clicked, this, &StaffTab::unlockSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffTab::updateButtons);
    connect(&ctx.gate, &PermissionGate::changed, this, &StaffTab::updateButtons);
    updateButtons();
    if (!m_model->lastError().isEmpty())
        m_status->error(tr("The staff list could not be read: %1").arg(m_model->lastError()));
}

void StaffTab::applyChanges(const QList<sb::Change> &changes) {
    m_model->applyChanges(changes);
}

qint64 StaffTab::selectedId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QModelIndex own = m_proxy->own(rows.first());
    return own.isValid() ? m_model->row(m_proxy->mapToSource(own).row()).id : 0;
}

void StaffTab::updateButtons() {
    const bool sel = selectedId() > 0;
    const QString choose = sel ? QString() : tr("Choose a person in the list first.");
    permit(m_new, perm::AdminStaff);
    permit(m_edit, perm::AdminStaff, sel, choose);
    permit(m_disable, perm::AdminStaff, sel, choose);
    permit(m_unlock, perm::AdminStaff, sel, choose);
}

void StaffTab::openEditor(qint64 staffId) {
    if (m_editor)
        m_editor->close();
    m_editor = new StaffDialog(m_ctx, staffId, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &StaffDialog::submitted, this, &StaffTab::submit);
    m_editor->open();
}

void StaffTab::submit() {
    if (!m_editor)
        return;
    const StaffInput in = m_editor->input();
    const QString password = m_editor->password();
    AdminService svc = m_ctx.service();
    QString e;
    qint64 id = m_editor->staffId();
    const bool creating = id == 0;
    bool ok = false;
    if (creating) {
        ok = svc.createStaff(in, password, id, e);
    } else {
        ok = svc.updateStaff(id, in, e);
        if (ok && !password.isEmpty())
            ok = svc.setPassword(id, password, e);
    }
    if (!ok) {
        m_editor->showError(e);
        m_status->error(e);
        return;
    }
    m_editor->accept();
    m_model->refresh();
    m_status->ok(creating ? tr("Created %1 (%2).").arg(in.name, in.login)
                          : tr("Saved %1 (%2).").arg(in.name, in.login));
}

void StaffTab::disableSelected() {
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    QString e;
    std::optional<StaffRecord> record;
    if (!AdminQueries::staffRecord(m_ctx.db, id, record, e) || !record) {
        m_status->error(e.isEmpty() ? tr("There is no staff member with id %1.").arg(id) : e);
        return;
    }
    StaffInput in = record->input;
    in.status = QStringLiteral("disabled");
    if (m_ctx.confirm &&
        !m_ctx.confirm(
            this,
            tr("Disable the login of %1 (%2)? They can no longer sign in.").arg(in.name, in.login)))
        return;
    AdminService svc = m_ctx.service();
    if (!svc.updateStaff(id, in, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("Disabled the login of %1 (%2).").arg(in.name, in.login));
}

void StaffTab::unlockSelected() {
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    AdminService svc = m_ctx.service();
    QString e;
    if (!svc.unlock(id, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("Unlocked."));
}

} // namespace sb::app

#include "admin/teamstab.h"
#include "admin/rowsview.h"
#include "security/permissions.h"

#include "shell/queryplace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>

namespace sb::app {

TeamsTab::TeamsTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_view(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add team"), this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_delete(new QPushButton(tr("&Delete"), this)) {
    const Database *db = &ctx.db;
    m_model = new Model(
        [db](QList<TeamRow> &rows, QString &e) { return AdminQueries::teams(*db, rows, e); },
        {displayColumn<TeamRow>(tr("Team"), [](const TeamRow &t) { return t.name; }),
         displayColumn<TeamRow>(tr("Members"), [](const TeamRow &t) { return t.members; }),
         displayColumn<TeamRow>(tr("Created"),
                                [](const TeamRow &t) { return formatTime(t.createdAt); })},
        {ChangeEntity::Team, ChangeEntity::Staff}, this);
    m_view->setObjectName(QStringLiteral("teamsView"));
    m_view->setModel(m_model);
    setUpRowsView(m_view);
    m_name->setObjectName(QStringLiteral("teamName"));
    m_name->setPlaceholderText(tr("Team name"));
    m_name->setMaxLength(200);
    m_add->setObjectName(QStringLiteral("teamAdd"));
    m_rename->setObjectName(QStringLiteral("teamRename"));
    m_delete->setObjectName(QStringLiteral("teamDelete"));
    m_status->setObjectName(QStringLiteral("teamsStatus"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_add);
    row->addWidget(m_rename);
    row->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &TeamsTab::addTeam);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_add->isEnabled())
            addTeam();
    });
    connect(m_rename, &QPushButton::clicked, this, &TeamsTab::renameTeam);
    connect(m_delete, &QPushButton::clicked, this, &TeamsTab::deleteTeam);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_name->setText(m_model->row(rows.first().row()).name);
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TeamsTab::updateButtons);
    connect(&ctx.gate, &PermissionGate::changed, this, &TeamsTab::updateButtons);
    updateButtons();
}

void TeamsTab::applyChanges(const QList<sb::Change> &changes) {
    m_model->applyChanges(changes);
}

qint64 TeamsTab::selectedId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->row(rows.first().row()).id;
}

void TeamsTab::updateButtons() {
    const bool sel = selectedId() > 0;
    const QString choose = sel ? QString() : tr("Choose a team in the list first.");
    permit(m_add, perm::AdminTeams);
    permit(m_rename, perm::AdminTeams, sel, choose);
    permit(m_delete, perm::AdminTeams, sel, choose);
}

void TeamsTab::addTeam() {
    AdminService svc = m_ctx.service();
    QString e;
    qint64 id = 0;
    if (!svc.createTeam(m_name->text(), id, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("Added the team %1.").arg(m_name->text().trimmed()));
}

void TeamsTab::renameTeam() {
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    AdminService svc = m_ctx.service();
    QString e;
    if (!svc.renameTeam(id, m_name->text(), e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("Renamed the team to %1.").arg(m_name->text().trimmed()));
}

void TeamsTab::deleteTeam() {
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const TeamRow row = m_model->row(m_view->selectionModel()->selectedRows().first().row());
    if (m_ctx.confirm &&
        !m_ctx.confirm(this, tr("Delete the team %1? Its %2 members stay, without a team.")
                                 .arg(row.name)
                                 .arg(row.members)))
        return;
    AdminService svc = m_ctx.service();
    QString e;
    if (!svc.deleteTeam(id, e)) {
        m_status->error(e);
        return;
    }
    m_model->refresh();
    m_status->ok(tr("Deleted the team %1; its members stay.").arg(row.name));
}

} // namespace sb::app

#include "admin/audittab.h"
#include "security/permissions.h"

#include "shell/queryplace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::app {

AuditTab::AuditTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_range(new LogTimeRange(ctx.clock, this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_apply(new QPushButton(tr("&Search"), this))
    , m_rows(new QStandardItemModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QPlainTextEdit(this)) {
    m_range->from()->setObjectName(QStringLiteral("auditFrom"));
    m_range->to()->setObjectName(QStringLiteral("auditTo"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("any"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("words in the entry or its detail"));
    m_apply->setObjectName(QStringLiteral("auditSearch"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Time"), tr("Actor"), tr("Action"), tr("Entity"), tr("Id"), tr("Detail")});
    m_view->setObjectName(QStringLiteral("auditView"));
    setUpLogView(m_view, m_rows, m_sorted, At);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(120);

    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("From"), this));
    form->addWidget(m_range->from());
    form->addWidget(new QLabel(tr("to"), this));
    form->addWidget(m_range->to());
    form->addWidget(new QLabel(tr("Actor"), this));
    form->addWidget(m_actor, 1);
    form->addWidget(new QLabel(tr("Action"), this));
    form->addWidget(m_action, 1);
    form->addWidget(new QLabel(tr("Entity"), this));
    form->addWidget(m_entity);
    auto *form2 = new QHBoxLayout;
    form2->addWidget(new QLabel(tr("Text"), this));
    form2->addWidget(m_text, 1);
    form2->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(form2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_status);

    connect(m_apply, &QPushButton::clicked, this, &AuditTab::refresh);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditTab::refresh);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditTab::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                const QString raw =
                    m_sorted->index(cur.row(), Detail).data(Qt::UserRole).toString();
                const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8());
                m_detail->setPlainText(doc.isNull() ? raw : QString::fromUtf8(doc.toJson()));
            });
    connect(&ctx.gate, &PermissionGate::changed, this, &AuditTab::updateAccess);
    updateAccess();
}

void AuditTab::updateAccess() {
    permit(m_apply, perm::AdminAudit);
    if (!m_ctx.gate.has(perm::AdminAudit)) {
        m_rows->removeRows(0, m_rows->rowCount());
        m_status->error(m_ctx.gate.missingText(perm::AdminAudit));
        return;
    }
    reloadChoices();
    refresh();
}

void AuditTab::reloadChoices() {
    for (auto [box, column] : {std::pair{m_action, LogQueries::AuditColumn::Action},
                               std::pair{m_entity, LogQueries::AuditColumn::Entity}}) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(tr("(any)"), QString());
        QStringList values;
        QString e;
        if (LogQueries::auditValues(m_ctx.db, column, values, e)) {
            for (const QString &v : std::as_const(values))
                box->addItem(v, v);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
}

AuditTab::Filter AuditTab::filter() const {
    Filter f;
    f.fromMs = m_range->fromMs();
    f.toMs = m_range->toMs();
    f.actor = m_actor->text().trimmed();
    f.action = m_action->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.text = m_text->text().trimmed();
    return f;
}

void AuditTab::setFilter(const Filter &f) {
    m_range->set(f.fromMs, f.toMs);
    m_actor->setText(f.actor);
    reloadChoices();
    if (m_action->findData(f.action) < 0)
        m_action->addItem(f.action, f.action);
    m_action->setCurrentIndex(m_action->findData(f.action));
    if (m_entity->findData(f.entity) < 0)
        m_entity->addItem(f.entity, f.entity);
    m_entity->setCurrentIndex(m_entity->findData(f.entity));
    m_text->setText(f.text);
}

bool AuditTab::refresh() {
    if (!m_ctx.gate.has(perm::AdminAudit)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminAudit));
        return false;
    }
    QString rangeError;
    if (!m_range->prepare(rangeError)) {
        m_status->error(rangeError);
        return false;
    }
    QList<AuditLogEntry> entries;
    bool more = false;
    QString e;
    if (!LogQueries::auditPage(m_ctx.db, filter(), shownLimit(), entries, more, e)) {
        m_status->error(tr("The audit log could not be read: %1").arg(e));
        return false;
    }
    m_rows->removeRows(0, m_rows->rowCount());
    const int n = int(entries.size());
    for (const AuditLogEntry &a : std::as_const(entries)) {
        const QString eid = a.entityId ? QString::number(*a.entityId) : QString();
        m_rows->appendRow({logTimeCell(a.at), logCell(a.actor, a.actor),
                           logCell(a.action, a.action), logCell(a.entity, a.entity),
                           logCell(eid, a.entityId.value_or(0)),
                           logCell(a.detail.left(300), a.detail)});
    }
    m_sorted->sort(m_view->horizontalHeader()->sortIndicatorSection(),
                   m_view->horizontalHeader()->sortIndicatorOrder());
    m_status->ok(more ? tr("The newest %1 matching entries are shown; narrow the filter to see "
                           "older ones.")
                            .arg(shownLimit())
                      : tr("%n matching entries.", nullptr, n));
    return true;
}

void AuditTab::applyChanges(const QList<sb::Change> &changes) {
    // The audit log itself is not in the change feed; administration changes write to it.
    if (isVisible() && m_ctx.gate.has(perm::AdminAudit) &&
        touches(changes, {ChangeEntity::Staff, ChangeEntity::Role, ChangeEntity::RolePermission,
                          ChangeEntity::TempPermission, ChangeEntity::Team, ChangeEntity::Setting}))
        refresh();
}

} // namespace sb::app

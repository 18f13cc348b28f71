#include "admin/personaldataproxy.h"
#include "security/permissions.h"

#include <QAbstractItemView>
#include <QAction>

namespace sb::app {

namespace {
QString revealKey(int column, qint64 id) {
    return QStringLiteral("%1:%2").arg(column).arg(id);
}
} // namespace

PersonalDataProxy::PersonalDataProxy(PermissionGate &gate, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_gate(gate) {
    connect(&gate, &PermissionGate::changed, this, &PersonalDataProxy::remask);
    // Source refreshes (a reset) keep what was revealed only for the same records.
}

void PersonalDataProxy::maskColumn(int column, PersonalField field, const QString &entity,
                                   RecordId recordId) {
    m_columns.insert(column, {field, entity, std::move(recordId)});
}

QModelIndex PersonalDataProxy::own(const QModelIndex &index) const {
    QModelIndex i = index;
    while (i.isValid() && i.model() != this) {
        const auto *p = qobject_cast<const QAbstractProxyModel *>(i.model());
        if (!p)
            return {};
        i = p->mapToSource(i);
    }
    return i;
}

bool PersonalDataProxy::isMasked(const QModelIndex &viewIndex) const {
    const QModelIndex index = own(viewIndex);
    if (!index.isValid() || !m_columns.contains(index.column()) ||
        m_gate.has(perm::PersonalDataView))
        return false;
    const Spec &s = m_columns[index.column()];
    const QModelIndex src = mapToSource(index);
    if (s.recordId && m_revealed.contains(revealKey(index.column(), s.recordId(src.row()))))
        return false;
    const QString raw = src.data(Qt::DisplayRole).toString();
    return !raw.isEmpty() && maskField(s.field, raw) != raw;
}

QVariant PersonalDataProxy::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_columns.contains(index.column()))
        return QIdentityProxyModel::data(index, role);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const QString raw = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
        return isMasked(index) ? maskField(m_columns[index.column()].field, raw) : raw;
    }
    if (role == Qt::ToolTipRole && isMasked(index)) {
        return m_gate.has(perm::PersonalDataUnmask)
                   ? tr("Masked personal data. “Show personal data” reveals it (the audit log "
                        "records who saw it).")
                   : m_gate.missingText(perm::PersonalDataUnmask);
    }
    return QIdentityProxyModel::data(index, role);
}

bool PersonalDataProxy::reveal(const QModelIndex &viewIndex, QString &error) {
    const QModelIndex index = own(viewIndex);
    if (!index.isValid() || !m_columns.contains(index.column())) {
        error = tr("Choose a cell with personal data first.");
        return false;
    }
    if (!isMasked(index))
        return true;
    const Spec &s = m_columns[index.column()];
    const QModelIndex src = mapToSource(index);
    const qint64 id = s.recordId ? s.recordId(src.row()) : 0;
    PersonalDataMasker masker(m_gate.database(), m_gate.clock(), m_gate.session());
    QString value;
    if (!masker.unmask(s.field, src.data(Qt::DisplayRole).toString(), s.entity, id, value, error))
        return false;
    m_revealed.insert(revealKey(index.column(), id));
    Q_EMIT dataChanged(index, index);
    return true;
}

void PersonalDataProxy::forgetRevealed() {
    m_revealed.clear();
    remask();
}

void PersonalDataProxy::remask() {
    if (!m_gate.has(perm::PersonalDataUnmask) && !m_gate.has(perm::PersonalDataView))
        m_revealed.clear();
    const int rows = rowCount();
    if (rows == 0)
        return;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        Q_EMIT dataChanged(index(0, it.key()), index(rows - 1, it.key()));
}

QAction *addRevealAction(QAbstractItemView *view, PersonalDataProxy *proxy,
                         std::function<void(const QString &)> onError) {
    auto *a = new QAction(PersonalDataProxy::tr("Show personal data"), view);
    a->setObjectName(QStringLiteral("revealPersonalData"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(a);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(a, &QAction::triggered, view, [view, proxy, onError] {
        QString e;
        if (!proxy->reveal(view->currentIndex(), e) && onError)
            onError(e);
    });
    proxy->gate().guard(a, perm::PersonalDataUnmask);
    return a;
}

} // namespace sb::app

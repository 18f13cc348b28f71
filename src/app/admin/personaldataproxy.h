#pragma once

#include "admin/permissiongate.h"
#include "security/masking.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QSet>
#include <functional>

class QAbstractItemView;
class QAction;

namespace sb::app {

// Masks personal data (phone, ID, bank card, service numbers) in any item model: put it
// between the source model and the view (or the exporter). Viewers holding
// personal_data.view see values as they are; everyone else sees the masked form, and holders of
// personal_data.unmask may reveal one value at a time — each reveal is written to the audit log
// (PersonalDataMasker). It follows the permission gate: losing a permission masks again.
//
//   auto *proxy = new PersonalDataProxy(*PermissionGate::of(view), this);
//   proxy->setSourceModel(model);
//   proxy->maskColumn(ServiceNumberColumn, PersonalField::ServiceNumber, "ticket",
//                     [model](int row) { return model->ticketId(row); });
//   view->setModel(proxy);
//   addRevealAction(view, proxy); // "Show personal data" in the context menu
class PersonalDataProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    using RecordId = std::function<qint64(int sourceRow)>;

    PersonalDataProxy(PermissionGate &gate, QObject *parent = nullptr);

    // Column `column` of the source holds `field` of records of `entity` (named in the audit).
    void maskColumn(int column, PersonalField field, const QString &entity, RecordId recordId);

    QVariant data(const QModelIndex &index, int role) const override;
    // `index` of this model or of a proxy stacked on it (sorting, filtering), as this model's.
    QModelIndex own(const QModelIndex &index) const;
    // True when `index` (this model's or a proxy's above it) shows a masked value right now.
    bool isMasked(const QModelIndex &index) const;
    // Reveals the value at `index` (audited). False with `error` when not allowed.
    bool reveal(const QModelIndex &index, QString &error);
    void forgetRevealed();
    PermissionGate &gate() const { return m_gate; }

private:
    struct Spec {
        PersonalField field;
        QString entity;
        RecordId recordId;
    };
    void remask();

    PermissionGate &m_gate;
    QHash<int, Spec> m_columns;
    QSet<QString> m_revealed; // "column:recordId"
};

// Adds a "Show personal data" action to `view` (context menu and Ctrl+Shift+U) that reveals the
// current cell through `proxy`; guarded by personal_data.unmask. Refusals are shown in the
// view's tooltip area through `onError`.
QAction *addRevealAction(QAbstractItemView *view, PersonalDataProxy *proxy,
                         std::function<void(const QString &)> onError = {});

} // namespace sb::app

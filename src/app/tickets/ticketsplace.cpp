#include "tickets/ticketsplace.h"

#include "shell/labels.h"
#include "shell/places.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QVBoxLayout>

namespace sb::app {

namespace {
// Shows translated labels for the stored keys.
class LabelProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override {
        const QVariant v = QIdentityProxyModel::data(index, role);
        if (role != Qt::DisplayRole)
            return v;
        switch (index.column()) {
        case RecentTicketsModel::Channel:
            return Labels::channel(v.toString());
        case RecentTicketsModel::Tier:
            return Labels::tier(v.toString());
        case RecentTicketsModel::ProblemType:
            return Labels::problemType(v.toString());
        case RecentTicketsModel::State:
            return Labels::state(v.toString());
        default:
            return v;
        }
    }
};
} // namespace

TicketsPlace::TicketsPlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_model(new RecentTicketsModel(*ws.db, 500, this))
    , m_view(new QTableView(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Tickets"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *hint =
        new QLabel(tr("The newest complaints, as they are registered on any workstation."), this);
    hint->setTextFormat(Qt::PlainText);
    layout->addWidget(hint);
    auto *proxy = new LabelProxy(this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("ticketsView"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Size columns once from a sample of rows: ResizeToContents would measure all 500 rows
    // on every insert (it was 80 % of start-up on a large database).
    m_view->horizontalHeader()->setResizeContentsPrecision(25);
    m_view->resizeColumnsToContents();
    layout->addWidget(m_view, 1);
}

void TicketsPlace::applyChanges(const QList<sb::Change> &changes) {
    m_model->applyChanges(changes);
}

QWidget *createTicketsPlace(const Workspace &ws, QWidget *parent) {
    return new TicketsPlace(ws, parent);
}

} // namespace sb::app

#include "shell/queryplace.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace sb::app {

QueryPlace::QueryPlace(const QString &heading, const QString &explanation, LiveRowsModelBase *model,
                       QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this)) {
    model->setParent(this);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("placeHeading"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *hint = new QLabel(explanation, this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    layout->addWidget(title);
    layout->addWidget(hint);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
}

void QueryPlace::applyChanges(const QList<sb::Change> &changes) {
    m_model->applyChanges(changes);
}

qint64 startOfTodayMs(const Clock &clock) {
    return clock.now().toLocalTime().date().startOfDay().toMSecsSinceEpoch();
}

QString formatTime(const QVariant &ms) {
    if (ms.isNull())
        return {};
    return formatTime(ms.toLongLong());
}

QString formatTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace sb::app

#include "shell/livequerymodel.h"

namespace sb::app {

LiveRowsModelBase::LiveRowsModelBase(QSet<ChangeEntity> watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_watched(std::move(watched)) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveRowsModelBase::refresh);
}

void LiveRowsModelBase::refresh() {
    QString error;
    const bool ok = fetch(error);
    m_error = ok ? QString() : error;
    beginResetModel();
    adoptFetched();
    endResetModel();
}

void LiveRowsModelBase::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (m_watched.contains(c.entity)) {
            if (!m_coalesce.isActive())
                m_coalesce.start();
            return;
        }
    }
}

} // namespace sb::app

#pragma once

#include "admin/admincontext.h"
#include "admin/adminstatusline.h"
#include "sync/change.h"

#include <QWidget>
#include <initializer_list>

namespace sb::app {

// Base of the tabs of the Administration place.
class AdminTab : public QWidget {
    Q_OBJECT
public:
    AdminTab(AdminContext &ctx, QWidget *parent);
    virtual void applyChanges(const QList<sb::Change> &changes) = 0;
    AdminStatusLine *statusLine() const { return m_status; }

protected:
    // Enabled only with `key` (and `extra`), otherwise disabled with the missing permission.
    void permit(QWidget *w, const QString &key, bool extra = true, const QString &why = {});
    static bool touches(const QList<sb::Change> &changes, std::initializer_list<ChangeEntity> e);

    AdminContext &m_ctx;
    AdminStatusLine *m_status;
};

} // namespace sb::app

#include "admin/admintab.h"

#include <algorithm>

namespace sb::app {

AdminTab::AdminTab(AdminContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_status(new AdminStatusLine(this)) {
}

void AdminTab::permit(QWidget *w, const QString &key, bool extra, const QString &why) {
    const bool held = m_ctx.gate.has(key);
    const bool writable = m_ctx.canWrite;
    w->setEnabled(held && writable && extra);
    if (!held)
        w->setToolTip(m_ctx.gate.missingText(key));
    else if (!writable)
        w->setToolTip(m_ctx.readOnlyReason);
    else
        w->setToolTip(why);
    w->setProperty("missingPermission", held ? QString() : key);
}

bool AdminTab::touches(const QList<sb::Change> &changes, std::initializer_list<ChangeEntity> e) {
    for (const Change &c : changes) {
        if (std::find(e.begin(), e.end(), c.entity) != e.end())
            return true;
    }
    return false;
}

} // namespace sb::app

#include "admin/admincontext.h"

#include <QHeaderView>

#include <algorithm>

namespace sb::app {

QString containsPattern(const QString &s) {
    QString out;
    for (const QChar c : s.toLower()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('!'))
            out += QLatin1Char('!');
        out += c;
    }
    return QLatin1Char('%') + out + QLatin1Char('%');
}

void setUpRowsView(QTableView *view, QAbstractItemView::SelectionMode mode) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(mode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

AdminStatusLine::AdminStatusLine(QWidget *parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void AdminStatusLine::ok(const QString &text) {
    m_error = false;
    setStyleSheet(QStringLiteral("color: #2e7d32;"));
    setText(text);
}

void AdminStatusLine::error(const QString &text) {
    m_error = true;
    setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    setText(text);
}

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

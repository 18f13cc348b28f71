#include "admin/adminstatusline.h"

namespace sb::app {

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

} // namespace sb::app

#pragma once

#include <QLabel>

namespace sb::app {

// One line under an administration tab for what just happened: green for done, red for
// refused.
class AdminStatusLine : public QLabel {
    Q_OBJECT
public:
    explicit AdminStatusLine(QWidget *parent = nullptr);
    void ok(const QString &text);
    void error(const QString &text);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace sb::app

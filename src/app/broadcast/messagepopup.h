#pragma once

#include "messaging/message.h"

#include <QLabel>
#include <QPushButton>
#include <QWidget>

namespace sb::app {

// Text for a priority value: Normal / Important / Urgent, or the number.
QString priorityLabel(int priority);
// "Pop-up, ticker …" for a set of display modes.
QString modesLabel(DisplayModes modes);
// "📎 weekly-report.pdf  📎 weekly-report.csv" for the files attached to a message.
QString attachmentLine(const QStringList &fileNames);

// A non-modal window showing one received message. Every text is shown as plain text: what
// the sender typed (HTML, markup) appears literally; attached files are named on their own
// line (the inbox opens them). "Mark as read" records the read receipt;
// "Later" closes the window and leaves the message unread in the inbox.
class MessagePopup : public QWidget {
    Q_OBJECT
public:
    explicit MessagePopup(const StoredMessage &message, QWidget *parent = nullptr);
    qint64 messageId() const { return m_message.id; }
    const StoredMessage &message() const { return m_message; }

Q_SIGNALS:
    void markReadRequested(qint64 messageId);
    void openInboxRequested(qint64 messageId);

private:
    StoredMessage m_message;
};

} // namespace sb::app

#include "broadcast/messagepopup.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace sb::app {

QString priorityLabel(int priority) {
    switch (priority) {
    case MessagePriority::Normal:
        return MessagePopup::tr("Normal");
    case MessagePriority::Important:
        return MessagePopup::tr("Important");
    case MessagePriority::Urgent:
        return MessagePopup::tr("Urgent");
    default:
        return QString::number(priority);
    }
}

QString modesLabel(DisplayModes modes) {
    QStringList parts;
    if (modes.testFlag(DisplayMode::Popup))
        parts.append(MessagePopup::tr("pop-up"));
    if (modes.testFlag(DisplayMode::Ticker))
        parts.append(MessagePopup::tr("ticker"));
    if (modes.testFlag(DisplayMode::Highlight))
        parts.append(MessagePopup::tr("highlight"));
    if (modes.testFlag(DisplayMode::Sound))
        parts.append(MessagePopup::tr("sound"));
    return parts.join(QStringLiteral(", "));
}

QString attachmentLine(const QStringList &fileNames) {
    QStringList parts;
    for (const QString &name : fileNames)
        parts.append(QStringLiteral("📎 ") + name);
    return parts.join(QStringLiteral("  "));
}

namespace {
QLabel *plainLabel(const QString &text, const QString &name, QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setText(text);
    return l;
}
} // namespace

MessagePopup::MessagePopup(const StoredMessage &message, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_message(message) {
    setObjectName(QStringLiteral("messagePopup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowTitle(message.priority >= MessagePriority::Urgent ? tr("Urgent message")
                                                               : tr("Message"));
    auto *layout = new QVBoxLayout(this);
    QLabel *subject = plainLabel(message.subject, QStringLiteral("popupSubject"), this);
    QFont f = subject->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    subject->setFont(f);
    layout->addWidget(subject);
    const QString from = message.senderName.isEmpty() ? tr("System") : message.senderName;
    layout->addWidget(plainLabel(tr("From %1 at %2 — %3")
                                     .arg(from,
                                          QDateTime::fromMSecsSinceEpoch(message.createdAt)
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                          priorityLabel(message.priority)),
                                 QStringLiteral("popupMeta"), this));
    layout->addWidget(plainLabel(message.body, QStringLiteral("popupBody"), this));
    if (!message.attachmentNames.isEmpty())
        layout->addWidget(plainLabel(attachmentLine(message.attachmentNames),
                                     QStringLiteral("popupAttachments"), this));
    if (!message.script.isEmpty()) {
        auto *heading = new QLabel(tr("Answer script"), this);
        heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
        layout->addWidget(heading);
        QLabel *script = plainLabel(message.script, QStringLiteral("popupScript"), this);
        script->setStyleSheet(QStringLiteral("background: #fff8e1; padding: 6px;"));
        layout->addWidget(script);
    }
    if (message.priority >= MessagePriority::Urgent)
        setStyleSheet(QStringLiteral("QWidget#messagePopup { border: 3px solid #c62828; }"));

    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open inbox"), this);
    open->setObjectName(QStringLiteral("popupOpenInbox"));
    auto *later = new QPushButton(tr("Later"), this);
    later->setObjectName(QStringLiteral("popupLater"));
    later->setToolTip(tr("Close; the message stays unread in the inbox."));
    auto *read = new QPushButton(tr("Mark as read"), this);
    read->setObjectName(QStringLiteral("popupMarkRead"));
    read->setDefault(true);
    buttons->addWidget(open);
    buttons->addStretch(1);
    buttons->addWidget(later);
    buttons->addWidget(read);
    layout->addLayout(buttons);
    connect(read, &QPushButton::clicked, this, [this] {
        Q_EMIT markReadRequested(m_message.id);
        close();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        Q_EMIT openInboxRequested(m_message.id);
        close();
    });
    connect(later, &QPushButton::clicked, this, &QWidget::close);
    resize(420, sizeHint().height());
}

} // namespace sb::app

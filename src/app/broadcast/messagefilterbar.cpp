#include "broadcast/messagefilterbar.h"

#include "broadcast/messagepopup.h"
#include "security/directory.h"
#include "security/permissions.h"

#include <QHBoxLayout>
#include <QLabel>

namespace sb::app {

namespace {
enum Range { AnyTime, Today, Last7, Last30, Custom };

void fillStaff(const Database &db, QComboBox *combo, const QString &anyone) {
    combo->addItem(anyone, qint64(0));
    QList<StaffEntry> people;
    QString error;
    if (Directory::staff(db, Directory::StaffScope::Everyone, 5000, people, error)) {
        for (const StaffEntry &person : std::as_const(people))
            combo->addItem(MessageFilterBar::tr("%1 (%2)").arg(person.name, person.employeeNo),
                           person.id);
    }
}
} // namespace

MessageFilterBar::MessageFilterBar(const Workspace &ws, MessageFilter::View view,
                                   qint64 defaultSender, qint64 defaultReceiver,
                                   bool mayChooseOthers, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_view(view)
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_sender(new QComboBox(this))
    , m_receiver(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_read(new QComboBox(this)) {
    const QString prefix =
        view == MessageFilter::View::Inbox ? QStringLiteral("inbox") : QStringLiteral("sent");
    m_range->setObjectName(prefix + QStringLiteral("Range"));
    m_from->setObjectName(prefix + QStringLiteral("From"));
    m_to->setObjectName(prefix + QStringLiteral("To"));
    m_sender->setObjectName(prefix + QStringLiteral("Sender"));
    m_receiver->setObjectName(prefix + QStringLiteral("Receiver"));
    m_priority->setObjectName(prefix + QStringLiteral("Priority"));
    m_read->setObjectName(prefix + QStringLiteral("ReadState"));

    m_range->addItem(tr("Any time"), AnyTime);
    m_range->addItem(tr("Today"), Today);
    m_range->addItem(tr("Last 7 days"), Last7);
    m_range->addItem(tr("Last 30 days"), Last30);
    m_range->addItem(tr("From … to …"), Custom);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(ws.clock->nowMs());
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now.addDays(1));

    fillStaff(*ws.db, m_sender, tr("Any sender"));
    fillStaff(*ws.db, m_receiver, tr("Any receiver"));
    auto select = [](QComboBox *c, qint64 id) {
        const int i = c->findData(id);
        if (i >= 0)
            c->setCurrentIndex(i);
    };
    select(m_sender, defaultSender);
    select(m_receiver, defaultReceiver);
    const QString tip = tr("Needs the permission \"%1\".").arg(perm::BroadcastSend);
    if (!mayChooseOthers) {
        if (view == MessageFilter::View::Inbox) {
            m_receiver->setEnabled(false);
            m_receiver->setToolTip(tip);
        } else {
            m_sender->setEnabled(false);
            m_sender->setToolTip(tip);
        }
    }

    m_priority->addItem(tr("Any priority"), -1);
    for (int p : {MessagePriority::Normal, MessagePriority::Important, MessagePriority::Urgent})
        m_priority->addItem(priorityLabel(p), p);
    if (view == MessageFilter::View::Inbox) {
        m_read->addItem(tr("Read or unread"), int(MessageFilter::ReadState::Any));
        m_read->addItem(tr("Read"), int(MessageFilter::ReadState::Read));
        m_read->addItem(tr("Unread"), int(MessageFilter::ReadState::Unread));
    } else {
        m_read->addItem(tr("Any read state"), int(MessageFilter::ReadState::Any));
        m_read->addItem(tr("Read by everyone"), int(MessageFilter::ReadState::Read));
        m_read->addItem(tr("Not yet read by all"), int(MessageFilter::ReadState::Unread));
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_sender, 1);
    layout->addWidget(m_receiver, 1);
    layout->addWidget(m_priority);
    layout->addWidget(m_read);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        Q_EMIT changed();
    });
    for (QComboBox *c : {m_sender, m_receiver, m_priority, m_read})
        connect(c, &QComboBox::currentIndexChanged, this, &MessageFilterBar::changed);
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &MessageFilterBar::changed);
}

MessageFilter MessageFilterBar::filter() const {
    MessageFilter f;
    f.view = m_view;
    const qint64 now = m_ws.clock->nowMs();
    const QDateTime nowDt = QDateTime::fromMSecsSinceEpoch(now);
    switch (m_range->currentData().toInt()) {
    case Today:
        f.from = QDateTime(nowDt.date(), QTime(0, 0)).toMSecsSinceEpoch();
        break;
    case Last7:
        f.from = now - 7LL * 86400000;
        break;
    case Last30:
        f.from = now - 30LL * 86400000;
        break;
    case Custom:
        f.from = m_from->dateTime().toMSecsSinceEpoch();
        f.to = m_to->dateTime().toMSecsSinceEpoch();
        break;
    default:
        break;
    }
    f.senderId = m_sender->currentData().toLongLong();
    f.receiverId = m_receiver->currentData().toLongLong();
    const int p = m_priority->currentData().toInt();
    if (p >= 0) {
        f.minPriority = p;
        f.maxPriority = p;
    }
    f.readState = MessageFilter::ReadState(m_read->currentData().toInt());
    return f;
}

} // namespace sb::app

#pragma once

#include "messaging/messagequery.h"
#include "shell/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QWidget>

namespace sb::app {

// Filters of the inbox and sent lists: time range, sender, receiver, priority, read state.
// `lockedSender` / `lockedReceiver` (> 0) fix that side to one person (the signed-in user when
// they may not query other people's messages).
class MessageFilterBar : public QWidget {
    Q_OBJECT
public:
    MessageFilterBar(const Workspace &ws, MessageFilter::View view, qint64 defaultSender,
                     qint64 defaultReceiver, bool mayChooseOthers, QWidget *parent = nullptr);

    MessageFilter filter() const;
    QComboBox *rangeCombo() const { return m_range; }
    QComboBox *senderCombo() const { return m_sender; }
    QComboBox *receiverCombo() const { return m_receiver; }
    QComboBox *priorityCombo() const { return m_priority; }
    QComboBox *readCombo() const { return m_read; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    Workspace m_ws;
    MessageFilter::View m_view;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_sender;
    QComboBox *m_receiver;
    QComboBox *m_priority;
    QComboBox *m_read;
};

} // namespace sb::app

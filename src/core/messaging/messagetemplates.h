#pragma once

#include "messaging/message.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>

namespace sb {

// A frequent notice kept for reuse (shift change, system maintenance, policy reminder …).
struct MessageTemplate {
    qint64 id = 0;
    QString name;
    QString subject;
    QString body;
    DisplayModes modes = DisplayMode::Popup;
    int priority = MessagePriority::Normal;
    qint64 updatedAt = 0;

    // A message to `audience` from `senderId`, filled from this template.
    OutgoingMessage compose(const Audience &audience, qint64 senderId) const;
};

class MessageTemplateStore {
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateStore)
public:
    MessageTemplateStore(Database &db, const Clock &clock);

    // Inserts (id 0; sets t.id) or updates; audited under `actorId`. Names are unique.
    bool save(MessageTemplate &t, qint64 actorId, QString &error);
    bool remove(qint64 id, qint64 actorId, QString &error);
    bool get(qint64 id, MessageTemplate &out, QString &error) const;
    // By name.
    bool list(QList<MessageTemplate> &out, QString &error) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

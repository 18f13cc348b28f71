#include "messaging/messagetemplates.h"

#include "messaging/messagerows.h"
#include "messaging/messagestore.h"
#include "messaging/messagingaudit.h"

#include <QSqlQuery>

namespace sb {

namespace {
const QString kColumns = QStringLiteral("id, name, subject, body, modes, priority, updated_at");

MessageTemplate readTemplate(const QSqlQuery &q) {
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.subject = q.value(2).toString();
    t.body = q.value(3).toString();
    t.modes = DisplayModes::fromInt(q.value(4).toInt());
    t.priority = q.value(5).toInt();
    t.updatedAt = q.value(6).toLongLong();
    return t;
}
} // namespace

OutgoingMessage MessageTemplate::compose(const Audience &audience, qint64 senderId) const {
    OutgoingMessage m;
    m.senderId = senderId;
    m.subject = subject;
    m.body = body;
    m.modes = modes;
    m.priority = priority;
    m.audience = audience;
    return m;
}

MessageTemplateStore::MessageTemplateStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool MessageTemplateStore::save(MessageTemplate &t, qint64 actorId, QString &error) {
    const qint64 now = m_clock.nowMs();
    if (t.name.trimmed().isEmpty()) {
        error = tr("Template field \"name\" is empty.");
        return false;
    }
    // The same rules as a message, without audience and expiry.
    OutgoingMessage probe = t.compose(Audience::everyone(), 0);
    if (!MessageStore::validate(probe, now, error)) {
        error = tr("Template \"%1\": %2").arg(t.name, error);
        return false;
    }
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(
                    q,
                    QStringLiteral("SELECT id FROM message_templates WHERE name = ? AND id <> ?"),
                    {t.name, t.id}, err))
                return false;
            if (q.next()) {
                err = tr("A template named \"%1\" already exists.").arg(t.name);
                return false;
            }
            const bool isNew = t.id == 0;
            if (isNew) {
                if (!m_db.exec(q,
                               QStringLiteral("INSERT INTO message_templates(name, subject, body, "
                                              "modes, priority, created_at, updated_at) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {t.name, textValue(t.subject), t.body, t.modes.toInt(), t.priority,
                                now, now},
                               err) ||
                    !q.next())
                    return false;
                t.id = q.value(0).toLongLong();
            } else {
                if (!m_db.exec(q,
                               QStringLiteral("UPDATE message_templates SET name = ?, subject = ?, "
                                              "body = ?, modes = ?, priority = ?, updated_at = ? "
                                              "WHERE id = ?"),
                               {t.name, textValue(t.subject), t.body, t.modes.toInt(), t.priority,
                                now, t.id},
                               err))
                    return false;
                if (q.numRowsAffected() != 1) {
                    err = tr("There is no template with the id %1.").arg(t.id);
                    return false;
                }
            }
            t.updatedAt = now;
            return messaging::appendAudit(m_db, now, messaging::actorFor(m_db, actorId),
                                          isNew ? QStringLiteral("message_template.add")
                                                : QStringLiteral("message_template.change"),
                                          QStringLiteral("message_template"), t.id,
                                          {{QStringLiteral("name"), t.name}}, err);
        },
        error);
}

bool MessageTemplateStore::remove(qint64 id, qint64 actorId, QString &error) {
    const qint64 now = m_clock.nowMs();
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!m_db.exec(q, QStringLiteral("DELETE FROM message_templates WHERE id = ?"), {id},
                           err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("There is no template with the id %1.").arg(id);
                return false;
            }
            return messaging::appendAudit(m_db, now, messaging::actorFor(m_db, actorId),
                                          QStringLiteral("message_template.remove"),
                                          QStringLiteral("message_template"), id, {}, err);
        },
        error);
}

bool MessageTemplateStore::get(qint64 id, MessageTemplate &out, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM message_templates WHERE id = ?"),
                   {id}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no template with the id %1.").arg(id);
        return false;
    }
    out = readTemplate(q);
    return true;
}

bool MessageTemplateStore::list(QList<MessageTemplate> &out, QString &error) const {
    out.clear();
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM message_templates ORDER BY name, id"),
                   {}, error))
        return false;
    while (q.next())
        out.append(readTemplate(q));
    return true;
}

} // namespace sb

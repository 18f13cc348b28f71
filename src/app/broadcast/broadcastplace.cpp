#include "shell/labels.h"
#include "shell/places.h"
#include "shell/queryplace.h"

namespace sb::app {

// Broadcasts: the signed-in person's messages, newest first, with their read state.
QWidget *createBroadcastPlace(const Workspace &ws, QWidget *parent) {
    const qint64 me = ws.user.staffId;
    QList<LiveQueryModel::Column> cols{
        plainColumn(Labels::tr("Sent"), 0, formatTime),
        plainColumn(Labels::tr("From"), 1),
        plainColumn(Labels::tr("Subject"), 2),
        plainColumn(Labels::tr("Message"), 3),
        plainColumn(
            Labels::tr("Read"), 4,
            [](const QVariant &v) { return v.isNull() ? Labels::tr("unread") : formatTime(v); }),
    };
    auto *model = new LiveQueryModel(
        *ws.db,
        QStringLiteral("SELECT m.created_at, COALESCE(s.name, ''), m.subject, m.body, r.read_at "
                       "FROM message_recipients r JOIN messages m ON m.id = r.message_id "
                       "LEFT JOIN staff s ON s.id = m.sender_id WHERE r.staff_id = ? "
                       "ORDER BY m.created_at DESC LIMIT 200"),
        [me] { return QVariantList{me}; }, cols,
        {QStringLiteral("message"), QStringLiteral("receipt")});
    auto *place =
        new QueryPlace(Labels::tr("Broadcasts"),
                       Labels::tr("Notices and alerts sent to you, newest first."), model, parent);
    place->view()->setObjectName(QStringLiteral("broadcastView"));
    return place;
}

} // namespace sb::app

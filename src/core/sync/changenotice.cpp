#include "sync/changenotice.h"

#include <QList>

namespace sb {

namespace {
std::optional<qint64> number(QStringView field) {
    bool ok = false;
    const qint64 v = field.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<ChangeOp> opOfKey(QStringView key) {
    const ChangeOp op = changeOpFromKey(key); // reads any unknown key as Update
    return changeOpKey(op) == key ? std::optional<ChangeOp>(op) : std::nullopt;
}
} // namespace

ChangeNotice parseChangeNotice(QStringView payload) {
    ChangeNotice notice;
    const QList<QStringView> fields = payload.split(QLatin1Char(' '));
    const std::optional<qint64> seq = number(fields.value(0));
    if (!seq || *seq <= 0)
        return notice;
    notice.seq = *seq;
    if (fields.size() != 5)
        return notice;
    const ChangeEntity entity = changeEntityFromKey(fields.at(1));
    const std::optional<qint64> id = number(fields.at(2));
    const std::optional<ChangeOp> op = opOfKey(fields.at(3));
    const std::optional<qint64> at = number(fields.at(4));
    if (entity == ChangeEntity::Unknown || !id || !op || !at)
        return notice;
    notice.change = Change{*seq, entity, *id, *op, *at};
    return notice;
}

QString changeNoticePayload(const Change &c) {
    return QStringList{QString::number(c.seq), changeEntityKey(c.entity),
                       QString::number(c.entityId), changeOpKey(c.op), QString::number(c.at)}
        .join(QLatin1Char(' '));
}

} // namespace sb

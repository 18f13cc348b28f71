#include "tickets/eventfields.h"

#include "domain/labels.h"
#include "tickets/ticketstore.h"
#include "tickets/tickettimes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::app {

namespace {
// The JSON object of `json`; false when it is not one.
bool parseObject(const QString &json, QJsonObject &out) {
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    out = doc.object();
    return true;
}
} // namespace

EventFields::EventFields(Database &db, QTimeZone zone)
    : m_db(db)
    , m_zone(std::move(zone)) {
}

QString EventFields::nameOf(TicketDetailQueries::Reference kind, qint64 id) {
    const auto key = std::pair{int(kind), id};
    const auto cached = m_names.constFind(key);
    if (cached != m_names.cend())
        return cached.value();
    QString name, error;
    if (!TicketDetailQueries(m_db).referenceName(kind, id, name, error) || name.isEmpty())
        name = QStringLiteral("#%1").arg(id);
    m_names.insert(key, name);
    return name;
}

QString EventFields::serialOf(qint64 ticketId) {
    const auto cached = m_serials.constFind(ticketId);
    if (cached != m_serials.cend())
        return cached.value();
    std::optional<qint64> receivedAt;
    QString error;
    const QString serial =
        TicketDetailQueries(m_db).receivedAt(ticketId, receivedAt, error) && receivedAt
            ? TicketStore::serialNumber(ticketId, *receivedAt)
            : QStringLiteral("#%1").arg(ticketId);
    m_serials.insert(ticketId, serial);
    return serial;
}

QString EventFields::value(const QString &key, const QJsonValue &v) {
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isNull() || v.isUndefined())
        return tr("(none)");
    const qint64 id = v.toVariant().toLongLong();
    using Reference = TicketDetailQueries::Reference;
    if (key == QLatin1StringView("handler_id"))
        return nameOf(Reference::Staff, id);
    if (key == QLatin1StringView("team_id"))
        return nameOf(Reference::Team, id);
    if (key == QLatin1StringView("article_id"))
        return nameOf(Reference::Article, id);
    if (key == QLatin1StringView("appeal_of") || key == QLatin1StringView("appeal_ticket"))
        return serialOf(id);
    if (key.endsWith(QLatin1StringView("_at")) && v.isDouble())
        return TicketTimes::format(qint64(v.toDouble()), m_zone);
    if (key == QLatin1StringView("milestone"))
        return Labels::milestone(v.toString());
    if (v.isString())
        return Labels::choice(key, v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    // A nested array or object, as written.
    const QJsonDocument nested =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(nested.toJson(QJsonDocument::Compact));
}

QString EventFields::describe(const QJsonObject &o) {
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts.append(tr("%1: %2").arg(Labels::field(it.key()), value(it.key(), it.value())));
    return parts.join(QStringLiteral("; "));
}

QString EventFields::describe(const QString &json) {
    if (json.isEmpty())
        return {};
    QJsonObject o;
    return parseObject(json, o) ? describe(o) : json;
}

QString EventFields::line(const QString &note, const QString &json) {
    QJsonObject o;
    if (json.isEmpty() || !parseObject(json, o)) {
        if (note.isEmpty() || json.isEmpty())
            return note + json;
        return tr("%1 — %2").arg(note, json);
    }
    if (o.value(QStringLiteral("automatic")).toBool() &&
        o.value(QStringLiteral("due_at")).isDouble() &&
        o.value(QStringLiteral("milestone")).isString()) {
        const QString milestone =
            Labels::milestone(o.value(QStringLiteral("milestone")).toString());
        const QString due =
            TicketTimes::format(qint64(o.value(QStringLiteral("due_at")).toDouble()), m_zone);
        return o.value(QStringLiteral("kind")).toString() == QLatin1StringView("warning")
                   ? tr("Deadline %1 is near: due at %2.").arg(milestone, due)
                   : tr("Deadline %1 has passed: it was due at %2.").arg(milestone, due);
    }
    const QString fields = describe(o);
    if (note.isEmpty() || fields.isEmpty())
        return note + fields;
    return tr("%1 — %2").arg(note, fields);
}

} // namespace sb::app

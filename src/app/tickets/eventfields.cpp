#include "tickets/eventfields.h"

#include "shell/labels.h"
#include "storage/ticketstore.h"
#include "tickets/tickettimes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb::app {

namespace {

// The name in `table` of row `id`, or "#id" when it is gone.
QString nameOf(Database &db, const QString &sql, qint64 id) {
    QSqlQuery q;
    QString error;
    if (db.exec(q, sql, {id}, error) && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return QStringLiteral("#%1").arg(id);
}

} // namespace

QString EventFields::describe(Database &db, const QString &json, const QTimeZone &zone) {
    if (json.isEmpty() || json == QLatin1StringView("{}"))
        return {};
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return json;
    const QJsonObject o = doc.object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        QString text;
        if (v.isBool()) {
            text = v.toBool() ? tr("yes") : tr("no");
        } else if (v.isNull() || v.isUndefined()) {
            text = tr("(none)");
        } else if (key == QLatin1StringView("handler_id")) {
            text = nameOf(db, QStringLiteral("SELECT name FROM staff WHERE id = ?"),
                          v.toVariant().toLongLong());
        } else if (key == QLatin1StringView("team_id")) {
            text = nameOf(db, QStringLiteral("SELECT name FROM teams WHERE id = ?"),
                          v.toVariant().toLongLong());
        } else if (key == QLatin1StringView("article_id")) {
            text = nameOf(db, QStringLiteral("SELECT title FROM kb_articles WHERE id = ?"),
                          v.toVariant().toLongLong());
        } else if (key == QLatin1StringView("appeal_of") ||
                   key == QLatin1StringView("appeal_ticket")) {
            const qint64 id = v.toVariant().toLongLong();
            QSqlQuery q;
            QString error;
            text = db.exec(q, QStringLiteral("SELECT received_at FROM tickets WHERE id = ?"), {id},
                           error) &&
                           q.next()
                       ? TicketStore::serialNumber(id, q.value(0).toLongLong())
                       : QStringLiteral("#%1").arg(id);
        } else if (key.endsWith(QLatin1StringView("_at")) && v.isDouble()) {
            text = TicketTimes::format(qint64(v.toDouble()), zone);
        } else if (key == QLatin1StringView("milestone")) {
            text = Labels::milestone(v.toString());
        } else if (v.isString()) {
            text = Labels::choice(key, v.toString());
        } else if (v.isDouble()) {
            text = QString::number(v.toDouble(), 'g', 15);
        } else { // a nested array or object, as written
            const QJsonDocument nested =
                v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
            text = QString::fromUtf8(nested.toJson(QJsonDocument::Compact));
        }
        parts.append(tr("%1: %2").arg(Labels::field(key), text));
    }
    return parts.join(QStringLiteral("; "));
}

QString EventFields::line(Database &db, const QString &note, const QString &json,
                          const QTimeZone &zone) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.value(QStringLiteral("automatic")).toBool() &&
        o.value(QStringLiteral("due_at")).isDouble() &&
        o.value(QStringLiteral("milestone")).isString()) {
        const QString milestone =
            Labels::milestone(o.value(QStringLiteral("milestone")).toString());
        const QString due =
            TicketTimes::format(qint64(o.value(QStringLiteral("due_at")).toDouble()), zone);
        return o.value(QStringLiteral("kind")).toString() == QLatin1StringView("warning")
                   ? tr("Deadline %1 is near: due at %2.").arg(milestone, due)
                   : tr("Deadline %1 has passed: it was due at %2.").arg(milestone, due);
    }
    const QString fields = describe(db, json, zone);
    if (note.isEmpty() || fields.isEmpty())
        return note + fields;
    return tr("%1 — %2").arg(note, fields);
}

} // namespace sb::app

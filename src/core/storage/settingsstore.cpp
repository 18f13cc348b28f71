#include "storage/settingsstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

SettingsStore::SettingsStore(const Database &db)
    : m_db(db) {
}

bool SettingsStore::value(const QString &key, const QString &fallback, QString &out,
                          QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT value FROM settings WHERE key = ? ORDER BY version DESC "
                                  "LIMIT 1"),
                   {key}, error))
        return false;
    out = q.next() ? q.value(0).toString() : fallback;
    return true;
}

bool SettingsStore::integer(const QString &key, qint64 fallback, qint64 min, qint64 max,
                            qint64 &out, QString &error) const {
    QString text;
    if (!value(key, QString::number(fallback), text, error))
        return false;
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max) {
        error = tr("Setting %1 has the value \"%2\"; it must be a whole number from %3 to %4.")
                    .arg(key, text.left(40))
                    .arg(min)
                    .arg(max);
        out = fallback;
        return false;
    }
    out = v;
    return true;
}

namespace {
bool validKey(const QString &key) {
    return !key.trimmed().isEmpty() && key.size() <= 200;
}
} // namespace

bool SettingsStore::set(const QString &key, const QString &value, const QString &actor,
                        qint64 nowMs, QString &error) {
    return setAll({{key, value}}, actor, nowMs, error);
}

bool SettingsStore::setAll(const QList<std::pair<QString, QString>> &values, const QString &actor,
                           qint64 nowMs, QString &error) {
    for (const auto &[key, value] : values) {
        if (!validKey(key)) {
            error = tr("A setting needs a name of 1 to 200 characters.");
            return false;
        }
    }
    return m_db.transaction(
        [&](QString &err) {
            for (const auto &[key, value] : values) {
                if (!writeVersion(key, value, actor, nowMs, err))
                    return false;
            }
            return true;
        },
        error);
}

bool SettingsStore::writeVersion(const QString &key, const QString &value, const QString &actor,
                                 qint64 nowMs, QString &err) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COALESCE(MAX(version), 0), "
                                  "(SELECT value FROM settings s2 WHERE s2.key = ? "
                                  "ORDER BY version DESC LIMIT 1) FROM settings WHERE key = ?"),
                   {key, key}, err))
        return false;
    const int version = q.next() ? q.value(0).toInt() + 1 : 1;
    const QString before = q.value(1).toString();
    q.finish();
    if (!m_db.exec(QStringLiteral("INSERT INTO settings(key, version, value, changed_by, "
                                  "changed_at) VALUES (?, ?, ?, ?, ?)"),
                   {key, version, textValue(value), textValue(actor), nowMs}, err))
        return false;
    const QJsonObject detail{{QStringLiteral("key"), key},
                             {QStringLiteral("version"), version},
                             {QStringLiteral("before"), before},
                             {QStringLiteral("after"), value}};
    return m_db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, detail) "
                                    "VALUES (?, ?, 'setting.change', 'setting', ?)"),
                     {nowMs, textValue(actor),
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                     err);
}

bool SettingsStore::history(const QString &key, QList<SettingVersion> &out, QString &error) const {
    out.clear();
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT key, version, value, changed_by, changed_at FROM "
                                  "settings WHERE key = ? ORDER BY version DESC"),
                   {key}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    return true;
}

bool SettingsStore::current(QList<SettingVersion> &out, QString &error) const {
    out.clear();
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.key, s.version, s.value, s.changed_by, s.changed_at "
                                  "FROM settings s WHERE s.version = (SELECT MAX(version) FROM "
                                  "settings t WHERE t.key = s.key) ORDER BY s.key LIMIT 10000"),
                   {}, error))
        return false;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    return true;
}

} // namespace sb

#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace sb {

struct SettingVersion {
    QString key;
    int version = 0;
    QString value;
    QString changedBy;
    qint64 changedAt = 0;
};

// The shared, versioned settings (every number of docs/spec/DOMAIN.md is one): the current value of
// a key is its highest version; a change adds a version and an audit_log row in one
// transaction. Code passes its default, so an unset key reads as the shipped default.
class SettingsStore {
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)
public:
    explicit SettingsStore(const Database &db);

    bool value(const QString &key, const QString &fallback, QString &out, QString &error) const;
    // Reads a whole number in [min, max]; a stored value outside names the key and the range.
    bool integer(const QString &key, qint64 fallback, qint64 min, qint64 max, qint64 &out,
                 QString &error) const;
    bool set(const QString &key, const QString &value, const QString &actor, qint64 nowMs,
             QString &error);
    // Sets several keys in one transaction (each gets its version and audit row), so a reader
    // sees all of the new values or none of them.
    bool setAll(const QList<std::pair<QString, QString>> &values, const QString &actor,
                qint64 nowMs, QString &error);
    bool history(const QString &key, QList<SettingVersion> &out, QString &error) const;
    // Current value of every key that has been set.
    bool current(QList<SettingVersion> &out, QString &error) const;

private:
    // One new version of `key` and its audit row; the caller holds the transaction.
    bool writeVersion(const QString &key, const QString &value, const QString &actor, qint64 nowMs,
                      QString &error) const;

    const Database &m_db;
};

} // namespace sb

#pragma once

#include "grading/ruleset.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb {

struct RuleSetVersion {
    int version = 0;
    QString createdBy;
    qint64 createdAt = 0;
    QString note;
};

// The versioned rule sets in table rule_sets (version, body JSON, created_by, created_at,
// note). The active rule set is the highest version. While the table is empty the shipped
// default (resources/rules/default.json, version 1) is active; the first writer that needs a
// row (the live engine at start, an administrator saving) inserts it as version 1, so every
// version an incident records (incidents.rule_set_version) names a stored body.
// A stored body's "version" always equals its row's version.
class RuleSetStore {
    Q_DECLARE_TR_FUNCTIONS(sb::RuleSetStore)
public:
    explicit RuleSetStore(Database &db);

    // The active rule set and its row (version 1 with created_by "" when the table is empty).
    bool active(RuleSet &rules, RuleSetVersion &meta, QString &error) const;
    // Inserts the shipped default as version 1 when the table is empty. `inserted` tells
    // whether this call wrote it (false when a row was there or another writer won).
    bool ensureSeeded(const QString &actor, qint64 nowMs, bool &inserted, QString &error);
    // Validates `rules` again and stores it as the next version, with an audit_log row, in
    // one transaction. Seeds version 1 first when the table is empty. Sets `version`.
    bool save(const RuleSet &rules, const QString &actor, const QString &note, const Clock &clock,
              int &version, QString &error);
    bool history(QList<RuleSetVersion> &out, QString &error) const;

    // `rules` with its "version" set to `version` (re-validated).
    static std::optional<RuleSet> withVersion(const RuleSet &rules, int version, QString &error);

private:
    bool insertVersion(const RuleSet &rules, int version, const QString &actor, qint64 nowMs,
                       const QString &note, QString &error);

    Database &m_db;
};

} // namespace sb

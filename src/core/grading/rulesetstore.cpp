#include "grading/rulesetstore.h"

#include "security/audittrail.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

RuleSetStore::RuleSetStore(Database &db)
    : m_db(db) {
}

bool RuleSetStore::active(RuleSet &rules, RuleSetVersion &meta, QString &error) const {
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT version, body, created_by, created_at, note FROM "
                                  "rule_sets ORDER BY version DESC LIMIT 1"),
                   {}, error))
        return false;
    if (!q.next()) {
        rules = RuleSet::defaults();
        meta = RuleSetVersion{rules.version(), QString(), 0, QString()};
        return true;
    }
    meta.version = q.value(0).toInt();
    meta.createdBy = q.value(2).toString();
    meta.createdAt = q.value(3).toLongLong();
    meta.note = q.value(4).toString();
    QString why;
    auto parsed = RuleSet::fromJson(q.value(1).toString().toUtf8(), why);
    if (!parsed) {
        error =
            tr("rule set version %1 in the database is not valid: %2").arg(meta.version).arg(why);
        return false;
    }
    if (parsed->version() != meta.version) {
        parsed = withVersion(*parsed, meta.version, why);
        if (!parsed) {
            error = why;
            return false;
        }
    }
    rules = *parsed;
    return true;
}

std::optional<RuleSet> RuleSetStore::withVersion(const RuleSet &rules, int version,
                                                 QString &error) {
    QJsonObject o = QJsonDocument::fromJson(rules.toJson()).object();
    o.insert(QStringLiteral("version"), version);
    return RuleSet::fromJson(QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

bool RuleSetStore::insertVersion(const RuleSet &rules, int version, const QString &actor,
                                 qint64 nowMs, const QString &note, QString &error) {
    auto stored = withVersion(rules, version, error);
    if (!stored)
        return false;
    return m_db.exec(
        QStringLiteral("INSERT INTO rule_sets (version, body, created_by, created_at, "
                       "note) VALUES (?, ?, ?, ?, ?)"),
        {version, QString::fromUtf8(stored->toJson()), textValue(actor), nowMs, textValue(note)},
        error);
}

bool RuleSetStore::ensureSeeded(const QString &actor, qint64 nowMs, bool &inserted,
                                QString &error) {
    inserted = false;
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM rule_sets"), {}, err))
                return false;
            if (q.next() && q.value(0).toLongLong() > 0)
                return true;
            q.finish();
            // Two workstations seeding at once: the primary key lets one win.
            if (!m_db.exec(q,
                           QStringLiteral("INSERT INTO rule_sets (version, body, created_by, "
                                          "created_at, note) VALUES (1, ?, ?, ?, ?) "
                                          "ON CONFLICT (version) DO NOTHING"),
                           {QString::fromUtf8(RuleSet::defaults().toJson()), textValue(actor),
                            nowMs, tr("shipped default")},
                           err))
                return false;
            inserted = q.numRowsAffected() == 1;
            return true;
        },
        error);
}

bool RuleSetStore::save(const RuleSet &rules, const QString &actor, const QString &note,
                        const Clock &clock, int &version, QString &error) {
    const qint64 now = clock.nowMs();
    return m_db.transaction(
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(q, QStringLiteral("SELECT MAX(version) FROM rule_sets"), {}, err))
                return false;
            int top = q.next() && !q.value(0).isNull() ? q.value(0).toInt() : 0;
            q.finish();
            if (top == 0) {
                if (!insertVersion(RuleSet::defaults(), 1, actor, now, tr("shipped default"), err))
                    return false;
                top = 1;
            }
            version = top + 1;
            if (!insertVersion(rules, version, actor, now, note, err)) {
                if (err.contains(QLatin1StringView("UNIQUE"), Qt::CaseInsensitive) ||
                    err.contains(QLatin1StringView("duplicate"), Qt::CaseInsensitive))
                    err = tr("someone saved rule set version %1 at the same time; reload and "
                             "try again")
                              .arg(version);
                return false;
            }
            AuditTrail audit(m_db, clock);
            return audit.append(actor, QStringLiteral("rule_set.save"), QStringLiteral("rule_set"),
                                version,
                                QJsonObject{{QStringLiteral("version"), version},
                                            {QStringLiteral("previous"), top},
                                            {QStringLiteral("note"), note}},
                                err);
        },
        error);
}

bool RuleSetStore::history(QList<RuleSetVersion> &out, QString &error) const {
    out.clear();
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT version, created_by, created_at, note FROM rule_sets "
                                  "ORDER BY version DESC"),
                   {}, error))
        return false;
    while (q.next())
        out.append(RuleSetVersion{q.value(0).toInt(), q.value(1).toString(),
                                  q.value(2).toLongLong(), q.value(3).toString()});
    return true;
}

} // namespace sb

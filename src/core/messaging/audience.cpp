#include "messaging/audience.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {
struct KindName {
    Audience::Kind kind;
    const char *key;
};
constexpr KindName kKinds[] = {
    {Audience::Kind::Everyone, "everyone"}, {Audience::Kind::Roles, "roles"},
    {Audience::Kind::Teams, "teams"},       {Audience::Kind::OnDuty, "on_duty"},
    {Audience::Kind::Staff, "staff"},
};

// "?, ?, ?" for n values: only the count is spliced, never a value.
QString placeholders(qsizetype n) {
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}
} // namespace

QString Audience::kindKey(Kind k) {
    for (const KindName &n : kKinds) {
        if (n.kind == k)
            return QLatin1StringView(n.key);
    }
    return {};
}

QJsonObject Audience::toJson() const {
    QJsonObject o{{QStringLiteral("kind"), kindKey(kind)}};
    if (kind == Kind::Roles || kind == Kind::Teams || kind == Kind::Staff) {
        QJsonArray a;
        for (qint64 id : ids)
            a.append(id);
        o.insert(QStringLiteral("ids"), a);
    }
    if (resendOf > 0)
        o.insert(QStringLiteral("resend_of"), resendOf);
    return o;
}

bool Audience::fromJson(const QJsonObject &o, Audience &out, QString &error) {
    out = {};
    const QString key = o.value(QStringLiteral("kind")).toString();
    bool found = false;
    for (const KindName &n : kKinds) {
        if (key == QLatin1StringView(n.key)) {
            out.kind = n.kind;
            found = true;
        }
    }
    if (!found) {
        error = QCoreApplication::translate("Audience",
                                            "Audience field \"kind\": unknown value \"%1\".")
                    .arg(key);
        return false;
    }
    const QJsonArray a = o.value(QStringLiteral("ids")).toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qint64 id = a.at(i).toInteger(-1);
        if (id <= 0) {
            error = QCoreApplication::translate(
                        "Audience", "Audience field \"ids\", item %1: not a positive id.")
                        .arg(i + 1);
            return false;
        }
        out.ids.append(id);
    }
    out.resendOf = o.value(QStringLiteral("resend_of")).toInteger(0);
    return true;
}

AudienceResolver::AudienceResolver(Database &db)
    : m_db(db) {
}

bool AudienceResolver::resolve(const Audience &audience, QList<qint64> &staffIds,
                               QString &error) const {
    staffIds.clear();
    QList<qint64> ids = audience.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    QString sql;
    QVariantList values;
    switch (audience.kind) {
    case Audience::Kind::Everyone:
        sql = QStringLiteral("SELECT id FROM staff WHERE status = 'active' ORDER BY id");
        break;
    case Audience::Kind::OnDuty:
        sql = QStringLiteral(
            "SELECT id FROM staff WHERE status = 'active' AND on_duty = 1 ORDER BY id");
        break;
    case Audience::Kind::Roles:
    case Audience::Kind::Teams:
    case Audience::Kind::Staff: {
        if (ids.isEmpty()) {
            error = tr("The audience names no %1.")
                        .arg(audience.kind == Audience::Kind::Roles   ? tr("role")
                             : audience.kind == Audience::Kind::Teams ? tr("team")
                                                                      : tr("person"));
            return false;
        }
        for (qint64 id : ids)
            values.append(id);
        const QString in = placeholders(ids.size());
        if (audience.kind == Audience::Kind::Roles)
            sql = QStringLiteral("SELECT id FROM staff WHERE status = 'active' AND role_id IN (") +
                  in + QStringLiteral(") ORDER BY id");
        else if (audience.kind == Audience::Kind::Teams)
            sql = QStringLiteral("SELECT id FROM staff WHERE status = 'active' AND team_id IN (") +
                  in + QStringLiteral(") ORDER BY id");
        else
            sql = QStringLiteral("SELECT id FROM staff WHERE id IN (") + in +
                  QStringLiteral(") ORDER BY id");
        break;
    }
    }
    QSqlQuery q;
    if (!m_db.exec(q, sql, values, error))
        return false;
    while (q.next())
        staffIds.append(q.value(0).toLongLong());

    if (audience.kind == Audience::Kind::Staff && staffIds.size() != ids.size()) {
        QStringList missing;
        for (qint64 id : ids) {
            if (!std::binary_search(staffIds.cbegin(), staffIds.cend(), id))
                missing.append(QString::number(id));
        }
        error = tr("No staff member has the id %1.").arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    if (staffIds.isEmpty()) {
        error = tr("Nobody is in this audience (%1); the message was not sent.")
                    .arg(Audience::kindKey(audience.kind));
        return false;
    }
    return true;
}

} // namespace sb

#include "domain/complaint.h"

#include <QRegularExpression>

namespace sb {

QDateTime parseInstant(const QString &text) {
    // Require an explicit offset: a bare local time would mean different instants on
    // different workstations.
    static const QRegularExpression re(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$)"));
    if (!re.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t : QDateTime{};
}

namespace {
bool optionalString(const QJsonObject &obj, const char *field, QString &out, QString &error) {
    const QJsonValue v = obj.value(QLatin1StringView(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        error = QStringLiteral("field \"%1\" must be a string").arg(QLatin1StringView(field));
        return false;
    }
    out = v.toString();
    return true;
}
} // namespace

bool complaintFromJson(const QJsonObject &obj, Complaint &out, QString &error) {
    const auto required = [&](const char *field, QString &value) {
        const QJsonValue v = obj.value(QLatin1StringView(field));
        if (v.isUndefined() || v.isNull()) {
            error = QStringLiteral("missing required field \"%1\"").arg(QLatin1StringView(field));
            return false;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            error = QStringLiteral("field \"%1\" must be a non-empty string")
                        .arg(QLatin1StringView(field));
            return false;
        }
        value = v.toString().trimmed();
        return true;
    };

    QString receivedAt, channel, tier, problem;
    if (!required("received_at", receivedAt) || !required("channel", channel) ||
        !required("customer_tier", tier) || !required("problem_type", problem))
        return false;

    Complaint c;
    c.receivedAt = parseInstant(receivedAt);
    if (!c.receivedAt.isValid()) {
        error = QStringLiteral("field \"received_at\": \"%1\" is not an ISO 8601 time with an "
                               "offset or Z")
                    .arg(receivedAt);
        return false;
    }
    const auto ch = channelFromKey(channel);
    if (!ch) {
        error = QStringLiteral("field \"channel\": unknown channel \"%1\"").arg(channel);
        return false;
    }
    c.channel = *ch;
    const auto t = tierFromKey(tier);
    if (!t) {
        error = QStringLiteral("field \"customer_tier\": unknown tier \"%1\"").arg(tier);
        return false;
    }
    c.tier = *t;
    if (!problemType(problem)) {
        error = QStringLiteral("field \"problem_type\": unknown problem type \"%1\"").arg(problem);
        return false;
    }
    c.problemType = problem;

    if (!optionalString(obj, "source", c.source, error) ||
        !optionalString(obj, "external_id", c.externalId, error) ||
        !optionalString(obj, "customer_id", c.customerId, error) ||
        !optionalString(obj, "service_number", c.serviceNumber, error) ||
        !optionalString(obj, "category", c.category, error) ||
        !optionalString(obj, "subject", c.subject, error) ||
        !optionalString(obj, "description", c.description, error) ||
        !optionalString(obj, "region", c.region, error))
        return false;

    static const QStringList known{
        QStringLiteral("received_at"),   QStringLiteral("channel"),
        QStringLiteral("customer_tier"), QStringLiteral("problem_type"),
        QStringLiteral("source"),        QStringLiteral("external_id"),
        QStringLiteral("customer_id"),   QStringLiteral("service_number"),
        QStringLiteral("category"),      QStringLiteral("subject"),
        QStringLiteral("description"),   QStringLiteral("region")};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!known.contains(it.key()))
            c.extra.insert(it.key(), it.value());
    }
    out = std::move(c);
    return true;
}

} // namespace sb

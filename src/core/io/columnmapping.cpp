#include "io/columnmapping.h"

#include "grading/ruleset.h"
#include "io/csvreader.h"
#include "io/keyindex.h"
#include "io/rawrecords.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace sb {

namespace {
constexpr std::array<const char *, ColumnMapping::FieldCount> kFieldKeys{
    "received_at",    "channel",  "customer_tier", "problem_type", "external_id", "customer_id",
    "service_number", "category", "subject",       "description",  "region"};

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

bool isRequired(int f) {
    return f <= ColumnMapping::ProblemTypeField;
}
bool isKeyField(int f) {
    return f >= ColumnMapping::ChannelField && f <= ColumnMapping::ProblemTypeField;
}

const KeyIndex &tierIndex() {
    static const KeyIndex index = [] {
        std::vector<QByteArray> keys;
        for (const Tier x : allTiers())
            keys.push_back(tierKey(x).toLatin1());
        return KeyIndex(std::move(keys));
    }();
    return index;
}

const KeyIndex &channelIndex() {
    static const KeyIndex index = [] {
        std::vector<QByteArray> keys;
        for (const Channel x : allChannels())
            keys.push_back(channelKey(x).toLatin1());
        return KeyIndex(std::move(keys));
    }();
    return index;
}

std::optional<Tier> tierFromBytes(QByteArrayView b) {
    const int i = tierIndex().find(b);
    return i < 0 ? std::nullopt : std::optional<Tier>(allTiers().at(i));
}

std::optional<Channel> channelFromBytes(QByteArrayView b) {
    const int i = channelIndex().find(b);
    return i < 0 ? std::nullopt : std::optional<Channel>(allChannels().at(i));
}
} // namespace

QString RowError::toString() const {
    return column.isEmpty() ? QStringLiteral("line %1: %2").arg(line).arg(reason)
                            : QStringLiteral("line %1: %2: %3").arg(line).arg(column, reason);
}

QString ColumnMapping::fieldKey(Field f) {
    return QLatin1StringView(kFieldKeys[static_cast<std::size_t>(f)]);
}

ColumnMapping ColumnMapping::direct() {
    ColumnMapping m;
    m.m_direct = true;
    for (int f = 0; f < FieldCount; ++f) {
        Rule &r = m.m_rules[static_cast<std::size_t>(f)];
        r.mapped = true;
        r.column = fieldKey(static_cast<Field>(f));
    }
    return m;
}

std::optional<ColumnMapping> ColumnMapping::fromFile(const QString &path, QString &error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot read the mapping: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, QString &error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        error =
            tr("mapping: not a JSON object (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1StringView("source") && it.key() != QLatin1StringView("columns") &&
            it.key() != QLatin1StringView("notes")) {
            error = tr("mapping: unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    ColumnMapping m;
    m.m_source = root.value(QStringLiteral("source")).toString();
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        int f = 0;
        while (f < FieldCount &&
               it.key() != QLatin1StringView(kFieldKeys[static_cast<std::size_t>(f)]))
            ++f;
        if (f == FieldCount) {
            error = tr("mapping: columns / %1: unknown field").arg(it.key());
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            error = tr("mapping: columns / %1: must be an object").arg(it.key());
            return std::nullopt;
        }
        const QJsonObject o = it.value().toObject();
        Rule &r = m.m_rules[static_cast<std::size_t>(f)];
        r.mapped = true;
        for (auto k = o.begin(); k != o.end(); ++k) {
            static const QStringList known{QStringLiteral("column"), QStringLiteral("constant"),
                                           QStringLiteral("values"), QStringLiteral("format"),
                                           QStringLiteral("timezone")};
            if (!known.contains(k.key())) {
                error = tr("mapping: columns / %1: unknown key \"%2\"").arg(it.key(), k.key());
                return std::nullopt;
            }
        }
        const bool hasColumn = o.contains(QStringLiteral("column"));
        r.isConstant = o.contains(QStringLiteral("constant"));
        if (hasColumn == r.isConstant) {
            error =
                tr("mapping: columns / %1: give either \"column\" or \"constant\"").arg(it.key());
            return std::nullopt;
        }
        if (r.isConstant) {
            r.constant = o.value(QStringLiteral("constant")).toString().toUtf8();
            r.column = it.key();
        } else {
            r.column = o.value(QStringLiteral("column")).toString();
            if (r.column.isEmpty()) {
                error = tr("mapping: columns / %1: \"column\" must name a column").arg(it.key());
                return std::nullopt;
            }
        }
        if (o.contains(QStringLiteral("values"))) {
            r.hasValues = true;
            const QJsonObject values = o.value(QStringLiteral("values")).toObject();
            for (auto v = values.begin(); v != values.end(); ++v) {
                if (!v.value().isString()) {
                    error = tr("mapping: columns / %1 / values / %2: must be a string")
                                .arg(it.key(), v.key());
                    return std::nullopt;
                }
                if (v.key() == QLatin1StringView("*")) {
                    r.hasFallback = true;
                    r.fallback = v.value().toString().toUtf8();
                } else {
                    r.values.insert(v.key().toUtf8(), v.value().toString().toUtf8());
                }
            }
        }
        if (o.contains(QStringLiteral("format")) || o.contains(QStringLiteral("timezone"))) {
            if (f != ReceivedAt) {
                error = tr("mapping: columns / %1: \"format\" and \"timezone\" apply to "
                           "received_at only")
                            .arg(it.key());
                return std::nullopt;
            }
            r.format = o.value(QStringLiteral("format")).toString();
            if (o.contains(QStringLiteral("timezone"))) {
                const QString tz = o.value(QStringLiteral("timezone")).toString();
                r.zone = QTimeZone(tz.toUtf8());
                if (!r.zone.isValid()) {
                    error =
                        tr("mapping: columns / received_at / timezone: unknown time zone \"%1\"")
                            .arg(tz);
                    return std::nullopt;
                }
                r.hasZone = true;
            } else if (!r.format.isEmpty()) {
                error = tr("mapping: columns / received_at: a \"format\" needs a \"timezone\"");
                return std::nullopt;
            }
        }
    }
    for (int f = 0; f < FieldCount; ++f) {
        if (isRequired(f) && !m.m_rules[static_cast<std::size_t>(f)].mapped) {
            error = tr("mapping: columns / %1: required field is not mapped")
                        .arg(QLatin1StringView(kFieldKeys[static_cast<std::size_t>(f)]));
            return std::nullopt;
        }
    }
    return m;
}

bool ColumnMapping::bindHeader(const CsvReader &header, QString &error) {
    m_headerSize = header.fieldCount();
    QStringList names = header.fields();
    for (QString &n : names)
        n = n.trimmed();
    for (int f = 0; f < FieldCount; ++f) {
        Rule &r = m_rules[static_cast<std::size_t>(f)];
        r.index = -1;
        if (!r.mapped || r.isConstant)
            continue;
        const qsizetype at = names.indexOf(r.column);
        if (at < 0) {
            if (m_direct && !isRequired(f))
                continue;
            error = m_direct ? tr("line %1: %2: required column missing")
                                   .arg(header.recordLine())
                                   .arg(r.column)
                             : tr("line %1: %2: column not found in the header (mapped to %3)")
                                   .arg(header.recordLine())
                                   .arg(r.column,
                                        QLatin1StringView(kFieldKeys[static_cast<std::size_t>(f)]));
            return false;
        }
        if (names.indexOf(r.column, at + 1) >= 0) {
            error = tr("line %1: %2: the header names this column twice")
                        .arg(header.recordLine())
                        .arg(r.column);
            return false;
        }
        r.index = static_cast<int>(at);
    }
    return true;
}

template <typename Row> bool ColumnMapping::checkWidth(const Row &row, RowError &error) const {
    if (row.fieldCount() == m_headerSize)
        return true;
    error = {
        row.recordLine(),
        {},
        tr("the record has %1 fields, the header has %2").arg(row.fieldCount()).arg(m_headerSize)};
    return false;
}

QString ColumnMapping::columnLabel(Field f) const {
    const Rule &r = m_rules[static_cast<std::size_t>(f)];
    return r.isConstant ? fieldKey(f) : r.column;
}

template <typename Row>
bool ColumnMapping::value(Field f, const Row &row, QByteArrayView &out, RowError &error) const {
    const Rule &r = m_rules[static_cast<std::size_t>(f)];
    if (r.isConstant) {
        out = r.constant;
    } else if (r.index < 0) {
        out = {};
        return true; // optional column not in this file
    } else {
        out = row.fieldBytes(r.index);
        if ((isKeyField(f) || f == ReceivedAt) && !out.isEmpty() &&
            (isSpace(out.front()) || isSpace(out.back())))
            out = out.trimmed();
    }
    if (r.hasValues) {
        const QByteArray key = QByteArray::fromRawData(out.data(), out.size());
        const auto it = r.values.constFind(key);
        if (it != r.values.constEnd()) {
            out = *it;
        } else if (r.hasFallback) {
            out = r.fallback;
        } else {
            error = {row.recordLine(), columnLabel(f),
                     tr("\"%1\" has no mapping and the mapping has no \"*\" fallback")
                         .arg(QString::fromUtf8(out))};
            return false;
        }
    }
    if (isRequired(f) && out.isEmpty()) {
        error = {row.recordLine(), columnLabel(f), tr("required value is empty")};
        return false;
    }
    return true;
}

template <typename Row>
bool ColumnMapping::instant(const Row &row, Instant &out, QDateTime *full, RowError &error) const {
    QByteArrayView text;
    if (!value(ReceivedAt, row, text, error))
        return false;
    const Rule &r = m_rules[ReceivedAt];
    if (r.format.isEmpty() && parseIsoInstant(text, out)) {
        if (full) {
            *full = out.offsetTag == kOffsetZulu
                        ? QDateTime::fromMSecsSinceEpoch(out.ms, Qt::UTC)
                        : QDateTime::fromMSecsSinceEpoch(out.ms, Qt::OffsetFromUTC, out.offsetTag);
        }
        return true;
    }
    const QString s = QString::fromUtf8(text);
    if (r.hasZone) {
        const QDateTime local = r.format.isEmpty() ? QDateTime::fromString(s, Qt::ISODate)
                                                   : QDateTime::fromString(s, r.format);
        if (local.isValid() && local.timeSpec() == Qt::LocalTime) {
            const QDateTime zoned(local.date(), local.time(), r.zone);
            if (zoned.isValid()) {
                out.ms = zoned.toMSecsSinceEpoch();
                out.offsetTag = zoned.offsetFromUtc();
                if (full)
                    *full = zoned;
                return true;
            }
        }
        error = {row.recordLine(), columnLabel(ReceivedAt),
                 r.format.isEmpty()
                     ? tr("\"%1\" is not an ISO 8601 time").arg(s)
                     : tr("\"%1\" does not match the format \"%2\"").arg(s, r.format)};
        return false;
    }
    error = {row.recordLine(), columnLabel(ReceivedAt),
             tr("\"%1\" is not an ISO 8601 time with an offset or Z").arg(s)};
    return false;
}

template <typename Row>
bool ColumnMapping::toGradingRow(const Row &row, GradingRow &out, RowError &error) const {
    if (!checkWidth(row, error) || !instant(row, out.receivedAt, nullptr, error))
        return false;
    QByteArrayView v;
    if (!value(ChannelField, row, v, error))
        return false;
    if (channelIndex().find(v) < 0) {
        error = {row.recordLine(), columnLabel(ChannelField),
                 tr("unknown channel \"%1\"").arg(QString::fromUtf8(v))};
        return false;
    }
    if (!value(CustomerTier, row, v, error))
        return false;
    const int tier = tierIndex().find(v);
    if (tier < 0) {
        error = {row.recordLine(), columnLabel(CustomerTier),
                 tr("unknown customer tier \"%1\"").arg(QString::fromUtf8(v))};
        return false;
    }
    out.tier = gradingTier(allTiers().at(tier));
    if (!value(ProblemTypeField, row, v, error))
        return false;
    out.problemType = RuleSet::typeIndex(v);
    if (out.problemType < 0) {
        error = {row.recordLine(), columnLabel(ProblemTypeField),
                 tr("unknown problem type \"%1\"").arg(QString::fromUtf8(v))};
        return false;
    }
    return true;
}

bool ColumnMapping::toComplaint(const CsvReader &row, Complaint &out, RowError &error) const {
    if (!checkWidth(row, error))
        return false;
    Complaint c;
    Instant at;
    if (!instant(row, at, &c.receivedAt, error))
        return false;
    QByteArrayView v;
    if (!value(ChannelField, row, v, error))
        return false;
    const auto channel = channelFromBytes(v);
    if (!channel) {
        error = {row.recordLine(), columnLabel(ChannelField),
                 tr("unknown channel \"%1\"").arg(QString::fromUtf8(v))};
        return false;
    }
    c.channel = *channel;
    if (!value(CustomerTier, row, v, error))
        return false;
    const auto tier = tierFromBytes(v);
    if (!tier) {
        error = {row.recordLine(), columnLabel(CustomerTier),
                 tr("unknown customer tier \"%1\"").arg(QString::fromUtf8(v))};
        return false;
    }
    c.tier = *tier;
    if (!value(ProblemTypeField, row, v, error))
        return false;
    if (RuleSet::typeIndex(v) < 0) {
        error = {row.recordLine(), columnLabel(ProblemTypeField),
                 tr("unknown problem type \"%1\"").arg(QString::fromUtf8(v))};
        return false;
    }
    c.problemType = QString::fromUtf8(v);
    c.source = m_source;
    const std::array<std::pair<Field, QString *>, 7> texts{{{ExternalId, &c.externalId},
                                                            {CustomerId, &c.customerId},
                                                            {ServiceNumber, &c.serviceNumber},
                                                            {Category, &c.category},
                                                            {Subject, &c.subject},
                                                            {Description, &c.description},
                                                            {Region, &c.region}}};
    for (const auto &[f, target] : texts) {
        if (!value(f, row, v, error))
            return false;
        *target = QString::fromUtf8(v);
    }
    out = std::move(c);
    return true;
}

std::vector<int> ColumnMapping::gradingColumns() const {
    std::vector<int> columns;
    for (const Field f : {ReceivedAt, ChannelField, CustomerTier, ProblemTypeField}) {
        const int i = m_rules[static_cast<std::size_t>(f)].index;
        if (i >= 0 && std::find(columns.begin(), columns.end(), i) == columns.end())
            columns.push_back(i);
    }
    return columns;
}

std::vector<int> ColumnMapping::boundColumns() const {
    std::vector<int> columns;
    for (const Rule &r : m_rules) {
        if (r.index >= 0 && std::find(columns.begin(), columns.end(), r.index) == columns.end())
            columns.push_back(r.index);
    }
    return columns;
}

QString ColumnMapping::sourceColumn(Field f) const {
    const Rule &r = m_rules[static_cast<std::size_t>(f)];
    return r.mapped && !r.isConstant ? r.column : QString();
}

template bool ColumnMapping::toGradingRow<CsvReader>(const CsvReader &, GradingRow &,
                                                     RowError &) const;
template bool ColumnMapping::toGradingRow<RawRecord>(const RawRecord &, GradingRow &,
                                                     RowError &) const;

} // namespace sb

#include "tickets/ticketwriter.h"

#include "storage/dialect.h"

namespace sb {

namespace {

// How a set field is bound.
QVariant text(const QString &v) {
    return textValue(v);
}
QVariant nullableText(const QString &v) {
    return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v);
}
QVariant plain(qint64 v) {
    return QVariant(v);
}
QVariant flag(bool v) {
    return QVariant(v ? 1 : 0);
}
QVariant positiveOrNull(qint64 v) {
    return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}
// The bound value of a field; an invalid QVariant when the row does not set it.
template <auto Field, auto Bind> QVariant bound(const NewTicket &t) {
    const auto &field = t.*Field;
    return field ? Bind(*field) : QVariant();
}

// THE definition of the insertable columns: each one's name in SQL and its field of NewTicket.
struct ColumnDefinition {
    TicketColumn column;
    const char *name;
    QVariant (*value)(const NewTicket &);
};
constexpr std::array<ColumnDefinition, kTicketColumnCount> kColumns{{
    {TicketColumn::Kind, "kind", &bound<&NewTicket::kind, text>},
    {TicketColumn::Source, "source", &bound<&NewTicket::source, text>},
    {TicketColumn::ExternalId, "external_id", &bound<&NewTicket::externalId, nullableText>},
    {TicketColumn::ReceivedAt, "received_at", &bound<&NewTicket::receivedAt, plain>},
    {TicketColumn::ReceivedOffset, "received_offset", &bound<&NewTicket::receivedOffset, plain>},
    {TicketColumn::Channel, "channel", &bound<&NewTicket::channel, text>},
    {TicketColumn::CustomerTier, "customer_tier", &bound<&NewTicket::customerTier, text>},
    {TicketColumn::ProblemType, "problem_type", &bound<&NewTicket::problemType, text>},
    {TicketColumn::CustomerId, "customer_id", &bound<&NewTicket::customerId, text>},
    {TicketColumn::ServiceNumber, "service_number", &bound<&NewTicket::serviceNumber, text>},
    {TicketColumn::Category, "category", &bound<&NewTicket::category, text>},
    {TicketColumn::Subject, "subject", &bound<&NewTicket::subject, text>},
    {TicketColumn::Description, "description", &bound<&NewTicket::description, text>},
    {TicketColumn::Region, "region", &bound<&NewTicket::region, text>},
    {TicketColumn::State, "state", &bound<&NewTicket::state, text>},
    {TicketColumn::Validity, "validity", &bound<&NewTicket::validity, text>},
    {TicketColumn::Priority, "priority", &bound<&NewTicket::priority, plain>},
    {TicketColumn::GreenChannel, "green_channel", &bound<&NewTicket::greenChannel, flag>},
    {TicketColumn::HandlerId, "handler_id", &bound<&NewTicket::handlerId, positiveOrNull>},
    {TicketColumn::TeamId, "team_id", &bound<&NewTicket::teamId, positiveOrNull>},
    {TicketColumn::Department, "department", &bound<&NewTicket::department, text>},
    {TicketColumn::SupportTier, "support_tier", &bound<&NewTicket::supportTier, plain>},
    {TicketColumn::IncidentId, "incident_id", &bound<&NewTicket::incidentId, positiveOrNull>},
    {TicketColumn::AppealOf, "appeal_of", &bound<&NewTicket::appealOf, positiveOrNull>},
    {TicketColumn::AppealCount, "appeal_count", &bound<&NewTicket::appealCount, plain>},
    {TicketColumn::Satisfaction, "satisfaction", &bound<&NewTicket::satisfaction, positiveOrNull>},
    {TicketColumn::RegisteredBy, "registered_by", &bound<&NewTicket::registeredBy, positiveOrNull>},
    {TicketColumn::Extra, "extra", &bound<&NewTicket::extra, text>},
    {TicketColumn::UpdatedAt, "updated_at", &bound<&NewTicket::updatedAt, plain>},
}};

consteval bool inEnumOrder() {
    for (int i = 0; i < kTicketColumnCount; ++i) {
        if (kColumns[i].column != TicketColumn(i))
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kColumns lists every TicketColumn once, in enum order");

const ColumnDefinition &definition(TicketColumn column) {
    return kColumns[std::size_t(column)];
}

// The columns `t` sets and their values, in one pass.
void collect(const NewTicket &t, TicketColumns &columns, QVariantList &values) {
    for (const ColumnDefinition &c : kColumns) {
        QVariant v = c.value(t);
        if (!v.isValid())
            continue;
        columns.append(c.column);
        values.append(std::move(v));
    }
}

} // namespace

QString ticketColumnName(TicketColumn column) {
    return QString::fromLatin1(definition(column).name);
}

QVariant NewTicket::value(TicketColumn column) const {
    return definition(column).value(*this);
}

TicketColumns NewTicket::columns() const {
    TicketColumns out;
    for (const ColumnDefinition &c : kColumns) {
        if (c.value(*this).isValid())
            out.append(c.column);
    }
    return out;
}

void NewTicket::appendValues(QVariantList &out, const TicketColumns &columns) const {
    for (const TicketColumn column : columns)
        out.append(value(column));
}

NewTicket NewTicket::fromComplaint(const Complaint &c) {
    NewTicket t;
    t.source = c.source;
    t.externalId = c.externalId;
    t.receivedAt = c.receivedAt.toMSecsSinceEpoch();
    t.receivedOffset = c.receivedAt.offsetFromUtc();
    t.channel = channelKey(c.channel);
    t.customerTier = tierKey(c.tier);
    t.problemType = c.problemType;
    t.customerId = c.customerId;
    t.serviceNumber = c.serviceNumber;
    t.category = c.category;
    t.subject = c.subject;
    t.description = c.description;
    t.region = c.region;
    return t;
}

QString ticketColumnList(const TicketColumns &columns) {
    QString out;
    for (const TicketColumn column : columns) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += ticketColumnName(column);
    }
    return out;
}

TicketColumns importedTicketColumns() {
    return TicketColumns(kImportedTicketColumns.begin(), kImportedTicketColumns.end());
}

QString skipDuplicateTicketsClause() {
    return QStringLiteral(" ON CONFLICT (source, external_id) DO NOTHING");
}

QString ticketInsertSql(const TicketColumns &columns, int rows, OnDuplicate duplicates) {
    QString row = QStringLiteral("(");
    for (qsizetype i = 0; i < columns.size(); ++i)
        row += i > 0 ? QStringLiteral(", ?") : QStringLiteral("?");
    row += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO tickets(") + ticketColumnList(columns) +
                  QStringLiteral(") VALUES ");
    sql.reserve(sql.size() + rows * (row.size() + 2) + 48);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    if (duplicates == OnDuplicate::Skip)
        sql += skipDuplicateTicketsClause();
    return sql;
}

bool insertTicket(Database &db, const NewTicket &ticket, qint64 &id, QString &error) {
    id = 0;
    TicketColumns columns;
    QVariantList values;
    collect(ticket, columns, values);
    if (dialect::insertReturningId(db, ticketInsertSql(columns), values, id, error))
        return true;
    if (error.isEmpty())
        error = TicketWriter::noIdMessage();
    return false;
}

TicketWriter::TicketWriter(Database &db, OnDuplicate duplicates, Ids ids)
    : m_db(db)
    , m_duplicates(duplicates)
    , m_ids(ids)
    , m_query(db.db()) {
}

QString TicketWriter::noIdMessage() {
    return tr("The new ticket could not be read back.");
}

bool TicketWriter::insert(const NewTicket &ticket, Result &result, QString &error) {
    result = {};
    TicketColumns columns;
    QVariantList values;
    collect(ticket, columns, values);
    if (columns.isEmpty()) {
        error = QStringLiteral("a new ticket sets no column");
        return false;
    }
    if (columns != m_prepared) {
        m_prepared.clear();
        QString sql = ticketInsertSql(columns, 1, m_duplicates);
        if (m_ids == Ids::Read)
            sql += QStringLiteral(" RETURNING id");
        if (!m_query.prepare(sql)) {
            error = m_db.describe(m_query.lastError());
            return false;
        }
        m_prepared = columns;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec()) {
        error = m_db.describe(m_query.lastError());
        return false;
    }
    if (m_ids == Ids::Ignore) {
        result.stored = m_query.numRowsAffected() > 0;
        return true;
    }
    if (m_query.next()) {
        result.stored = true;
        result.id = m_query.value(0).toLongLong();
        m_query.finish(); // stays prepared
    } else if (m_duplicates == OnDuplicate::Fail) {
        error = noIdMessage();
        return false;
    }
    return true;
}

} // namespace sb

#pragma once
// The one definition of how a new ticket is written: its columns, the typed row, the INSERT.
// Registration, appeals, imports and the demo all go through here; the bulk import paths keep
// their own fast statements but build them from the same column definition.

#include "domain/complaint.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>

namespace sb {

// The columns of tickets a new ticket may set. Not among them: id (the database's), version (a
// new ticket is version 1, the column's default) and, on PostgreSQL, the server's generated
// customer_id_masked and service_number_masked, which no INSERT may name.
enum class TicketColumn {
    Kind,
    Source,
    ExternalId,
    ReceivedAt,
    ReceivedOffset,
    Channel,
    CustomerTier,
    ProblemType,
    CustomerId,
    ServiceNumber,
    Category,
    Subject,
    Description,
    Region,
    State,
    Validity,
    Priority,
    GreenChannel,
    HandlerId,
    TeamId,
    Department,
    SupportTier,
    IncidentId,
    AppealOf,
    AppealCount,
    Satisfaction,
    RegisteredBy,
    Extra,
    UpdatedAt,
};
inline constexpr int kTicketColumnCount = int(TicketColumn::UpdatedAt) + 1;
using TicketColumns = QList<TicketColumn>;

// The column's name in SQL.
QString ticketColumnName(TicketColumn column);
// "a, b, c": the names of `columns`, in their order.
QString ticketColumnList(const TicketColumns &columns);

// What an import writes of each record, in this order: the complaint's fields, its extra data,
// who imported it and when. The bulk import statements list exactly these (so does
// PostgreSQL's import_staging, whose columns have the same names).
inline constexpr std::array kImportedTicketColumns{
    TicketColumn::Source,         TicketColumn::ExternalId, TicketColumn::ReceivedAt,
    TicketColumn::ReceivedOffset, TicketColumn::Channel,    TicketColumn::CustomerTier,
    TicketColumn::ProblemType,    TicketColumn::CustomerId, TicketColumn::ServiceNumber,
    TicketColumn::Category,       TicketColumn::Subject,    TicketColumn::Description,
    TicketColumn::Region,         TicketColumn::Extra,      TicketColumn::RegisteredBy,
    TicketColumn::UpdatedAt,
};
TicketColumns importedTicketColumns();
// The position of `column` in kImportedTicketColumns; -1 when imports do not write it.
constexpr int importedColumnIndex(TicketColumn column) {
    for (int i = 0; i < int(kImportedTicketColumns.size()); ++i) {
        if (kImportedTicketColumns[i] == column)
            return i;
    }
    return -1;
}

// A new row of tickets. Every field that is set is a column the INSERT names, with that value;
// an unset one is left out, so the column gets its default (on PostgreSQL the server's guard
// may still decide it). Nullable columns: an empty external id, and an id or a satisfaction
// of 0 (or less), are stored as NULL. Text is stored as given, a null QString as ''.
struct NewTicket {
    std::optional<QString> kind; // "complaint" or "suggestion"
    std::optional<QString> source;
    std::optional<QString> externalId;    // empty: NULL
    std::optional<qint64> receivedAt;     // ms since the epoch
    std::optional<qint64> receivedOffset; // seconds east of UTC where it was received
    std::optional<QString> channel;       // channelKey()
    std::optional<QString> customerTier;  // tierKey()
    std::optional<QString> problemType;
    std::optional<QString> customerId;
    std::optional<QString> serviceNumber;
    std::optional<QString> category;
    std::optional<QString> subject;
    std::optional<QString> description;
    std::optional<QString> region;
    std::optional<QString> state;
    std::optional<QString> validity;
    std::optional<qint64> priority;
    std::optional<bool> greenChannel;
    std::optional<qint64> handlerId; // 0: NULL
    std::optional<qint64> teamId;    // 0: NULL
    std::optional<QString> department;
    std::optional<qint64> supportTier;
    std::optional<qint64> incidentId; // 0: NULL
    std::optional<qint64> appealOf;   // 0: NULL
    std::optional<qint64> appealCount;
    std::optional<qint64> satisfaction; // 0: NULL (no score)
    std::optional<qint64> registeredBy; // 0: NULL
    std::optional<QString> extra;       // a JSON object, compact
    std::optional<qint64> updatedAt;

    // The columns a complaint carries: source … region, received_at and its offset (not its
    // extra data: a caller that stores it sets `extra`).
    static NewTicket fromComplaint(const Complaint &complaint);
    // The columns set, in TicketColumn order.
    TicketColumns columns() const;
    // The value bound for `column`; an unset column gives an invalid QVariant.
    QVariant value(TicketColumn column) const;
    // value() of each of `columns`, appended to `out` in their order.
    void appendValues(QVariantList &out, const TicketColumns &columns) const;
};

// Whether a row whose (source, external_id) is already stored fails the INSERT or is skipped.
enum class OnDuplicate { Fail, Skip };

// "INSERT INTO tickets(<columns>) VALUES (?, …)", with `rows` rows of placeholders, then the
// conflict clause when duplicates are skipped. `columns` must not be empty.
QString ticketInsertSql(const TicketColumns &columns, int rows = 1,
                        OnDuplicate duplicates = OnDuplicate::Fail);
// Appended to an INSERT INTO tickets that skips duplicates (also an INSERT … SELECT).
QString skipDuplicateTicketsClause();

// Inserts one ticket (exactly the columns `ticket` sets) and gives its id. Call inside the
// transaction of what it belongs to. On failure false with `error`.
bool insertTicket(Database &db, const NewTicket &ticket, qint64 &id, QString &error);

// Writes many tickets one statement each: prepared once and reused while the rows set the
// same columns (prepared again when they change).
class TicketWriter {
    Q_DECLARE_TR_FUNCTIONS(TicketWriter)
public:
    // Ids::Read adds RETURNING id; Ids::Ignore writes without reading anything back.
    enum class Ids { Read, Ignore };
    struct Result {
        bool stored = false; // false: a duplicate skipped (OnDuplicate::Skip)
        qint64 id = 0;       // the new ticket's (Ids::Read), else 0
    };

    explicit TicketWriter(Database &db, OnDuplicate duplicates = OnDuplicate::Fail,
                          Ids ids = Ids::Read);
    bool insert(const NewTicket &ticket, Result &result, QString &error);

    // The message when an INSERT … RETURNING id gave no id.
    static QString noIdMessage();

private:
    const Database &m_db; // for its error sentences (a full disk names the file)
    const OnDuplicate m_duplicates;
    const Ids m_ids;
    QSqlQuery m_query;
    TicketColumns m_prepared; // the columns m_query names; empty: not prepared
};

} // namespace sb

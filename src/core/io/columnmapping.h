#pragma once

#include "domain/complaint.h"
#include "io/instant.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>
#include <vector>

namespace sb {

class CsvReader;
struct RawRecord;

// A rejected row: "line N: column: reason" (docs/spec/INTERCHANGE.md).
struct RowError {
    qint64 line = 0;
    QString column;
    QString reason;
    QString toString() const;
};

// The part of a complaint the grading engine needs, read without building QStrings.
struct GradingRow {
    Instant receivedAt;
    int problemType = 0; // index in sb::problemTypes()
    GradingTier tier = GradingTier::Normal;
};

// How to read complaints from a CSV file (docs/spec/INTERCHANGE.md): either our own format (header
// names are our field names, column order free, unknown columns ignored) or someone
// else's export described by a JSON mapping file:
//   {"source": "...", "columns": {"<our field>": {"column": "...", "format": "...",
//     "timezone": "...", "values": {"theirs": "ours", "*": "fallback"}} | {"constant": "..."}}}
class ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(sb::ColumnMapping)

public:
    enum Field {
        ReceivedAt,
        ChannelField,
        CustomerTier,
        ProblemTypeField,
        ExternalId,
        CustomerId,
        ServiceNumber,
        Category,
        Subject,
        Description,
        Region,
        FieldCount
    };
    static QString fieldKey(Field f);

    static ColumnMapping direct();
    static std::optional<ColumnMapping> fromJson(const QByteArray &json, QString &error);
    static std::optional<ColumnMapping> fromFile(const QString &path, QString &error);

    QString source() const { return m_source; }
    bool isDirect() const { return m_direct; }

    // Finds the mapped columns in the header record the reader has just read. On failure
    // `error` says "line 1: <column>: <reason>".
    bool bindHeader(const CsvReader &header, QString &error);

    bool toComplaint(const CsvReader &row, Complaint &out, RowError &error) const;
    // Row is CsvReader or RawRecord (instantiated in the .cpp for both).
    template <typename Row>
    bool toGradingRow(const Row &row, GradingRow &out, RowError &error) const;
    // The column indexes toGradingRow reads (after bindHeader).
    std::vector<int> gradingColumns() const;
    // Every column index some field reads (after bindHeader); the rest are "unknown" columns.
    std::vector<int> boundColumns() const;
    // The header column a field reads, or an empty string (constant or unmapped).
    QString sourceColumn(Field f) const;

private:
    struct Rule {
        bool mapped = false;
        QString column; // source column name
        int index = -1; // in the bound header
        bool isConstant = false;
        QByteArray constant;
        bool hasValues = false;
        QHash<QByteArray, QByteArray> values;
        bool hasFallback = false;
        QByteArray fallback;
        QString format;
        bool hasZone = false;
        QTimeZone zone;
    };
    template <typename Row> bool checkWidth(const Row &row, RowError &error) const;
    template <typename Row>
    bool value(Field f, const Row &row, QByteArrayView &out, RowError &error) const;
    template <typename Row>
    bool instant(const Row &row, Instant &out, QDateTime *full, RowError &error) const;
    QString columnLabel(Field f) const;

    QString m_source;
    bool m_direct = false;
    int m_headerSize = -1;
    std::array<Rule, FieldCount> m_rules;
};

} // namespace sb

#pragma once

#include "io/columnmapping.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sb {

// An editable column mapping (the import wizard's table), written and read in the JSON format
// ColumnMapping reads (docs/spec/INTERCHANGE.md). ColumnMapping::fromJson stays the one validator.
struct MappingDraft {
    Q_DECLARE_TR_FUNCTIONS(sb::MappingDraft)

public:
    struct Rule {
        enum class Kind { None, Column, Constant };
        Kind kind = Kind::None;
        QString column;                // Kind::Column
        QString constant;              // Kind::Constant
        QMap<QString, QString> values; // theirs -> ours; "*" is the fallback
        QString format;                // received_at only
        QString timezone;              // received_at only
    };

    QString source;
    QString notes;
    std::array<Rule, ColumnMapping::FieldCount> rules;

    // A header whose names are our own field names maps each to itself.
    static MappingDraft guess(const QStringList &header);
    static std::optional<MappingDraft> fromJson(const QByteArray &json, QString &error);
    QByteArray toJson() const;
    // Validates through ColumnMapping::fromJson.
    std::optional<ColumnMapping> build(QString &error) const;
    bool usesOwnFormat() const;
};

// The header and the first rows of a CSV file, with the distinct values seen in each column
// (for mapping values) — what the wizard shows before anything is decided.
struct FileSample {
    Q_DECLARE_TR_FUNCTIONS(sb::FileSample)

public:
    QStringList header;
    QList<QStringList> rows;     // first rows, as read
    QList<QStringList> distinct; // per column, in order of appearance, capped
    qint64 scannedRecords = 0;

    static std::optional<FileSample> read(const QString &path, int keepRows, int scanRecords,
                                          int maxDistinct, QString &error);
};

} // namespace sb

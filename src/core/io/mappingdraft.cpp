#include "io/mappingdraft.h"

#include "io/csvreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sb {

MappingDraft MappingDraft::guess(const QStringList &header) {
    MappingDraft d;
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const QString key = ColumnMapping::fieldKey(static_cast<ColumnMapping::Field>(f));
        for (const QString &h : header) {
            if (h.trimmed().compare(key, Qt::CaseInsensitive) == 0) {
                d.rules[static_cast<std::size_t>(f)].kind = Rule::Kind::Column;
                d.rules[static_cast<std::size_t>(f)].column = h.trimmed();
                break;
            }
        }
    }
    return d;
}

bool MappingDraft::usesOwnFormat() const {
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const Rule &r = rules[static_cast<std::size_t>(f)];
        if (r.kind == Rule::Kind::Constant || !r.values.isEmpty() || !r.format.isEmpty() ||
            !r.timezone.isEmpty())
            return false;
        if (r.kind == Rule::Kind::Column &&
            r.column != ColumnMapping::fieldKey(static_cast<ColumnMapping::Field>(f)))
            return false;
    }
    return true;
}

std::optional<MappingDraft> MappingDraft::fromJson(const QByteArray &json, QString &error) {
    if (!ColumnMapping::fromJson(json, error))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    MappingDraft d;
    d.source = root.value(QStringLiteral("source")).toString();
    d.notes = root.value(QStringLiteral("notes")).toString();
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const QJsonObject o =
            columns.value(ColumnMapping::fieldKey(static_cast<ColumnMapping::Field>(f))).toObject();
        if (o.isEmpty())
            continue;
        Rule &r = d.rules[static_cast<std::size_t>(f)];
        if (o.contains(QStringLiteral("constant"))) {
            r.kind = Rule::Kind::Constant;
            r.constant = o.value(QStringLiteral("constant")).toString();
        } else {
            r.kind = Rule::Kind::Column;
            r.column = o.value(QStringLiteral("column")).toString();
        }
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            r.values.insert(it.key(), it.value().toString());
        r.format = o.value(QStringLiteral("format")).toString();
        r.timezone = o.value(QStringLiteral("timezone")).toString();
    }
    return d;
}

QByteArray MappingDraft::toJson() const {
    QJsonObject root;
    root.insert(QStringLiteral("source"), source);
    if (!notes.isEmpty())
        root.insert(QStringLiteral("notes"), notes);
    QJsonObject columns;
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const Rule &r = rules[static_cast<std::size_t>(f)];
        if (r.kind == Rule::Kind::None)
            continue;
        QJsonObject o;
        if (r.kind == Rule::Kind::Constant)
            o.insert(QStringLiteral("constant"), r.constant);
        else
            o.insert(QStringLiteral("column"), r.column);
        if (!r.values.isEmpty()) {
            QJsonObject values;
            for (auto it = r.values.begin(); it != r.values.end(); ++it)
                values.insert(it.key(), it.value());
            o.insert(QStringLiteral("values"), values);
        }
        if (!r.format.isEmpty())
            o.insert(QStringLiteral("format"), r.format);
        if (!r.timezone.isEmpty())
            o.insert(QStringLiteral("timezone"), r.timezone);
        columns.insert(ColumnMapping::fieldKey(static_cast<ColumnMapping::Field>(f)), o);
    }
    root.insert(QStringLiteral("columns"), columns);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ColumnMapping> MappingDraft::build(QString &error) const {
    return ColumnMapping::fromJson(toJson(), error);
}

std::optional<FileSample> FileSample::read(const QString &path, int keepRows, int scanRecords,
                                           int maxDistinct, QString &error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    CsvReader reader(&f);
    if (!reader.readRecord()) {
        error = reader.hasError() ? reader.errorString()
                                  : tr("%1: the file is empty (no header)").arg(path);
        return std::nullopt;
    }
    FileSample s;
    s.header = reader.fields();
    for (QString &h : s.header)
        h = h.trimmed();
    s.distinct.resize(s.header.size());
    QList<QSet<QByteArray>> seen(s.header.size());
    while (s.scannedRecords < scanRecords && reader.readRecord()) {
        ++s.scannedRecords;
        if (s.rows.size() < keepRows)
            s.rows << reader.fields();
        const int n = std::min(reader.fieldCount(), static_cast<int>(s.header.size()));
        for (int i = 0; i < n; ++i) {
            if (seen[i].size() >= maxDistinct)
                continue;
            const QByteArrayView v = reader.fieldBytes(i).trimmed();
            if (v.size() > 200)
                continue; // free text, not a value to map
            const QByteArray key = v.toByteArray();
            if (!seen[i].contains(key)) {
                seen[i].insert(key);
                s.distinct[i] << QString::fromUtf8(key);
            }
        }
    }
    if (reader.hasError()) {
        error = reader.errorString();
        return std::nullopt;
    }
    return s;
}

} // namespace sb

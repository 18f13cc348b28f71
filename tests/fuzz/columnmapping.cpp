// Fuzz target: a column-mapping JSON file (ColumnMapping::fromJson). A mapping that parses is
// bound to a header naming its columns and reads a row of that width: nothing may crash.

#include "fuzzcheck.h"

#include "domain/complaint.h"
#include "io/columnmapping.h"
#include "io/csvreader.h"

#include <QBuffer>

namespace {

// Quotes a CSV field.
QByteArray quoted(const QString &text) {
    QByteArray b = text.toUtf8();
    b.replace('"', "\"\"");
    return '"' + b + '"';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QString error;
    auto mapping = sb::ColumnMapping::fromJson(sb::fuzz::bytes(data, size), error);
    if (!mapping) {
        SB_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    QList<QByteArray> header;
    QList<QByteArray> row;
    for (int f = 0; f < sb::ColumnMapping::FieldCount; ++f) {
        const QString column = mapping->sourceColumn(static_cast<sb::ColumnMapping::Field>(f));
        if (column.isEmpty())
            continue;
        header.append(quoted(column));
        row.append(f == sb::ColumnMapping::ReceivedAt ? QByteArray("2026-03-01T08:30:00Z")
                                                      : quoted(column));
    }
    QBuffer device;
    device.setData(header.join(',') + '\n' + row.join(',') + '\n');
    device.open(QIODevice::ReadOnly);
    sb::CsvReader reader(&device);
    if (!reader.readRecord() || !mapping->bindHeader(reader, error))
        return 0;
    if (reader.readRecord()) {
        sb::Complaint complaint;
        sb::RowError rowError;
        (void)mapping->toComplaint(reader, complaint, rowError);
        sb::GradingRow grading;
        (void)mapping->toGradingRow(reader, grading, rowError);
    }
    return 0;
}

// Fuzz target: the complaint CSV reader (CsvReader) with small limits. Property: the records,
// their fields and the error are the same whatever the chunk size the reader reads with.

#include "fuzzcheck.h"

#include "io/csvreader.h"

#include <QBuffer>

namespace {

struct Outcome {
    QList<QList<QByteArray>> records;
    QList<qint64> lines;
    QString error;
};

Outcome readAll(const QByteArray &input, qsizetype chunk, bool replace) {
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    sb::CsvReader reader(&device, chunk);
    sb::TextInputOptions options;
    options.maxRecordBytes = 4096;
    options.maxFields = 64;
    options.replaceInvalidUtf8 = replace;
    reader.setInputOptions(options);
    Outcome out;
    while (reader.readRecord()) {
        QList<QByteArray> fields;
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.fieldBytes(i).toByteArray());
        (void)reader.fields(); // the QString form too
        out.records.append(fields);
        out.lines.append(reader.recordLine());
        if (out.records.size() > 10000)
            break;
    }
    out.error = reader.errorString();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    // The first byte picks the small chunk size and the UTF-8 mode; the rest is the file.
    const qsizetype chunk = 1 + (data[0] & 0x3f);
    const bool replace = (data[0] & 0x40) != 0;
    const QByteArray input = sb::fuzz::bytes(data + 1, size - 1);
    const Outcome small = readAll(input, chunk, replace);
    const Outcome large = readAll(input, 1 << 16, replace);
    SB_FUZZ_CHECK(small.records == large.records);
    SB_FUZZ_CHECK(small.lines == large.lines);
    SB_FUZZ_CHECK(small.error == large.error);
    return 0;
}

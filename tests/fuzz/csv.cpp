// Fuzz target: the complaint CSV reader (CsvReader) with small limits. Property: the records,
// their fields, their lines and the error are the same whatever the chunk size the reader
// reads with.

#include "fuzzcheck.h"

#include "io/csvreader.h"

#include <QBuffer>

#include <memory>

namespace {

// A reader over `input` with small limits. The device outlives the reader (a member first).
struct Reader {
    QBuffer device;
    std::unique_ptr<sb::CsvReader> reader;
    Reader(const QByteArray &input, qsizetype chunk, bool replace) {
        device.setData(input);
        device.open(QIODevice::ReadOnly);
        reader = std::make_unique<sb::CsvReader>(&device, chunk);
        sb::TextInputOptions options;
        options.maxRecordBytes = 4096;
        options.maxFields = 64;
        options.replaceInvalidUtf8 = replace;
        reader->setInputOptions(options);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    // The first byte picks the small chunk size and the UTF-8 mode; the rest is the file.
    const qsizetype chunk = 1 + (data[0] & 0x3f);
    const bool replace = (data[0] & 0x40) != 0;
    const QByteArray input = sb::fuzz::bytes(data + 1, size - 1);
    // Both readers in step, record by record: the same fields (compared in place, no copies),
    // lines and error whatever the chunk size.
    Reader small(input, chunk, replace);
    Reader large(input, 1 << 16, replace);
    for (int records = 0; records <= 10000; ++records) {
        const bool a = small.reader->readRecord();
        const bool b = large.reader->readRecord();
        SB_FUZZ_CHECK(a == b);
        if (!a)
            break;
        SB_FUZZ_CHECK(small.reader->fieldCount() == large.reader->fieldCount());
        for (int i = 0; i < small.reader->fieldCount(); ++i)
            SB_FUZZ_CHECK(small.reader->fieldBytes(i) == large.reader->fieldBytes(i));
        SB_FUZZ_CHECK(small.reader->recordLine() == large.reader->recordLine());
        if ((records & 7) == 0)
            (void)small.reader->fields(); // the QString form too, now and then
    }
    SB_FUZZ_CHECK(small.reader->errorString() == large.reader->errorString());
    return 0;
}

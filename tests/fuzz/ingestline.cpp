// Fuzz target: one line of `signalboard-cli ingest` (ComplaintJsonLine::parse), in both UTF-8
// modes. Properties: a bad line always says why; with invalid UTF-8 replaced, a line is never
// refused for its encoding.

#include "fuzzcheck.h"

#include "io/jsonline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray line = sb::fuzz::bytes(data, size);
    for (const bool replace : {false, true}) {
        sb::Complaint complaint;
        QString error;
        const auto result = sb::ComplaintJsonLine::parse(line, 7, replace, complaint, error);
        if (result == sb::ComplaintJsonLine::Result::Bad) {
            SB_FUZZ_CHECK(error.startsWith(QLatin1StringView("line 7")));
            if (replace)
                SB_FUZZ_CHECK(!error.contains(QLatin1StringView("not valid UTF-8")));
        }
        if (result == sb::ComplaintJsonLine::Result::Complaint)
            SB_FUZZ_CHECK(complaint.receivedAt.isValid());
    }
    return 0;
}

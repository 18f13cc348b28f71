// Fuzz target: an iCalendar holiday file (ICalendarImport::parse). Property: an import that
// succeeds gives its days sorted by date, one per date, each valid.

#include "fuzzcheck.h"

#include "workflow/icalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sb::ICalendarImport::Result result;
    QString error;
    if (!sb::ICalendarImport::parse(sb::fuzz::bytes(data, size), result, error)) {
        SB_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (qsizetype i = 0; i < result.days.size(); ++i) {
        SB_FUZZ_CHECK(result.days[i].date.isValid());
        if (i > 0)
            SB_FUZZ_CHECK(result.days[i - 1].date < result.days[i].date);
    }
    return 0;
}

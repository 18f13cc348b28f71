// Fuzz target: a grading rule set's JSON (RuleSet::fromJson). Property: a rule set that parses
// writes itself back (toJson) as a text that parses to the same text again.

#include "fuzzcheck.h"

#include "grading/ruleset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QString error;
    const auto rules = sb::RuleSet::fromJson(sb::fuzz::bytes(data, size), error);
    if (!rules) {
        SB_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QByteArray written = rules->toJson();
    const auto again = sb::RuleSet::fromJson(written, error);
    SB_FUZZ_CHECK(again.has_value());
    SB_FUZZ_CHECK(again->toJson() == written);
    for (int t = 0; t < rules->typeCount(); ++t)
        for (int n : {-1, 0, 1, 5, 10, 100, 1000000})
            (void)rules->tableGrade(t, sb::GradingTier::Vip, n);
    return 0;
}

// Fuzz target: the arguments of `signalboard-cli report` (ReportArguments::parse, then the
// period text through ReportPeriod in two zones). The input is one "name=value" per line
// ("bom" alone is the flag). Properties: accepted arguments name a known format, language and
// sections; a period that parses is non-empty and its text (at()) parses to the same period.

#include "fuzzcheck.h"

#include "reports/deadlinessection.h"
#include "reports/escalationsection.h"
#include "reports/growthsection.h"
#include "reports/incidentssection.h"
#include "reports/knowledgebasesection.h"
#include "reports/qasection.h"
#include "reports/recurringsection.h"
#include "reports/reportarguments.h"
#include "reports/responsesection.h"
#include "reports/satisfactionsection.h"
#include "reports/volumesection.h"

namespace {

// ReportEngine::sectionKeys(), from the sections' own keys (the engine itself needs a database).
QStringList sectionKeys() {
    QStringList keys;
    for (const char *key :
         {sb::VolumeSection::kKey, sb::ResponseSection::kKey, sb::DeadlinesSection::kKey,
          sb::SatisfactionSection::kKey, sb::EscalationSection::kKey,
          sb::KnowledgeBaseSection::kKey, sb::IncidentsSection::kKey, sb::GrowthSection::kKey,
          sb::RecurringSection::kKey, sb::QaSection::kKey})
        keys.append(QLatin1StringView(key));
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QStringList keys = sectionKeys();
    static const QTimeZone zones[] = {QTimeZone::utc(),
                                      QTimeZone(QByteArrayLiteral("America/New_York"))};
    QHash<QString, QString> values;
    bool bom = false;
    const QString text = QString::fromUtf8(sb::fuzz::bytes(data, size));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            bom = bom || line == QLatin1StringView("bom");
        else
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    QString error;
    bool usage = false;
    const auto args = sb::ReportArguments::parse(values, bom, keys, error, usage);
    if (!args) {
        SB_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    SB_FUZZ_CHECK(QStringList({QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf"),
                               QStringLiteral("xlsx")})
                      .contains(args->format));
    for (const QString &s : args->sections)
        SB_FUZZ_CHECK(keys.contains(s));
    for (const QTimeZone &zone : zones) {
        sb::ReportPeriod period;
        bool ok = false;
        if (args->kind == sb::ReportPeriodKind::Range)
            ok = sb::ReportPeriod::range(args->from, args->to, zone, period, error);
        else if (values.contains(QStringLiteral("at")))
            ok = sb::ReportPeriod::parse(args->kind, args->at, zone, period, error);
        if (!ok)
            continue;
        SB_FUZZ_CHECK(period.startMs() < period.endMs());
        (void)period.previous();
        (void)period.yearEarlier();
        (void)period.buckets();
        if (args->kind != sb::ReportPeriodKind::Range) {
            sb::ReportPeriod again;
            SB_FUZZ_CHECK(sb::ReportPeriod::parse(args->kind, period.at(), zone, again, error));
            SB_FUZZ_CHECK(again == period);
        }
    }
    return 0;
}

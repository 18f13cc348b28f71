#include "reports/reportlabels.h"

#include "domain/labels.h"

#include <QHash>

namespace sb {

namespace {

using Table = QHash<QString, const char *>;

// The translation context of the tables' texts (Q_DECLARE_TR_FUNCTIONS(sb::ReportLabels)).
constexpr const char *kContext = "sb::ReportLabels";

// The key of a section-specific name: "<section>.<key>".
QString scoped(const QString &section, const QString &key) {
    return section + QLatin1Char('.') + key;
}

} // namespace

QString ReportLabels::measure(const QString &section, const QString &key,
                              const Translation &language) {
    // Names that differ by section first, then the shared ones.
    static const Table bySection{
        {QStringLiteral("satisfaction.low"), QT_TR_NOOP("Low scores")},
        {QStringLiteral("satisfaction.mean"), QT_TR_NOOP("Mean score")},
        {QStringLiteral("qa.low"), QT_TR_NOOP("Lower bound")},
        {QStringLiteral("qa.high"), QT_TR_NOOP("Upper bound")},
        {QStringLiteral("qa.key"), QT_TR_NOOP("Item")},
        {QStringLiteral("escalation.received"), QT_TR_NOOP("Tickets received")},
        {QStringLiteral("escalation.reasons"), QT_TR_NOOP("Escalation reasons")},
        {QStringLiteral("growth.score"), QT_TR_NOOP("Growth score")},
        {QStringLiteral("growth.current"), QT_TR_NOOP("This period")},
        {QStringLiteral("recurring.key"), QT_TR_NOOP("Value")},
        {QStringLiteral("recurring.items"), QT_TR_NOOP("Recurring problems")},
        {QStringLiteral("knowledge_base.text"), QT_TR_NOOP("Search text")},
    };
    static const Table shared{
        // volume
        {QStringLiteral("total"), QT_TR_NOOP("Total")},
        {QStringLiteral("by_channel"), QT_TR_NOOP("By channel")},
        {QStringLiteral("by_problem_type"), QT_TR_NOOP("By problem type")},
        {QStringLiteral("by_customer_tier"), QT_TR_NOOP("By customer tier")},
        {QStringLiteral("by_region"), QT_TR_NOOP("By region")},
        {QStringLiteral("series"), QT_TR_NOOP("Over time")},
        {QStringLiteral("previous_total"), QT_TR_NOOP("Previous period")},
        {QStringLiteral("year_earlier_total"), QT_TR_NOOP("A year earlier")},
        {QStringLiteral("start"), QT_TR_NOOP("From")},
        {QStringLiteral("end"), QT_TR_NOOP("To")},
        {QStringLiteral("count"), QT_TR_NOOP("Tickets")},
        // response
        {QStringLiteral("first_response"), QT_TR_NOOP("First response")},
        {QStringLiteral("handling"), QT_TR_NOOP("Handling to the first close")},
        {QStringLiteral("all"), QT_TR_NOOP("All")},
        {QStringLiteral("received"), QT_TR_NOOP("Received")},
        {QStringLiteral("responded"), QT_TR_NOOP("Responded")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("wall"), QT_TR_NOOP("Wall clock")},
        {QStringLiteral("working"), QT_TR_NOOP("Working time")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("mean"), QT_TR_NOOP("Mean")},
        {QStringLiteral("median"), QT_TR_NOOP("Median")},
        {QStringLiteral("p90"), QT_TR_NOOP("P90")},
        // deadlines
        {QStringLiteral("met"), QT_TR_NOOP("Met")},
        {QStringLiteral("breached"), QT_TR_NOOP("Breached")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("open_breached"), QT_TR_NOOP("Open and overdue")},
        {QStringLiteral("compliance"), QT_TR_NOOP("Compliance")},
        {QStringLiteral("as_of"), QT_TR_NOOP("As of")},
        {QStringLiteral("by_milestone"), QT_TR_NOOP("By milestone")},
        // satisfaction
        {QStringLiteral("responses"), QT_TR_NOOP("Responses")},
        {QStringLiteral("by_level"), QT_TR_NOOP("By score")},
        {QStringLiteral("trend"), QT_TR_NOOP("Trend")},
        {QStringLiteral("low_score_reasons"), QT_TR_NOOP("Reasons for low scores")},
        {QStringLiteral("level"), QT_TR_NOOP("Responses by score")},
        {QStringLiteral("low_reason"), QT_TR_NOOP("Low scores by reason")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        // escalation
        {QStringLiteral("tier2"), QT_TR_NOOP("Escalated to technical support")},
        {QStringLiteral("tier2_share"), QT_TR_NOOP("Share escalated to technical support")},
        {QStringLiteral("tier3"), QT_TR_NOOP("Escalated to experts")},
        {QStringLiteral("tier3_share"), QT_TR_NOOP("Share escalated to experts")},
        {QStringLiteral("appeals"), QT_TR_NOOP("Appeals")},
        {QStringLiteral("appeal_rate"), QT_TR_NOOP("Appeal rate")},
        {QStringLiteral("repeats"), QT_TR_NOOP("Repeat complaints")},
        {QStringLiteral("repeat_share"), QT_TR_NOOP("Repeat share")},
        {QStringLiteral("repeat_days"), QT_TR_NOOP("Repeat window (days)")},
        // growth
        {QStringLiteral("problem_types"), QT_TR_NOOP("Problem types")},
        {QStringLiteral("problem_type"), QT_TR_NOOP("Problem type")},
        {QStringLiteral("previous"), QT_TR_NOOP("Previous period")},
        {QStringLiteral("has_previous"), QT_TR_NOOP("Previous period counted")},
        {QStringLiteral("min_volume"), QT_TR_NOOP("Minimum volume")},
        // incidents
        {QStringLiteral("incidents"), QT_TR_NOOP("Incidents")},
        {QStringLiteral("complaints"), QT_TR_NOOP("Complaints")},
        {QStringLiteral("duration_ms"), QT_TR_NOOP("Duration (ms)")},
        {QStringLiteral("id"), QT_TR_NOOP("ID")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("post_grade"), QT_TR_NOOP("Grade after review")},
        {QStringLiteral("opened_at"), QT_TR_NOOP("Opened")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("Closed at")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner ID")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("by_grade"), QT_TR_NOOP("By grade")},
        // knowledge base
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("uses"), QT_TR_NOOP("Uses")},
        {QStringLiteral("viewed"), QT_TR_NOOP("Viewed")},
        {QStringLiteral("linked"), QT_TR_NOOP("Linked")},
        {QStringLiteral("used"), QT_TR_NOOP("Used")},
        {QStringLiteral("tickets"), QT_TR_NOOP("Tickets")},
        {QStringLiteral("articles_used"), QT_TR_NOOP("Articles used")},
        {QStringLiteral("articles"), QT_TR_NOOP("Articles")},
        {QStringLiteral("top_searches"), QT_TR_NOOP("Top searches")},
        {QStringLiteral("empty_searches"), QT_TR_NOOP("Searches without a result")},
        // qa
        {QStringLiteral("reviews"), QT_TR_NOOP("Reviews")},
        {QStringLiteral("mean_score"), QT_TR_NOOP("Mean score")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("pass_rate"), QT_TR_NOOP("Pass rate")},
        {QStringLiteral("passed"), QT_TR_NOOP("Passed")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("scored"), QT_TR_NOOP("Scored")},
        {QStringLiteral("rate"), QT_TR_NOOP("Rate")},
        {QStringLiteral("share"), QT_TR_NOOP("Share")},
        {QStringLiteral("estimate"), QT_TR_NOOP("Estimate")},
        {QStringLiteral("approximate"), QT_TR_NOOP("Approximate")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("critical_failed"), QT_TR_NOOP("Critical items failed")},
        {QStringLiteral("disputes"), QT_TR_NOOP("QA disputes")},
        {QStringLiteral("overturned"), QT_TR_NOOP("Overturned")},
        {QStringLiteral("top_failing_items"), QT_TR_NOOP("Most failed items")},
        // recurring
        {QStringLiteral("dimension"), QT_TR_NOOP("Dimension")},
        {QStringLiteral("counts"), QT_TR_NOOP("Counts")},
        {QStringLiteral("supervision"), QT_TR_NOOP("Supervision")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("threshold"), QT_TR_NOOP("Threshold")},
        {QStringLiteral("periods_required"), QT_TR_NOOP("Periods required")},
        {QStringLiteral("enough_periods"), QT_TR_NOOP("Enough periods")},
        {QStringLiteral("periods"), QT_TR_NOOP("Periods")},
    };
    if (const auto it = bySection.constFind(scoped(section, key)); it != bySection.cend())
        return language.text(kContext, *it);
    if (const auto it = shared.constFind(key); it != shared.cend())
        return language.text(kContext, *it);
    return key;
}

QString ReportLabels::dimension(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("problem_type"), QT_TR_NOOP("Problem type")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("customer_tier"), QT_TR_NOOP("Customer tier")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("milestone"), QT_TR_NOOP("Milestone")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
    };
    const auto it = t.constFind(key);
    return it == t.cend() ? key : language.text(kContext, *it);
}

QString ReportLabels::value(const QString &dimension, const QString &key,
                            const Translation &language) {
    if (dimension == QLatin1StringView("channel"))
        return Labels::channel(key, language);
    if (dimension == QLatin1StringView("problem_type"))
        return Labels::problemType(key, language);
    if (dimension == QLatin1StringView("customer_tier"))
        return Labels::tier(key, language);
    if (dimension == QLatin1StringView("milestone"))
        return Labels::milestone(key, language);
    if (dimension == QLatin1StringView("grade"))
        return Labels::grade(key, language);
    if (dimension == QLatin1StringView("satisfaction"))
        return Labels::satisfaction(key, language);
    return key;
}

QString ReportLabels::dimensionOf(const QString &section, const QString &key) {
    Q_UNUSED(section)
    static const QHash<QString, QString> t{
        {QStringLiteral("by_channel"), QStringLiteral("channel")},
        {QStringLiteral("by_problem_type"), QStringLiteral("problem_type")},
        {QStringLiteral("by_customer_tier"), QStringLiteral("customer_tier")},
        {QStringLiteral("by_region"), QStringLiteral("region")},
        {QStringLiteral("by_milestone"), QStringLiteral("milestone")},
        {QStringLiteral("by_grade"), QStringLiteral("grade")},
        {QStringLiteral("by_level"), QStringLiteral("score")},
        {QStringLiteral("first_response"), QStringLiteral("channel")},
        {QStringLiteral("handling"), QStringLiteral("problem_type")},
        {QStringLiteral("problem_type"), QStringLiteral("problem_type")},
        {QStringLiteral("grade"), QStringLiteral("grade")},
        {QStringLiteral("post_grade"), QStringLiteral("grade")},
        {QStringLiteral("channel"), QStringLiteral("channel")},
    };
    return t.value(key);
}

} // namespace sb

#pragma once

#include "qa/agreement.h"
#include "qa/scorecard.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sb {

// Agreement of one scorecard item between the first and the blind second reviews of a week:
// Krippendorff's α, ordinal for graded scales and nominal for pass/fail (N/A is missing),
// and the percent of tickets both rated alike.
struct QaAgreementItem {
    QString key;
    QString title;   // as the scorecard item is labelled
    QString titleZh; // empty when the item has none
    ScoreScale scale = ScoreScale::PassFail;
    AlphaMetric metric = AlphaMetric::Nominal;
    AlphaResult alpha;
    PercentAgreement percent;
};

// One ISO week (Monday to Sunday) of the continuous double review: the double-reviewed
// tickets of the week's sampled days whose first and second reviews are both submitted.
struct QaAgreementWeek {
    QDate weekStart; // a Monday
    qint64 tickets = 0;
    AlphaResult scoreAlpha;         // interval α of the two review scores (0..100)
    PercentAgreement passAgreement; // both passed or both failed, over the tickets
    QList<QaAgreementItem> items;   // in scorecard order
};

// Inter-inspector agreement (校准) trended over weeks, from the double reviews that
// qa.double_rate adds to each day's sample (QaSampleStore): week by week, how far the first
// inspector ("sample" review) and the blind second inspector ("double" review) agree. A
// ticket belongs to the week of its sampled day, a date of the business calendar's zone.
// Scores as they stand (after a decided dispute of the first review).
class QaAgreementTrend {
    Q_DECLARE_TR_FUNCTIONS(QaAgreementTrend)
public:
    // Every week from the one holding `from` to the one holding `to`, oldest first, weeks
    // without double reviews included (tickets 0, α undefined). At most kMaxWeeks weeks.
    static bool weeks(Database &db, const QDate &from, const QDate &to, QList<QaAgreementWeek> &out,
                      QString &error);
    // The Monday of `day`'s ISO week.
    static QDate weekStart(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

    // Krippendorff's usual thresholds: α ≥ 0.8 reliable, ≥ 0.667 for tentative conclusions.
    static constexpr double kReliable = 0.8;
    static constexpr double kTentative = 0.667;
    static constexpr qint64 kMaxWeeks = 260;
};

} // namespace sb

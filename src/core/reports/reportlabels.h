#pragma once

#include <QCoreApplication>
#include <QString>

#include "util/translation.h"

namespace sb {

// The labels of a report's stable keys in human documents (PDF, CSV, Excel, the screen): the
// names of figures, tables and columns ("by_channel" → "By channel", "previous_total" →
// "Previous period"), of the dimensions a figure is broken down by ("channel" → "Channel") and
// of their values through the product's vocabulary (Labels: "phone" → "Phone"). Texts are
// translated at each call in `language`: by default the interface's (the translators
// installed then); a scheduled report passes its schedule's. Unknown keys are returned as they are.
// The machine form (JSON) keeps the keys.
class ReportLabels {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportLabels)
public:
    // A figure, table or column of `section` ("volume", "by_channel").
    static QString measure(const QString &section, const QString &key,
                           const Translation &language = {});
    // A dimension's name ("problem_type" → "Problem type").
    static QString dimension(const QString &key, const Translation &language = {});
    // A value of `dimension` ("channel", "phone" → "Phone"); free values (regions, reasons,
    // scores) as they are.
    static QString value(const QString &dimension, const QString &key,
                         const Translation &language = {});
    // The dimension whose values the rows of figure `key` of `section` are keyed by
    // ("by_channel" → "channel"), or the values of column `key` hold ("problem_type",
    // "post_grade" → "grade"); empty when none.
    static QString dimensionOf(const QString &section, const QString &key);
};

} // namespace sb

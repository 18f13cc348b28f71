#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sb {

// Any report in its machine form (ReportEngine::toJson: "period", "generated_at", "cutoff",
// then one object per section) as a document for the PDF, CSV and Excel writers, so that a
// section added to the engine prints without code here. Per section: its top-level figures
// (numbers, texts, null as "–") in one table; every object of figures (by_channel …) as a
// table of key and value, and a bar chart when all its values are numbers; every object of
// objects (per channel: mean, median, p90 …) as a table with a row per key; every array of
// objects (series, top lists) as a table with a column per field, and a line chart of the
// first numeric field when the array is a series of more than one point. Headings, figure,
// table and column names and the keys of dimensions (channels, problem types, tiers,
// milestones, grades) are labels in the document's language (ReportLabels, through the
// translation given); each labelled cell, table and chart keeps its stable key
// (ReportCell::key, ReportTable::key and columns, ReportChart::key). Unknown keys stay as
// they are. The report's "archived" object becomes the document's note (ReportEngine::
// archivedNote), not a section.
class ReportJsonDocument {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportJsonDocument)
public:
    // `translation`: the language of the texts (default: the interface's translators); a
    // scheduled report passes its schedule's, so the interface's language never changes.
    static ReportDocument build(const QJsonObject &report, const QString &language,
                                const Translation &translation = {});
    // The heading of a section key ("volume" → "Volume"), the key itself when unknown.
    static QString heading(const QString &key, const Translation &language = {});
};

} // namespace sb

#pragma once

#include "reports/reportperiod.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// The choices of one report run from the command line (signalboard-cli report), checked
// before the database is opened: output format and language, the period kind with its --at or
// --from/--to text (read against the business calendar's zone later, by ReportPeriod), and the
// sections.
struct ReportArguments {
    QString format; // json, csv, pdf or xlsx
    QString lang;   // en or zh_CN
    QString output; // a file, or "-" for standard output (json and csv only)
    ReportPeriodKind kind = ReportPeriodKind::Day;
    QString at;           // empty: the last complete period (not for a range)
    QString from;         // a range only
    QString to;           // a range only
    QStringList sections; // empty: every section
    bool bom = false;

    bool binary() const;
    // Reads the options as given (name without "--" -> value; flags: "bom"). `sectionKeys`
    // are the report's section keys (ReportEngine::sectionKeys()). On failure returns nullopt
    // with `error` saying why; `usage` is set when the usage text should follow.
    static std::optional<ReportArguments> parse(const QHash<QString, QString> &values, bool bom,
                                                const QStringList &sectionKeys, QString &error,
                                                bool &usage);
};

} // namespace sb

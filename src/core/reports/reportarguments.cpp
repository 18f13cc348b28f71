#include "reports/reportarguments.h"

namespace sb {

bool ReportArguments::binary() const {
    return format == QLatin1StringView("pdf") || format == QLatin1StringView("xlsx");
}

std::optional<ReportArguments> ReportArguments::parse(const QHash<QString, QString> &values,
                                                      bool bom, const QStringList &sectionKeys,
                                                      QString &error, bool &usage) {
    usage = false;
    const auto has = [&](const char *name) {
        return values.contains(QLatin1StringView(name));
    };
    const auto value = [&](const char *name) {
        return values.value(QLatin1StringView(name));
    };
    ReportArguments a;
    a.bom = bom;
    a.output = value("output");
    a.format = has("format") ? value("format") : QStringLiteral("json");
    if (a.format != QLatin1StringView("json") && a.format != QLatin1StringView("csv") &&
        !a.binary()) {
        error = QStringLiteral("--format \"%1\" is not one of json, csv, pdf, xlsx")
                    .arg(a.format.left(40));
        return std::nullopt;
    }
    a.lang = has("lang") ? value("lang") : QStringLiteral("en");
    if (a.lang != QLatin1StringView("en") && a.lang != QLatin1StringView("zh_CN")) {
        error = QStringLiteral("--lang \"%1\" is not one of en, zh_CN").arg(a.lang.left(40));
        return std::nullopt;
    }
    if (a.binary() && a.output == QLatin1StringView("-")) {
        error = QStringLiteral("--format %1 needs --output FILE").arg(a.format);
        return std::nullopt;
    }
    const bool isRange = has("from") || has("to");
    if (has("period")) {
        const auto kind = reportPeriodKindFromKey(value("period"));
        if (!kind) {
            error = QStringLiteral("--period \"%1\" is not one of hour, day, week, month, range")
                        .arg(value("period").left(40));
            return std::nullopt;
        }
        a.kind = *kind;
    } else if (isRange) {
        a.kind = ReportPeriodKind::Range;
    } else {
        error = QStringLiteral("give --period hour|day|week|month, or --from and --to");
        usage = true;
        return std::nullopt;
    }
    if (a.kind == ReportPeriodKind::Range) {
        if (!has("from") || !has("to") || has("at")) {
            error = QStringLiteral("a range needs --from and --to (and no --at)");
            return std::nullopt;
        }
    } else if (isRange) {
        error = QStringLiteral("--from and --to give a range; they do not go with --period %1")
                    .arg(reportPeriodKindKey(a.kind));
        return std::nullopt;
    }
    a.at = value("at");
    a.from = value("from");
    a.to = value("to");
    if (has("sections")) {
        a.sections = value("sections").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : std::as_const(a.sections)) {
            if (!sectionKeys.contains(s.trimmed())) {
                error = QStringLiteral("--sections: \"%1\" is not one of %2")
                            .arg(s.left(40), sectionKeys.join(QStringLiteral(", ")));
                return std::nullopt;
            }
        }
        for (QString &s : a.sections)
            s = s.trimmed();
    }
    return a;
}

} // namespace sb

#include "grading/replay.h"

#include "io/csvreader.h"

#include <algorithm>

namespace sb {

bool Replay::readComplaints(QIODevice &in, ColumnMapping mapping, std::vector<GradingRow> &rows,
                            QString &error, const TextInputOptions &text) {
    CsvReader reader(&in);
    reader.setInputOptions(text);
    if (!reader.readRecord()) {
        error = reader.hasError() ? reader.errorString() : tr("line 1: the file has no header row");
        return false;
    }
    if (!mapping.bindHeader(reader, error))
        return false;
    RowError rowError;
    GradingRow row;
    while (reader.readRecord()) {
        if (!mapping.toGradingRow(reader, row, rowError)) {
            error = rowError.toString();
            return false;
        }
        rows.push_back(row);
    }
    if (reader.hasError()) {
        error = reader.errorString();
        return false;
    }
    return true;
}

bool Replay::readShares(QIODevice &in, std::vector<ShareSample> &samples, QString &error,
                        const TextInputOptions &text) {
    CsvReader reader(&in);
    reader.setInputOptions(text);
    if (!reader.readRecord()) {
        error = reader.hasError() ? reader.errorString() : tr("line 1: the file has no header row");
        return false;
    }
    int at = -1, type = -1, share = -1;
    for (int i = 0; i < reader.fieldCount(); ++i) {
        const QString name = reader.field(i).trimmed();
        int *slot = name == QLatin1StringView("at")             ? &at
                    : name == QLatin1StringView("problem_type") ? &type
                    : name == QLatin1StringView("share")        ? &share
                                                                : nullptr;
        if (slot && *slot >= 0) {
            error = tr("line %1: %2: the header names this column twice")
                        .arg(reader.recordLine())
                        .arg(name);
            return false;
        }
        if (slot)
            *slot = i;
    }
    for (const auto &[index, name] :
         {std::pair{at, "at"}, std::pair{type, "problem_type"}, std::pair{share, "share"}}) {
        if (index < 0) {
            error = tr("line %1: %2: required column missing")
                        .arg(reader.recordLine())
                        .arg(QLatin1StringView(name));
            return false;
        }
    }
    const int width = reader.fieldCount();
    while (reader.readRecord()) {
        const qint64 line = reader.recordLine();
        if (reader.fieldCount() != width) {
            error = RowError{line,
                             {},
                             tr("the record has %1 fields, the header has %2")
                                 .arg(reader.fieldCount())
                                 .arg(width)}
                        .toString();
            return false;
        }
        ShareSample s;
        if (!parseIsoInstant(reader.fieldBytes(at).trimmed(), s.at)) {
            error =
                RowError{
                    line, QStringLiteral("at"),
                    tr("\"%1\" is not an ISO 8601 time with an offset or Z").arg(reader.field(at))}
                    .toString();
            return false;
        }
        s.problemType = RuleSet::typeIndex(reader.fieldBytes(type).trimmed());
        if (s.problemType < 0) {
            error = RowError{line, QStringLiteral("problem_type"),
                             tr("unknown problem type \"%1\"").arg(reader.field(type))}
                        .toString();
            return false;
        }
        bool ok = false;
        s.share = reader.field(share).trimmed().toDouble(&ok);
        if (!ok || !(s.share >= 0 && s.share <= 1)) {
            error = RowError{line, QStringLiteral("share"),
                             tr("\"%1\" is not a fraction from 0 to 1 (0.013 = 1.3 %)")
                                 .arg(reader.field(share))}
                        .toString();
            return false;
        }
        samples.push_back(s);
    }
    if (reader.hasError()) {
        error = reader.errorString();
        return false;
    }
    return true;
}

void Replay::run(const RuleSet &rules, std::vector<GradingRow> &rows,
                 std::vector<ShareSample> &samples, const IncidentEngine::Sink &sink) {
    const auto byRowTime = [](const GradingRow &a, const GradingRow &b) {
        return a.receivedAt.ms < b.receivedAt.ms;
    };
    const auto bySampleTime = [](const ShareSample &a, const ShareSample &b) {
        return a.at.ms < b.at.ms;
    };
    if (!std::is_sorted(rows.begin(), rows.end(), byRowTime))
        std::stable_sort(rows.begin(), rows.end(), byRowTime);
    if (!std::is_sorted(samples.begin(), samples.end(), bySampleTime))
        std::stable_sort(samples.begin(), samples.end(), bySampleTime);

    IncidentEngine engine(rules, sink, IncidentEngine::QuietClose::On);
    std::size_t j = 0;
    for (const GradingRow &r : rows) {
        while (j < samples.size() && samples[j].at.ms < r.receivedAt.ms) {
            const ShareSample &s = samples[j++];
            engine.addAffectedShare(s.at.ms, s.problemType, s.share, s.at.offsetTag);
        }
        engine.addComplaint(r.receivedAt.ms, r.problemType, r.tier, r.receivedAt.offsetTag);
    }
    for (; j < samples.size(); ++j)
        engine.addAffectedShare(samples[j].at.ms, samples[j].problemType, samples[j].share,
                                samples[j].at.offsetTag);
}

QByteArray Replay::jsonLine(const RuleSet &rules, const IncidentEvent &e) {
    // Keys, grades and colours are fixed ASCII words: no escaping needed.
    QByteArray line;
    line.reserve(256);
    line += "{\"at\":\"" + formatInstant(e.atMs, e.offsetTag).toLatin1() + "\",\"event\":\"" +
            incidentEventKey(e.kind).toLatin1() + "\",\"problem_type\":\"" +
            rules.typeKey(e.problemType).toLatin1() + "\",\"class\":\"" +
            problemClassKey(rules.typeClass(e.problemType)).toLatin1() + '"';
    if (e.kind == IncidentEventKind::Opened)
        line += ",\"trigger\":\"" + incidentTriggerKey(e.trigger).toLatin1() + '"';
    if (e.kind == IncidentEventKind::Regraded)
        line += ",\"from\":\"" + gradeKey(e.from).toLatin1() + '"';
    line += ",\"grade\":\"" + gradeKey(e.grade).toLatin1() + "\",\"warning\":\"" +
            warningColourKey(e.grade).toLatin1() +
            "\",\"counts\":{\"normal_30m\":" + QByteArray::number(e.counts.normal30) +
            ",\"vip_30m\":" + QByteArray::number(e.counts.vip30) +
            ",\"normal_60m\":" + QByteArray::number(e.counts.normal60) +
            ",\"vip_60m\":" + QByteArray::number(e.counts.vip60) + "}}";
    return line;
}

} // namespace sb

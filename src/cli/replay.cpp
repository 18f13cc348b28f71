#include "commands.h"
#include "options.h"

#include "grading/replay.h"

#include <QFile>

namespace sb::cli {

// replay --input F.csv [--map M.json] [--rules R.json] [--affected A.csv]
//        [--max-record-bytes N] [--replace-invalid-utf8]
// Prints the incident events of docs/spec/GRADING.md as JSON Lines (docs/spec/INTERCHANGE.md). Bad
// input stops the run before any event is printed: "F.csv: line N: column: reason", exit 1.
int replay(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("input")},
                 {QStringLiteral("map"), QStringLiteral("rules"), QStringLiteral("affected"),
                  QStringLiteral("max-record-bytes")},
                 {QStringLiteral("replace-invalid-utf8")});
    TextInputOptions text;
    if (!opts.ok(io) || !opts.textInput(io, QStringLiteral("max-record-bytes"), text))
        return 2;
    QString error;
    const auto fail = [&](const QString &where, const QString &what) {
        io.err << "signalboard-cli: " << where << ": " << what << '\n';
        return 1;
    };

    std::optional<RuleSet> rules;
    if (opts.has(QStringLiteral("rules"))) {
        rules = RuleSet::fromFile(opts.value(QStringLiteral("rules")), error);
        if (!rules)
            return fail(opts.value(QStringLiteral("rules")), error);
    } else {
        rules = RuleSet::defaults();
    }

    ColumnMapping mapping = ColumnMapping::direct();
    if (opts.has(QStringLiteral("map"))) {
        auto m = ColumnMapping::fromFile(opts.value(QStringLiteral("map")), error);
        if (!m)
            return fail(opts.value(QStringLiteral("map")), error);
        mapping = std::move(*m);
    }

    std::vector<ShareSample> samples;
    if (opts.has(QStringLiteral("affected"))) {
        const QString path = opts.value(QStringLiteral("affected"));
        QFile affected(path);
        if (!affected.open(QIODevice::ReadOnly))
            return fail(path, affected.errorString());
        if (!Replay::readShares(affected, samples, error, text))
            return fail(path, error);
    }

    const QString inputPath = opts.value(QStringLiteral("input"));
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(inputPath, input.errorString());
    QByteArray out;
    const bool ok = Replay::replay(
        input, std::move(mapping), std::move(samples), *rules,
        [&](const IncidentEvent &e) {
            out += Replay::jsonLine(*rules, e);
            out += '\n';
        },
        error, text);
    if (!ok)
        return fail(inputPath, error);
    io.out << QLatin1StringView(out);
    io.out.flush();
    return 0;
}

} // namespace sb::cli

#include "commands.h"
#include "options.h"

#include "qa/qasamplestore.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb::cli {

namespace {

constexpr auto kUsage = "usage: signalboard-cli qa sample --db URL --date YYYY-MM-DD [--rate R] "
                        "[--by channel|problem_type|handler_id|team_id|none] [--seed N]\n";

// The day's sample (抽检) as JSON Lines, drawing and storing it first when it is not stored.
int sample(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("date")},
                 {QStringLiteral("rate"), QStringLiteral("by"), QStringLiteral("seed")});
    if (!opts.ok(io)) {
        io.err << kUsage;
        return 2;
    }
    QaDrawRequest request;
    const QString date = opts.value(QStringLiteral("date"));
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    request.day = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
    if (!dateRe.match(date).hasMatch() || !request.day.isValid()) {
        io.err << "signalboard-cli: --date \"" << date.left(40)
               << "\" is not a date YYYY-MM-DD, e.g. 2026-03-29\n";
        return 2;
    }
    if (opts.has(QStringLiteral("rate"))) {
        QString error;
        const QString rate = opts.value(QStringLiteral("rate"));
        if (!QaRate::parse(rate, error)) {
            io.err << "signalboard-cli: --rate: " << error << '\n';
            return 2;
        }
        request.rate = rate;
    }
    if (opts.has(QStringLiteral("by"))) {
        const QString by = opts.value(QStringLiteral("by"));
        request.stratifyBy = qaStratifyByFromKey(by);
        if (!request.stratifyBy) {
            io.err << "signalboard-cli: --by \"" << by.left(40) << "\" is not one of "
                   << qaStratifyByKeys().join(QStringLiteral(", ")) << '\n';
            return 2;
        }
    }
    if (opts.has(QStringLiteral("seed"))) {
        const QString seed = opts.value(QStringLiteral("seed"));
        bool ok = false;
        const quint64 value = seed.toULongLong(&ok);
        if (!ok || value > QaSampling::kMaxSeed || seed.startsWith(QLatin1Char('+'))) {
            io.err << "signalboard-cli: --seed \"" << seed.left(40)
                   << "\" is not a whole number from 0 to " << QaSampling::kMaxSeed << '\n';
            return 2;
        }
        request.seed = value;
    }
    request.actor = QStringLiteral("signalboard-cli");
    auto db = opts.openDatabase(io, QStringLiteral("qa-sample"));
    if (!db || !schemaReady(*db, io))
        return 1;
    SystemClock clock;
    QaSampleStore store(*db, clock);
    QaDrawResult result;
    QString error;
    if (!store.draw(request, result, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    const QaSampleDay &s = result.sample;
    if (result.seedIgnored)
        io.err << "signalboard-cli: note: the sample of " << date << " was drawn already with seed "
               << s.seed << "; --seed " << *request.seed << " was ignored\n";
    if (result.settingsIgnored)
        io.err << "signalboard-cli: note: the sample of " << date << " was drawn already with rate "
               << s.rate << " by " << qaStratifyByKey(s.stratifyBy)
               << "; --rate and --by were ignored\n";
    for (const QaSampledTicket &t : s.inSample()) {
        const QJsonObject line{
            {QStringLiteral("ticket_id"), t.ticketId},
            {QStringLiteral("serial"), t.serial},
            {QStringLiteral("stratum"), t.stratum},
            {QStringLiteral("assignee"),
             t.assigneeLogin.isEmpty() ? QJsonValue() : QJsonValue(t.assigneeLogin)},
            {QStringLiteral("second_assignee"),
             t.secondAssigneeLogin.isEmpty() ? QJsonValue() : QJsonValue(t.secondAssigneeLogin)},
            {QStringLiteral("rank"), t.position},
        };
        io.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    return 0;
}

} // namespace

// qa sample: the quality-assurance side for scripts and cron.
int qa(const QStringList &args, Io io) {
    if (args.value(0) == QLatin1StringView("sample"))
        return sample(args.mid(1), io);
    io.err << kUsage;
    return 2;
}

} // namespace sb::cli

#include "commands.h"
#include "options.h"

#include "demo/demoseeder.h"
#include "util/clock.h"

namespace sb::cli {

namespace {
bool wholeNumber(const Options &opts, const QString &name, qint64 lo, qint64 hi, qint64 &out,
                 Io io) {
    if (!opts.has(name))
        return true;
    bool ok = false;
    const qint64 v = opts.value(name).toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        io.err << "signalboard-cli: --" << name << ": \"" << opts.value(name)
               << "\" is not a whole number from " << lo << " to " << hi << '\n';
        return false;
    }
    out = v;
    return true;
}
} // namespace

// Writes the demo centre (staff, teams, roles, knowledge base, calendar, tickets with their
// timelines, incidents, broadcasts with receipts) into a migrated database without tickets:
// the same code `signalboard --demo` runs on its own file.
int demoSeed(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")},
                 {QStringLiteral("days"), QStringLiteral("seed"), QStringLiteral("until"),
                  QStringLiteral("logins")});
    if (!opts.ok(io))
        return 2;
    DemoOptions o;
    qint64 days = o.days;
    qint64 seed = o.seed;
    if (!wholeNumber(opts, QStringLiteral("days"), 1, 366, days, io) ||
        !wholeNumber(opts, QStringLiteral("seed"), 0, 4294967295LL, seed, io))
        return 2;
    o.days = int(days);
    o.seed = quint32(seed);
    SystemClock clock;
    o.nowMs = clock.nowMs();
    if (opts.has(QStringLiteral("until"))) {
        const QDateTime until =
            QDateTime::fromString(opts.value(QStringLiteral("until")), Qt::ISODateWithMs);
        if (!until.isValid() || until.timeSpec() == Qt::LocalTime) {
            io.err << "signalboard-cli: --until: \"" << opts.value(QStringLiteral("until"))
                   << "\" is not an ISO 8601 time with an offset or Z, e.g. "
                      "2026-03-01T10:00:00+08:00\n";
            return 2;
        }
        o.nowMs = until.toMSecsSinceEpoch();
    }
    o.loginPassword = opts.value(QStringLiteral("logins"));
    if (opts.has(QStringLiteral("logins")) && o.loginPassword.isEmpty()) {
        io.err << "signalboard-cli: --logins needs the password the demo logins get\n";
        return 2;
    }

    auto db = opts.openDatabase(io, QStringLiteral("demo"));
    if (!db)
        return 1;
    if (!schemaReady(*db, io))
        return 1;
    QString error;
    DemoSeeder seeder(*db);
    DemoSummary s;
    int shown = -1;
    const bool ok = seeder.seed(
        o, error,
        [&](int percent) {
            if (percent / 10 != shown / 10) {
                shown = percent;
                io.err << "\rwriting the demo history: " << percent << " %";
                io.err.flush();
            }
        },
        &s);
    io.err << '\n';
    if (!ok) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    io.out << "demo written to " << db->url().toDisplayString() << ":\n"
           << "  staff " << s.staff << ", teams " << s.teams << ", knowledge-base articles "
           << s.articles << ", calendar days " << s.calendarDays << '\n'
           << "  tickets " << s.tickets << ", timeline lines " << s.timelineLines << ", incidents "
           << s.incidents << '\n'
           << "  broadcasts " << s.broadcasts << ", receipts " << s.receipts << '\n';
    if (s.logins > 0)
        io.out << "  database logins " << s.logins << " (e.g. supervisor, agent11, admin)\n";
    else
        io.out << "  sign in as e.g. supervisor, agent11 or admin with the password "
               << DemoSeeder::demoPassword() << '\n';
    return 0;
}

} // namespace sb::cli

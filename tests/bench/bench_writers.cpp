// Benchmark: lost updates under load. Eight workstation processes (sb_writer_worker) each
// apply workflow actions and edits to the same tickets with the version they read, through
// TicketWorkflow and TicketEdits, as fast as they can (no think time); then every accepted
// change is checked against the timeline, the versions and the fields (writersrun.h).
//   bench_writers [ops-per-worker] [tickets]   (defaults 5000 and 200)
// On SQLite (a file in a temporary folder) and, with SIGNALBOARD_TEST_PG_STATE, PostgreSQL.
// The anchor of each database is ONE process doing the same work alone in the same run.
// Prints per run: attempts, accepted, conflicts, wall time, accepted/s; exits 1 when a check
// failed (a lost or doubled change, a wrong version, a refusal that was not a conflict).
#include "testsupport.h"
#include "writersrun.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace sb;

namespace {

bool runOne(const char *label, const DatabaseUrl &url, const QString &urlText,
            const test::writers::Setup &setup, double *acceptedPerSecond) {
    QString error;
    auto db = test::openMigrated(url, error);
    if (!db) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(error));
        return false;
    }
    const test::writers::Result r = test::writers::run(*db, urlText, setup);
    const double perSecond = r.wallMs > 0 ? r.accepted * 1000.0 / double(r.wallMs) : 0;
    std::printf("%-11s %d process(es) x %d on %d tickets: %lld attempts, %lld accepted, %lld "
                "conflicts (%.1f%%), %.1f s, %.0f accepted/s%s\n",
                label, setup.workers, setup.opsPerWorker, setup.tickets, r.attempts, r.accepted,
                r.conflicts, r.attempts ? 100.0 * double(r.conflicts) / double(r.attempts) : 0.0,
                double(r.wallMs) / 1000.0, perSecond, r.problems.isEmpty() ? "" : "  FAILED");
    for (const QString &p : r.problems.mid(0, 20))
        std::printf("  %s\n", qPrintable(p));
    std::fflush(stdout);
    if (acceptedPerSecond)
        *acceptedPerSecond = perSecond;
    return r.problems.isEmpty() && r.attempts == qint64(setup.workers) * setup.opsPerWorker;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    test::writers::Setup eight;
    eight.opsPerWorker = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    eight.tickets = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    eight.thinkUs = 0;
    eight.timeoutMs = 3'600'000;
    test::writers::Setup alone = eight;
    alone.workers = 1;

    bool ok = true;
    QTemporaryDir dir;
    for (const bool pg : {false, true}) {
        if (pg && test::pgAdminUrl().isEmpty()) {
            std::printf("PostgreSQL: skipped (no SIGNALBOARD_TEST_PG_STATE)\n");
            break;
        }
        double anchor = 0, many = 0;
        for (const test::writers::Setup &setup : {alone, eight}) {
            const QString name = QStringLiteral("sb_bench_writers_%1").arg(setup.workers);
            DatabaseUrl url;
            QString text;
            if (pg) {
                url = test::freshPgDatabase(name);
                text = test::pgAdminUrl();
                text.replace(QStringLiteral("/postgres"), QLatin1Char('/') + name);
            } else {
                url = test::sqliteIn(dir, name + QStringLiteral(".db"));
                text = QStringLiteral("sqlite://") + url.path;
            }
            ok = runOne(pg ? "PostgreSQL" : "SQLite", url, text, setup,
                        setup.workers == 1 ? &anchor : &many) &&
                 ok;
        }
        if (anchor > 0)
            std::printf("%-11s eight processes: %.2fx the accepted/s of one alone\n",
                        pg ? "PostgreSQL" : "SQLite", many / anchor);
    }
    return ok ? 0 : 1;
}

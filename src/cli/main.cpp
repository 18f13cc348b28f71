// signalboard-cli: the workstation's engine without the windows.
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

namespace {
struct Command {
    QStringList words;
    const char *usage;
    std::function<int(const QStringList &, sb::cli::Io)> run;
};

const QList<Command> &commands() {
    static const QList<Command> list{
        {{QStringLiteral("db"), QStringLiteral("migrate")},
         "db migrate --db URL",
         sb::cli::dbMigrate},
        {{QStringLiteral("db"), QStringLiteral("status")}, "db status --db URL", sb::cli::dbStatus},
        {{QStringLiteral("db"), QStringLiteral("backup")},
         "db backup --db sqlite:///PATH --to FILE [--force]  (a checked copy while in use)",
         sb::cli::dbBackup},
        {{QStringLiteral("db"), QStringLiteral("restore")},
         "db restore --db sqlite:///PATH --from FILE  (refused while the database is in use)",
         sb::cli::dbRestore},
        {{QStringLiteral("ingest")},
         "ingest --db URL [--source NAME] [--batch N] [--reconnect-for SECONDS] "
         "[--max-line-bytes N] [--replace-invalid-utf8]  < complaints.jsonl",
         sb::cli::ingest},
        {{QStringLiteral("staff"), QStringLiteral("first-admin")},
         "staff first-admin --db URL --employee-no NO --login LOGIN [--name NAME]  < password  "
         "(SQLite only)",
         sb::cli::staffFirstAdmin},
        {{QStringLiteral("replay")},
         "replay --input F.csv [--map M.json] [--rules R.json] [--affected A.csv] "
         "[--max-record-bytes N] [--replace-invalid-utf8]",
         sb::cli::replay},
        {{QStringLiteral("import")},
         "import --db URL --input F.csv [--map M.json|nyc311] [--source S] [--skip-bad-rows] "
         "[--keep-extra] [--check] [--max-record-bytes N] [--replace-invalid-utf8]",
         sb::cli::importCsv},
        {{QStringLiteral("export")},
         "export --db URL --output F.csv [--query "
         "\"queue=overdue&channel=phone&state=registered&from=ISO&to=ISO&sort=received…\"] "
         "[--as LOGIN] [--personal-data]",
         sb::cli::exportCsv},
        {{QStringLiteral("workflow")},
         "workflow calendar-import|urge|deadlines --db URL ...",
         sb::cli::workflow},
        {{QStringLiteral("qa")},
         "qa sample --db URL --date YYYY-MM-DD [--rate R] [--by COLUMN|none] [--seed N]\n"
         "  qa summary --db URL --week YYYY-Www|--date YYYY-MM-DD --format csv|pdf|xlsx "
         "[--lang en|zh_CN] --output FILE",
         sb::cli::qa},
        {{QStringLiteral("report"), QStringLiteral("run-due")},
         "report run-due --db URL [--at ISO-TIME] [--dry-run] [--schedule ID]",
         sb::cli::reportRunDue},
        {{QStringLiteral("report"), QStringLiteral("schedules")},
         "report schedules --db URL",
         sb::cli::reportSchedules},
        {{QStringLiteral("report")},
         "report --db URL --period hour|day|week|month [--at DATE|YYYY-MM|YYYY-Www] "
         "[--from T --to T] --format json [--lang en|zh_CN] --output FILE|- [--sections a,b]",
         sb::cli::report},
        {{QStringLiteral("release"), QStringLiteral("publish")},
         "release publish --db URL --version X [--notes FILE] [--url URL] [--actor NAME]",
         sb::cli::releasePublish},
        {{QStringLiteral("release"), QStringLiteral("show")},
         "release show --db URL",
         sb::cli::releaseShow},
        {{QStringLiteral("watch")},
         "watch --db URL [--entities ticket,incident,...] [--since SEQ]  (JSON Lines until "
         "SIGINT/SIGTERM)",
         sb::cli::watch},
        {{QStringLiteral("erase")},
         "erase --db URL --field customer_id|service_number --value V|- --reference REF "
         "[--archive FILE.sbarchive] [--dry-run]  (an erasure request: anonymises the "
         "customer's tickets)",
         sb::cli::erase},

        {{QStringLiteral("archive")},
         "archive --db URL --before YYYY-MM-DD --to FILE.sbarchive [--dry-run] [--batch N]\n"
         "  archive restore --db URL --from FILE.sbarchive",
         sb::cli::archive},
        {{QStringLiteral("demo"), QStringLiteral("seed")},
         "demo seed --db URL [--days N] [--seed N] [--until ISO] [--logins PASSWORD]",
         sb::cli::demoSeed},
    };
    return list;
}

void usage(QTextStream &s) {
    s << "usage: signalboard-cli COMMAND [options]\n\ncommands:\n";
    for (const Command &c : commands())
        s << "  " << c.usage << '\n';
    s << "\n  --version   print the version\n  --help      this text\n"
      << "\nDatabase URLs: sqlite:///abs/path.db or postgresql://user@host:port/db?sslmode=...\n"
      << "(the password may also come from PGPASSWORD or ~/.pgpass).\n"
      << "\nInput must be UTF-8; --max-record-bytes / --max-line-bytes take a byte count\n"
      << "(e.g. 16777216, 64k, 16M; 16M by default).\n";
}
// A PDF is drawn with fonts, and fonts need a QGuiApplication: a command given "--format pdf"
// (or "report run-due") gets one, on the offscreen platform unless QT_QPA_PLATFORM names another
// (no display is needed, so cron and systemd timers can render). Every other command keeps the
// lighter QCoreApplication.
bool rendersPdf(int argc, char *argv[]) {
    // report run-due renders each schedule's formats, the PDF among them.
    if (argc > 2 && std::strcmp(argv[1], "report") == 0 && std::strcmp(argv[2], "run-due") == 0)
        return true;
    for (int i = 1; i < argc; ++i)
        if ((std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
             std::strcmp(argv[i + 1], "pdf") == 0) ||
            std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[]) {
    if (!rendersPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[]) {
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("signalboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Signalboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOARD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1StringView("--help") ||
        args.first() == QLatin1StringView("-h")) {
        usage(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1StringView("--version")) {
        out << "signalboard-cli " << SIGNALBOARD_VERSION << '\n';
        return 0;
    }
    for (const Command &c : commands()) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words) {
            const int rc = c.run(args.mid(c.words.size()), sb::cli::Io{out, err});
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "signalboard-cli: unknown command \"" << args.join(QLatin1Char(' ')) << "\"\n\n";
    usage(err);
    return 2;
}

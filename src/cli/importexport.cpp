#include "commands.h"
#include "options.h"

#include "io/columnmapping.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "tickets/ticketviewtext.h"
#include "util/clock.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QSqlQuery>

namespace sb::cli {

namespace {

// --map takes a file, or the name of a mapping shipped with the program (e.g. "nyc311").
std::optional<ColumnMapping> loadMapping(const Options &opts, Io io) {
    if (!opts.has(QStringLiteral("map")))
        return ColumnMapping::direct();
    QString path = opts.value(QStringLiteral("map"));
    const QString shipped = QStringLiteral(":/mappings/%1.json").arg(path);
    if (!QFile::exists(path) && QFile::exists(shipped))
        path = shipped;
    QString error;
    auto m = ColumnMapping::fromFile(path, error);
    if (!m)
        io.err << "signalboard-cli: " << error << '\n';
    return m;
}

} // namespace

// Imports a complaint CSV (docs/spec/INTERCHANGE.md) as tickets: every rejected row is listed as
// "line N: column: reason"; without --skip-bad-rows one rejected row means nothing is written.
int importCsv(const QStringList &args, Io io) {
    Options opts(
        args, {QStringLiteral("db"), QStringLiteral("input")},
        {QStringLiteral("map"), QStringLiteral("source"), QStringLiteral("max-record-bytes")},
        {QStringLiteral("skip-bad-rows"), QStringLiteral("keep-extra"), QStringLiteral("check"),
         QStringLiteral("replace-invalid-utf8")});
    ImportOptions options;
    if (!opts.ok(io) || !opts.textInput(io, QStringLiteral("max-record-bytes"), options.text))
        return 2;
    const auto mapping = loadMapping(opts, io);
    if (!mapping)
        return 2;
    auto db = opts.openDatabase(io, QStringLiteral("import"));
    if (!db || !schemaReady(*db, io))
        return 1;
    options.source = opts.value(QStringLiteral("source"));
    options.importGoodRows = opts.has(QStringLiteral("skip-bad-rows"));
    options.keepUnknownColumns = opts.has(QStringLiteral("keep-extra"));
    SystemClock clock;
    Importer importer(*db, clock);
    ImportReport report;
    const QString input = opts.value(QStringLiteral("input"));
    const bool ok = opts.has(QStringLiteral("check"))
                        ? importer.check(input, *mapping, options, report)
                        : importer.importFile(input, *mapping, options, report);
    for (const RowError &e : report.errors)
        io.err << e.toString() << '\n';
    if (report.rejected > report.errors.size())
        io.err << "… and " << (report.rejected - report.errors.size()) << " more rejected row(s)\n";
    if (!report.fatal.isEmpty())
        io.err << "signalboard-cli: " << report.fatal << '\n';
    if (opts.has(QStringLiteral("check"))) {
        io.out << "checked " << report.records << " row(s): " << report.rejected
               << " rejected, nothing written\n";
        return ok && report.rejected == 0 ? 0 : 1;
    }
    if (!ok)
        return 1;
    io.out << "imported " << report.inserted << ", already present " << report.duplicates
           << ", rejected " << report.rejected << " of " << report.records << " row(s)\n";
    return 0;
}

// Unmasked service numbers: on PostgreSQL the server must grant personal_data.view to this
// login; on SQLite whoever can read the file already holds the data. Either way it is audited.
bool allowPersonalData(Database &db, const QString &query, Io io) {
    QString error;
    if (db.dialect() == Dialect::PostgreSQL) {
        QSqlQuery q;
        if (!db.exec(q, QStringLiteral("SELECT sb_has_permission('personal_data.view')"), {},
                     error) ||
            !q.next() || !q.value(0).toBool()) {
            io.err << "signalboard-cli: --personal-data needs the permission personal_data.view"
                   << (error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)) << '\n';
            return false;
        }
    }
    if (!db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, detail) VALUES "
                                "(?, ?, 'export.personal_data', 'ticket', ?)"),
                 {SystemClock().nowMs(), QStringLiteral("signalboard-cli"), textValue(query)},
                 error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return false;
    }
    return true;
}

namespace {

// Who "mine" and "team" refer to (--as LOGIN); the CLI otherwise sees every ticket.
bool exportContext(Database &db, const TicketView &view, const Options &opts,
                   TicketQueryContext &context, Io io) {
    QString error;
    Workflow workflow;
    if (!workflow.load(db, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return false;
    }
    context.readAll = true;
    context.finalStates = workflow.finalStateKeys();
    const bool personal = view.queue == TicketQueue::MyWork || view.queue == TicketQueue::MyTeam;
    if (!opts.has(QStringLiteral("as"))) {
        if (personal)
            io.err << "signalboard-cli: queue=" << ticketQueueKey(view.queue)
                   << " needs --as LOGIN (whose work or team)\n";
        return !personal;
    }
    const QString login = opts.value(QStringLiteral("as"));
    QSqlQuery q;
    if (!db.exec(q, QStringLiteral("SELECT id, COALESCE(team_id, 0) FROM staff WHERE login = ?"),
                 {login}, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return false;
    }
    if (!q.next()) {
        io.err << "signalboard-cli: --as: no staff member has the login \"" << login << "\"\n";
        return false;
    }
    context.staffId = q.value(0).toLongLong();
    context.teamId = q.value(1).toLongLong();
    if (view.queue == TicketQueue::MyTeam && context.teamId == 0) {
        io.err << "signalboard-cli: --as: " << login << " is in no team (queue=team)\n";
        return false;
    }
    return true;
}

} // namespace

int exportCsv(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("output")},
                 {QStringLiteral("query"), QStringLiteral("as")},
                 {QStringLiteral("personal-data")});
    if (!opts.ok(io))
        return 2;
    QString error;
    const bool personalData = opts.has(QStringLiteral("personal-data"));
    const auto view = TicketViewText::parse(opts.value(QStringLiteral("query")), error);
    if (!view) {
        io.err << "signalboard-cli: " << error << '\n';
        return 2;
    }
    auto db = opts.openDatabase(io, QStringLiteral("export"));
    if (!db || !schemaReady(*db, io))
        return 1;
    TicketQueryContext context;
    if (!exportContext(*db, *view, opts, context, io))
        return 1;
    if (personalData && !allowPersonalData(*db, opts.value(QStringLiteral("query")), io))
        return 1;
    const QString path = opts.value(QStringLiteral("output"));
    const TicketQueryBuilder builder(db->dialect(), view->queue, view->filter, context);
    TicketExportOptions options;
    options.personalData = personalData;
    qint64 rows = 0;
    if (!Exporter::exportTicketsToFile(*db, builder, path, rows, error, options)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    io.out << "exported " << rows << " ticket(s) to " << path << '\n';
    return 0;
}

} // namespace sb::cli

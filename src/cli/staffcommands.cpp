#include "commands.h"
#include "options.h"

#include "security/adminservice.h"
#include "security/securitysettings.h"
#include "util/clock.h"

#include <iostream>
#include <string>

namespace sb::cli {

// Creates the first administrator of an embedded (SQLite) database. The password is read
// from the first line of standard input, so it never appears in a process list or history.
// Refused once an active administrator exists. (On PostgreSQL use
// packaging/postgres/setup.sh, which calls sb_create_login.)
int staffFirstAdmin(const QStringList &args, Io io) {
    Options opts(args,
                 {QStringLiteral("db"), QStringLiteral("employee-no"), QStringLiteral("login")},
                 {QStringLiteral("name")});
    if (!opts.ok(io))
        return 2;
    auto db = opts.openDatabase(io, QStringLiteral("staff"));
    if (!db)
        return 1;
    if (db->dialect() != Dialect::SQLite) {
        io.err << "signalboard-cli: on PostgreSQL create logins with sb_create_login "
                  "(see packaging/postgres/setup.sh)\n";
        return 1;
    }
    if (!schemaReady(*db, io))
        return 1;
    QString error;
    std::string line;
    std::getline(std::cin, line);
    QString password = QString::fromStdString(line);
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    SecuritySettings settings;
    if (!SecuritySettings::load(*db, settings, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    StaffInput in;
    in.employeeNo = opts.value(QStringLiteral("employee-no"));
    in.login = opts.value(QStringLiteral("login"));
    in.name = opts.has(QStringLiteral("name")) ? opts.value(QStringLiteral("name")) : in.login;
    SystemClock clock;
    qint64 id = 0;
    if (!AdminService::createFirstAdministrator(*db, clock, in, password, settings, id, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    io.out << "administrator " << in.login << " created (staff id " << id << ")\n";
    return 0;
}

} // namespace sb::cli

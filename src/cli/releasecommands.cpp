#include "commands.h"
#include "options.h"

#include "storage/releasestore.h"
#include "util/clock.h"

#include <QDateTime>
#include <QFile>
#include <QStringDecoder>

namespace sb::cli {

namespace {
constexpr qint64 kMaxNotesFileBytes = 1024 * 1024;
} // namespace

// Records the newest published version in the shared database; workstations then tell their
// users. On PostgreSQL the server only lets a login holding admin.settings write it; on SQLite
// the command is an operator's tool, like `db migrate`, and writes as --actor.
int releasePublish(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("version")},
                 {QStringLiteral("notes"), QStringLiteral("url"), QStringLiteral("actor")});
    if (!opts.ok(io))
        return 2;
    ReleaseInfo info;
    info.version = opts.value(QStringLiteral("version")).trimmed();
    if (const QString p = ReleaseStore::versionProblem(info.version); !p.isEmpty()) {
        io.err << "signalboard-cli: --version: " << p << '\n';
        return 2;
    }
    if (opts.has(QStringLiteral("notes"))) {
        QFile f(opts.value(QStringLiteral("notes")));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "signalboard-cli: cannot read " << f.fileName() << ": " << f.errorString()
                   << '\n';
            return 1;
        }
        const QByteArray bytes = f.read(kMaxNotesFileBytes + 1);
        if (bytes.size() > kMaxNotesFileBytes) {
            io.err << "signalboard-cli: " << f.fileName() << " is larger than 1 MiB\n";
            return 1;
        }
        auto decode = QStringDecoder(QStringConverter::Utf8);
        info.notes = decode(bytes);
        if (decode.hasError()) {
            io.err << "signalboard-cli: " << f.fileName() << " is not UTF-8 text\n";
            return 1;
        }
        if (const QString p = ReleaseStore::notesProblem(info.notes); !p.isEmpty()) {
            io.err << "signalboard-cli: --notes: " << p << '\n';
            return 1;
        }
    }
    if (opts.has(QStringLiteral("url"))) {
        const QString url = opts.value(QStringLiteral("url")).trimmed();
        if (const QString p = ReleaseStore::urlProblem(url); !p.isEmpty()) {
            io.err << "signalboard-cli: --url: " << p << '\n';
            return 2;
        }
        info.url = QUrl(url, QUrl::StrictMode);
    }
    auto db = opts.openDatabase(io, QStringLiteral("release"));
    if (!db || !schemaReady(*db, io))
        return 1;
    QString actor = opts.value(QStringLiteral("actor")).trimmed();
    if (actor.isEmpty())
        actor = db->url().user.isEmpty() ? QStringLiteral("signalboard-cli") : db->url().user;
    QString error;
    if (!ReleaseStore(*db).publish(info, actor, SystemClock().nowMs(), error)) {
        io.err << "signalboard-cli: version " << info.version << " was not published: " << error
               << '\n';
        return 1;
    }
    io.out << "published version " << info.version << " (workstations older than it will show "
           << "a notice)\n";
    return 0;
}

// Prints the published version, who published it and when, the address and the notes.
int releaseShow(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")}, {});
    if (!opts.ok(io))
        return 2;
    auto db = opts.openDatabase(io, QStringLiteral("release"));
    if (!db || !schemaReady(*db, io))
        return 1;
    QString error;
    const std::optional<ReleaseInfo> info = ReleaseStore(*db).read(error);
    if (!error.isEmpty()) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    if (!info) {
        io.out << "no version has been published\n";
        return 0;
    }
    io.out << "version: " << info->version << '\n'
           << "published: "
           << QDateTime::fromMSecsSinceEpoch(info->publishedAt, Qt::UTC).toString(Qt::ISODate)
           << " by " << info->publishedBy << '\n';
    if (!info->url.isEmpty())
        io.out << "url: " << info->url.toString() << '\n';
    if (!info->notes.isEmpty())
        io.out << "notes:\n" << info->notes << '\n';
    io.out << "this program: " << SIGNALBOARD_VERSION
           << (ReleaseStore::isNewer(info->version, QStringLiteral(SIGNALBOARD_VERSION))
                   ? " (older than the published version)\n"
                   : " (up to date)\n");
    return 0;
}

} // namespace sb::cli

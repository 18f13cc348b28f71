#include "options.h"

#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sb::cli {

Options::Options(const QStringList &args, const QSet<QString> &required,
                 const QSet<QString> &optional, const QSet<QString> &flags) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1StringView("--"))) {
            m_error = QStringLiteral("unexpected argument \"%1\"").arg(a);
            return;
        }
        QString name = a.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        if (flags.contains(name)) {
            m_flags.insert(name);
            continue;
        }
        if (!required.contains(name) && !optional.contains(name)) {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
        if (!hasInlineValue) {
            if (i + 1 >= args.size()) {
                m_error = QStringLiteral("option --%1 needs a value").arg(name);
                return;
            }
            value = args.at(++i);
        }
        m_values.insert(name, value);
    }
    for (const QString &r : required) {
        if (!m_values.contains(r)) {
            m_error = QStringLiteral("missing required option --%1").arg(r);
            return;
        }
    }
}

bool Options::ok(Io io) const {
    if (m_error.isEmpty())
        return true;
    io.err << "signalboard-cli: " << m_error << '\n';
    return false;
}

std::unique_ptr<Database> Options::openDatabase(Io io, const QString &purpose,
                                                Create create) const {
    return open(io, purpose, create, false);
}

std::unique_ptr<Database> Options::openForReading(Io io, const QString &purpose) const {
    return open(io, purpose, Create::MustExist, true);
}

std::unique_ptr<Database> Options::open(Io io, const QString &purpose, Create create,
                                        bool reading) const {
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::parse(value(QStringLiteral("db")), url, error)) {
        io.err << "signalboard-cli: --db: " << error << '\n';
        return nullptr;
    }
    if (create == Create::MustExist && url.dialect == Dialect::SQLite &&
        !QFileInfo::exists(url.path)) {
        io.err << "signalboard-cli: --db: the SQLite database " << url.path
               << " does not exist (nothing was created); create it with: signalboard-cli db "
                  "migrate --db "
               << url.toDisplayString() << '\n';
        return nullptr;
    }
    auto db = Database::open(reading ? url.forReading() : url, purpose, error);
    if (!db)
        io.err << "signalboard-cli: " << error << '\n';
    return db;
}

bool Options::textInput(Io io, const QString &limitOption, TextInputOptions &out) const {
    out = {};
    out.replaceInvalidUtf8 = has(QStringLiteral("replace-invalid-utf8"));
    if (!m_values.contains(limitOption))
        return true;
    if (!TextInput::parseByteCount(value(limitOption), out.maxRecordBytes)) {
        io.err << "signalboard-cli: --" << limitOption << " \"" << value(limitOption)
               << "\" is not a byte count from 1 to 1G (e.g. 16777216, 64k, 16M)\n";
        return false;
    }
    return true;
}

bool schemaReady(Database &db, Io io) {
    SchemaStatus status;
    QString error;
    Migrator migrator(db);
    if (!migrator.status(status, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return false;
    }
    if (!status.canWrite()) {
        io.err << "signalboard-cli: " << Migrator::tooNewMessage(status) << '\n';
        return false;
    }
    if (!status.upToDate()) {
        io.err << "signalboard-cli: the database is at schema version " << status.current
               << " and this program needs " << status.supported
               << "; run: signalboard-cli db migrate --db URL\n";
        return false;
    }
    return true;
}

bool loadTranslation(const QString &lang, QTranslator &translator, Io io) {
    if (lang != QLatin1StringView("zh_CN"))
        return true;
    if (!translator.load(QStringLiteral(":/i18n/signalboard_zh_CN.qm"))) {
        io.err << "signalboard-cli: the zh_CN translation is not built into this program\n";
        return false;
    }
    QCoreApplication::installTranslator(&translator);
    return true;
}

} // namespace sb::cli

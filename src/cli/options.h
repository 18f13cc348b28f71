#pragma once

#include "commands.h"

#include "io/textinput.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QTranslator>
#include <memory>

namespace sb::cli {

// Minimal "--name value" and "--flag" parsing shared by the commands.
class Options {
public:
    Options(const QStringList &args, const QSet<QString> &required, const QSet<QString> &optional,
            const QSet<QString> &flags = {});
    bool ok(Io io) const;
    bool has(const QString &name) const {
        return m_values.contains(name) || m_flags.contains(name);
    }
    QString value(const QString &name) const { return m_values.value(name); }
    // Parses --db and opens it (the password may come from PGPASSWORD / .pgpass via libpq).
    // With MustExist a SQLite file that is not there is refused (nothing is created): every
    // command but `db migrate` works on a database that exists.
    enum class Create { IfMissing, MustExist };
    std::unique_ptr<Database> openDatabase(Io io, const QString &purpose = QStringLiteral("cli"),
                                           Create create = Create::MustExist) const;
    // The same for a command that only reads: a PostgreSQL URL with read_session_attrs may
    // connect to a standby (DatabaseUrl::forReading).
    std::unique_ptr<Database> openForReading(Io io, const QString &purpose) const;
    // --replace-invalid-utf8 and the record limit option `limitOption` (a byte count such as
    // 16777216 or 16M). False after reporting a bad value.
    bool textInput(Io io, const QString &limitOption, TextInputOptions &out) const;

private:
    std::unique_ptr<Database> open(Io io, const QString &purpose, Create create,
                                   bool reading) const;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

// Installs the interface's translation for `lang` ("zh_CN"; "en" needs none) into `translator`,
// which must outlive its use: report documents take their headings from it. False after
// saying why.
bool loadTranslation(const QString &lang, QTranslator &translator, Io io);

// True when the database's schema is the one this program writes; otherwise says why (newer
// than this build, or a migration pending) on the error stream.
bool schemaReady(Database &db, Io io);

} // namespace sb::cli

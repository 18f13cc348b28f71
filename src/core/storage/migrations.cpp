#include "storage/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace sb {

Migrator::Migrator(Database &db)
    : m_db(db) {
}

QList<Migration> Migrator::available() const {
    return available(m_db.dialect());
}

QList<Migration> Migrator::available(Dialect dialect) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{3})_(.+)\.sql$)"));
    QMap<int, Migration> byVersion;
    const auto collect = [&](const QString &dir, bool shared) {
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const auto match = re.match(f);
            if (!match.hasMatch())
                continue;
            Migration &m = byVersion[match.captured(1).toInt()];
            m.version = match.captured(1).toInt();
            if (m.description.isEmpty() || !shared)
                m.description = match.captured(2).replace(QLatin1Char('_'), QLatin1Char(' '));
            (shared ? m.sharedResource : m.dialectResource) = dir + QLatin1Char('/') + f;
        }
    };
    collect(QStringLiteral(":/sql/shared"), true);
    collect(dialect == Dialect::SQLite ? QStringLiteral(":/sql/sqlite")
                                       : QStringLiteral(":/sql/postgresql"),
            false);
    return byVersion.values();
}

bool Migrator::script(const Migration &m, QString &out, QString &error) {
    if (!m.sharedResource.isEmpty() && !m.dialectResource.isEmpty() &&
        QFileInfo(m.sharedResource).fileName() != QFileInfo(m.dialectResource).fileName()) {
        error = tr("Migration %1 has differently named files: %2 and %3.")
                    .arg(m.version)
                    .arg(m.sharedResource, m.dialectResource);
        return false;
    }
    const auto read = [&](const QString &path, QString &text) {
        if (path.isEmpty())
            return true;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            error = tr("Migration %1 is missing from this build.").arg(path);
            return false;
        }
        text = QString::fromUtf8(f.readAll());
        return true;
    };
    QString shared;
    QString dialect;
    return read(m.sharedResource, shared) && read(m.dialectResource, dialect) &&
           compose(m.version, shared, dialect, out, error);
}

bool Migrator::compose(int version, const QString &shared, const QString &dialect, QString &out,
                       QString &error) {
    static const QRegularExpression sectionLine(
        QStringLiteral(R"(^--\s*@section\s+([A-Za-z0-9_]+)\s*$)"));
    static const QRegularExpression sharedLine(
        QStringLiteral(R"(^--\s*@shared\s+([A-Za-z0-9_]+)\s*$)"));
    if (dialect.isEmpty()) {
        out = shared;
        return true;
    }
    // The shared part, section by section, in file order.
    QStringList names;
    QHash<QString, QString> sections;
    QString current;
    const QStringList sharedLines = shared.split(QLatin1Char('\n'));
    for (const QString &line : sharedLines) {
        const QString trimmed = line.trimmed();
        const auto match = sectionLine.match(trimmed);
        if (match.hasMatch()) {
            current = match.captured(1);
            if (sections.contains(current)) {
                error = tr("Migration %1: the shared part names the section %2 twice.")
                            .arg(version)
                            .arg(current);
                return false;
            }
            names.append(current);
            sections.insert(current, QString());
            continue;
        }
        if (current.isEmpty()) {
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1StringView("--"))) {
                error = tr("Migration %1: the shared part has statements outside a section.")
                            .arg(version);
                return false;
            }
            continue;
        }
        sections[current] += line + QLatin1Char('\n');
    }
    // The dialect part, each "-- @shared <name>" line replaced by that section.
    QSet<QString> used;
    QString result;
    const QStringList dialectLines = dialect.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < dialectLines.size(); ++i) {
        const QString &line = dialectLines.at(i);
        const auto match = sharedLine.match(line.trimmed());
        if (!match.hasMatch()) {
            result += line;
            if (i + 1 < dialectLines.size())
                result += QLatin1Char('\n');
            continue;
        }
        const QString name = match.captured(1);
        if (!sections.contains(name)) {
            error = tr("Migration %1 includes the shared section %2, which does not exist.")
                        .arg(version)
                        .arg(name);
            return false;
        }
        if (used.contains(name)) {
            error = tr("Migration %1 includes the shared section %2 more than once.")
                        .arg(version)
                        .arg(name);
            return false;
        }
        used.insert(name);
        result += sections.value(name);
    }
    for (const QString &name : std::as_const(names)) {
        if (!used.contains(name)) {
            error = tr("Migration %1 leaves out the shared section %2.").arg(version).arg(name);
            return false;
        }
    }
    out = result;
    return true;
}

bool Migrator::status(SchemaStatus &out, QString &error) const {
    const QList<Migration> all = available();
    out.supported = all.isEmpty() ? 0 : all.last().version;
    out.current = 0;
    out.pending = 0;
    if (!m_db.db().tables().contains(QStringLiteral("schema_version"))) {
        out.pending = int(all.size()); // an empty database: everything is to do
        return true;
    }
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, error))
        return false;
    if (q.next())
        out.current = q.value(0).toInt();
    q.finish();
    for (const Migration &m : all) {
        bool applied = false;
        if (!isApplied(m.version, applied, error))
            return false;
        out.pending += applied ? 0 : 1;
    }
    return true;
}

bool Migrator::isApplied(int version, bool &applied, QString &error) const {
    applied = false;
    if (!m_db.db().tables().contains(QStringLiteral("schema_version")))
        return true;
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"), {version},
                   error))
        return false;
    applied = q.next();
    return true;
}

QString Migrator::tooNewMessage(const SchemaStatus &s) {
    return tr("The database is at schema version %1, newer than this Signalboard understands "
              "(up to version %2). It is opened read-only; install a Signalboard that supports "
              "schema version %1 to make changes.")
        .arg(s.current)
        .arg(s.supported);
}

bool Migrator::migrate(QString &error, QStringList *applied) {
    if (m_db.isReadOnlyFile()) {
        SchemaStatus s;
        if (!status(s, error))
            return false;
        if (!s.upToDate()) {
            error = tr("The database file %1 is read-only; it cannot be brought to schema "
                       "version %2.")
                        .arg(m_db.url().path)
                        .arg(s.supported);
            return false;
        }
        return true;
    }
    for (const Migration &m : available()) {
        SchemaStatus s;
        if (!status(s, error))
            return false;
        if (!s.canWrite()) {
            error = tooNewMessage(s);
            return false;
        }
        // Apply every version not yet recorded, not only those above the newest: a
        // migration numbered below one already applied (work merged out of order) still runs.
        bool done = false;
        if (!isApplied(m.version, done, error))
            return false;
        if (done)
            continue;
        QString text;
        if (!script(m, text, error))
            return false;
        const bool ok = m_db.transaction(
            [&](QString &err) {
                if (m_db.dialect() == Dialect::PostgreSQL) {
                    // Two workstations migrating at once: the second waits, then finds the
                    // version already applied.
                    if (!m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7305000)"), {},
                                   err))
                        return false;
                    QSqlQuery q;
                    if (!m_db.exec(
                            q,
                            QStringLiteral("SELECT 1 FROM pg_tables WHERE tablename = "
                                           "'schema_version' AND schemaname = current_schema()"),
                            {}, err))
                        return false;
                    if (q.next()) {
                        if (!m_db.exec(
                                q, QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"),
                                {m.version}, err))
                            return false;
                        if (q.next())
                            return true; // applied meanwhile by someone else
                    }
                }
                for (const QString &stmt : splitStatements(text)) {
                    if (!m_db.exec(stmt, {}, err)) {
                        err = tr("Migration %1 (%2) failed: %3\nStatement: %4")
                                  .arg(m.version)
                                  .arg(m.description, err, stmt.left(200));
                        return false;
                    }
                }
                return m_db.exec(QStringLiteral("INSERT INTO schema_version(version, description, "
                                                "applied_at) VALUES (?, ?, ?)"),
                                 {m.version, m.description, QDateTime::currentMSecsSinceEpoch()},
                                 err);
            },
            error);
        if (!ok)
            return false;
        if (applied)
            applied->append(
                QStringLiteral("%1 %2").arg(m.version, 3, 10, QLatin1Char('0')).arg(m.description));
    }
    return true;
}

QStringList Migrator::splitStatements(const QString &script) {
    QStringList out;
    QString current;
    bool inDollar = false;
    bool inTrigger = false;
    static const QRegularExpression endLine(QStringLiteral(R"(^\s*END;\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1StringView("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1StringView("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        // SQLite trigger bodies: from CREATE TRIGGER … BEGIN up to a line "END;".
        if (!inTrigger &&
            current.trimmed().startsWith(QLatin1StringView("CREATE TRIGGER"),
                                         Qt::CaseInsensitive) &&
            (trimmed.compare(QLatin1StringView("BEGIN"), Qt::CaseInsensitive) == 0 ||
             trimmed.endsWith(QLatin1StringView(" BEGIN"), Qt::CaseInsensitive)))
            inTrigger = true;
        if (inTrigger) {
            if (endLine.match(line).hasMatch()) {
                out.append(current.trimmed());
                current.clear();
                inTrigger = false;
            }
            continue;
        }
        if (trimmed.endsWith(QLatin1Char(';'))) {
            QString stmt = current.trimmed();
            stmt.chop(1);
            out.append(stmt);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace sb

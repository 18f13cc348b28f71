#include "archive/sqlitearchive.h"

#include "storage/dialect.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sb::archive {

namespace {

const QString kSchema = QStringLiteral("sb_archive");

// The canonical path of the file attached as kSchema to `db` (empty when none); false on error.
bool attachedFile(const Database &db, QString &file, QString &error) {
    file.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q, QStringLiteral("PRAGMA database_list"), {}, error))
        return false;
    while (q.next())
        if (q.value(1).toString() == kSchema)
            file = QFileInfo(q.value(2).toString()).canonicalFilePath();
    return true;
}

// Whether the trigger `sql` (as sqlite_master keeps it) only writes change_log: an AFTER trigger
// whose body is one or more INSERT INTO change_log statements and nothing else.
bool onlyLogsChanges(const QString &sql) {
    static const QRegularExpression head(
        QStringLiteral("^\\s*CREATE\\s+TRIGGER\\s+(IF\\s+NOT\\s+EXISTS\\s+)?\\S+\\s+AFTER\\s"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression insert(QStringLiteral("^INSERT\\s+INTO\\s+change_log\\s*\\("),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begin(QStringLiteral("\\sBEGIN\\s"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("\\sEND\\s*;?\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!head.match(sql).hasMatch())
        return false;
    const QRegularExpressionMatch b = begin.match(sql);
    const QRegularExpressionMatch e = end.match(sql);
    if (!b.hasMatch() || !e.hasMatch() || e.capturedStart() < b.capturedEnd())
        return false;
    const QString body = sql.mid(b.capturedEnd(), e.capturedStart() - b.capturedEnd());
    // The statements are INSERT … VALUES (…) of names, NEW./OLD. columns, literals without ';'.
    const QStringList statements = body.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    int inserts = 0;
    for (const QString &st : statements) {
        const QString trimmed = st.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!insert.match(trimmed).hasMatch())
            return false;
        ++inserts;
    }
    return inserts > 0;
}

} // namespace

bool SqliteArchive::dropChangeLogTriggers(const Database &archive, QString &error) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QStringList names;
    {
        QSqlQuery q(archive.db());
        if (!archive.exec(q,
                          QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = "
                                         "'trigger' ORDER BY name"),
                          {}, error))
            return false;
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (onlyLogsChanges(q.value(1).toString()) && plain.match(name).hasMatch())
                names.append(name);
        }
    }
    if (names.isEmpty())
        return true;
    return archive.transaction(
        [&](QString &e) {
            for (const QString &name : std::as_const(names))
                if (!archive.exec(QStringLiteral("DROP TRIGGER IF EXISTS main.\"%1\"").arg(name),
                                  {}, e))
                    return false;
            return true;
        },
        error);
}

bool SqliteArchive::enabled(const Database &live) {
    return live.dialect() == Dialect::SQLite &&
           qEnvironmentVariableIntValue("SIGNALBOARD_ARCHIVE_PORTABLE") != 1;
}

SqliteArchive::SqliteArchive(const Database &live, const Database &archive)
    : m_live(live)
    , m_archive(archive) {
}

SqliteArchive::~SqliteArchive() {
    if (!m_attached)
        return;
    QString error;
    if (!m_live.exec(QStringLiteral("DETACH DATABASE sb_archive"), {}, error))
        qWarning("The archive file stays attached to the live connection: %s", qPrintable(error));
}

bool SqliteArchive::attach(QString &error) {
    const QString file = QFileInfo(m_archive.url().path).canonicalFilePath();
    if (file.isEmpty()) {
        error = tr("The archive %1 does not exist.").arg(m_archive.url().path);
        return false;
    }
    QString attached;
    if (!attachedFile(m_live, attached, error))
        return false;
    if (attached == file)
        return true;
    if (!attached.isEmpty() &&
        !m_live.exec(QStringLiteral("DETACH DATABASE sb_archive"), {}, error))
        return false;
    if (!m_live.exec(QStringLiteral("ATTACH DATABASE ? AS sb_archive"), {file}, error))
        return false;
    m_attached = true;
    return true;
}

bool SqliteArchive::exec(const QString &sql, const QVariantList &values, QString &error,
                         bool toArchive) const {
    QSqlQuery q(m_live.db());
    if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
    }
    // A full disk is said of the file written.
    const Database &written = toArchive ? m_archive : m_live;
    error = isDiskFull(q.lastError()) ? written.diskFullMessage(q.lastError().databaseText())
                                      : m_live.describe(q.lastError());
    return false;
}

bool SqliteArchive::archiveTransaction(const std::function<bool(QString &)> &work,
                                       QString &error) const {
    QSqlQuery fk(m_live.db());
    if (!fk.exec(QStringLiteral("PRAGMA foreign_keys")) || !fk.next()) {
        error = m_live.describe(fk.lastError());
        return false;
    }
    const bool enforced = fk.value(0).toInt() != 0;
    fk.finish();
    if (enforced && !m_live.exec(QStringLiteral("PRAGMA foreign_keys = OFF"), {}, error))
        return false;
    // Deferred: the first statement writes the archive and takes only its write lock; a
    // BEGIN IMMEDIATE would also lock the live file against the workstations.
    bool ok = exec(QStringLiteral("BEGIN"), {}, error);
    if (ok) {
        ok = work(error) && exec(QStringLiteral("COMMIT"), {}, error);
        if (!ok) {
            QString ignored;
            exec(QStringLiteral("ROLLBACK"), {}, ignored);
        }
    }
    QString fkError;
    if (enforced && !m_live.exec(QStringLiteral("PRAGMA foreign_keys = ON"), {}, fkError) && ok) {
        error = fkError;
        return false;
    }
    return ok;
}

bool SqliteArchive::copy(const TicketReference &t, const QList<qint64> &ids, bool toArchive,
                         QString &error) const {
    if (ids.isEmpty())
        return true;
    QStringList columns;
    // Checked names (sharedColumns refuses any other), in the source's order.
    if (!ArchiveTables::sharedColumns(toArchive ? m_live : m_archive,
                                      toArchive ? m_archive : m_live, t.table, columns, error))
        return false;
    QStringList quoted;
    for (const QString &c : std::as_const(columns))
        quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
    const QString list = quoted.join(QStringLiteral(", "));
    const QString from = toArchive ? QStringLiteral("main") : kSchema;
    const QString to = toArchive ? kSchema : QStringLiteral("main");
    return exec(
        QStringLiteral("INSERT OR IGNORE INTO %1.%2 (%3) SELECT %3 FROM %4.%2 WHERE %5 "
                       "ORDER BY %6")
            .arg(to, t.table, list, from,
                 dialect::idInList(Dialect::SQLite, QLatin1StringView(t.ticketColumn.toLatin1())),
                 t.orderBy),
        {dialect::idListValue(Dialect::SQLite, ids)}, error, toArchive);
}

bool SqliteArchive::compare(const TicketReference &t, const QList<qint64> &ids, qint64 &liveRows,
                            qint64 &archiveRows, bool &same, QString &error) const {
    liveRows = archiveRows = 0;
    same = true;
    if (ids.isEmpty())
        return true;
    QStringList columns;
    if (!ArchiveTables::sharedColumns(m_live, m_archive, t.table, columns, error))
        return false;
    QStringList key;
    for (const QString &c : t.orderBy.split(QStringLiteral(", ")))
        key.append(QStringLiteral("b.\"%1\" = a.\"%1\"").arg(c));
    QStringList equal;
    for (const QString &c : std::as_const(columns))
        equal.append(QStringLiteral("a.\"%1\" IS b.\"%1\" COLLATE BINARY AND "
                                    "typeof(a.\"%1\") = typeof(b.\"%1\")")
                         .arg(c));
    const QString in =
        dialect::idInList(Dialect::SQLite, QLatin1StringView(t.ticketColumn.toLatin1()));
    const QString inA = dialect::idInList(
        Dialect::SQLite, QLatin1StringView((QStringLiteral("a.") + t.ticketColumn).toLatin1()));
    const QString list = dialect::idListValue(Dialect::SQLite, ids);
    QSqlQuery q(m_live.db());
    if (!m_live.exec(q,
                     QStringLiteral("SELECT (SELECT COUNT(*) FROM main.%1 WHERE %2), (SELECT "
                                    "COUNT(*) FROM sb_archive.%1 WHERE %2), (SELECT COUNT(*) FROM "
                                    "main.%1 a JOIN sb_archive.%1 b ON %3 WHERE %4 AND %5)")
                         .arg(t.table, in, key.join(QStringLiteral(" AND ")), inA,
                              equal.join(QStringLiteral(" AND "))),
                     {list, list, list}, error))
        return false;
    if (!q.next()) {
        error = m_live.describe(q.lastError());
        return false;
    }
    liveRows = q.value(0).toLongLong();
    archiveRows = q.value(1).toLongLong();
    // Keys are unique in the archive: as many twins as rows on each side is the same rows.
    same = liveRows == archiveRows && q.value(2).toLongLong() == liveRows;
    return true;
}

bool SqliteArchive::checksWhileDeleting() const {
    QString why;
    return SqliteDigest::usable(m_live, why);
}

bool SqliteArchive::rowSet(const TicketReference &t, const QList<qint64> &ids, RowSet &out,
                           QString &error) const {
    QStringList columns;
    return ArchiveTables::sharedColumns(m_live, m_archive, t.table, columns, error) &&
           SqliteDigest::rowSet(
               m_live, kSchema + QLatin1Char('.') + t.table, columns,
               dialect::idInList(Dialect::SQLite, QLatin1StringView(t.ticketColumn.toLatin1())),
               {dialect::idListValue(Dialect::SQLite, ids)}, out, error);
}

bool SqliteArchive::removeReturning(const TicketReference &t, const QList<qint64> &ids,
                                    RowSet &live, QString &error) const {
    QStringList columns;
    return ArchiveTables::sharedColumns(m_live, m_archive, t.table, columns, error) &&
           SqliteDigest::removeReturning(
               m_live, QStringLiteral("main.") + t.table, columns,
               dialect::idInList(Dialect::SQLite, QLatin1StringView(t.ticketColumn.toLatin1())),
               dialect::idListValue(Dialect::SQLite, ids), live, error);
}

bool SqliteArchive::removeFromArchive(const TicketReference &t, const QList<qint64> &ids,
                                      QString &error) const {
    if (ids.isEmpty())
        return true;
    return exec(QStringLiteral("DELETE FROM sb_archive.%1 WHERE %2")
                    .arg(t.table, dialect::idInList(Dialect::SQLite,
                                                    QLatin1StringView(t.ticketColumn.toLatin1()))),
                {dialect::idListValue(Dialect::SQLite, ids)}, error);
}

} // namespace sb::archive

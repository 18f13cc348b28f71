// The rows PostgreSQL sends for an archive batch (one JSON array of rows, each an array of the
// columns' texts or null), bound into SQLite through its C API: integers stored as INTEGER,
// booleans as 1 or 0, texts as TEXT, a missing or null value as NULL, exactly as the json_each
// statement stores them; a row that is not an array, or an integer column holding anything but
// an integer, is refused with the row and column named (the caller's transaction then keeps
// nothing of the batch).
#include "archive/jsonrows.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using archive::JsonColumn;
using archive::JsonRows;

class TestArchiveJsonRows : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<JsonColumn> m_columns;
    const QString m_insert =
        QStringLiteral("INSERT OR IGNORE INTO t (id, name, flag) VALUES (?, ?, ?)");

    // The rows of t as "typeof:quote" triples, in id order.
    QStringList rows() {
        QSqlQuery q;
        QString e;
        QStringList out;
        if (!m_db->exec(q,
                        QStringLiteral("SELECT typeof(id) || ':' || quote(id) || ' ' || "
                                       "typeof(name) || ':' || quote(name) || ' ' || "
                                       "typeof(flag) || ':' || quote(flag) FROM t ORDER BY id"),
                        {}, e))
            qFatal("%s", qPrintable(e));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

private Q_SLOTS:
    void init() {
        QString e;
        m_db = Database::open(DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("a.db"))),
                              QStringLiteral("jsonrows"), e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY2(m_db->exec(QStringLiteral("DROP TABLE IF EXISTS t"), {}, e), qPrintable(e));
        QVERIFY2(m_db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, "
                                           "flag INTEGER)"),
                            {}, e),
                 qPrintable(e));
        // The server's columns: (note, id, flag, name); the archive takes id, name and flag.
        const QList<archive::PgArchive::Column> all{
            {QStringLiteral("note"), QStringLiteral("text")},
            {QStringLiteral("id"), QStringLiteral("int8")},
            {QStringLiteral("flag"), QStringLiteral("bool")},
            {QStringLiteral("name"), QStringLiteral("text")}};
        QVERIFY(JsonRows::columns(
            all, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("flag")},
            m_columns));
        QString why;
        if (!JsonRows::usable(*m_db, why))
            QSKIP(qPrintable(QStringLiteral("no SQLite C API: ") + why));
    }
    void cleanup() { m_db.reset(); }

    void columnsOfAnotherKindAreCopiedRowByRow() {
        QList<JsonColumn> out;
        QVERIFY(!JsonRows::columns({{QStringLiteral("w"), QStringLiteral("float8")}},
                                   {QStringLiteral("w")}, out));
        QVERIFY(!JsonRows::columns({{QStringLiteral("w"), QStringLiteral("text")}},
                                   {QStringLiteral("x")}, out));
    }

    void valuesKeepTheirKinds() {
        const QString json = QStringLiteral(
            R"([["a", "7", "true", "投诉 ✓"], [null, "-9007199254740993", "false", null], )"
            R"(["c", "8", null, ""], ["d", "9"]])");
        qint64 n = 0;
        QString e;
        QVERIFY2(JsonRows::insert(*m_db, m_insert, m_columns, json, n, e), qPrintable(e));
        QCOMPARE(n, 4);
        QCOMPARE(rows(), (QStringList{
                             QStringLiteral("integer:-9007199254740993 null:NULL integer:0"),
                             QStringLiteral("integer:7 text:'投诉 ✓' integer:1"),
                             QStringLiteral("integer:8 text:'' null:NULL"),
                             QStringLiteral("integer:9 null:NULL null:NULL"),
                         }));
        // The same batch again: every key is there already, nothing changes.
        QVERIFY2(JsonRows::insert(*m_db, m_insert, m_columns, json, n, e), qPrintable(e));
        QCOMPARE(rows().size(), 4);
    }

    void badRowsAreRefusedByPlace() {
        qint64 n = 0;
        QString e;
        QVERIFY(!JsonRows::insert(*m_db, m_insert, m_columns,
                                  QStringLiteral(R"([["a", "1", "true", "x"], 5])"), n, e));
        QVERIFY2(e.contains(QLatin1StringView("row 2")), qPrintable(e));
        QVERIFY(!JsonRows::insert(*m_db, m_insert, m_columns,
                                  QStringLiteral(R"([["a", "12abc", "true", "x"]])"), n, e));
        QVERIFY2(e.contains(QLatin1StringView("12abc")) &&
                     e.contains(QLatin1StringView("column 2")),
                 qPrintable(e));
        QVERIFY(!JsonRows::insert(*m_db, m_insert, m_columns,
                                  QStringLiteral(R"([["a", 3, "true", "x"]])"), n, e));
        QVERIFY2(e.contains(QLatin1StringView("no text")), qPrintable(e));
        QVERIFY(!JsonRows::insert(*m_db, m_insert, m_columns, QStringLiteral(R"({"a": 1})"), n, e));
        QVERIFY2(e.contains(QLatin1StringView("not a JSON array")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestArchiveJsonRows)
#include "tst_archive_jsonrows.moc"

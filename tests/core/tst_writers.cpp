// Lost updates on SQLite: WritersTest's case on a database file shared by eight processes.
#include "writerstest.h"

using namespace sb;

class TestWriters final : public WritersTest {
    Q_OBJECT
    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    QString workerUrl(const DatabaseUrl &url) override {
        return QStringLiteral("sqlite://") + url.path;
    }
};

QTEST_GUILESS_MAIN(TestWriters)
#include "moc_writerstest.cpp"
#include "tst_writers.moc"

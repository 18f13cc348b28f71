// signalboard-cli watch on SQLite: WatchCliTest's cases.
#include "watchclitest.h"

class TestCliWatch final : public WatchCliTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "moc_watchclitest.cpp"
#include "tst_cli_watch.moc"

// Broadcasts GUI on PostgreSQL: compose → pop-up on another workstation (its own
// connection and LISTEN/NOTIFY change feed) → receipt visible to the sender, live (the case
// is BroadcastTest's).
#include "broadcasttest.h"

using namespace sb;

class TestBroadcastPg final : public BroadcastTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_broadcast_pg"));
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest)");
    }
};

QTEST_MAIN(TestBroadcastPg)
#include "moc_broadcasttest.cpp"
#include "tst_broadcast_pg.moc"

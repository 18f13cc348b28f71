// Lost updates on PostgreSQL: WritersTest's case, the workstations writing through the server
// functions (sb_workflow_apply, sb_ticket_edit) that lock the ticket row.
#include "writerstest.h"

using namespace sb;

class TestWritersPg final : public WritersTest {
    Q_OBJECT
    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }
    QString workerUrl(const DatabaseUrl &url) override {
        QString text = test::pgAdminUrl();
        text.replace(QStringLiteral("/postgres"), QLatin1Char('/') + url.database);
        return text;
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
    }
};

QTEST_GUILESS_MAIN(TestWritersPg)
#include "moc_writerstest.cpp"
#include "tst_writers_pg.moc"

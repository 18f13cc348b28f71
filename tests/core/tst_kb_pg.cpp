// Knowledge base on PostgreSQL (tsvector, 'simple' configuration, GIN index).
#include "kbcases.h"

class TestKbPg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void searchEditLinkCount() {
        sb::test::kb::searchEditLinkCount(sb::test::freshPgDatabase(QStringLiteral("kb_search")));
    }
};

QTEST_GUILESS_MAIN(TestKbPg)
#include "tst_kb_pg.moc"

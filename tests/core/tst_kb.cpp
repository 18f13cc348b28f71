// Knowledge base on SQLite (FTS5).
#include "kbcases.h"

#include <QTemporaryDir>

class TestKb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void searchEditLinkCount() {
        QTemporaryDir dir;
        sb::test::kb::searchEditLinkCount(sb::test::sqliteIn(dir));
    }
    void words() {
        QCOMPARE(
            sb::KnowledgeBase::words(QStringLiteral("  Foo-bar \"baz\"* foo ")),
            (QStringList{QStringLiteral("foo"), QStringLiteral("bar"), QStringLiteral("baz")}));
        QVERIFY(sb::KnowledgeBase::words(QStringLiteral("*:&|()\"")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKb)
#include "tst_kb.moc"

// Knowledge base on SQLite (FTS5): KbTest's cases, and how search text becomes words.
#include "kbtest.h"

class TestKb final : public KbTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    void words() {
        QCOMPARE(
            sb::KnowledgeBase::words(QStringLiteral("  Foo-bar \"baz\"* foo ")),
            (QStringList{QStringLiteral("foo"), QStringLiteral("bar"), QStringLiteral("baz")}));
        QVERIFY(sb::KnowledgeBase::words(QStringLiteral("*:&|()\"")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKb)
#include "moc_kbtest.cpp"
#include "tst_kb.moc"

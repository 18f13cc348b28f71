// The import wizard driven through its pages (file, mapping with values, checked preview,
// import), stopping an import (nothing written), the File-menu actions and their permissions,
// and the knowledge-base dialog (search, new article for kb.edit only).
#include "io/columnmapping.h"
#include "kb/kbdialog.h"
#include "shell/features.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "tickets/importwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {
qint64 count(Database &db, const QString &sql) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql, {}, error) || !q.next())
        qWarning("%s", qPrintable(error));
    return q.value(0).toLongLong();
}
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return f.fileName();
}
app::Workspace workspace(Database *db, const Clock *clock, QSet<QString> permissions) {
    app::Workspace ws;
    ws.db = db;
    ws.clock = clock;
    ws.user.staffId = 0;
    ws.user.login = QStringLiteral("tester");
    ws.user.permissions = PermissionSet(std::move(permissions), false);
    return ws;
}
int rowOf(QTableWidget *t, const QString &text) {
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0) && t->item(r, 0)->text() == text)
            return r;
    }
    return -1;
}
} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SignalboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
    }

    void throughThePages() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        SystemClock clock;
        const QString csv = write(dir, QStringLiteral("theirs.csv"),
                                  "When,How,Kind,Ref,Text\n"
                                  "2026-03-01T09:00:00+01:00,TEL,noise,A1,loud\n"
                                  "2026-03-01T09:05:00+01:00,WEB,meter,A2,broken\n"
                                  "last tuesday,TEL,noise,A3,bad date\n"
                                  "2026-03-01T09:07:00+01:00,WEB,noise,A4,\"two\nlines\"\n");
        app::ImportWizard wizard(workspace(db.get(), &clock, {QStringLiteral("tickets.register")}));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Page 1: the file.
        QCOMPARE(wizard.currentId(), int(app::ImportWizard::FilePageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("filePath")), csv);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(app::ImportWizard::MappingPageId));

        // Page 2: columns and values. Required fields unmapped: cannot go on.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(app::ImportWizard::MappingPageId));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("mappingError"))
                    ->text()
                    .contains(QLatin1StringView("required field is not mapped")));
        const auto readFrom = [&](const char *field) {
            return wizard.findChild<QComboBox *>(QStringLiteral("readFrom_") +
                                                 QLatin1StringView(field));
        };
        readFrom("received_at")->setCurrentText(QStringLiteral("When"));
        readFrom("channel")->setCurrentText(QStringLiteral("How"));
        readFrom("problem_type")->setCurrentText(QStringLiteral("Kind"));
        readFrom("external_id")->setCurrentText(QStringLiteral("Ref"));
        readFrom("description")->setCurrentText(QStringLiteral("Text"));
        readFrom("customer_tier")->setCurrentIndex(1); // constant
        auto *fields = wizard.findChild<QTableWidget *>(QStringLiteral("fieldsTable"));
        auto *tierConstant =
            qobject_cast<QLineEdit *>(fields->cellWidget(ColumnMapping::CustomerTier, 2));
        QVERIFY(tierConstant->isEnabled());
        QTest::keyClicks(tierConstant, QStringLiteral("vip"));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("sourceEdit")),
                         QStringLiteral("theirs"));

        auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("valuesTable"));
        fields->setCurrentCell(ColumnMapping::ChannelField, 0);
        QVERIFY(values->isEnabled());
        QCOMPARE(values->rowCount(), 3); // TEL, WEB, *
        qobject_cast<QComboBox *>(values->cellWidget(rowOf(values, QStringLiteral("TEL")), 1))
            ->setCurrentText(QStringLiteral("phone"));
        qobject_cast<QComboBox *>(values->cellWidget(rowOf(values, QStringLiteral("WEB")), 1))
            ->setCurrentText(QStringLiteral("chat"));
        fields->setCurrentCell(ColumnMapping::ProblemTypeField, 0);
        QCOMPARE(values->rowCount(), 3); // noise, meter, *
        qobject_cast<QComboBox *>(values->cellWidget(rowOf(values, QStringLiteral("noise")), 1))
            ->setCurrentText(QStringLiteral("product_fault"));
        qobject_cast<QComboBox *>(values->cellWidget(rowOf(values, QStringLiteral("*")), 1))
            ->setCurrentText(QStringLiteral("other"));

        // The mapping saves as a file ColumnMapping reads, and loads back.
        const QString mapPath = dir.filePath(QStringLiteral("theirs.json"));
        QVERIFY2(wizard.saveMappingFile(mapPath, e), qPrintable(e));
        QVERIFY2(ColumnMapping::fromFile(mapPath, e), qPrintable(e));
        QVERIFY2(wizard.loadMappingFile(mapPath, e), qPrintable(e));
        QCOMPARE(readFrom("channel")->currentText(), QStringLiteral("How"));
        QCOMPARE(wizard.draft().source, QStringLiteral("theirs"));

        // Page 3: every row checked; the bad one listed with line and column.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(app::ImportWizard::PreviewPageId));
        auto *errors = wizard.findChild<QTableWidget *>(QStringLiteral("errorsTable"));
        QTRY_COMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("4"));
        QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("When"));
        QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"))->rowCount(), 3);
        QAbstractButton *importButton = wizard.button(QWizard::CommitButton);
        QVERIFY(!importButton->isEnabled());
        wizard.findChild<QCheckBox *>(QStringLiteral("skipBadRows"))->setChecked(true);
        QVERIFY(importButton->isEnabled());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);

        // Page 4: the import.
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(app::ImportWizard::RunPageId));
        QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY2(wizard.report().written, qPrintable(wizard.report().fatal));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QLatin1StringView("Imported 3")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE source = 'theirs' "
                                           "AND customer_tier = 'vip'")),
                 3);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE channel = 'chat' "
                                           "AND problem_type = 'product_fault' AND description = "
                                           "'two\nlines'")),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE external_id = 'A2' "
                                           "AND problem_type = 'other'")),
                 1);
    }

    void stopWritesNothing() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        SystemClock clock;
        QByteArray csv = "received_at,channel,customer_tier,problem_type,external_id\n";
        for (int i = 0; i < 300000; ++i)
            csv += "2026-03-01T09:00:00Z,phone,normal,other," + QByteArray::number(i) + '\n';
        const QString path = write(dir, QStringLiteral("big.csv"), csv);
        app::ImportWizard wizard(workspace(db.get(), &clock, {QStringLiteral("tickets.register")}));
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("filePath")), path);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::ImportWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 60000);
        QCOMPARE(wizard.report().records, 300000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::ImportWizard::RunPageId));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("cancelImportButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60000);
        QVERIFY(wizard.report().cancelled);
        QVERIFY(!wizard.report().written);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QLatin1StringView("nothing was written")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    }

    void menuActionsFollowPermissions() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        SystemClock clock;
        {
            app::MainWindow w(workspace(db.get(), &clock, {QStringLiteral("kb")}));
            app::installFeatures(w); // as the start-up does
            auto *import = w.findChild<QAction *>(QStringLiteral("importComplaintsAction"));
            QVERIFY(import);
            QVERIFY(!import->isEnabled());
            QVERIFY(import->toolTip().contains(QLatin1StringView("tickets.register")));
            QVERIFY(w.findChild<QAction *>(QStringLiteral("knowledgeBaseAction"))->isEnabled());
        }
        app::MainWindow w(workspace(db.get(), &clock, {QStringLiteral("tickets.register")}));
        app::installFeatures(w);
        auto *import = w.findChild<QAction *>(QStringLiteral("importComplaintsAction"));
        QVERIFY(import->isEnabled());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("knowledgeBaseAction"))->isEnabled());
        import->trigger();
        QTRY_VERIFY(w.findChild<app::ImportWizard *>());
    }

    void knowledgeBaseDialog() {
        QTemporaryDir dir;
        QString e;
        auto db = test::openMigrated(test::sqliteIn(dir), e);
        QVERIFY2(db, qPrintable(e));
        SystemClock clock;
        {
            app::KbDialog reader(workspace(db.get(), &clock, {QStringLiteral("kb")}));
            auto *newButton = reader.findChild<QPushButton *>(QStringLiteral("newButton"));
            QVERIFY(!newButton->isEnabled());
            QVERIFY(newButton->toolTip().contains(QLatin1StringView("kb.edit")));
        }
        app::KbDialog editor(
            workspace(db.get(), &clock, {QStringLiteral("kb"), QStringLiteral("kb.edit")}));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("newButton")),
                          Qt::LeftButton);
        QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Refund steps"));
        QTest::keyClicks(editor.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")),
                         QStringLiteral("<b>Check</b> the order, then refund."));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM kb_articles WHERE title = "
                                           "'Refund steps'")),
                 1);
        auto *results = editor.findChild<QListWidget *>(QStringLiteral("resultsList"));
        QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("searchEdit")),
                         QStringLiteral("refu"));
        QTRY_COMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().startsWith(QLatin1StringView("Refund steps")));
        QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("searchEdit")),
                         QStringLiteral("xyz"));
        QTRY_COMPARE(results->count(), 0);
        // Shown as plain text: the markup stays visible.
        QCOMPARE(editor.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->toPlainText(),
                 QStringLiteral("<b>Check</b> the order, then refund."));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"

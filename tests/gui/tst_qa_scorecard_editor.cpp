// Editing scorecards (评分表) in the QA place, offscreen on a real SQLite database: the
// Scorecards tab is there for holders of qa.scorecards only; the shipped version is read-only;
// "New draft" copies it; a bad weight is named with its item and nothing is saved; the fixed
// draft is saved, published after the confirmation and is then the version new reviews pin;
// a draft can be discarded.
#include "qa/qaplace.h"
#include "qa/qascorecardeditor.h"
#include "qa/reviewstore.h"
#include "qa/scorecardstore.h"
#include "security/permissions.h"
#include "testsupport.h"
#include "widgetfinders.h"
#include "workflowfixture.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

struct World {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00+08:00"), Qt::ISODate)};

    bool open() {
        QString error;
        db = test::openMigrated(test::sqliteIn(dir), error);
        if (!db)
            qWarning("open: %s", qPrintable(error));
        return db != nullptr;
    }

    qint64 staff(const QString &login, const QString &role) {
        QSqlQuery q(db->db());
        QString error;
        if (!db->exec(q,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, (SELECT "
                                     "id FROM roles WHERE key = ?), 'active', 0, ?, 0) RETURNING "
                                     "id"),
                      {login.toUpper(), login, role, login}, error) ||
            !q.next())
            qFatal("staff: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

    app::Workspace workspace(qint64 staffId, const QString &login) {
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = staffId;
        ws.user.login = login;
        ws.user.name = login;
        QString error;
        if (!PermissionService(*db).effective(staffId, clock.nowMs(), ws.user.permissions, error))
            qWarning("permissions: %s", qPrintable(error));
        return ws;
    }

    double storedWeight(qint64 versionId, const char *key) {
        return test::queryValue(*db,
                                QStringLiteral("SELECT weight FROM qa_scorecard_items WHERE "
                                               "version_id = ? AND key = ?"),
                                {versionId, QString::fromLatin1(key)})
            .toDouble();
    }
};

void click(QWidget *in, const char *name) {
    auto *b = in->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(b, name);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

void setCell(QTableWidget *t, int row, int column, const QString &text) {
    QTableWidgetItem *item = t->item(row, column);
    QVERIFY(item);
    item->setText(text);
}

int rowOf(QTableWidget *t, const QString &key) {
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, app::QaScorecardEditor::KeyColumn)->text() == key)
            return row;
    return -1;
}

// Presses Yes in the visible message box `name` under `parent`; false when none shows.
bool confirm(QWidget *parent, const QString &name, QString *text = nullptr) {
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = test::visibleChild<QMessageBox>(parent, name)); }))
        return false;
    if (text)
        *text = box->text();
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    return true;
}

} // namespace

class TestQaScorecardEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editValidateSavePublish() {
        World w;
        QVERIFY(w.open());
        const qint64 editorId = w.staff(QStringLiteral("zhao_qa"), QStringLiteral("qa"));
        app::QaPlace place(w.workspace(editorId, QStringLiteral("zhao_qa")));
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        app::QaScorecardEditor *editor = place.scorecardEditor();
        QVERIFY(editor);
        auto *tabs = place.findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(editor)), QStringLiteral("Scorecards"));
        tabs->setCurrentWidget(editor);
        auto *items = editor->findChild<QTableWidget *>(QStringLiteral("itemsTable"));
        auto *issues = editor->findChild<QListWidget *>(QStringLiteral("issuesList"));
        QVERIFY(items && issues);

        // The shipped version, in force and read-only.
        QaReviewStore reviews(*w.db, w.clock);
        std::optional<QaScorecardVersion> v1;
        QString error;
        QVERIFY2(reviews.scorecardInForce(v1, error), qPrintable(error));
        QTRY_COMPARE(editor->shownVersionId(), v1->id);
        QTRY_COMPARE(items->rowCount(), 7);
        QVERIFY(!editor->isEditable());
        QCOMPARE(items->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());

        // A new draft: version 2, the same items, editable.
        click(editor, "newDraftButton");
        QTRY_VERIFY(editor->shownVersionId() != v1->id && editor->isEditable());
        const qint64 draftId = editor->shownVersionId();
        QCOMPARE(editor->shownVersion().version, 2);
        QCOMPARE(items->rowCount(), 7);
        QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("newDraftButton"))->isEnabled());

        // A bad weight: Validate names the item and the field; Save refuses, nothing stored.
        const int attitude = rowOf(items, QStringLiteral("attitude"));
        QVERIFY(attitude >= 0);
        setCell(items, attitude, app::QaScorecardEditor::WeightColumn, QStringLiteral("0"));
        QVERIFY(editor->hasUnsavedEdits());
        click(editor, "validateButton");
        QCOMPARE(issues->count(), 1);
        QVERIFY2(issues->item(0)->text().contains(QLatin1StringView("\"attitude\", weight")),
                 qPrintable(issues->item(0)->text()));
        click(editor, "saveButton");
        QTRY_VERIFY2(editor->statusText().contains(QLatin1StringView("not saved")),
                     qPrintable(editor->statusText()));
        QCOMPARE(w.storedWeight(draftId, "attitude"), 15.0);

        // Fixed, with a new item and a note: saved.
        setCell(items, attitude, app::QaScorecardEditor::WeightColumn, QStringLiteral("30"));
        click(editor, "addItemButton");
        QCOMPARE(items->rowCount(), 8);
        setCell(items, 7, app::QaScorecardEditor::KeyColumn, QStringLiteral("greeting"));
        setCell(items, 7, app::QaScorecardEditor::TitleColumn, QStringLiteral("Greeting"));
        setCell(items, 7, app::QaScorecardEditor::TitleZhColumn, QStringLiteral("问候"));
        auto *note = editor->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Attitude weighs more"));
        QSignalSpy shownAgain(editor, &app::QaScorecardEditor::versionShown);
        click(editor, "saveButton");
        QTRY_COMPARE(editor->statusText(), QStringLiteral("Draft saved."));
        QTRY_VERIFY(shownAgain.count() > 0); // the saved draft is read back and shown again
        QCOMPARE(issues->count(), 0);
        QCOMPARE(w.storedWeight(draftId, "attitude"), 30.0);
        QCOMPARE(test::queryValue(*w.db,
                                  QStringLiteral("SELECT COUNT(*) FROM qa_scorecard_items WHERE "
                                                 "version_id = ?"),
                                  {draftId})
                     .toInt(),
                 8);
        QCOMPARE(test::queryValue(*w.db,
                                  QStringLiteral("SELECT note FROM qa_scorecard_versions WHERE "
                                                 "id = ?"),
                                  {draftId})
                     .toString(),
                 QStringLiteral("Attitude weighs more"));

        // Moved up and published after the confirmation: in force, read-only.
        items->setCurrentCell(7, app::QaScorecardEditor::KeyColumn);
        click(editor, "moveUpButton");
        QCOMPARE(items->item(6, app::QaScorecardEditor::KeyColumn)->text(),
                 QStringLiteral("greeting"));
        click(editor, "publishButton");
        QString question;
        QVERIFY(confirm(editor, QStringLiteral("publishConfirm"), &question));
        QVERIFY2(question.contains(QLatin1StringView("keep the version")), qPrintable(question));
        QTRY_VERIFY2(editor->statusText().startsWith(QLatin1StringView("Published")),
                     qPrintable(editor->statusText()));
        std::optional<QaScorecardVersion> inForce;
        QVERIFY2(reviews.scorecardInForce(inForce, error), qPrintable(error));
        QCOMPARE(inForce->id, draftId);
        QCOMPARE(inForce->card.items.size(), 8);
        QCOMPARE(inForce->card.items.at(6).key, QStringLiteral("greeting"));
        QCOMPARE(inForce->titlesZh.at(6), QStringLiteral("问候"));
        QTRY_VERIFY(editor->shownVersion().published && editor->shownVersion().inForce);
        QVERIFY(!editor->isEditable());
    }

    // A draft is discarded after the confirmation; the version in force is shown again.
    void discardADraft() {
        World w;
        QVERIFY(w.open());
        const qint64 editorId = w.staff(QStringLiteral("qian_qa"), QStringLiteral("qa"));
        app::QaPlace place(w.workspace(editorId, QStringLiteral("qian_qa")));
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        app::QaScorecardEditor *editor = place.scorecardEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->shownVersionId() > 0);
        const qint64 v1 = editor->shownVersionId();
        click(editor, "newDraftButton");
        QTRY_VERIFY(editor->isEditable());
        const qint64 draftId = editor->shownVersionId();
        click(editor, "discardButton");
        QVERIFY(confirm(editor, QStringLiteral("discardConfirm")));
        QTRY_COMPARE(editor->shownVersionId(), v1);
        QCOMPARE(test::queryValue(*w.db,
                                  QStringLiteral("SELECT COUNT(*) FROM qa_scorecard_versions "
                                                 "WHERE id = ?"),
                                  {draftId})
                     .toInt(),
                 0);
    }

    // Someone else saves the draft while it has unsaved edits here: a stray click does not drop
    // them, the save is refused and writes nothing, and "Read again" shows the other save.
    void staleDraftIsRefusedThenReadAgain() {
        World w;
        QVERIFY(w.open());
        const qint64 meId = w.staff(QStringLiteral("zhou_qa"), QStringLiteral("qa"));
        const qint64 otherId = w.staff(QStringLiteral("wu_qa"), QStringLiteral("qa"));
        app::QaPlace place(w.workspace(meId, QStringLiteral("zhou_qa")));
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        app::QaScorecardEditor *editor = place.scorecardEditor();
        QVERIFY(editor);
        auto *items = editor->findChild<QTableWidget *>(QStringLiteral("itemsTable"));
        auto *versions = editor->findChild<QTableWidget *>(QStringLiteral("versionsTable"));
        QVERIFY(items && versions);
        QTRY_VERIFY(editor->shownVersionId() > 0);
        const qint64 v1 = editor->shownVersionId();
        click(editor, "newDraftButton");
        QTRY_VERIFY(editor->isEditable());
        const qint64 draftId = editor->shownVersionId();
        setCell(items, 0, app::QaScorecardEditor::WeightColumn, QStringLiteral("20"));

        // The other inspector saves the draft with weight 40, through the store.
        QaScorecardStore store(*w.db, w.clock);
        QaScorecardVersion read;
        QaScorecardVersionInfo info;
        QString error;
        QVERIFY2(store.load(draftId, read, info, error), qPrintable(error));
        QaScorecardDraft theirs{QStringLiteral("theirs"), read.card.items, read.titlesZh,
                                read.rootCausesZh};
        theirs.items[0].weight = 40;
        QList<QaIssue> issues;
        qint64 revision = 0;
        QVERIFY2(store.saveDraft({otherId, QStringLiteral("wu_qa")}, draftId, info.revision, theirs,
                                 issues, revision, error),
                 qPrintable(error));
        editor->scheduleReload(); // as the change feed would
        QTest::qWait(2 * app::QaScorecardEditor::kCoalesceMs);
        QCOMPARE(items->item(0, app::QaScorecardEditor::WeightColumn)->text(),
                 QStringLiteral("20"));

        // A click on version 1 keeps the edits (once).
        for (int row = 0; row < versions->rowCount(); ++row)
            if (versions->item(row, 0)->data(Qt::UserRole).toLongLong() == v1)
                versions->selectRow(row);
        QCOMPARE(editor->shownVersionId(), draftId);
        QVERIFY(editor->hasUnsavedEdits());

        click(editor, "saveButton");
        QTRY_VERIFY2(editor->statusText().contains(QLatin1StringView("changed by someone else")),
                     qPrintable(editor->statusText()));
        QCOMPARE(w.storedWeight(draftId, "timeliness"), 40.0);
        click(editor, "readAgainButton");
        QTRY_COMPARE(items->item(0, app::QaScorecardEditor::WeightColumn)->text(),
                     QStringLiteral("40"));
        QVERIFY(!editor->hasUnsavedEdits());
        QCOMPARE(editor->shownVersion().revision, revision);
    }

    // Without qa.scorecards there is no Scorecards tab.
    void noTabWithoutThePermission() {
        World w;
        QVERIFY(w.open());
        const qint64 lead = w.staff(QStringLiteral("sun_lead"), QStringLiteral("team_lead"));
        app::Workspace ws = w.workspace(lead, QStringLiteral("sun_lead"));
        QVERIFY(!ws.user.permissions.has(perm::QaScorecards));
        app::QaPlace place(ws);
        QVERIFY(!place.scorecardEditor());
        auto *tabs = place.findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->tabText(i) != QStringLiteral("Scorecards"));
    }
};

QTEST_MAIN(TestQaScorecardEditor)
#include "tst_qa_scorecard_editor.moc"

#pragma once

#include "qa/scorecardstore.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;

namespace Ui {
class QaScorecardEditor;
}

namespace sb::app {

// Editing scorecards (评分表), for holders of qa.scorecards: every scorecard with its versions
// (state, who published it and when, the note); the selected version's items in a table. A
// published version is shown read-only; "New draft" copies the newest published version into
// a draft, whose items (key, titles, weight, scale, N/A allowed, critical, comment required
// below pass, root causes) are edited in the table, added, removed and moved. "Validate" lists
// every issue, naming the item and field; "Save draft" saves (refused, with the issues, when
// there are any); "Publish…" asks first (reviews in progress keep their version) and makes the
// draft the version in force; "Discard draft…" deletes it. Reads and writes run on the
// background worker; change-feed notices are coalesced into one read (scheduleReload).
class QaScorecardEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;
    enum Column {
        KeyColumn,
        TitleColumn,
        TitleZhColumn,
        WeightColumn,
        ScaleColumn,
        NaColumn,
        CriticalColumn,
        CommentColumn,
        RootCausesColumn,
        RootCausesZhColumn,
        ColumnCount
    };

    QaScorecardEditor(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    ~QaScorecardEditor() override;

    // Reads the scorecards and their versions again.
    void reload();
    void scheduleReload() { m_pending.start(); }
    // Shows version `versionId` (its row is selected; the items are read on the worker).
    void showVersion(qint64 versionId);

    void createDraft();
    // Checks the draft as shown and lists every issue; true when there is none.
    bool validateShown();
    void saveDraft();
    // Asks first (the message box "publishConfirm"); then saves unsaved edits and publishes.
    void publishDraft();
    // Asks first ("discardConfirm"); then deletes the draft.
    void discardDraft();
    void addItem();
    void removeItem();
    void moveItem(int delta);
    // Drops unsaved edits and reads the list and the version shown again.
    void readAgain();

    bool isLoaded() const { return m_loaded; }
    const QList<QaScorecardInfo> &scorecards() const { return m_scorecards; }
    qint64 shownVersionId() const { return m_shown.id; }
    const QaScorecardVersionInfo &shownVersion() const { return m_shown; }
    bool isEditable() const;
    bool hasUnsavedEdits() const { return m_dirty; }
    // The draft as the table shows it now.
    QaScorecardDraft shownDraft() const;
    QStringList issueTexts() const;
    QString statusText() const;

Q_SIGNALS:
    // After each read of the list has been shown.
    void loaded();
    // After a version's items have been shown.
    void versionShown();
    // After a write: whether it worked and the message shown.
    void actionFinished(bool ok, const QString &message);

private:
    struct Listed;
    struct Shown;
    struct Written;
    void takeList(const Listed &r);
    void takeVersion(const Shown &r);
    void takeWrite(const Written &r, const QString &done);
    void fillVersions();
    void fillItems(const QaScorecardDraft &draft);
    void selectVersionRow(qint64 versionId);
    void versionSelected();
    void showIssues(const QList<QaIssue> &issues);
    void updateButtons();
    void markDirty();
    void finish(bool ok, const QString &message);
    void runPublish();
    void runDiscard();
    // Asks `text` in a modal box named `name` and runs `onYes` when the user answers Yes.
    void askThen(const QString &name, const QString &title, const QString &text,
                 void (QaScorecardEditor::*onYes)());
    const QaScorecardInfo *scorecardOf(qint64 scorecardId) const;
    QString scorecardName() const;
    QComboBox *scaleBox(int row) const;
    QaActor actor() const;

    Workspace m_ws;
    DbWorker *m_worker;
    std::unique_ptr<Ui::QaScorecardEditor> m_ui;
    QTimer m_pending;
    QList<QaScorecardInfo> m_scorecards;
    QaScorecardVersionInfo m_shown; // id 0: none
    int m_listGeneration = 0;
    int m_showGeneration = 0;
    bool m_loaded = false;
    bool m_filling = false; // the table is being filled: no edits
    bool m_dirty = false;
    qint64 m_leaving = 0; // a version chosen once while the draft had unsaved edits
    bool m_busy = false;  // a write is on its way
};

} // namespace sb::app

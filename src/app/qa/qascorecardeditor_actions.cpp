// QaScorecardEditor: the writes (new draft, save, publish, discard) on the background worker.
#include "qa/qascorecardeditor.h"

#include "ui_qascorecardeditor.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace sb::app {

// What a write came back with.
struct QaScorecardEditor::Written {
    bool ok = false;
    qint64 versionId = 0; // what to show afterwards; 0: the version in force
    QList<QaIssue> issues;
    QString error;
};

void QaScorecardEditor::finish(bool ok, const QString &message) {
    m_busy = false;
    m_ui->editorStatus->setText(message);
    updateButtons();
    Q_EMIT actionFinished(ok, message);
}

void QaScorecardEditor::takeWrite(const Written &r, const QString &done) {
    if (!r.issues.isEmpty())
        showIssues(r.issues);
    if (r.ok) {
        // The list is read again and the version with it (the draft, or after a discard the
        // scorecard's draft or version in force).
        m_dirty = false;
        m_shown = {};
        m_shown.id = r.versionId;
        m_shown.revision = -1;
        reload();
    }
    finish(r.ok, r.ok ? done : r.error);
}

void QaScorecardEditor::createDraft() {
    const QaScorecardInfo *card = scorecardOf(m_shown.scorecardId);
    if (!card || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const qint64 scorecardId = card->id;
    const QaActor who = actor();
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [scorecardId, who, clock](DbWorker::Context &c) {
            Written r;
            if (!c.db)
                r.error = c.openError;
            else
                r.ok = QaScorecardStore(*c.db, *clock)
                           .createDraft(who, scorecardId, r.versionId, r.error);
            return r;
        },
        [this](const Written &r) {
            takeWrite(r, tr("A new draft was made from the newest published version."));
        });
}

void QaScorecardEditor::saveDraft() {
    if (!isEditable() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const qint64 id = m_shown.id;
    const qint64 revision = m_shown.revision;
    const QaScorecardDraft draft = shownDraft();
    const QaActor who = actor();
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [id, revision, draft, who, clock](DbWorker::Context &c) {
            Written r;
            r.versionId = id;
            qint64 newRevision = 0;
            if (!c.db)
                r.error = c.openError;
            else
                r.ok = QaScorecardStore(*c.db, *clock)
                           .saveDraft(who, id, revision, draft, r.issues, newRevision, r.error);
            return r;
        },
        [this](const Written &r) {
            if (!r.ok && !r.issues.isEmpty()) {
                showIssues(r.issues);
                finish(false, tr("The draft was not saved: %n issue(s) to fix.", nullptr,
                                 int(r.issues.size())));
                return;
            }
            if (r.ok)
                m_ui->issuesList->clear();
            takeWrite(r, tr("Draft saved."));
        });
}

void QaScorecardEditor::publishDraft() {
    if (!isEditable() || m_busy || !validateShown())
        return;
    askThen(QStringLiteral("publishConfirm"), tr("Publish the scorecard"),
            tr("Publish version %1 of %2? New reviews will use it. Reviews already started keep "
               "the version they started with. A published version never changes.")
                .arg(m_shown.version)
                .arg(scorecardName()),
            &QaScorecardEditor::runPublish);
}

void QaScorecardEditor::askThen(const QString &name, const QString &title, const QString &text,
                                void (QaScorecardEditor::*onYes)()) {
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, onYes] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            (this->*onYes)();
    });
    box->open();
}

void QaScorecardEditor::runPublish() {
    if (!isEditable() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const qint64 id = m_shown.id;
    const qint64 revision = m_shown.revision;
    const bool save = m_dirty;
    const QaScorecardDraft draft = shownDraft();
    const QaActor who = actor();
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [id, revision, save, draft, who, clock](DbWorker::Context &c) {
            Written r;
            r.versionId = id;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaScorecardStore store(*c.db, *clock);
            qint64 current = revision;
            r.ok =
                (!save || store.saveDraft(who, id, revision, draft, r.issues, current, r.error)) &&
                store.publish(who, id, current, r.error);
            return r;
        },
        [this](const Written &r) {
            takeWrite(r, tr("Published: new reviews use this version from now on."));
        });
}

void QaScorecardEditor::discardDraft() {
    if (!isEditable() || m_busy)
        return;
    askThen(QStringLiteral("discardConfirm"), tr("Discard the draft"),
            tr("Discard draft version %1 of %2 and every change in it?")
                .arg(m_shown.version)
                .arg(scorecardName()),
            &QaScorecardEditor::runDiscard);
}

void QaScorecardEditor::runDiscard() {
    if (!isEditable() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const qint64 id = m_shown.id;
    const qint64 revision = m_shown.revision;
    const QaActor who = actor();
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [id, revision, who, clock](DbWorker::Context &c) {
            Written r; // versionId 0: the version in force is shown afterwards
            if (!c.db)
                r.error = c.openError;
            else
                r.ok = QaScorecardStore(*c.db, *clock).discard(who, id, revision, r.error);
            return r;
        },
        [this](const Written &r) { takeWrite(r, tr("The draft was discarded.")); });
}

} // namespace sb::app

#pragma once

#include "admin/admintab.h"
#include "admin/archivejob.h"
#include "archive/archiveruns.h"

#include <QDate>
#include <QStandardItemModel>
#include <QTimeZone>
#include <functional>
#include <memory>

namespace Ui {
class ArchiveTab;
}

namespace sb::app {

// Archive: the retention rules in force and the "closed before" date with the cut-offs it
// implies; Preview (what would move now, changing nothing), Archive to file… and Restore from
// file… (each asks for the file, confirms with the count and the file, runs off the GUI
// thread on a connection of its own with a busy indication, then shows tickets, batches and
// rows per table, or the error); and the past runs (archive_runs), newest first. Archiving and
// restoring need admin.archive; the past runs are shown to holders of admin.archive or
// admin.audit.
class ArchiveTab : public AdminTab {
    Q_OBJECT
public:
    enum CountColumn { CountTable, CountRows };
    enum RunColumn {
        RunKind,
        RunStarted,
        RunFinished,
        RunActor,
        RunCutoff,
        RunFile,
        RunState,
        RunMessage,
        RunTickets,
        RunCounts,
        RunColumnCount
    };
    // Asks for the archive file ("" = cancelled): to write into (`forArchive`) or to restore
    // from. A file dialog unless replaced (tests).
    using FileChooser = std::function<QString(QWidget *parent, bool forArchive)>;

    ArchiveTab(AdminContext &ctx, QWidget *parent);
    ~ArchiveTab() override;
    void applyChanges(const QList<sb::Change> &changes) override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Reads the retention rules (and the calendar's time zone) again.
    void refreshRules();
    // Reads the past runs again; false with the status line saying why.
    bool refreshRuns();
    void setBeforeDate(const QDate &date);
    QDate beforeDate() const;
    // The cut-offs the rules and the date give now.
    RetentionCutoff cutoff() const;
    qint64 beforeMs() const;

    // The actions of the three buttons (each returns at once; jobFinished() tells the end).
    void preview();
    void archiveToFile();
    void restoreFromFile();
    bool isBusy() const { return m_job->isRunning(); }
    // What the last finished job came to.
    const ArchiveJobResult &lastResult() const { return m_last; }

    QStandardItemModel *countsModel() const { return m_counts; }
    QStandardItemModel *runsModel() const { return m_runs; }
    QString resultText() const;
    QString cutoffText() const;
    QString rulesText() const;

    // "Tickets", "Timeline events" … for a moved table (the table's own name otherwise).
    static QString tableLabel(const QString &table);

Q_SIGNALS:
    // A preview, archive or restore ended (also when it was refused or nothing was to do).
    void jobFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAccess();
    void updateCutoff();
    void setBusy(const QString &what);
    void jobDone(const ArchiveJobResult &r);
    void showReport(const ArchiveReport &report);
    void settle(bool ok, const QString &message);
    // Whether this person may archive or restore here; says why not when not.
    bool mayChangeData();
    bool startJob(ArchiveJobRequest request, const QString &busyText);
    ArchiveJobRequest request(ArchiveJobRequest::Kind kind, const QString &file = {}) const;
    QString zonedTime(qint64 ms) const;

    std::unique_ptr<Ui::ArchiveTab> m_ui;
    ArchiveJob *m_job;
    QStandardItemModel *m_counts;
    QStandardItemModel *m_runs;
    FileChooser m_chooseFile;
    RetentionRules m_rules;
    QString m_rulesError;
    QTimeZone m_zone = QTimeZone::systemTimeZone(); // the business calendar's, once read
    bool m_dateChosen = false;                      // the default follows the rules until set
    ArchiveJobResult m_last;
};

} // namespace sb::app

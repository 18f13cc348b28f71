#pragma once

#include "admin/admintab.h"
#include "admin/erasurejob.h"

#include <functional>
#include <memory>

namespace Ui {
class ErasureTab;
}

namespace sb::app {

// Personal data: an erasure request for one customer, named by their service number or
// customer id, with the request's reference (recorded in the audit log instead of the value).
// "Count tickets" says how many tickets would be anonymised, in the live database and in each
// archive file listed; "Erase…" counts, asks with those counts, then anonymises them (off the
// GUI thread, on a connection of its own). Needs personal_data.erase; on PostgreSQL the server
// checks it again.
class ErasureTab : public AdminTab {
    Q_OBJECT
public:
    // Asks for archive files to add (empty: cancelled). A file dialog unless replaced (tests).
    using FilesChooser = std::function<QStringList(QWidget *parent)>;

    ErasureTab(AdminContext &ctx, QWidget *parent);
    ~ErasureTab() override;
    void applyChanges(const QList<sb::Change> &) override {}

    void setFilesChooser(FilesChooser chooser) { m_chooseFiles = std::move(chooser); }

    void setRequest(ErasureField field, const QString &value, const QString &reference);
    void addArchives(const QStringList &paths);
    QStringList archives() const;

    // The two buttons' actions (each returns at once; jobFinished() tells the end).
    void count();
    void erase();
    bool isBusy() const { return m_job->isRunning(); }
    const ErasureJobResult &lastResult() const { return m_last; }
    QString resultText() const;

Q_SIGNALS:
    // A count or an erasure ended, also when it was refused, declined or found nothing.
    void jobFinished(bool ok);

private:
    void updateAccess();
    bool start(bool dryRun, const QString &busyText);
    void jobDone(const ErasureJobResult &r);
    void settle(bool ok, const QString &message);
    QString outcomesText(const ErasureJobResult &r) const;
    ErasureRequest currentRequest() const;

    std::unique_ptr<Ui::ErasureTab> m_ui;
    ErasureJob *m_job;
    FilesChooser m_chooseFiles;
    bool m_confirming = false; // the running count is the one before an erasure
    ErasureJobResult m_last;
};

} // namespace sb::app

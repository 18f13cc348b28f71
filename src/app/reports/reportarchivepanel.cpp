#include "reports/reportarchivepanel.h"

#include "messaging/messagestore.h"
#include "reports/reportschedulelabels.h"
#include "shell/queryplace.h"
#include "workflow/calendarstore.h"

#include "ui_reportarchivepanel.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace sb::app {

namespace {
const QColor kFailedColor(0xc6, 0x28, 0x28);
} // namespace

struct ReportArchivePanel::Loaded {
    int generation = 0;
    QList<ReportRun> runs;
    QList<ReportSchedule> schedules;
    QByteArray zone; // the business calendar's zone: the days of the date filter
    QString error;
};

ReportArchivePanel::ReportArchivePanel(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::ReportArchivePanel>())
    , m_runsModel(new QStandardItemModel(0, ColumnCount, this))
    , m_outputsModel(new QStandardItemModel(0, OutputColumnCount, this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {
    setObjectName(QStringLiteral("reportArchivePanel"));
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("report-archive"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    m_ui->setupUi(this);
    m_runsModel->setHorizontalHeaderLabels({tr("Period"), tr("Schedule"), tr("State"),
                                            tr("Data cut-off"), tr("Finished"), tr("Runner"),
                                            tr("Outputs")});
    m_outputsModel->setHorizontalHeaderLabels(
        {tr("Format"), tr("File"), tr("Size"), tr("SHA-256")});
    for (QTableView *v : {m_ui->runsView, m_ui->outputsView}) {
        v->verticalHeader()->hide();
        v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        v->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->runsView->setModel(m_runsModel);
    m_ui->outputsView->setModel(m_outputsModel);
    m_ui->archiveBody->setStretchFactor(0, 3);
    m_ui->archiveBody->setStretchFactor(1, 1);

    m_ui->scheduleFilter->addItem(tr("All schedules"), 0);
    m_ui->stateFilter->addItem(tr("Any state"), QString());
    for (ReportRunState s : {ReportRunState::Done, ReportRunState::Failed, ReportRunState::Skipped,
                             ReportRunState::Running})
        m_ui->stateFilter->addItem(ReportScheduleLabels::runState(s), reportRunStateKey(s));
    const QDate today = m_ws.clock->now().toLocalTime().date();
    m_ui->fromDate->setDate(today.addMonths(-1));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);

    connect(m_ui->scheduleFilter, &QComboBox::activated, this, &ReportArchivePanel::reload);
    connect(m_ui->stateFilter, &QComboBox::activated, this, &ReportArchivePanel::reload);
    connect(m_ui->dateFilterCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDate->setEnabled(on);
        m_ui->toDate->setEnabled(on);
        reload();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, [this] { m_pending.start(); });
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, [this] { m_pending.start(); });
    connect(m_ui->runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportArchivePanel::showRun);
    connect(m_ui->outputsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportArchivePanel::updateButtons);
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [this] { openOutput(selectedRun(), selectedFormat()); });
    connect(m_ui->outputsView, &QTableView::activated, this,
            [this] { openOutput(selectedRun(), selectedFormat()); });
    connect(m_ui->saveAsButton, &QPushButton::clicked, this, &ReportArchivePanel::saveAsSelected);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &ReportArchivePanel::reload);
    updateButtons();
    reload();
}

ReportArchivePanel::~ReportArchivePanel() = default;

ReportRunFilter ReportArchivePanel::filter() const {
    ReportRunFilter f;
    f.scheduleId = m_ui->scheduleFilter->currentData().toLongLong();
    f.state = reportRunStateFromKey(m_ui->stateFilter->currentData().toString());
    if (m_ui->dateFilterCheck->isChecked()) {
        const QDate from = std::min(m_ui->fromDate->date(), m_ui->toDate->date());
        const QDate to = std::max(m_ui->fromDate->date(), m_ui->toDate->date());
        f.fromMs = from.startOfDay(m_zone).toMSecsSinceEpoch();
        f.toMs = to.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch(); // the last day included
    }
    f.limit = 500;
    return f;
}

void ReportArchivePanel::setScheduleFilter(qint64 scheduleId) {
    const int index = m_ui->scheduleFilter->findData(scheduleId);
    m_ui->scheduleFilter->setCurrentIndex(std::max(index, 0));
    reload();
}

void ReportArchivePanel::setStateFilter(std::optional<ReportRunState> state) {
    m_ui->stateFilter->setCurrentIndex(
        state ? m_ui->stateFilter->findData(reportRunStateKey(*state)) : 0);
    reload();
}

void ReportArchivePanel::setDateFilter(const QDate &from, const QDate &to) {
    const QSignalBlocker a(m_ui->fromDate), b(m_ui->toDate), c(m_ui->dateFilterCheck);
    const bool on = from.isValid() && to.isValid();
    m_ui->dateFilterCheck->setChecked(on);
    m_ui->fromDate->setEnabled(on);
    m_ui->toDate->setEnabled(on);
    if (on) {
        m_ui->fromDate->setDate(from);
        m_ui->toDate->setDate(to);
    }
    reload();
}

void ReportArchivePanel::reload() {
    m_pending.stop();
    const int generation = ++m_generation;
    const ReportRunFilter f = filter();
    m_worker->post(
        this,
        [generation, f](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            BusinessCalendar calendar;
            if (CalendarStore(*c.db).load(calendar, r.error) &&
                ReportScheduleStore::list(*c.db, r.schedules, r.error))
                ReportScheduleStore::runs(*c.db, f, r.runs, r.error);
            r.zone = calendar.timeZone().id();
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void ReportArchivePanel::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    if (!r.error.isEmpty()) {
        showStatus(tr("The report runs could not be read: %1").arg(r.error), true);
        Q_EMIT loaded();
        return;
    }
    { // The schedules to filter by, keeping the choice (a removed one stays while chosen).
        const qint64 chosen = m_ui->scheduleFilter->currentData().toLongLong();
        const QString chosenText = m_ui->scheduleFilter->currentText();
        const QSignalBlocker block(m_ui->scheduleFilter);
        while (m_ui->scheduleFilter->count() > 1)
            m_ui->scheduleFilter->removeItem(1);
        for (const ReportSchedule &s : r.schedules)
            m_ui->scheduleFilter->addItem(s.name, s.id);
        if (chosen > 0 && m_ui->scheduleFilter->findData(chosen) < 0)
            m_ui->scheduleFilter->addItem(chosenText, chosen);
        m_ui->scheduleFilter->setCurrentIndex(std::max(m_ui->scheduleFilter->findData(chosen), 0));
    }
    if (const QTimeZone zone(r.zone); zone.isValid() && zone != m_zone) {
        m_zone = zone; // the date filter's days are the calendar's: read again with them
        if (m_ui->dateFilterCheck->isChecked())
            m_pending.start();
    }
    const qint64 selected = selectedRun();
    m_runs = r.runs;
    {
        const QSignalBlocker block(m_ui->runsView->selectionModel());
        m_runsModel->setRowCount(0);
        for (const ReportRun &run : std::as_const(m_runs)) {
            auto *period = new QStandardItem(
                tr("%1 (%2)").arg(run.periodAt, ReportScheduleLabels::periodKind(run.periodKind)));
            period->setData(run.id, kRunRole);
            period->setToolTip(tr("From %1 up to %2 (%3)")
                                   .arg(formatTime(run.startMs), formatTime(run.endMs), run.zone));
            QString stateText = ReportScheduleLabels::runState(run.state);
            if (run.state == ReportRunState::Failed)
                stateText = tr("Failed: %1").arg(run.error);
            else if (!run.error.isEmpty())
                stateText = tr("%1 (%2)").arg(stateText, run.error);
            if (run.attempt > 1)
                stateText = tr("%1 — attempt %2").arg(stateText).arg(run.attempt);
            auto *state = new QStandardItem(stateText);
            state->setToolTip(run.error);
            if (run.state == ReportRunState::Failed)
                state->setForeground(kFailedColor);
            QStringList formats;
            for (const ReportRunOutputInfo &o : run.outputs)
                formats << o.format.toUpper();
            m_runsModel->appendRow(
                {period,
                 new QStandardItem(run.scheduleId > 0 || !run.scheduleName.isEmpty()
                                       ? run.scheduleName
                                       : tr("Ad hoc")),
                 state,
                 new QStandardItem(run.cutoffAtMs > 0 ? formatTime(run.cutoffAtMs)
                                                      : QStringLiteral("–")),
                 new QStandardItem(run.finishedAtMs > 0 ? formatTime(run.finishedAtMs)
                                                        : tr("Not finished")),
                 new QStandardItem(run.runner),
                 new QStandardItem(formats.isEmpty() ? QStringLiteral("–")
                                                     : formats.join(QStringLiteral(", ")))});
        }
    }
    m_ui->runCount->setText(tr("%n run(s)", nullptr, int(m_runs.size())));
    if (selected <= 0 || !selectRun(selected))
        showRun();
    Q_EMIT loaded();
}

const ReportRun *ReportArchivePanel::run(qint64 runId) const {
    for (const ReportRun &r : m_runs)
        if (r.id == runId)
            return &r;
    return nullptr;
}

qint64 ReportArchivePanel::selectedRun() const {
    const QModelIndexList rows = m_ui->runsView->selectionModel()->selectedRows();
    const QStandardItem *it = rows.isEmpty() ? nullptr : m_runsModel->item(rows.first().row(), 0);
    return it ? it->data(kRunRole).toLongLong() : 0;
}

bool ReportArchivePanel::selectRun(qint64 runId) {
    for (int row = 0; row < m_runsModel->rowCount(); ++row) {
        if (m_runsModel->item(row, 0)->data(kRunRole).toLongLong() == runId) {
            m_ui->runsView->selectRow(row);
            showRun();
            return true;
        }
    }
    return false;
}

QString ReportArchivePanel::selectedFormat() const {
    const QModelIndexList rows = m_ui->outputsView->selectionModel()->selectedRows();
    const QStandardItem *it =
        rows.isEmpty() ? nullptr : m_outputsModel->item(rows.first().row(), Format);
    return it ? it->data(Qt::UserRole).toString() : QString();
}

bool ReportArchivePanel::selectOutput(const QString &format) {
    for (int row = 0; row < m_outputsModel->rowCount(); ++row) {
        if (m_outputsModel->item(row, Format)->data(Qt::UserRole).toString() == format) {
            m_ui->outputsView->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

void ReportArchivePanel::showRun() {
    const ReportRun *r = run(selectedRun());
    const QString format = selectedFormat();
    m_outputsModel->setRowCount(0);
    m_ui->receiptsLabel->clear();
    const int generation = ++m_receiptsGeneration;
    if (!r) {
        m_ui->runDetail->setText(tr("Select a run to see its files."));
        updateButtons();
        return;
    }
    m_ui->runDetail->setText(
        r->error.isEmpty()
            ? tr("Run %1: %2, started %3.").arg(r->id).arg(r->periodAt, formatTime(r->startedAtMs))
            : tr("Run %1: %2, started %3.\n%4")
                  .arg(r->id)
                  .arg(r->periodAt, formatTime(r->startedAtMs), r->error));
    for (const ReportRunOutputInfo &o : r->outputs) {
        auto *f = new QStandardItem(o.format.toUpper());
        f->setData(o.format, Qt::UserRole);
        auto *sha = new QStandardItem(o.sha256);
        sha->setToolTip(o.sha256);
        m_outputsModel->appendRow({f, new QStandardItem(o.fileName),
                                   new QStandardItem(QLocale().formattedDataSize(o.size)), sha});
    }
    if (!selectOutput(format) && m_outputsModel->rowCount() > 0)
        m_ui->outputsView->selectRow(0);
    updateButtons();
    if (r->messageId <= 0) {
        m_ui->receiptsLabel->setText(tr("Not broadcast."));
        Q_EMIT receiptsLoaded();
        return;
    }
    const qint64 messageId = r->messageId;
    const Clock *clock = m_ws.clock;
    struct Receipts {
        ReceiptSummary summary;
        QString error;
    };
    m_ui->receiptsLabel->setText(tr("Reading the broadcast's receipts…"));
    m_worker->post(
        this,
        [messageId, clock](DbWorker::Context &c) {
            Receipts out;
            if (!c.db)
                out.error = c.openError;
            else
                MessageStore(*c.db, *clock).summary(messageId, out.summary, out.error);
            return out;
        },
        [this, generation](const Receipts &got) {
            if (generation != m_receiptsGeneration)
                return;
            m_ui->receiptsLabel->setText(
                got.error.isEmpty()
                    ? tr("Broadcast: read by %1 of %2 recipients.")
                          .arg(got.summary.read)
                          .arg(got.summary.recipients)
                    : tr("The broadcast's receipts could not be read: %1").arg(got.error));
            Q_EMIT receiptsLoaded();
        });
}

QString ReportArchivePanel::statusText() const {
    return m_ui->archiveStatus->text();
}

QString ReportArchivePanel::receiptsText() const {
    return m_ui->receiptsLabel->text();
}

void ReportArchivePanel::showStatus(const QString &message, bool isError) {
    m_ui->archiveStatus->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_ui->archiveStatus->setText(message);
}

void ReportArchivePanel::updateButtons() {
    const bool has = !m_busy && run(selectedRun()) && !selectedFormat().isEmpty();
    const QString pick = tr("Select a run and one of its files.");
    m_ui->openButton->setEnabled(has);
    m_ui->saveAsButton->setEnabled(has);
    m_ui->openButton->setToolTip(has ? tr("Open the file with the desktop's application") : pick);
    m_ui->saveAsButton->setToolTip(has ? tr("Save the file, checking its SHA-256") : pick);
}

void ReportArchivePanel::saveAsSelected() {
    const ReportRun *r = run(selectedRun());
    const QString format = selectedFormat();
    if (!r || format.isEmpty())
        return;
    QString fileName;
    for (const ReportRunOutputInfo &o : r->outputs)
        if (o.format == format)
            fileName = QFileInfo(o.fileName).fileName();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *picker = new QFileDialog(this, tr("Save report file"), QDir(dir).filePath(fileName));
    picker->setObjectName(QStringLiteral("archiveSaveDialog"));
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 runId = r->id;
    connect(picker, &QFileDialog::fileSelected, this,
            [this, runId, format](const QString &path) { saveOutput(runId, format, path); });
    picker->open();
}

void ReportArchivePanel::saveOutput(qint64 runId, const QString &format, const QString &path) {
    writeOutput(runId, format, path, false);
}

void ReportArchivePanel::openOutput(qint64 runId, const QString &format) {
    writeOutput(runId, format, QString(), true);
}

void ReportArchivePanel::writeOutput(qint64 runId, const QString &format, const QString &path,
                                     bool open) {
    const ReportRun *r = run(runId);
    const ReportRunOutputInfo *info = nullptr;
    if (r)
        for (const ReportRunOutputInfo &o : r->outputs)
            if (o.format == format)
                info = &o;
    if (!info || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const QString listedSha = info->sha256;
    const QString fileName = QFileInfo(info->fileName).fileName();
    const QString runText = tr("run %1 (%2)").arg(runId).arg(r->periodAt);
    const QString tempDir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                .filePath(QStringLiteral("signalboard-reports/run-%1").arg(runId));
    showStatus(open ? tr("Opening %1 of %2…").arg(fileName, runText)
                    : tr("Saving %1 of %2…").arg(fileName, runText),
               false);
    struct Written {
        bool ok = false;
        QString path;
        QString error;
    };
    m_worker->post(
        this,
        [runId, format, listedSha, fileName, runText, path, open, tempDir](DbWorker::Context &c) {
            Written w;
            if (!c.db) {
                w.error = c.openError;
                return w;
            }
            ReportOutputFile file;
            if (!ReportScheduleStore::output(*c.db, runId, format, file, w.error))
                return w;
            const QString actual = QString::fromLatin1(
                QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
            if (actual != listedSha || file.sha256 != listedSha) {
                w.error = tr("The stored bytes of %1, file %2, do not match their SHA-256 "
                             "(stored %3, computed %4). Nothing was written.")
                              .arg(runText, fileName, listedSha, actual);
                return w;
            }
            w.path = path;
            if (open) {
                QDir().mkpath(tempDir);
                w.path = QDir(tempDir).filePath(fileName);
            }
            QSaveFile out(w.path);
            if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() ||
                !out.commit()) {
                w.error = tr("%1 could not be written: %2").arg(w.path, out.errorString());
                return w;
            }
            w.ok = true;
            return w;
        },
        [this, open, fileName, runText, listedSha](const Written &w) {
            m_busy = false;
            updateButtons();
            if (w.ok && open && !m_opener(QUrl::fromLocalFile(w.path))) {
                const QString message =
                    tr("%1 was written to %2, but no application opened it.").arg(fileName, w.path);
                showStatus(message, true);
                Q_EMIT actionFinished(false, message);
                return;
            }
            const QString message =
                !w.ok ? tr("%1 of %2 was not written: %3").arg(fileName, runText, w.error)
                : open
                    ? tr("%1 of %2 opened (SHA-256 %3 checked).").arg(fileName, runText, listedSha)
                    : tr("%1 of %2 saved to %3 (SHA-256 %4 checked).")
                          .arg(fileName, runText, w.path, listedSha);
            showStatus(message, !w.ok);
            Q_EMIT actionFinished(w.ok, message);
        });
}

void ReportArchivePanel::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::ReportRun || c.entity == ChangeEntity::ReportSchedule ||
            c.entity == ChangeEntity::Message) {
            m_pending.start(); // one read for a burst of changes
            return;
        }
    }
}

} // namespace sb::app

#include "admin/archivetab.h"

#include "admin/rowsview.h"
#include "security/permissions.h"
#include "workflow/calendarstore.h"

#include "ui_archivetab.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>

namespace sb::app {

namespace {

const QString kSuffix = QStringLiteral("sbarchive");

QString kindLabel(const QString &kind) {
    if (kind == QLatin1StringView("archive"))
        return ArchiveTab::tr("Archive");
    if (kind == QLatin1StringView("restore"))
        return ArchiveTab::tr("Restore");
    return kind;
}

QString stateLabel(const QString &state) {
    if (state == QLatin1StringView("running"))
        return ArchiveTab::tr("Running");
    if (state == QLatin1StringView("done"))
        return ArchiveTab::tr("Done");
    if (state == QLatin1StringView("failed"))
        return ArchiveTab::tr("Failed");
    return state;
}

QStandardItem *cell(const QString &text, const QString &tip = {}) {
    auto *it = new QStandardItem(text);
    it->setToolTip(tip.isEmpty() ? text : tip);
    return it;
}

QStandardItem *numberCell(qint64 n) {
    auto *it = new QStandardItem(QLocale().toString(n));
    it->setData(n, Qt::UserRole);
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

} // namespace

ArchiveTab::ArchiveTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_ui(std::make_unique<Ui::ArchiveTab>())
    , m_job(new ArchiveJob(ctx.clock, this))
    , m_counts(new QStandardItemModel(0, 2, this))
    , m_runs(new QStandardItemModel(0, RunColumnCount, this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("archiveTab"));
    m_status->setObjectName(QStringLiteral("archiveStatus"));
    // The outcome of the last action, between the buttons and its rows per table.
    m_ui->archiveLayout->insertWidget(m_ui->archiveLayout->indexOf(m_ui->countsView), m_status);
    m_counts->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_runs->setHorizontalHeaderLabels({tr("Kind"), tr("Started"), tr("Finished"), tr("Actor"),
                                       tr("Closed before"), tr("File"), tr("State"), tr("Message"),
                                       tr("Tickets"), tr("Rows per table")});
    m_ui->countsView->setModel(m_counts);
    m_ui->runsView->setModel(m_runs);
    setUpRowsView(m_ui->countsView, QAbstractItemView::NoSelection);
    setUpRowsView(m_ui->runsView);
    m_ui->countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // One line per run: the rows per table, last, take the room left (the whole text is the
    // cell's tooltip).
    m_ui->runsView->setWordWrap(false);
    m_ui->countsView->hide(); // until there is something to show
    m_chooseFile = [](QWidget *over, bool forArchive) {
        if (forArchive) {
            // Archiver adds to an existing archive: no "replace?" question.
            return QFileDialog::getSaveFileName(over, tr("Archive tickets into"), QString(),
                                                tr("Signalboard archives (*.sbarchive)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
        }
        return QFileDialog::getOpenFileName(
            over, tr("Restore tickets from"), QString(),
            tr("Signalboard archives (*.sbarchive);;All files (*)"));
    };

    connect(m_ui->beforeDate, &QDateEdit::dateChanged, this, [this] {
        m_dateChosen = true;
        updateCutoff();
    });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ArchiveTab::preview);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &ArchiveTab::archiveToFile);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &ArchiveTab::restoreFromFile);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ArchiveTab::refreshRuns);
    connect(m_job, &ArchiveJob::finished, this, &ArchiveTab::jobDone);
    connect(&ctx.gate, &PermissionGate::changed, this, &ArchiveTab::updateAccess);
    refreshRules();
    updateAccess();
}

ArchiveTab::~ArchiveTab() = default;

QString ArchiveTab::tableLabel(const QString &table) {
    static const QList<std::pair<QLatin1StringView, const char *>> labels{
        {QLatin1StringView("tickets"), QT_TR_NOOP("Tickets")},
        {QLatin1StringView("ticket_events"), QT_TR_NOOP("Timeline events")},
        {QLatin1StringView("attachments"), QT_TR_NOOP("Attachments")},
        {QLatin1StringView("deadline_urges"), QT_TR_NOOP("Deadline reminders")},
        {QLatin1StringView("ticket_kb_links"), QT_TR_NOOP("Knowledge-base links")},
        {QLatin1StringView("kb_usage"), QT_TR_NOOP("Knowledge-base usage")}};
    for (const auto &[key, label] : labels)
        if (table == key)
            return tr(label);
    return table;
}

void ArchiveTab::showEvent(QShowEvent *event) {
    AdminTab::showEvent(event);
    refreshRules();
    refreshRuns();
}

void ArchiveTab::updateAccess() {
    const PermissionGate &g = m_ctx.gate;
    const bool busy = isBusy();
    const bool archive = g.has(perm::AdminArchive);
    // A preview changes nothing: a read-only workstation may look too.
    m_ui->previewButton->setEnabled(archive && !busy);
    m_ui->previewButton->setToolTip(archive ? tr("Count the tickets and rows that would move "
                                                 "now; nothing is changed")
                                            : g.missingText(perm::AdminArchive));
    permit(m_ui->archiveButton, perm::AdminArchive, !busy);
    permit(m_ui->restoreButton, perm::AdminArchive, !busy);
    m_ui->beforeDate->setEnabled(!busy);
    m_ui->refreshButton->setEnabled(archive || g.has(perm::AdminAudit));
}

void ArchiveTab::refreshRules() {
    QString e;
    RetentionRules rules;
    BusinessCalendar calendar;
    if (!RetentionRules::load(m_ctx.db, rules, e)) {
        m_rulesError = e;
    } else {
        m_rulesError.clear();
        m_rules = rules;
    }
    if (CalendarStore(m_ctx.db).load(calendar, e) && calendar.timeZone().isValid())
        m_zone = calendar.timeZone();
    m_ui->rulesLabel->setText(rulesText());
    m_ui->importantLabel->setText(
        tr("Important tickets: green channel, appealed (or itself an appeal), a VIP customer, "
           "or linked to an incident. Whatever their age, open tickets stay, and so do tickets "
           "with an appeal still in the live database, an open incident, an unresolved "
           "supervision item over their problem type or category, or QA records. The "
           "months are changed under Settings (%1, %2).")
            .arg(RetentionRules::ordinaryKey(), RetentionRules::importantKey()));
    if (!m_dateChosen) {
        // Default: today less the ordinary retention, in the business calendar's days.
        const QDate today = m_ctx.clock.now().toTimeZone(m_zone).date();
        const QSignalBlocker block(m_ui->beforeDate);
        m_ui->beforeDate->setDate(today.addMonths(-m_rules.ordinaryMonths));
    }
    updateCutoff();
}

QString ArchiveTab::rulesText() const {
    QString text = tr("Closed ordinary tickets stay %1 month(s) in the live database; closed "
                      "important tickets stay %2 month(s).")
                       .arg(m_rules.ordinaryMonths)
                       .arg(m_rules.importantMonths);
    if (!m_rulesError.isEmpty())
        text += QLatin1Char(' ') +
                tr("The stored retention settings are not usable (%1); nothing can be archived "
                   "until they are corrected under Settings.")
                    .arg(m_rulesError);
    return text;
}

void ArchiveTab::setBeforeDate(const QDate &date) {
    m_ui->beforeDate->setDate(date);
    m_dateChosen = true;
    updateCutoff();
}

QDate ArchiveTab::beforeDate() const {
    return m_ui->beforeDate->date();
}

qint64 ArchiveTab::beforeMs() const {
    // As signalboard-cli archive --before: the start of that day in the calendar's time zone.
    return beforeDate().startOfDay(m_zone).toMSecsSinceEpoch();
}

RetentionCutoff ArchiveTab::cutoff() const {
    return RetentionCutoff::at(m_rules, m_ctx.clock.now(), beforeMs());
}

QString ArchiveTab::zonedTime(qint64 ms) const {
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ArchiveTab::cutoffText() const {
    const RetentionCutoff c = cutoff();
    return tr("Moves ordinary tickets closed before %1 and important tickets closed before %2 "
              "(%3 time).")
        .arg(zonedTime(c.ordinaryBefore), zonedTime(c.importantBefore),
             QString::fromUtf8(m_zone.id()));
}

void ArchiveTab::updateCutoff() {
    m_ui->cutoffLabel->setText(cutoffText());
}

QString ArchiveTab::resultText() const {
    return m_status->text();
}

ArchiveJobRequest ArchiveTab::request(ArchiveJobRequest::Kind kind, const QString &file) const {
    ArchiveJobRequest r;
    r.kind = kind;
    r.url = m_ctx.db.url();
    r.cutoff = cutoff();
    r.beforeMs = beforeMs();
    r.file = file;
    r.actor = m_ctx.gate.session().login;
    return r;
}

bool ArchiveTab::startJob(ArchiveJobRequest r, const QString &busyText) {
    if (!m_ctx.gate.has(perm::AdminArchive)) {
        settle(false, m_ctx.gate.missingText(perm::AdminArchive));
        return false;
    }
    if (r.kind != ArchiveJobRequest::Kind::CountFile &&
        r.kind != ArchiveJobRequest::Kind::Restore) {
        refreshRules(); // the settings in force now
        if (!m_rulesError.isEmpty()) {
            settle(false, rulesText());
            return false;
        }
        r.cutoff = cutoff();
        r.beforeMs = beforeMs();
    }
    if (!m_job->start(r))
        return false; // a job runs: its buttons are disabled
    setBusy(busyText);
    return true;
}

void ArchiveTab::setBusy(const QString &what) {
    m_ui->busyLabel->setText(what);
    m_ui->busyBar->setVisible(!what.isEmpty());
    m_status->ok(QString());
    updateAccess();
}

void ArchiveTab::preview() {
    if (isBusy())
        return;
    startJob(request(ArchiveJobRequest::Kind::Preview),
             tr("Counting what would move before %1…").arg(beforeDate().toString(Qt::ISODate)));
}

bool ArchiveTab::mayChangeData() {
    if (m_ctx.gate.has(perm::AdminArchive) && m_ctx.canWrite)
        return true;
    settle(false,
           m_ctx.canWrite ? m_ctx.gate.missingText(perm::AdminArchive) : m_ctx.readOnlyReason);
    return false;
}

void ArchiveTab::archiveToFile() {
    if (isBusy())
        return;
    if (!mayChangeData())
        return;
    QString path = m_chooseFile ? m_chooseFile(this, true) : QString();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kSuffix;
    path = QFileInfo(path).absoluteFilePath();
    // First what would move now, for the confirmation; the archive follows when confirmed.
    startJob(request(ArchiveJobRequest::Kind::Preview, path),
             tr("Counting what would move before %1…").arg(beforeDate().toString(Qt::ISODate)));
}

void ArchiveTab::restoreFromFile() {
    if (isBusy())
        return;
    if (!mayChangeData())
        return;
    const QString chosen = m_chooseFile ? m_chooseFile(this, false) : QString();
    if (chosen.isEmpty())
        return;
    const QString path = QFileInfo(chosen).absoluteFilePath();
    startJob(request(ArchiveJobRequest::Kind::CountFile, path),
             tr("Reading the archive %1…").arg(path));
}

void ArchiveTab::showReport(const ArchiveReport &report) {
    m_counts->setRowCount(0);
    for (const ArchiveTableCount &c : report.counts) {
        auto *name = cell(tableLabel(c.table), c.table);
        m_counts->appendRow({name, numberCell(c.rows)});
    }
    m_ui->countsView->setVisible(!report.counts.isEmpty());
}

void ArchiveTab::settle(bool ok, const QString &message) {
    if (ok)
        m_status->ok(message);
    else
        m_status->error(message);
    Q_EMIT jobFinished(ok);
}

void ArchiveTab::jobDone(const ArchiveJobResult &r) {
    using Kind = ArchiveJobRequest::Kind;
    m_last = r;
    setBusy(QString());
    const QString file = r.request.file;
    const QString day =
        QDateTime::fromMSecsSinceEpoch(r.request.beforeMs, m_zone).date().toString(Qt::ISODate);
    switch (r.request.kind) {
    case Kind::Preview:
        if (!r.ok) {
            m_counts->setRowCount(0);
            m_ui->countsView->hide();
            settle(false, tr("The preview could not be made: %1").arg(r.error));
            return;
        }
        showReport(r.report);
        if (file.isEmpty()) {
            settle(true, tr("Preview: %n ticket(s) closed before %1 would move now; nothing "
                            "was changed.",
                            nullptr, int(r.report.tickets))
                             .arg(day));
            return;
        }
        if (r.report.tickets == 0) {
            settle(true, tr("No ticket closed before %1 is past its retention: nothing was "
                            "written to %2.")
                             .arg(day, file));
            return;
        }
        if (!m_ctx.confirm ||
            !m_ctx.confirm(this, tr("Move %n ticket(s) closed before %1, with their timeline, "
                                    "attachments and knowledge-base links, from the live "
                                    "database into the archive %2?%3\n\nThey leave every "
                                    "workstation until they are restored.",
                                    nullptr, int(r.report.tickets))
                                     .arg(day, file,
                                          QFileInfo::exists(file)
                                              ? tr(" The file exists: they are added to it.")
                                              : QString()))) {
            settle(true, tr("Nothing was archived."));
            return;
        }
        startJob(request(Kind::Archive, file), tr("Archiving into %1…").arg(file));
        return;
    case Kind::CountFile:
        if (!r.ok) {
            settle(false, tr("Nothing was restored: %1").arg(r.error));
            return;
        }
        if (r.fileTickets == 0) {
            settle(true, tr("The archive %1 holds no tickets: nothing to restore.").arg(file));
            return;
        }
        if (!m_ctx.confirm ||
            !m_ctx.confirm(this, tr("Put the %n ticket(s) of the archive %1 back into the live "
                                    "database? Tickets already back are left as they are.",
                                    nullptr, int(r.fileTickets))
                                     .arg(file))) {
            settle(true, tr("Nothing was restored."));
            return;
        }
        startJob(request(Kind::Restore, file), tr("Restoring from %1…").arg(file));
        return;
    case Kind::Archive:
        refreshRuns();
        if (!r.ok) {
            showReport(r.report);
            settle(false, tr("The archive stopped: %1 The batches before it are in %2; the "
                             "tickets still in the live database are safe to archive again.")
                              .arg(r.error, file));
            return;
        }
        showReport(r.report);
        settle(true, tr("Archived %n ticket(s) in %1 batch(es) into %2 (run %3).", nullptr,
                        int(r.report.tickets))
                         .arg(r.report.batches)
                         .arg(file)
                         .arg(r.report.runId));
        return;
    case Kind::Restore:
        refreshRuns();
        showReport(r.report);
        if (!r.ok) {
            settle(false, tr("The restore stopped: %1 The batches before it are back; running "
                             "it again leaves them as they are.")
                              .arg(r.error));
            return;
        }
        settle(true, tr("Restored %n ticket(s) in %1 batch(es) from %2 (run %3).", nullptr,
                        int(r.report.tickets))
                         .arg(r.report.batches)
                         .arg(file)
                         .arg(r.report.runId));
        return;
    }
}

bool ArchiveTab::refreshRuns() {
    const PermissionGate &g = m_ctx.gate;
    if (!g.has(perm::AdminArchive) && !g.has(perm::AdminAudit)) {
        m_runs->setRowCount(0);
        m_ui->runsLabel->setText(g.missingText(perm::AdminArchive));
        return false;
    }
    QList<ArchiveRun> runs;
    QString e;
    if (!ArchiveRuns(m_ctx.db).newest(200, runs, e)) {
        m_ui->runsLabel->setText(e);
        return false;
    }
    m_runs->setRowCount(0);
    for (const ArchiveRun &run : std::as_const(runs)) {
        QStringList counts;
        for (const ArchiveTableCount &c : run.counts)
            counts << QStringLiteral("%1: %2").arg(tableLabel(c.table)).arg(c.rows);
        const QString state = run.state == QLatin1StringView("running") && !isBusy()
                                  ? tr("Running (or interrupted)")
                                  : stateLabel(run.state);
        auto *kind = cell(kindLabel(run.kind));
        kind->setData(run.id, Qt::UserRole);
        m_runs->appendRow(
            {kind, cell(zonedTime(run.startedAt)),
             cell(run.finishedAt ? zonedTime(*run.finishedAt) : QStringLiteral("–")),
             cell(run.actor),
             cell(run.cutoff ? QDateTime::fromMSecsSinceEpoch(*run.cutoff, m_zone)
                                   .date()
                                   .toString(Qt::ISODate)
                             : QStringLiteral("–")),
             cell(run.fileName), cell(state), cell(run.message), numberCell(run.tickets()),
             cell(run.countsReadable ? counts.join(QStringLiteral(", ")) : tr("(not readable)"))});
    }
    // Each column as wide as its contents, the rows per table at most a third of the view (it
    // takes the room left; the whole text is its tooltip).
    m_ui->runsView->resizeColumnsToContents();
    m_ui->runsView->setColumnWidth(
        RunCounts, std::min(m_ui->runsView->columnWidth(RunCounts),
                            std::max(200, m_ui->runsView->viewport()->width() / 3)));
    m_ui->runsLabel->setText(tr("Past runs (newest first): %n", nullptr, int(runs.size())));
    return true;
}

void ArchiveTab::applyChanges(const QList<sb::Change> &changes) {
    // The runs themselves are not in the change feed: they are read when the tab is shown,
    // after each run here and with Refresh.
    if (touches(changes, {ChangeEntity::Setting, ChangeEntity::CalendarDay}))
        refreshRules();
}

} // namespace sb::app

#include "reports/reportschedulespanel.h"

#include "reports/reportscheduledialog.h"
#include "security/directory.h"
#include "security/permissions.h"
#include "shell/queryplace.h"
#include "workflow/calendarstore.h"

#include "ui_reportschedulespanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace sb::app {

struct ReportSchedulesPanel::Loaded {
    int generation = 0;
    QList<ReportSchedule> schedules;
    QHash<qint64, ReportRun> lastRuns; // by schedule id
    AudienceNames names;
    QString error;
};

ReportSchedulesPanel::ReportSchedulesPanel(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::ReportSchedulesPanel>())
    , m_model(new QStandardItemModel(0, ColumnCount, this)) {
    setObjectName(QStringLiteral("reportSchedulesPanel"));
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("report-schedules"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Sections"), tr("Period"), tr("When"),
                                        tr("Audience"), tr("Formats"), tr("Language"),
                                        tr("Delivery"), tr("Active"), tr("Last run")});
    QTableView *v = m_ui->schedulesView;
    v->setModel(m_model);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    v->horizontalHeader()->setStretchLastSection(true);

    connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportSchedulesPanel::updateButtons);
    connect(v, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_ui->schedulesView->selectRow(index.row());
        if (m_ui->editButton->isEnabled())
            openEdit();
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ReportSchedulesPanel::openNew);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ReportSchedulesPanel::openEdit);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this,
            &ReportSchedulesPanel::openDuplicate);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ReportSchedulesPanel::deleteSelected);
    connect(m_ui->runNowButton, &QPushButton::clicked, this,
            &ReportSchedulesPanel::previewSelected);
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &ReportSchedulesPanel::reload);
    updateButtons();
    reload();
}

ReportSchedulesPanel::~ReportSchedulesPanel() = default;

void ReportSchedulesPanel::reload() {
    const int generation = ++m_generation;
    m_worker->post(
        this,
        [generation](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QList<ReportRun> runs;
            QList<NamedEntry> roles, teams;
            QList<StaffEntry> people;
            ReportRunFilter recent;
            recent.limit = 1000;
            if (!ReportScheduleStore::list(*c.db, r.schedules, r.error) ||
                !ReportScheduleStore::runs(*c.db, recent, runs, r.error) ||
                !Directory::roles(*c.db, 500, roles, r.error) ||
                !Directory::teams(*c.db, 500, teams, r.error) ||
                !Directory::staff(*c.db, Directory::StaffScope::Everyone, 5000, people, r.error))
                return r;
            for (const ReportRun &run : std::as_const(runs)) // newest first: keep the first
                if (run.scheduleId > 0 && !r.lastRuns.contains(run.scheduleId))
                    r.lastRuns.insert(run.scheduleId, run);
            for (const NamedEntry &e : std::as_const(roles))
                r.names.roles.insert(e.id, e.name);
            for (const NamedEntry &e : std::as_const(teams))
                r.names.teams.insert(e.id, e.name);
            for (const StaffEntry &e : std::as_const(people))
                r.names.people.insert(e.id, e.name);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void ReportSchedulesPanel::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    m_loaded = true;
    if (!r.error.isEmpty()) {
        showStatus(tr("The report schedules could not be read: %1").arg(r.error), true);
        Q_EMIT loaded();
        return;
    }
    const qint64 selected = selectedSchedule();
    m_schedules = r.schedules;
    m_names = r.names;
    {
        const QSignalBlocker block(m_ui->schedulesView->selectionModel());
        m_model->setRowCount(0);
        for (const ReportSchedule &s : std::as_const(m_schedules)) {
            auto *name = new QStandardItem(s.name);
            name->setData(s.id, kScheduleRole);
            QString last = tr("Never run");
            QString lastTip;
            bool failed = false;
            if (const auto it = r.lastRuns.constFind(s.id); it != r.lastRuns.cend()) {
                failed = it->state == ReportRunState::Failed;
                last = tr("%1: %2").arg(it->periodAt, ReportScheduleLabels::runState(it->state));
                if (failed && !it->error.isEmpty())
                    last = tr("%1 — %2").arg(last, it->error);
                lastTip = it->error;
            }
            auto *lastItem = new QStandardItem(last);
            lastItem->setToolTip(lastTip);
            if (failed)
                lastItem->setForeground(QColor(0xc6, 0x28, 0x28));
            QStringList formats;
            for (const QString &f : s.formats)
                formats << f.toUpper();
            m_model->appendRow(
                {name, new QStandardItem(ReportScheduleLabels::sections(s.sections)),
                 new QStandardItem(ReportScheduleLabels::periodKind(s.periodKind)),
                 new QStandardItem(ReportScheduleLabels::when(s)),
                 new QStandardItem(s.broadcast ? ReportScheduleLabels::audience(s.audience, m_names)
                                               : QStringLiteral("–")),
                 new QStandardItem(formats.join(QStringLiteral(", "))),
                 new QStandardItem(ReportScheduleLabels::language(s.language)),
                 new QStandardItem(ReportScheduleLabels::delivery(s)),
                 new QStandardItem(s.active ? tr("Yes") : tr("No (paused)")), lastItem});
        }
    }
    if (selected > 0)
        selectSchedule(selected);
    updateButtons();
    Q_EMIT loaded();
}

const ReportSchedule *ReportSchedulesPanel::schedule(qint64 scheduleId) const {
    for (const ReportSchedule &s : m_schedules)
        if (s.id == scheduleId)
            return &s;
    return nullptr;
}

qint64 ReportSchedulesPanel::selectedSchedule() const {
    const QModelIndexList rows = m_ui->schedulesView->selectionModel()->selectedRows();
    const QStandardItem *it = rows.isEmpty() ? nullptr : m_model->item(rows.first().row(), 0);
    return it ? it->data(kScheduleRole).toLongLong() : 0;
}

bool ReportSchedulesPanel::selectSchedule(qint64 scheduleId) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(kScheduleRole).toLongLong() == scheduleId) {
            m_ui->schedulesView->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

QString ReportSchedulesPanel::statusText() const {
    return m_ui->schedulesStatus->text();
}

void ReportSchedulesPanel::showStatus(const QString &message, bool isError) {
    m_ui->schedulesStatus->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_ui->schedulesStatus->setText(message);
}

void ReportSchedulesPanel::updateButtons() {
    const bool may = m_ws.canWrite && m_ws.user.permissions.has(perm::ReportsSchedule);
    const bool selected = schedule(selectedSchedule()) != nullptr;
    const QString why = !m_ws.canWrite ? m_ws.readOnlyReason
                        : !may         ? tr("Needs the permission %1.").arg(perm::ReportsSchedule)
                                       : QString();
    const QString pick = tr("Select a schedule first.");
    const struct {
        QPushButton *button;
        bool needsSelection;
        QString tip;
    } buttons[] = {
        {m_ui->newButton, false, tr("Create a report schedule")},
        {m_ui->editButton, true, tr("Change the selected schedule (Enter)")},
        {m_ui->duplicateButton, true, tr("A new schedule starting as a copy of the selected one")},
        {m_ui->deleteButton, true, tr("Delete the selected schedule; its runs stay archived")},
        {m_ui->runNowButton, true,
         tr("Say which period a run of the selected schedule would report now; nothing is built "
            "or sent")}};
    for (const auto &b : buttons) {
        const bool ok = may && !m_busy && (!b.needsSelection || selected);
        b.button->setEnabled(ok);
        b.button->setToolTip(!why.isEmpty() ? why : b.needsSelection && !selected ? pick : b.tip);
    }
}

ReportScheduleDialog *ReportSchedulesPanel::openDialog(const ReportSchedule &s) {
    auto *dialog = new ReportScheduleDialog(m_ws, m_worker, s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportScheduleDialog::saved, this, [this](const ReportSchedule &stored) {
        const QString message = tr("The schedule “%1” was saved.").arg(stored.name);
        showStatus(message, false);
        const qint64 id = stored.id;
        connect(
            this, &ReportSchedulesPanel::loaded, this, [this, id] { selectSchedule(id); },
            Qt::SingleShotConnection);
        reload();
        Q_EMIT actionFinished(true, message);
    });
    dialog->open();
    return dialog;
}

ReportScheduleDialog *ReportSchedulesPanel::openNew() {
    if (!m_ui->newButton->isEnabled())
        return nullptr;
    return openDialog(ReportSchedule{});
}

ReportScheduleDialog *ReportSchedulesPanel::openEdit() {
    const ReportSchedule *s = schedule(selectedSchedule());
    if (!s || !m_ui->editButton->isEnabled())
        return nullptr;
    return openDialog(*s);
}

ReportScheduleDialog *ReportSchedulesPanel::openDuplicate() {
    const ReportSchedule *s = schedule(selectedSchedule());
    if (!s || !m_ui->duplicateButton->isEnabled())
        return nullptr;
    ReportSchedule copy = *s;
    copy.id = 0;
    copy.version = 0;
    copy.name = tr("%1 (copy)").arg(s->name);
    return openDialog(copy);
}

QMessageBox *ReportSchedulesPanel::deleteSelected() {
    const ReportSchedule *s = schedule(selectedSchedule());
    if (!s || !m_ui->deleteButton->isEnabled())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete schedule"),
                                tr("Delete the schedule “%1”? No further reports are built for "
                                   "it; the runs already made stay in the archive.")
                                    .arg(s->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("scheduleDeleteConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = s->id;
    const qint64 version = s->version;
    connect(box, &QMessageBox::finished, this, [this, id, version](int result) {
        if (result == QMessageBox::Yes)
            removeSchedule(id, version);
    });
    box->open();
    return box;
}

void ReportSchedulesPanel::removeSchedule(qint64 scheduleId, qint64 version) {
    if (m_busy)
        return;
    const ReportSchedule *s = schedule(scheduleId);
    const QString name = s ? s->name : QString::number(scheduleId);
    m_busy = true;
    updateButtons();
    showStatus(tr("Deleting “%1”…").arg(name), false);
    const ReportActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    struct Outcome {
        bool ok = false;
        QString error;
    };
    m_worker->post(
        this,
        [actor, clock, scheduleId, version](DbWorker::Context &c) {
            Outcome o;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            o.ok = ReportScheduleStore(*c.db, *clock).remove(actor, scheduleId, version, o.error);
            return o;
        },
        [this, name](const Outcome &o) {
            m_busy = false;
            const QString message = o.ok ? tr("The schedule “%1” was deleted.").arg(name)
                                         : tr("“%1” was not deleted: %2").arg(name, o.error);
            showStatus(message, !o.ok);
            updateButtons();
            reload();
            Q_EMIT actionFinished(o.ok, message);
        });
}

void ReportSchedulesPanel::previewSelected() {
    const ReportSchedule *s = schedule(selectedSchedule());
    if (!s || !m_ui->runNowButton->isEnabled())
        return;
    const ReportSchedule copy = *s;
    const Clock *clock = m_ws.clock;
    struct Outcome {
        QString at, start, end, error;
    };
    m_worker->post(
        this,
        [copy, clock](DbWorker::Context &c) {
            Outcome o;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            BusinessCalendar calendar;
            if (!CalendarStore(*c.db).load(calendar, o.error))
                return o;
            const ReportPeriod p =
                reportScheduleDuePeriod(copy, clock->nowMs(), calendar.timeZone());
            o.at = p.at();
            o.start = p.startText();
            o.end = p.endText();
            return o;
        },
        [this, name = s->name](const Outcome &o) {
            const QString message =
                o.error.isEmpty()
                    ? tr("A run of “%1” now would report %2 (from %3 up to %4). Nothing was "
                         "built or sent.")
                          .arg(name, o.at, o.start, o.end)
                    : tr("The period of “%1” could not be worked out: %2").arg(name, o.error);
            showStatus(message, !o.error.isEmpty());
            Q_EMIT actionFinished(o.error.isEmpty(), message);
        });
}

void ReportSchedulesPanel::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::ReportSchedule || c.entity == ChangeEntity::ReportRun ||
            c.entity == ChangeEntity::Staff) {
            m_pending.start(); // one read for a burst of changes
            return;
        }
    }
}

} // namespace sb::app

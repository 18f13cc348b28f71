#include "tickets/ticketsplace.h"
#include "security/directory.h"
#include "security/permissions.h"

#include "domain/labels.h"
#include "domain/types.h"
#include "tickets/bulkdialog.h"
#include "tickets/registerdialog.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketdetailqueries.h"
#include "tickets/ticketexportflow.h"
#include "tickets/ticketsfeature.h"

#include "ui_ticketsplace.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>

#include <utility>

namespace sb::app {

namespace {
constexpr int kStaffChoices = 2000; // people the handler and receiver filters offer

// "(any)" first, then the (label, key) pairs.
void fillKeys(QComboBox *c, const QList<QPair<QString, QString>> &items) {
    c->addItem(TicketsPlace::tr("(any)"), QString());
    for (const auto &[label, key] : items)
        c->addItem(label, key);
}

void selectData(QComboBox *c, const QVariant &v) {
    const int i = c->findData(v);
    c->setCurrentIndex(i < 0 ? 0 : i);
}

// yyyy-MM-dd in the workstation's zone as the start of that day, ms; 0 when blank; -1 when invalid.
qint64 dayStart(const QString &text, int addDays, const QTimeZone &zone) {
    if (text.trimmed().isEmpty())
        return 0;
    const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return -1;
    return d.addDays(addDays).startOfDay(zone).toMSecsSinceEpoch();
}
} // namespace

TicketsPlace::TicketsPlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TicketsPlace>()) {
    QString error;
    const bool ready = m_env.init(ws, error);
    m_ui->setupUi(this);
    // The filter boxes are as wide as a short entry, not their longest one (a staff name, a
    // problem type), so the filter bar fits the window on a 1600-pixel-wide screen. Their
    // lists still show every entry in full.
    const QList<QComboBox *> boxes = m_ui->filterBar->findChildren<QComboBox *>();
    for (QComboBox *box : boxes) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);

    const bool mayRegister = ws.canWrite && m_env.has(perm::TicketsRegister);
    m_ui->registerButton->setEnabled(mayRegister);
    if (!mayRegister)
        m_ui->registerButton->setToolTip(ws.canWrite ? tr("Needs the permission tickets.register.")
                                                     : ws.readOnlyReason);
    auto *menu = new QMenu(m_ui->bulkButton);
    const std::pair<BulkKind, const char *> kinds[] = {{BulkKind::Dispatch, "bulk_dispatch"},
                                                       {BulkKind::Reassign, "bulk_reassign"},
                                                       {BulkKind::Urge, "bulk_urge"},
                                                       {BulkKind::Priority, "bulk_priority"},
                                                       {BulkKind::Close, "bulk_close"}};
    for (const auto &[kind, name] : kinds) {
        QAction *a = menu->addAction(BulkFlow::title(kind));
        a->setObjectName(QLatin1String(name));
        const QString needed = BulkActions::permissionFor(kind);
        a->setEnabled(m_env.has(needed));
        if (!a->isEnabled())
            a->setToolTip(tr("Needs the permission %1.").arg(needed));
        connect(a, &QAction::triggered, this, [this, k = kind] { startBulk(k); });
    }
    m_ui->bulkButton->setMenu(menu);
    const bool mayBulk = ws.canWrite && m_env.has(perm::TicketsBulk);
    m_ui->bulkButton->setEnabled(mayBulk);
    if (!mayBulk)
        m_ui->bulkButton->setToolTip(tr("Needs the permission tickets.bulk."));
    const bool mayExport = m_env.has(TicketExportFlow::permission());
    m_ui->exportViewButton->setEnabled(mayExport);
    m_ui->exportViewButton->setToolTip(
        mayExport ? tr("Export every ticket of this queue, filter and sort to a CSV file.")
                  : tr("Needs the permission %1.").arg(TicketExportFlow::permission()));
    connect(m_ui->exportViewButton, &QPushButton::clicked, this, &TicketsPlace::exportView);

    fillFilterChoices();
    m_ui->ticketsError->setVisible(!ready);
    m_ui->ticketsError->setText(error);

    for (TicketQueue q : allTicketQueues()) {
        auto *item = new QListWidgetItem(Labels::queue(ticketQueueKey(q)), m_ui->queueList);
        item->setData(Qt::UserRole, ticketQueueKey(q));
    }

    m_model = new TicketPageModel(ws, m_env.queryContext, m_env.unmasked, m_env.zone, this);
    QTableView *view = m_ui->ticketsView;
    view->setModel(m_model);
    view->horizontalHeader()->setSectionsClickable(true);
    view->horizontalHeader()->setSortIndicator(TicketPageModel::Received, Qt::DescendingOrder);
    view->horizontalHeader()->setResizeContentsPrecision(25);
    connect(view->horizontalHeader(), &QHeaderView::sectionClicked, this, &TicketsPlace::sortBy);
    connect(m_ui->firstPage, &QPushButton::clicked, m_model, &TicketPageModel::firstPage);
    connect(m_ui->prevPage, &QPushButton::clicked, m_model, &TicketPageModel::previousPage);
    connect(m_ui->nextPage, &QPushButton::clicked, m_model, &TicketPageModel::nextPage);
    connect(m_ui->lastPage, &QPushButton::clicked, m_model, &TicketPageModel::lastPage);

    m_detail = new TicketDetailPanel(m_env, m_ui->ticketsSplit);
    m_ui->ticketsSplit->addWidget(m_detail);
    m_ui->ticketsSplit->setStretchFactor(1, 3);
    m_ui->ticketsSplit->setStretchFactor(2, 2);
    m_ui->ticketsSplit->setSizes({150, 720, 430});

    connect(m_model, &TicketPageModel::pageLoaded, this, [this] {
        m_ui->firstPage->setEnabled(!m_model->onFirstPage());
        m_ui->prevPage->setEnabled(!m_model->onFirstPage());
        m_ui->nextPage->setEnabled(!m_model->onLastPage());
        m_ui->lastPage->setEnabled(!m_model->onLastPage());
        m_ui->ticketsError->setText(m_model->lastError());
        m_ui->ticketsError->setVisible(!m_model->lastError().isEmpty());
        updatePageLabel();
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true; // once, from a sample of rows; the user's widths then stay
            QTableView *v = m_ui->ticketsView;
            v->resizeColumnsToContents();
            // The countdown arrives after the page: leave room for its longest form.
            const QString widest = TicketPageModel::tr("%1 late").arg(
                TicketPageModel::tr("%1 d %2").arg(99).arg(QStringLiteral("23:59:59")));
            const int room = v->fontMetrics().horizontalAdvance(widest) +
                             3 * v->style()->pixelMetric(QStyle::PM_HeaderMargin);
            if (v->columnWidth(TicketPageModel::Remaining) < room)
                v->setColumnWidth(TicketPageModel::Remaining, room);
        }
    });
    connect(m_model, &TicketPageModel::countChanged, this, &TicketsPlace::updatePageLabel);
    connect(m_model, &TicketPageModel::countChanged, this, &TicketsPlace::logSearchResults);
    connect(m_ui->queueList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            search();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_detail->showTicket(
                        m_model->data(current, TicketPageModel::TicketIdRole).toLongLong());
            });
    connect(m_detail, &TicketDetailPanel::ticketChanged, m_model, &TicketPageModel::refresh);
    connect(m_ui->registerButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new RegisterDialog(m_env, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RegisterDialog::registered, this, [this](qint64 id) {
            m_model->refresh();
            m_detail->showTicket(id);
        });
        dialog->open();
    });
    connect(m_ui->searchButton, &QPushButton::clicked, this, &TicketsPlace::search);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &TicketsPlace::search);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        setWidgetsFromFilter({});
        search();
    });
    connect(m_ui->clearSelectionButton, &QPushButton::clicked, this, &TicketsPlace::clearSelection);
    m_ui->selectionBar->hide();
    connect(m_ui->saveFilterButton, &QPushButton::clicked, this, &TicketsPlace::saveFilter);
    connect(m_ui->deleteFilterButton, &QPushButton::clicked, this,
            &TicketsPlace::deleteSavedFilter);
    connect(m_ui->savedFilters, &QComboBox::activated, this, &TicketsPlace::applySavedFilter);
    reloadSavedFilters();
    if (ws.db->isReadOnlyFile()) { // an archive: filters are saved in the live database only
        for (QPushButton *b : {m_ui->saveFilterButton, m_ui->deleteFilterButton}) {
            b->setEnabled(false);
            b->setToolTip(ws.readOnlyReason);
        }
    }
    // Open on the queue that matters to the user: everything for those who see everything.
    m_ui->queueList->setCurrentRow(int(allTicketQueues().indexOf(
        m_env.queryContext.readAll ? TicketQueue::All : TicketQueue::MyWork)));
}

TicketsPlace::~TicketsPlace() = default;

void TicketsPlace::fillFilterChoices() {
    QList<QPair<QString, QString>> channels, tiers, types, states;
    for (Channel c : allChannels())
        channels.append({Labels::channel(channelKey(c)), channelKey(c)});
    for (Tier t : allTiers())
        tiers.append({Labels::tier(tierKey(t)), tierKey(t)});
    for (const ProblemTypeInfo &p : problemTypes())
        types.append({Labels::problemType(p.key), p.key});
    QStringList seen;
    for (const QString &flow : {QStringLiteral("complaint"), QStringLiteral("suggestion")})
        for (const WorkflowState &s : m_env.workflow.states(flow))
            if (!seen.contains(s.key)) {
                seen.append(s.key);
                states.append({Labels::state(s.key), s.key});
            }
    fillKeys(m_ui->channelFilter, channels);
    fillKeys(m_ui->tierFilter, tiers);
    fillKeys(m_ui->typeFilter, types);
    fillKeys(m_ui->stateFilter, states);
    QList<QPair<QString, QString>> grades;
    for (int g = 0; g <= 3; ++g)
        grades.append({Labels::grade(gradeKey(Grade(g))), QString::number(g)});
    fillKeys(m_ui->gradeFilter, grades);
    QList<QPair<QString, QString>> staff;
    QList<StaffEntry> people;
    QString error;
    if (Directory::staff(*m_env.ws.db, Directory::StaffScope::Everyone, kStaffChoices, people,
                         error))
        for (const StaffEntry &p : people)
            staff.append({p.name, QString::number(p.id)});
    fillKeys(m_ui->handlerFilter, staff);
    fillKeys(m_ui->receiverFilter, staff);
}

TicketFilter TicketsPlace::filterFromWidgets() const {
    TicketFilter f; // every criterion from the widgets; the sort from the view
    if (m_model) {
        f.sort = m_model->filter().sort;
        f.descending = m_model->filter().descending;
    }
    f.text = m_ui->searchEdit->text().trimmed();
    f.customer = m_ui->customerFilter->text().trimmed();
    f.serial = m_ui->serialFilter->text().trimmed();
    f.region = m_ui->regionFilter->text().trimmed();
    f.category = m_ui->categoryFilter->text().trimmed();
    f.channel = m_ui->channelFilter->currentData().toString();
    f.state = m_ui->stateFilter->currentData().toString();
    f.tier = m_ui->tierFilter->currentData().toString();
    f.problemType = m_ui->typeFilter->currentData().toString();
    f.handlerId = m_ui->handlerFilter->currentData().toLongLong();
    f.receiverId = m_ui->receiverFilter->currentData().toLongLong();
    const QString grade = m_ui->gradeFilter->currentData().toString();
    f.incidentGrade = grade.isEmpty() ? -1 : grade.toInt();
    f.receivedFrom = qMax<qint64>(0, dayStart(m_ui->fromFilter->text(), 0, m_env.zone));
    f.receivedTo = qMax<qint64>(0, dayStart(m_ui->toFilter->text(), 1, m_env.zone));
    if (m_selecting) {
        // No ticket has id 0: an empty figure's selection shows an empty list, not every
        // ticket.
        f.ids = m_selection.ids.isEmpty() ? QList<qint64>{0} : m_selection.ids;
    }
    return f;
}

void TicketsPlace::setWidgetsFromFilter(const TicketFilter &f) {
    m_ui->searchEdit->setText(f.text);
    m_ui->customerFilter->setText(f.customer);
    m_ui->serialFilter->setText(f.serial);
    m_ui->regionFilter->setText(f.region);
    m_ui->categoryFilter->setText(f.category);
    selectData(m_ui->channelFilter, f.channel);
    selectData(m_ui->stateFilter, f.state);
    selectData(m_ui->tierFilter, f.tier);
    selectData(m_ui->typeFilter, f.problemType);
    selectData(m_ui->handlerFilter, f.handlerId > 0 ? QString::number(f.handlerId) : QString());
    selectData(m_ui->receiverFilter, f.receiverId > 0 ? QString::number(f.receiverId) : QString());
    selectData(m_ui->gradeFilter,
               f.incidentGrade >= 0 ? QString::number(f.incidentGrade) : QString());
    const auto day = [this](qint64 ms, int back) {
        return ms <= 0 ? QString()
                       : QDateTime::fromMSecsSinceEpoch(ms - back, m_env.zone)
                             .date()
                             .toString(QStringLiteral("yyyy-MM-dd"));
    };
    m_ui->fromFilter->setText(day(f.receivedFrom, 0));
    m_ui->toFilter->setText(day(f.receivedTo, 1));
}

void TicketsPlace::focusSearch() {
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void TicketsPlace::search() {
    for (QLineEdit *e : {m_ui->fromFilter, m_ui->toFilter}) {
        if (dayStart(e->text(), 0, m_env.zone) < 0) {
            m_ui->ticketsError->setText(
                tr("%1: not a date (yyyy-MM-dd).").arg(e->placeholderText()));
            m_ui->ticketsError->show();
            return;
        }
    }
    m_ui->ticketsError->hide();
    const QListWidgetItem *item = m_ui->queueList->currentItem();
    const TicketQueue queue =
        ticketQueueFromKey(item ? item->data(Qt::UserRole).toString() : QString())
            .value_or(TicketQueue::All);
    const TicketFilter f = filterFromWidgets();
    m_model->setQuery(queue, f);
    if (m_env.ws.db->isReadOnlyFile())
        return; // an archive, or a file opened read-only: nothing can be logged there
    QString error;
    if (!QueryLog::recordSearch(*m_env.ws.db, m_env.ws.clock->nowMs(), m_env.ws.user.staffId,
                                ticketQueueKey(queue), f, m_searchLogId, error)) {
        m_ui->ticketsError->setText(tr("The search could not be logged: %1").arg(error));
        m_ui->ticketsError->show();
    }
}

void TicketsPlace::showSelection(const TicketSelection &selection) {
    if (!m_selecting) { // a second selection replaces the first: Clear still goes back
        m_queueBefore = m_model->queue();
        m_filterBefore = m_model->filter();
    }
    m_selecting = true;
    m_selection = selection;
    if (m_selection.ids.size() > TicketFilter::kMaxIds) {
        m_selection.ids.resize(TicketFilter::kMaxIds);
        m_selection.truncated = true;
    }
    TicketFilter blank;
    blank.sort = m_model->filter().sort;
    blank.descending = m_model->filter().descending;
    setWidgetsFromFilter(blank);
    {
        const QSignalBlocker block(m_ui->queueList);
        m_ui->queueList->setCurrentRow(int(allTicketQueues().indexOf(TicketQueue::All)));
    }
    updateSelectionBar();
    search();
}

void TicketsPlace::clearSelection() {
    if (!m_selecting)
        return;
    m_selecting = false;
    m_selection = {};
    updateSelectionBar();
    setWidgetsFromFilter(m_filterBefore);
    {
        const QSignalBlocker block(m_ui->queueList);
        m_ui->queueList->setCurrentRow(int(allTicketQueues().indexOf(m_queueBefore)));
    }
    search();
}

void TicketsPlace::updateSelectionBar() {
    m_ui->selectionBar->setVisible(m_selecting);
    if (!m_selecting)
        return;
    const int n = int(m_selection.ids.size());
    m_ui->selectionLabel->setText(
        m_selection.truncated
            ? tr("Showing the first %L1 of more tickets of: %2").arg(n).arg(m_selection.title)
            : tr("Showing the %n ticket(s) of: %1", nullptr, n).arg(m_selection.title));
}

void TicketsPlace::logSearchResults(qint64 count) {
    // The first count of the logged search (a stale count never arrives: the model drops it);
    // later counts are live refreshes.
    if (m_searchLogId <= 0 || count < 0)
        return;
    const qint64 id = std::exchange(m_searchLogId, 0);
    QString error;
    if (!QueryLog::setResults(*m_env.ws.db, id, m_env.ws.user.staffId, count, error)) {
        m_ui->ticketsError->setText(tr("The search could not be logged: %1").arg(error));
        m_ui->ticketsError->show();
    }
}

void TicketsPlace::showQueue(TicketQueue queue) {
    m_ui->queueList->setCurrentRow(int(allTicketQueues().indexOf(queue)));
}

void TicketsPlace::openQueue(TicketQueue queue, const TicketFilter &filter) {
    clearSelection();
    setWidgetsFromFilter(filter);
    {
        const QSignalBlocker block(m_ui->queueList);
        m_ui->queueList->setCurrentRow(int(allTicketQueues().indexOf(queue)));
    }
    search();
}

void TicketsPlace::sortBy(int column) {
    TicketFilter f = m_model->filter();
    const TicketSort sort = TicketPageModel::sortForColumn(column);
    f.descending = sort == f.sort ? !f.descending : true;
    f.sort = sort;
    m_ui->ticketsView->horizontalHeader()->setSortIndicator(
        column, f.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->setQuery(m_model->queue(), f);
}

void TicketsPlace::updatePageLabel() {
    const qint64 n = m_model->count();
    QString total;
    if (n < 0)
        total = tr("counting…");
    else if (n > TicketPageReader::kCountCap)
        total = tr("more than %L1 tickets").arg(TicketPageReader::kCountCap);
    else
        total = tr("%Ln ticket(s)", nullptr, int(n));
    m_ui->pageLabel->setText(tr("%1 shown — %2").arg(m_model->rowCount()).arg(total));
}

void TicketsPlace::reloadSavedFilters() {
    QString error;
    m_savedFilters.clear();
    SavedFilterStore::list(*m_env.ws.db, m_env.ws.user.staffId, m_savedFilters, error);
    m_ui->savedFilters->clear();
    m_ui->savedFilters->addItem(tr("(choose a saved filter)"));
    for (const SavedFilter &s : m_savedFilters)
        m_ui->savedFilters->addItem(s.name, s.id);
}

void TicketsPlace::saveFilter() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    SavedFilter s;
    s.name = name;
    s.queue = ticketQueueKey(m_model->queue());
    s.filter = filterFromWidgets();
    QString error;
    if (!SavedFilterStore::save(*m_env.ws.db, m_env.ws.user.staffId, s, error)) {
        m_ui->ticketsError->setText(error);
        m_ui->ticketsError->show();
        return;
    }
    reloadSavedFilters();
}

void TicketsPlace::applySavedFilter(int index) {
    if (index <= 0 || index > m_savedFilters.size())
        return;
    const SavedFilter &s = m_savedFilters.at(index - 1);
    if (!s.filter.ids.isEmpty()) { // saved from a selection: shown as one again
        showSelection({s.name, s.filter.ids, false});
        return;
    }
    setWidgetsFromFilter(s.filter);
    TicketFilter f = m_model->filter();
    f = s.filter;
    m_model->setQuery(m_model->queue(), f); // keeps the sort the filter was saved with
    const auto q = ticketQueueFromKey(s.queue).value_or(TicketQueue::All);
    const QSignalBlocker block(m_ui->queueList);
    m_ui->queueList->setCurrentRow(int(allTicketQueues().indexOf(q)));
    search();
}

void TicketsPlace::deleteSavedFilter() {
    const int index = m_ui->savedFilters->currentIndex();
    if (index <= 0 || index > m_savedFilters.size())
        return;
    QString error;
    SavedFilterStore::remove(*m_env.ws.db, m_env.ws.user.staffId, m_savedFilters.at(index - 1).id,
                             error);
    reloadSavedFilters();
}

QList<BulkTarget> TicketsPlace::selectedTargets(QMap<qint64, QString> &labels) const {
    QList<BulkTarget> out;
    const QModelIndexList rows = m_ui->ticketsView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const TicketRow *r = m_model->row(i.row());
        if (!r)
            continue;
        out.append({r->id, r->version});
        labels.insert(r->id, m_model->index(i.row(), TicketPageModel::Serial).data().toString());
    }
    std::sort(out.begin(), out.end(),
              [](const BulkTarget &a, const BulkTarget &b) { return a.id < b.id; });
    return out;
}

void TicketsPlace::startBulk(BulkKind kind) {
    QMap<qint64, QString> labels;
    const QList<BulkTarget> targets = selectedTargets(labels);
    if (targets.isEmpty()) {
        m_ui->ticketsError->setText(tr("Select the tickets first."));
        m_ui->ticketsError->show();
        return;
    }
    auto *flow = new BulkFlow(m_env, kind, targets, labels, this);
    connect(flow, &BulkFlow::finished, flow, &QObject::deleteLater);
    connect(flow, &BulkFlow::finished, m_model, &TicketPageModel::refresh);
    flow->start();
}

void TicketsPlace::exportView() {
    const QString suggested = QDir::home().filePath(
        QStringLiteral("tickets-%1-%2.csv")
            .arg(ticketQueueKey(m_model->queue()),
                 QDateTime::fromMSecsSinceEpoch(m_env.ws.clock->nowMs(), m_env.zone)
                     .toString(QStringLiteral("yyyyMMdd-HHmm"))));
    QString path = m_chooseFile ? m_chooseFile(this, suggested)
                                : QFileDialog::getSaveFileName(this, tr("Export view"), suggested,
                                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv"); // the dialog's filter does not add it everywhere
    exportViewTo(path);
}

void TicketsPlace::exportViewTo(const QString &path) {
    if (m_exporting)
        return; // one export at a time; the progress dialog is window-modal anyway
    m_exporting = true;
    m_ui->exportViewButton->setEnabled(false);
    const qint64 count = m_model->count();
    auto *flow = new TicketExportFlow(
        m_env, {m_model->queue(), m_model->filter()},
        count >= 0 && count <= TicketPageReader::kCountCap ? count : -1, path, this);
    connect(flow, &TicketExportFlow::finished, this, [this, flow](bool ok, const QString &text) {
        m_exporting = false;
        m_ui->exportViewButton->setEnabled(m_env.has(TicketExportFlow::permission()));
        flow->deleteLater();
        Q_EMIT exportFinished(ok, text);
    });
    flow->start();
}

void TicketsPlace::applyChanges(const QList<sb::Change> &changes) {
    m_model->applyChanges(changes);
    const qint64 shown = m_detail->ticketId();
    if (shown == 0)
        return;
    QList<qint64> events;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Ticket && c.entityId == shown) {
            m_detail->reload();
            return;
        }
        if (c.entity == ChangeEntity::TicketEvent && events.size() < 500)
            events.append(c.entityId);
    }
    // A timeline line without a ticket change (an attachment, a link): is it the shown one's?
    if (events.isEmpty())
        return;
    bool shownHasOne = false;
    QString error;
    if (TicketDetailQueries(*m_env.ws.db).hasAnyEvent(shown, events, shownHasOne, error) &&
        shownHasOne)
        m_detail->reload();
}

QWidget *createTicketsPlace(const Workspace &ws, QWidget *parent) {
    return new TicketsPlace(ws, parent);
}

} // namespace sb::app

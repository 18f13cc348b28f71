#include "tickets/ticketsplace.h"
#include "security/permissions.h"

#include "domain/types.h"
#include "shell/labels.h"
#include "tickets/bulkdialog.h"
#include "tickets/registerdialog.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketexportflow.h"
#include "tickets/ticketsfeature.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::app {

namespace {
QComboBox *keyCombo(QWidget *parent, const char *name,
                    const QList<QPair<QString, QString>> &items) {
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->addItem(TicketsPlace::tr("(any)"), QString());
    for (const auto &[label, key] : items)
        c->addItem(label, key);
    return c;
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
    : QWidget(parent) {
    QString error;
    const bool ready = m_env.init(ws, error);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Tickets"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addStretch(1);
    auto *reg = new QPushButton(tr("Register complaint…"), this);
    reg->setObjectName(QStringLiteral("registerButton"));
    const bool mayRegister = ws.canWrite && m_env.has(perm::TicketsRegister);
    reg->setEnabled(mayRegister);
    if (!mayRegister)
        reg->setToolTip(ws.canWrite ? tr("Needs the permission tickets.register.")
                                    : ws.readOnlyReason);
    top->addWidget(reg);
    auto *bulk = new QToolButton(this);
    bulk->setObjectName(QStringLiteral("bulkButton"));
    bulk->setText(tr("Bulk action"));
    bulk->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(bulk);
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
    bulk->setMenu(menu);
    const bool mayBulk = ws.canWrite && m_env.has(perm::TicketsBulk);
    bulk->setEnabled(mayBulk);
    if (!mayBulk)
        bulk->setToolTip(tr("Needs the permission tickets.bulk."));
    top->addWidget(bulk);
    m_exportButton = new QPushButton(tr("Export view…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportViewButton"));
    const bool mayExport = m_env.has(TicketExportFlow::permission());
    m_exportButton->setEnabled(mayExport);
    m_exportButton->setToolTip(
        mayExport ? tr("Export every ticket of this queue, filter and sort to a CSV file.")
                  : tr("Needs the permission %1.").arg(TicketExportFlow::permission()));
    connect(m_exportButton, &QPushButton::clicked, this, &TicketsPlace::exportView);
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    auto *filterBar = new QWidget(this);
    buildFilterBar(filterBar);
    layout->addWidget(filterBar);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ticketsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(!ready);
    m_error->setText(error);
    layout->addWidget(m_error);

    auto *split = new QSplitter(this);
    m_queues = new QListWidget(split);
    m_queues->setObjectName(QStringLiteral("queueList"));
    for (TicketQueue q : allTicketQueues()) {
        auto *item = new QListWidgetItem(Labels::queue(ticketQueueKey(q)), m_queues);
        item->setData(Qt::UserRole, ticketQueueKey(q));
    }
    m_queues->setMaximumWidth(170);

    auto *middle = new QWidget(split);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new TicketPageModel(ws, m_env.queryContext, m_env.unmasked, m_env.zone, this);
    m_view = new QTableView(middle);
    m_view->setObjectName(QStringLiteral("ticketsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(TicketPageModel::Received, Qt::DescendingOrder);
    m_view->horizontalHeader()->setResizeContentsPrecision(25);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, &TicketsPlace::sortBy);
    middleLayout->addWidget(m_view, 1);
    auto *pager = new QHBoxLayout;
    const std::pair<const char *, QString> pageButtons[] = {{"firstPage", tr("First")},
                                                            {"prevPage", tr("◀ Previous")},
                                                            {"nextPage", tr("Next ▶")},
                                                            {"lastPage", tr("Last")}};
    QList<QPushButton *> buttons;
    for (const auto &[name, text] : pageButtons) {
        auto *b = new QPushButton(text, middle);
        b->setObjectName(QLatin1String(name));
        pager->addWidget(b);
        buttons.append(b);
    }
    connect(buttons[0], &QPushButton::clicked, m_model, &TicketPageModel::firstPage);
    connect(buttons[1], &QPushButton::clicked, m_model, &TicketPageModel::previousPage);
    connect(buttons[2], &QPushButton::clicked, m_model, &TicketPageModel::nextPage);
    connect(buttons[3], &QPushButton::clicked, m_model, &TicketPageModel::lastPage);
    m_pageLabel = new QLabel(middle);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    pager->addWidget(m_pageLabel, 1);
    middleLayout->addLayout(pager);

    m_detail = new TicketDetailPanel(m_env, split);
    split->addWidget(m_queues);
    split->addWidget(middle);
    split->addWidget(m_detail);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({150, 720, 430});
    layout->addWidget(split, 1);

    connect(m_model, &TicketPageModel::pageLoaded, this, [this, buttons] {
        buttons[0]->setEnabled(!m_model->onFirstPage());
        buttons[1]->setEnabled(!m_model->onFirstPage());
        buttons[2]->setEnabled(!m_model->onLastPage());
        buttons[3]->setEnabled(!m_model->onLastPage());
        m_error->setText(m_model->lastError());
        m_error->setVisible(!m_model->lastError().isEmpty());
        updatePageLabel();
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true; // once, from a sample of rows; the user's widths then stay
            m_view->resizeColumnsToContents();
            // The countdown arrives after the page: leave room for its longest form.
            const QString widest = TicketPageModel::tr("%1 late").arg(
                TicketPageModel::tr("%1 d %2").arg(99).arg(QStringLiteral("23:59:59")));
            const int room = m_view->fontMetrics().horizontalAdvance(widest) +
                             3 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin);
            if (m_view->columnWidth(TicketPageModel::Remaining) < room)
                m_view->setColumnWidth(TicketPageModel::Remaining, room);
        }
    });
    connect(m_model, &TicketPageModel::countChanged, this, &TicketsPlace::updatePageLabel);
    connect(m_queues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            search();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_detail->showTicket(
                        m_model->data(current, TicketPageModel::TicketIdRole).toLongLong());
            });
    connect(m_detail, &TicketDetailPanel::ticketChanged, m_model, &TicketPageModel::refresh);
    connect(reg, &QPushButton::clicked, this, [this] {
        auto *dialog = new RegisterDialog(m_env, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RegisterDialog::registered, this, [this](qint64 id) {
            m_model->refresh();
            m_detail->showTicket(id);
        });
        dialog->open();
    });
    reloadSavedFilters();
    // Open on the queue that matters to the user: everything for those who see everything.
    m_queues->setCurrentRow(int(allTicketQueues().indexOf(
        m_env.queryContext.readAll ? TicketQueue::All : TicketQueue::MyWork)));
}

void TicketsPlace::buildFilterBar(QWidget *bar) {
    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    auto line = [bar](const char *name, const QString &placeholder) {
        auto *e = new QLineEdit(bar);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        return e;
    };
    m_text = line("searchEdit", tr("Search subject, description, customer, service number"));
    m_customer = line("customerFilter", tr("Customer"));
    m_serial = line("serialFilter", tr("Serial no."));
    m_region = line("regionFilter", tr("Region"));
    m_category = line("categoryFilter", tr("Reason / category"));
    m_from = line("fromFilter", tr("From yyyy-MM-dd"));
    m_to = line("toFilter", tr("To yyyy-MM-dd"));
    for (QLineEdit *e : {m_customer, m_serial, m_region})
        e->setMinimumWidth(110);
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
    m_channel = keyCombo(bar, "channelFilter", channels);
    m_tier = keyCombo(bar, "tierFilter", tiers);
    m_type = keyCombo(bar, "typeFilter", types);
    m_state = keyCombo(bar, "stateFilter", states);
    QList<QPair<QString, QString>> grades;
    for (int g = 0; g <= 3; ++g)
        grades.append({Labels::grade(gradeKey(Grade(g))), QString::number(g)});
    m_grade = keyCombo(bar, "gradeFilter", grades);
    m_grade->setToolTip(tr("Grade of the linked incident"));
    QList<QPair<QString, QString>> staff;
    QSqlQuery q;
    QString error;
    if (m_env.ws.db->exec(q, QStringLiteral("SELECT id, name FROM staff ORDER BY name LIMIT 2000"),
                          {}, error))
        while (q.next())
            staff.append({q.value(1).toString(), q.value(0).toString()});
    m_handler = keyCombo(bar, "handlerFilter", staff);
    m_handler->setToolTip(tr("Handler"));
    m_receiver = keyCombo(bar, "receiverFilter", staff);
    m_receiver->setToolTip(tr("Registered by"));
    auto *searchButton = new QPushButton(tr("Search"), bar);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setDefault(true);
    auto *clearButton = new QPushButton(tr("Clear"), bar);
    clearButton->setObjectName(QStringLiteral("clearButton"));
    m_saved = new QComboBox(bar);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    auto *save = new QPushButton(tr("Save filter…"), bar);
    save->setObjectName(QStringLiteral("saveFilterButton"));
    auto *remove = new QPushButton(tr("Delete filter"), bar);
    remove->setObjectName(QStringLiteral("deleteFilterButton"));

    grid->addWidget(m_text, 0, 0, 1, 3);
    grid->addWidget(m_channel, 0, 3);
    grid->addWidget(m_state, 0, 4);
    grid->addWidget(m_tier, 0, 5);
    grid->addWidget(m_type, 0, 6);
    grid->addWidget(searchButton, 0, 7);
    grid->addWidget(clearButton, 0, 8);
    grid->addWidget(m_customer, 1, 0);
    grid->addWidget(m_serial, 1, 1);
    grid->addWidget(m_region, 1, 2);
    grid->addWidget(m_category, 1, 3);
    grid->addWidget(m_from, 1, 4);
    grid->addWidget(m_to, 1, 5);
    grid->addWidget(m_handler, 1, 6);
    grid->addWidget(m_receiver, 1, 7);
    grid->addWidget(m_grade, 1, 8);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Saved filters:"), bar));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(save);
    savedRow->addWidget(remove);
    grid->addLayout(savedRow, 2, 0, 1, 9);

    connect(searchButton, &QPushButton::clicked, this, &TicketsPlace::search);
    connect(m_text, &QLineEdit::returnPressed, this, &TicketsPlace::search);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        setWidgetsFromFilter({});
        search();
    });
    connect(save, &QPushButton::clicked, this, &TicketsPlace::saveFilter);
    connect(remove, &QPushButton::clicked, this, &TicketsPlace::deleteSavedFilter);
    connect(m_saved, &QComboBox::activated, this, &TicketsPlace::applySavedFilter);
}

TicketFilter TicketsPlace::filterFromWidgets() const {
    TicketFilter f; // every criterion from the widgets; the sort from the view
    if (m_model) {
        f.sort = m_model->filter().sort;
        f.descending = m_model->filter().descending;
    }
    f.text = m_text->text().trimmed();
    f.customer = m_customer->text().trimmed();
    f.serial = m_serial->text().trimmed();
    f.region = m_region->text().trimmed();
    f.category = m_category->text().trimmed();
    f.channel = m_channel->currentData().toString();
    f.state = m_state->currentData().toString();
    f.tier = m_tier->currentData().toString();
    f.problemType = m_type->currentData().toString();
    f.handlerId = m_handler->currentData().toLongLong();
    f.receiverId = m_receiver->currentData().toLongLong();
    const QString grade = m_grade->currentData().toString();
    f.incidentGrade = grade.isEmpty() ? -1 : grade.toInt();
    f.receivedFrom = qMax<qint64>(0, dayStart(m_from->text(), 0, m_env.zone));
    f.receivedTo = qMax<qint64>(0, dayStart(m_to->text(), 1, m_env.zone));
    return f;
}

void TicketsPlace::setWidgetsFromFilter(const TicketFilter &f) {
    m_text->setText(f.text);
    m_customer->setText(f.customer);
    m_serial->setText(f.serial);
    m_region->setText(f.region);
    m_category->setText(f.category);
    selectData(m_channel, f.channel);
    selectData(m_state, f.state);
    selectData(m_tier, f.tier);
    selectData(m_type, f.problemType);
    selectData(m_handler, f.handlerId > 0 ? QString::number(f.handlerId) : QString());
    selectData(m_receiver, f.receiverId > 0 ? QString::number(f.receiverId) : QString());
    selectData(m_grade, f.incidentGrade >= 0 ? QString::number(f.incidentGrade) : QString());
    const auto day = [this](qint64 ms, int back) {
        return ms <= 0 ? QString()
                       : QDateTime::fromMSecsSinceEpoch(ms - back, m_env.zone)
                             .date()
                             .toString(QStringLiteral("yyyy-MM-dd"));
    };
    m_from->setText(day(f.receivedFrom, 0));
    m_to->setText(day(f.receivedTo, 1));
}

void TicketsPlace::search() {
    for (QLineEdit *e : {m_from, m_to}) {
        if (dayStart(e->text(), 0, m_env.zone) < 0) {
            m_error->setText(tr("%1: not a date (yyyy-MM-dd).").arg(e->placeholderText()));
            m_error->show();
            return;
        }
    }
    m_error->hide();
    const QListWidgetItem *item = m_queues->currentItem();
    const TicketQueue queue =
        ticketQueueFromKey(item ? item->data(Qt::UserRole).toString() : QString())
            .value_or(TicketQueue::All);
    const TicketFilter f = filterFromWidgets();
    m_model->setQuery(queue, f);
    QString error;
    if (!QueryLog::record(*m_env.ws.db, m_env.ws.clock->nowMs(), m_env.ws.user.staffId,
                          ticketQueueKey(queue), f, error)) {
        m_error->setText(tr("The search could not be logged: %1").arg(error));
        m_error->show();
    }
}

void TicketsPlace::showQueue(TicketQueue queue) {
    m_queues->setCurrentRow(int(allTicketQueues().indexOf(queue)));
}

void TicketsPlace::sortBy(int column) {
    TicketFilter f = m_model->filter();
    const TicketSort sort = TicketPageModel::sortForColumn(column);
    f.descending = sort == f.sort ? !f.descending : true;
    f.sort = sort;
    m_view->horizontalHeader()->setSortIndicator(column, f.descending ? Qt::DescendingOrder
                                                                      : Qt::AscendingOrder);
    m_model->setQuery(m_model->queue(), f);
}

void TicketsPlace::updatePageLabel() {
    const qint64 n = m_model->count();
    QString total;
    if (n < 0)
        total = tr("counting…");
    else if (n > TicketPageLoader::kCountCap)
        total = tr("more than %L1 tickets").arg(TicketPageLoader::kCountCap);
    else
        total = tr("%Ln ticket(s)", nullptr, int(n));
    m_pageLabel->setText(tr("%1 shown — %2").arg(m_model->rowCount()).arg(total));
}

void TicketsPlace::reloadSavedFilters() {
    QString error;
    m_savedFilters.clear();
    SavedFilterStore::list(*m_env.ws.db, m_env.ws.user.staffId, m_savedFilters, error);
    m_saved->clear();
    m_saved->addItem(tr("(choose a saved filter)"));
    for (const SavedFilter &s : m_savedFilters)
        m_saved->addItem(s.name, s.id);
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
        m_error->setText(error);
        m_error->show();
        return;
    }
    reloadSavedFilters();
}

void TicketsPlace::applySavedFilter(int index) {
    if (index <= 0 || index > m_savedFilters.size())
        return;
    const SavedFilter &s = m_savedFilters.at(index - 1);
    setWidgetsFromFilter(s.filter);
    TicketFilter f = m_model->filter();
    f = s.filter;
    m_model->setQuery(m_model->queue(), f); // keeps the sort the filter was saved with
    const auto q = ticketQueueFromKey(s.queue).value_or(TicketQueue::All);
    const QSignalBlocker block(m_queues);
    m_queues->setCurrentRow(int(allTicketQueues().indexOf(q)));
    search();
}

void TicketsPlace::deleteSavedFilter() {
    const int index = m_saved->currentIndex();
    if (index <= 0 || index > m_savedFilters.size())
        return;
    QString error;
    SavedFilterStore::remove(*m_env.ws.db, m_env.ws.user.staffId, m_savedFilters.at(index - 1).id,
                             error);
    reloadSavedFilters();
}

QList<BulkTarget> TicketsPlace::selectedTargets(QMap<qint64, QString> &labels) const {
    QList<BulkTarget> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
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
        m_error->setText(tr("Select the tickets first."));
        m_error->show();
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
    m_exportButton->setEnabled(false);
    const qint64 count = m_model->count();
    auto *flow = new TicketExportFlow(
        m_env, {m_model->queue(), m_model->filter()},
        count >= 0 && count <= TicketPageLoader::kCountCap ? count : -1, path, this);
    connect(flow, &TicketExportFlow::finished, this, [this, flow](bool ok, const QString &text) {
        m_exporting = false;
        m_exportButton->setEnabled(m_env.has(TicketExportFlow::permission()));
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
    QVariantList events;
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
    QStringList marks(events.size(), QStringLiteral("?"));
    QSqlQuery q;
    QString error;
    if (m_env.ws.db->exec(q,
                          QStringLiteral("SELECT 1 FROM ticket_events WHERE ticket_id = ? AND id "
                                         "IN (%1) LIMIT 1")
                              .arg(marks.join(u',')),
                          QVariantList{shown} + events, error) &&
        q.next())
        m_detail->reload();
}

QWidget *createTicketsPlace(const Workspace &ws, QWidget *parent) {
    return new TicketsPlace(ws, parent);
}

} // namespace sb::app

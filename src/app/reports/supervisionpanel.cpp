#include "reports/supervisionpanel.h"

#include "domain/labels.h"
#include "security/directory.h"
#include "security/permissions.h"

#include "ui_supervisionpanel.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace sb::app {

namespace {
constexpr int kStaffChoices = 2000;

QDate todayOf(const Clock *clock) {
    return QDateTime::fromMSecsSinceEpoch(clock->nowMs()).date();
}

QString lastNote(const QString &notes) {
    const QStringList lines = notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = lines.size() - 1; i >= 0; --i)
        if (!lines.at(i).trimmed().isEmpty())
            return lines.at(i).trimmed();
    return {};
}
} // namespace

// The items as the list shows them.
class SupervisionItemsModel : public QAbstractTableModel {
public:
    SupervisionItemsModel(const Clock *clock, QObject *parent)
        : QAbstractTableModel(parent)
        , m_clock(clock) {}

    void setItems(QList<SupervisionItem> items) {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    const QList<SupervisionItem> &items() const { return m_items; }
    int rowOf(qint64 id) const {
        for (int r = 0; r < m_items.size(); ++r)
            if (m_items.at(r).id == id)
                return r;
        return -1;
    }
    bool overdue(const SupervisionItem &it) const {
        return it.status != SupervisionStatus::Closed && it.due.isValid() &&
               it.due < todayOf(m_clock);
    }

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : SupervisionPanel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override {
        if (!index.isValid() || index.row() >= m_items.size())
            return {};
        const SupervisionItem &it = m_items.at(index.row());
        if (role == SupervisionPanel::OverdueRole)
            return overdue(it);
        if (role == SupervisionPanel::ItemIdRole)
            return it.id;
        if (role == Qt::BackgroundRole && overdue(it))
            return QBrush(QColor(0xff, 0xeb, 0xee));
        if (role == Qt::ForegroundRole && overdue(it) && index.column() == SupervisionPanel::Due)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (role == Qt::ToolTipRole && overdue(it))
            return SupervisionPanel::tr("Overdue: due %1").arg(it.due.toString(Qt::ISODate));
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case SupervisionPanel::Subject:
            return SupervisionPanel::subjectOf(it.dimension, it.key);
        case SupervisionPanel::Dimension:
            return SupervisionPanel::dimensionLabel(it.dimension);
        case SupervisionPanel::Key:
            return it.key;
        case SupervisionPanel::Owner:
            return it.ownerName;
        case SupervisionPanel::Due:
            return it.due.toString(Qt::ISODate);
        case SupervisionPanel::Status:
            return SupervisionPanel::statusLabel(it.status);
        case SupervisionPanel::LastNote:
            return lastNote(it.notes);
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case SupervisionPanel::Subject:
            return SupervisionPanel::tr("Subject");
        case SupervisionPanel::Dimension:
            return SupervisionPanel::tr("Dimension");
        case SupervisionPanel::Key:
            return SupervisionPanel::tr("Key");
        case SupervisionPanel::Owner:
            return SupervisionPanel::tr("Owner");
        case SupervisionPanel::Due:
            return SupervisionPanel::tr("Due");
        case SupervisionPanel::Status:
            return SupervisionPanel::tr("Status");
        case SupervisionPanel::LastNote:
            return SupervisionPanel::tr("Last note");
        default:
            return {};
        }
    }

private:
    const Clock *m_clock;
    QList<SupervisionItem> m_items;
};

struct SupervisionPanel::Outcome {
    bool ok = false;
    bool conflict = false; // the item changed since it was shown
    QString error;
    SupervisionItem item;
};

QString SupervisionPanel::statusLabel(SupervisionStatus status) {
    switch (status) {
    case SupervisionStatus::Open:
        return tr("Open");
    case SupervisionStatus::InProgress:
        return tr("In progress");
    case SupervisionStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString SupervisionPanel::dimensionLabel(const QString &dimension) {
    if (dimension == QLatin1StringView("problem_type"))
        return tr("Problem type");
    if (dimension == QLatin1StringView("category"))
        return tr("Category");
    return dimension;
}

QString SupervisionPanel::subjectOf(const QString &dimension, const QString &key) {
    return dimension == QLatin1StringView("problem_type") ? Labels::problemType(key) : key;
}

SupervisionPanel::SupervisionPanel(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::SupervisionPanel>()) {
    m_ui->setupUi(this);
    QFont f = m_ui->titleLabel->font();
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    m_mayEdit = ws.canWrite && ws.user.permissions.has(perm::ReportsSupervise);
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("supervision"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();

    m_ui->scopeFilter->addItem(tr("Open items"), false);
    m_ui->scopeFilter->addItem(tr("All items"), true);
    for (SupervisionStatus s : {SupervisionStatus::Open, SupervisionStatus::InProgress})
        m_ui->statusCombo->addItem(statusLabel(s), supervisionStatusKey(s));
    QList<StaffEntry> people;
    QString error;
    if (Directory::staff(*ws.db, Directory::StaffScope::ActiveOnly, kStaffChoices, people, error))
        for (const StaffEntry &p : std::as_const(people))
            m_ui->ownerCombo->addItem(p.name, p.id);

    m_model = new SupervisionItemsModel(ws.clock, this);
    m_ui->itemsView->setModel(m_model);
    m_ui->itemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->itemsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->split->setStretchFactor(0, 3);
    m_ui->split->setStretchFactor(1, 2);
    m_ui->conflictBar->hide();
    m_ui->reloadButton->hide();
    if (!m_mayEdit) {
        const QString why = ws.canWrite ? tr("Needs the permission %1.").arg(perm::ReportsSupervise)
                                        : ws.readOnlyReason;
        m_ui->editBox->setToolTip(why);
    }

    connect(m_ui->scopeFilter, &QComboBox::currentIndexChanged, this, &SupervisionPanel::reload);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SupervisionPanel::reload);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        m_ui->conflictBar->hide();
        m_shownId = 0; // show the item as it is now
        reload();
    });
    connect(m_ui->itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupervisionPanel::showSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SupervisionPanel::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &SupervisionPanel::closeItem);
    connect(m_ui->closeNoteEdit, &QLineEdit::textChanged, this, &SupervisionPanel::updateButtons);
    showSelected();
    reload();
}

SupervisionPanel::~SupervisionPanel() = default;

const QList<SupervisionItem> &SupervisionPanel::items() const {
    return m_model->items();
}

qint64 SupervisionPanel::selectedId() const {
    const QModelIndex i = m_ui->itemsView->currentIndex();
    return i.isValid() ? m_model->data(i, ItemIdRole).toLongLong() : 0;
}

void SupervisionPanel::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::ReportSupervision) {
            reload();
            return;
        }
    }
}

void SupervisionPanel::reload() {
    const int generation = ++m_generation;
    const bool withClosed = m_ui->scopeFilter->currentData().toBool();
    ++m_busy;
    struct Loaded {
        QList<SupervisionItem> items;
        QString error;
    };
    m_worker->post(
        this,
        [withClosed](DbWorker::Context &c) {
            Loaded r;
            if (!c.db)
                r.error = c.openError;
            else
                SupervisionStore::list(*c.db, withClosed, r.items, r.error);
            return r;
        },
        [this, generation](const Loaded &r) {
            --m_busy;
            if (generation != m_generation)
                return; // a newer read is on its way
            if (!r.error.isEmpty()) {
                showError(r.error, false);
                return;
            }
            const qint64 keep = m_wanted > 0 ? m_wanted : selectedId();
            m_model->setItems(r.items);
            const int row = m_model->rowOf(keep);
            if (row >= 0) {
                m_wanted = 0;
                m_ui->itemsView->setCurrentIndex(m_model->index(row, 0));
            }
            showSelected();
            m_ui->statusLabel->setText(tr("%n item(s)", nullptr, int(r.items.size())));
            Q_EMIT itemsLoaded();
        });
}

void SupervisionPanel::selectItem(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_ui->itemsView->setCurrentIndex(m_model->index(row, 0));
        return;
    }
    m_wanted = id;
    reload();
}

void SupervisionPanel::showSelected() {
    const int row = m_model->rowOf(selectedId());
    const SupervisionItem *it = row >= 0 ? &m_model->items().at(row) : nullptr;
    // The form keeps what the person typed while the same version is shown (a reload after
    // another item changed must not wipe it).
    if (it && it->id == m_shownId && it->version == m_shownVersion) {
        updateButtons();
        return;
    }
    m_shownId = it ? it->id : 0;
    m_shownVersion = it ? it->version : 0;
    m_ui->subjectLabel->setText(
        it ? tr("%1 (%2 %3)")
                 .arg(subjectOf(it->dimension, it->key), dimensionLabel(it->dimension), it->key)
           : tr("Select an item."));
    const int owner = it ? m_ui->ownerCombo->findData(it->ownerId) : -1;
    if (it && owner < 0 && it->ownerId > 0) // a former owner no longer active: still shown
        m_ui->ownerCombo->addItem(it->ownerName, it->ownerId);
    m_ui->ownerCombo->setCurrentIndex(it ? m_ui->ownerCombo->findData(it->ownerId) : -1);
    m_ui->dueEdit->setDate(it && it->due.isValid() ? it->due : todayOf(m_ws.clock));
    const int status = m_ui->statusCombo->findData(
        supervisionStatusKey(it ? it->status : SupervisionStatus::Open));
    m_ui->statusCombo->setCurrentIndex(qMax(0, status));
    m_ui->notesEdit->setPlainText(it ? it->notes : QString());
    m_ui->closeNoteEdit->clear();
    updateButtons();
}

void SupervisionPanel::updateButtons() {
    const int row = m_model->rowOf(m_shownId);
    const bool editable =
        m_mayEdit && row >= 0 && m_model->items().at(row).status != SupervisionStatus::Closed;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->ownerCombo, m_ui->dueEdit, m_ui->statusCombo,
                                          m_ui->saveButton, m_ui->closeNoteEdit})
        w->setEnabled(editable);
    m_ui->notesEdit->setReadOnly(!editable);
    m_ui->closeButton->setEnabled(editable && !m_ui->closeNoteEdit->text().trimmed().isEmpty());
}

void SupervisionPanel::save() {
    if (m_shownId <= 0 || !m_mayEdit)
        return;
    SupervisionChange change;
    change.status = supervisionStatusFromKey(m_ui->statusCombo->currentData().toString())
                        .value_or(SupervisionStatus::Open);
    change.ownerId = m_ui->ownerCombo->currentData().toLongLong();
    change.due = m_ui->dueEdit->date();
    change.notes = m_ui->notesEdit->toPlainText().trimmed();
    const qint64 id = m_shownId, version = m_shownVersion;
    const ReportActor actor{m_ws.user.staffId, m_ws.user.login};
    write(
        [actor, id, version, change](SupervisionStore &s, SupervisionItem &out, QString &e) {
            return s.update(actor, id, version, change, out, e);
        },
        tr("Saved."));
}

void SupervisionPanel::closeItem() {
    const QString note = m_ui->closeNoteEdit->text().trimmed();
    if (m_shownId <= 0 || !m_mayEdit)
        return;
    if (note.isEmpty()) {
        showError(tr("Write a closing note: what was done."), false);
        return;
    }
    // The closing note is the item's last note; the notes before it stay.
    const QString before = m_ui->notesEdit->toPlainText().trimmed();
    const QString notes = before.isEmpty() ? note : before + QLatin1Char('\n') + note;
    const qint64 id = m_shownId, version = m_shownVersion;
    const ReportActor actor{m_ws.user.staffId, m_ws.user.login};
    write(
        [actor, id, version, notes](SupervisionStore &s, SupervisionItem &out, QString &e) {
            return s.close(actor, id, version, notes, out, e);
        },
        tr("Closed."));
}

void SupervisionPanel::write(
    std::function<bool(SupervisionStore &, SupervisionItem &, QString &)> work,
    const QString &doneText) {
    const qint64 id = m_shownId, version = m_shownVersion;
    const Clock *clock = m_ws.clock;
    m_ui->saveButton->setEnabled(false);
    m_ui->closeButton->setEnabled(false);
    ++m_busy;
    m_worker->post(
        this,
        [work, clock, id, version](DbWorker::Context &c) {
            Outcome o;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            SupervisionStore store(*c.db, *clock);
            o.ok = work(store, o.item, o.error);
            if (!o.ok) {
                // Refused: because someone else saved first? Then the person must reload.
                std::optional<SupervisionItem> now;
                QString ignored;
                if (SupervisionStore::load(*c.db, id, now, ignored) && now &&
                    now->version != version)
                    o.conflict = true;
            }
            return o;
        },
        [this, doneText](const Outcome &o) {
            --m_busy;
            if (o.conflict) {
                showError(tr("Someone else changed this item meanwhile: reload it to see their "
                             "change, then edit again."),
                          true);
                updateButtons();
                Q_EMIT saveFinished(false, m_ui->errorLabel->text());
                return;
            }
            if (!o.ok) {
                showError(o.error, false);
                updateButtons();
                Q_EMIT saveFinished(false, o.error);
                return;
            }
            m_ui->conflictBar->hide();
            m_ui->statusLabel->setText(doneText);
            m_shownId = 0; // show the saved version
            m_wanted = o.item.id;
            reload();
            Q_EMIT saveFinished(true, doneText);
        });
}

void SupervisionPanel::showError(const QString &text, bool offerReload) {
    m_ui->errorLabel->setText(text);
    m_ui->reloadButton->setVisible(offerReload);
    m_ui->conflictBar->show();
}

} // namespace sb::app

#include "qa/qascorecardeditor.h"

#include "security/permissions.h"

#include "ui_qascorecardeditor.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

#include <cmath>
#include <limits>

namespace sb::app {

namespace {

constexpr int kVersionIdRole = Qt::UserRole;
constexpr int kItemKeyRole = Qt::UserRole;

QString timeText(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QStringLiteral("–");
}

// Root causes as one cell: "tag; tag; tag".
QString joinTags(const QStringList &tags) {
    return tags.join(QStringLiteral("; "));
}

QStringList splitTags(const QString &text) {
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            out.append(tag);
    }
    return out;
}

// Chinese tags keep their place beside the stored ones: an empty one stays empty.
QStringList splitTagsKeepingPlaces(const QString &text) {
    QStringList out;
    if (text.trimmed().isEmpty())
        return out;
    for (const QString &part : text.split(QLatin1Char(';')))
        out.append(part.trimmed());
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

struct QaScorecardEditor::Listed {
    int generation = 0;
    QList<QaScorecardInfo> scorecards;
    QString error;
};

struct QaScorecardEditor::Shown {
    int generation = 0;
    QaScorecardVersion version;
    QaScorecardVersionInfo info;
    QString error;
};

QaScorecardEditor::QaScorecardEditor(const Workspace &ws, DbWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_ui(std::make_unique<Ui::QaScorecardEditor>()) {
    m_ui->setupUi(this);
    m_ui->versionsTable->setColumnCount(7);
    m_ui->versionsTable->setHorizontalHeaderLabels({tr("Scorecard"), tr("Version"), tr("State"),
                                                    tr("Created by"), tr("Published at"),
                                                    tr("Published by"), tr("What changed")});
    m_ui->itemsTable->setColumnCount(ColumnCount);
    m_ui->itemsTable->setHorizontalHeaderLabels({tr("Key"), tr("Title"), tr("Title (Chinese)"),
                                                 tr("Weight"), tr("Scale"), tr("N/A allowed"),
                                                 tr("Critical"), tr("Comment below pass"),
                                                 tr("Root causes"), tr("Root causes (Chinese)")});
    m_ui->itemsTable->horizontalHeaderItem(RootCausesColumn)
        ->setToolTip(tr("Separate the root causes with semicolons"));
    m_ui->itemsTable->horizontalHeaderItem(RootCausesZhColumn)
        ->setToolTip(tr("One Chinese tag for each root cause, in the same order, separated with "
                        "semicolons"));
    for (QTableWidget *t : {m_ui->versionsTable, m_ui->itemsTable}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->noteEdit->setMaxLength(int(QaScorecardStore::kMaxNote));
    m_ui->editorSplitter->setStretchFactor(0, 1);
    m_ui->editorSplitter->setStretchFactor(1, 3);

    connect(m_ui->versionsTable, &QTableWidget::itemSelectionChanged, this,
            &QaScorecardEditor::versionSelected);
    connect(m_ui->itemsTable, &QTableWidget::itemChanged, this, &QaScorecardEditor::markDirty);
    connect(m_ui->itemsTable, &QTableWidget::itemSelectionChanged, this,
            &QaScorecardEditor::updateButtons);
    connect(m_ui->noteEdit, &QLineEdit::textEdited, this, &QaScorecardEditor::markDirty);
    connect(m_ui->newDraftButton, &QPushButton::clicked, this, &QaScorecardEditor::createDraft);
    connect(m_ui->validateButton, &QPushButton::clicked, this, &QaScorecardEditor::validateShown);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &QaScorecardEditor::saveDraft);
    connect(m_ui->publishButton, &QPushButton::clicked, this, &QaScorecardEditor::publishDraft);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &QaScorecardEditor::discardDraft);
    connect(m_ui->readAgainButton, &QPushButton::clicked, this, &QaScorecardEditor::readAgain);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &QaScorecardEditor::addItem);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, &QaScorecardEditor::removeItem);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_ui->issuesList, &QListWidget::itemActivated, this, [this](QListWidgetItem *issue) {
        const QString key = issue->data(kItemKeyRole).toString();
        for (int row = 0; row < m_ui->itemsTable->rowCount(); ++row) {
            const QTableWidgetItem *k = m_ui->itemsTable->item(row, KeyColumn);
            if (!key.isEmpty() &&
                ((k && k->text() == key) || key == QStringLiteral("#%1").arg(row)))
                m_ui->itemsTable->selectRow(row);
        }
    });
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaScorecardEditor::reload);
    updateButtons();
    reload();
}

QaScorecardEditor::~QaScorecardEditor() = default;

QaActor QaScorecardEditor::actor() const {
    return {m_ws.user.staffId, m_ws.user.login};
}

bool QaScorecardEditor::isEditable() const {
    // version 0: the version is on its way (after a write), not editable until read.
    return m_shown.id > 0 && m_shown.version > 0 && !m_shown.published && m_ws.canWrite &&
           m_ws.user.permissions.has(perm::QaScorecards);
}

void QaScorecardEditor::reload() {
    m_pending.stop();
    const int generation = ++m_listGeneration;
    const Clock *clock = m_ws.clock;
    if (!m_loaded)
        m_ui->editorStatus->setText(tr("Loading…"));
    m_worker->post(
        this,
        [generation, clock](DbWorker::Context &c) {
            Listed r;
            r.generation = generation;
            if (!c.db)
                r.error = c.openError;
            else
                QaScorecardStore(*c.db, *clock).list(r.scorecards, r.error);
            return r;
        },
        [this](const Listed &r) { takeList(r); });
}

void QaScorecardEditor::takeList(const Listed &r) {
    if (r.generation != m_listGeneration)
        return; // a newer read is on its way
    const bool first = !m_loaded;
    m_loaded = true;
    if (!r.error.isEmpty()) {
        m_ui->editorStatus->setText(tr("The scorecards could not be read: %1").arg(r.error));
        Q_EMIT loaded();
        return;
    }
    if (first)
        m_ui->editorStatus->clear();
    m_scorecards = r.scorecards;
    fillVersions();
    // Keep what is shown when it is still there; else the draft or the version in force.
    qint64 pick = 0;
    const QaScorecardVersionInfo *current = nullptr;
    for (const QaScorecardInfo &s : m_scorecards)
        for (const QaScorecardVersionInfo &v : s.versions)
            if (v.id == m_shown.id)
                current = &v;
    if (current) {
        pick = current->id;
    } else {
        for (const QaScorecardInfo &s : m_scorecards) {
            for (const QaScorecardVersionInfo &v : s.versions)
                if (!pick && (v.inForce || !v.published))
                    pick = s.draft() ? s.draft()->id : v.id;
        }
    }
    // Unsaved edits stay; their save is then refused as made on an older read.
    const bool reread = !current || (current->revision != m_shown.revision && !m_dirty) ||
                        current->published != m_shown.published;
    selectVersionRow(pick);
    if (pick > 0 && reread)
        showVersion(pick);
    updateButtons();
    Q_EMIT loaded();
}

void QaScorecardEditor::fillVersions() {
    const QSignalBlocker block(m_ui->versionsTable);
    QTableWidget *t = m_ui->versionsTable;
    t->setRowCount(0);
    for (const QaScorecardInfo &s : m_scorecards) {
        for (const QaScorecardVersionInfo &v : s.versions) {
            const int row = t->rowCount();
            t->insertRow(row);
            const QString state = !v.published ? tr("Draft")
                                  : v.inForce  ? tr("Published, in force")
                                               : tr("Published");
            const QStringList cells{s.name,
                                    QString::number(v.version),
                                    state,
                                    v.createdBy,
                                    v.published ? timeText(v.publishedAt) : QString(),
                                    v.publishedBy,
                                    v.note};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(kVersionIdRole, v.id);
                t->setItem(row, c, item);
            }
        }
    }
}

void QaScorecardEditor::selectVersionRow(qint64 versionId) {
    const QSignalBlocker block(m_ui->versionsTable);
    m_ui->versionsTable->clearSelection();
    for (int row = 0; row < m_ui->versionsTable->rowCount(); ++row)
        if (m_ui->versionsTable->item(row, 0)->data(kVersionIdRole).toLongLong() == versionId)
            m_ui->versionsTable->selectRow(row);
}

void QaScorecardEditor::versionSelected() {
    const QList<QTableWidgetItem *> selected = m_ui->versionsTable->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(kVersionIdRole).toLongLong();
    if (id == m_shown.id)
        return;
    if (m_dirty && m_leaving != id) {
        // Unsaved edits are not dropped by a stray click: the same choice again leaves them.
        m_leaving = id;
        selectVersionRow(m_shown.id);
        m_ui->editorStatus->setText(tr("The draft has unsaved edits: save it, or choose that "
                                       "version again to leave them."));
        return;
    }
    m_leaving = 0;
    showVersion(id);
}

void QaScorecardEditor::readAgain() {
    m_dirty = false;
    m_leaving = 0;
    m_shown.revision = -1; // the list's read shows the version again
    m_ui->issuesList->clear();
    m_ui->editorStatus->clear();
    reload();
}

void QaScorecardEditor::showVersion(qint64 versionId) {
    selectVersionRow(versionId);
    const int generation = ++m_showGeneration;
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [generation, versionId, clock](DbWorker::Context &c) {
            Shown r;
            r.generation = generation;
            if (!c.db)
                r.error = c.openError;
            else
                QaScorecardStore(*c.db, *clock).load(versionId, r.version, r.info, r.error);
            return r;
        },
        [this](const Shown &r) { takeVersion(r); });
}

void QaScorecardEditor::takeVersion(const Shown &r) {
    if (r.generation != m_showGeneration)
        return;
    if (!r.error.isEmpty()) {
        m_ui->editorStatus->setText(tr("The scorecard version could not be read: %1").arg(r.error));
        return;
    }
    m_shown = r.info;
    m_leaving = 0;
    m_ui->versionHeading->setText((m_shown.published ? tr("%1, version %2 (published: read-only)")
                                                     : tr("%1, version %2 (draft)"))
                                      .arg(r.version.card.name)
                                      .arg(m_shown.version));
    {
        const QSignalBlocker block(m_ui->noteEdit);
        m_ui->noteEdit->setText(m_shown.note);
    }
    fillItems({m_shown.note, r.version.card.items, r.version.titlesZh, r.version.rootCausesZh});
    m_dirty = false;
    m_ui->issuesList->clear();
    updateButtons();
    Q_EMIT versionShown();
}

QComboBox *QaScorecardEditor::scaleBox(int row) const {
    return qobject_cast<QComboBox *>(m_ui->itemsTable->cellWidget(row, ScaleColumn));
}

void QaScorecardEditor::fillItems(const QaScorecardDraft &draft) {
    m_filling = true;
    const bool editable = isEditable();
    QTableWidget *t = m_ui->itemsTable;
    t->setRowCount(0);
    // Typing or F2 edits a cell; moving through the table with the keys does not.
    const QAbstractItemView::EditTriggers edit = QAbstractItemView::DoubleClicked |
                                                 QAbstractItemView::EditKeyPressed |
                                                 QAbstractItemView::AnyKeyPressed;
    t->setEditTriggers(editable ? edit : QAbstractItemView::NoEditTriggers);
    for (qsizetype i = 0; i < draft.items.size(); ++i) {
        const ScorecardItem &it = draft.items.at(i);
        const int row = t->rowCount();
        t->insertRow(row);
        const auto text = [&](int column, const QString &value) {
            auto *item = new QTableWidgetItem(value);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            t->setItem(row, column, item);
        };
        const auto flag = [&](int column, bool on) {
            auto *item = new QTableWidgetItem;
            item->setFlags(editable
                               ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            t->setItem(row, column, item);
        };
        text(KeyColumn, it.key);
        text(TitleColumn, it.title);
        text(TitleZhColumn, draft.titlesZh.value(i));
        text(WeightColumn, QString::number(it.weight));
        text(ScaleColumn, QString());
        flag(NaColumn, it.naAllowed);
        flag(CriticalColumn, it.critical);
        flag(CommentColumn, it.commentRequiredBelowPass);
        text(RootCausesColumn, joinTags(it.rootCauses));
        text(RootCausesZhColumn, joinTags(draft.rootCausesZh.value(i)));
        auto *scale = new QComboBox(t);
        scale->setObjectName(QStringLiteral("scaleBox"));
        scale->addItem(tr("Pass / fail"), int(ScoreScale::PassFail));
        scale->addItem(tr("0–2"), int(ScoreScale::ZeroToTwo));
        scale->addItem(tr("1–5"), int(ScoreScale::OneToFive));
        scale->setCurrentIndex(scale->findData(int(it.scale)));
        scale->setEnabled(editable);
        connect(scale, &QComboBox::currentIndexChanged, this, &QaScorecardEditor::markDirty);
        t->setCellWidget(row, ScaleColumn, scale);
    }
    m_filling = false;
}

QaScorecardDraft QaScorecardEditor::shownDraft() const {
    QaScorecardDraft d;
    d.note = m_ui->noteEdit->text();
    const QTableWidget *t = m_ui->itemsTable;
    const auto cell = [t](int row, int column) {
        const QTableWidgetItem *item = t->item(row, column);
        return item ? item->text() : QString();
    };
    const auto checked = [t](int row, int column) {
        const QTableWidgetItem *item = t->item(row, column);
        return item && item->checkState() == Qt::Checked;
    };
    for (int row = 0; row < t->rowCount(); ++row) {
        ScorecardItem it;
        it.key = cell(row, KeyColumn).trimmed();
        it.title = cell(row, TitleColumn).trimmed();
        bool ok = false;
        const double w = QLocale().toDouble(cell(row, WeightColumn).trimmed(), &ok);
        const double c = ok ? w : cell(row, WeightColumn).trimmed().toDouble(&ok);
        it.weight = ok ? c : std::numeric_limits<double>::quiet_NaN(); // validation names it
        if (const QComboBox *scale = scaleBox(row))
            it.scale = ScoreScale(scale->currentData().toInt());
        it.naAllowed = checked(row, NaColumn);
        it.critical = checked(row, CriticalColumn);
        it.commentRequiredBelowPass = checked(row, CommentColumn);
        it.rootCauses = splitTags(cell(row, RootCausesColumn));
        d.items.append(it);
        d.titlesZh.append(cell(row, TitleZhColumn).trimmed());
        d.rootCausesZh.append(splitTagsKeepingPlaces(cell(row, RootCausesZhColumn)));
    }
    return d;
}

const QaScorecardInfo *QaScorecardEditor::scorecardOf(qint64 scorecardId) const {
    for (const QaScorecardInfo &s : m_scorecards)
        if (s.id == scorecardId)
            return &s;
    return nullptr;
}

QString QaScorecardEditor::scorecardName() const {
    const QaScorecardInfo *s = scorecardOf(m_shown.scorecardId);
    return s ? s->name : QString();
}

void QaScorecardEditor::showIssues(const QList<QaIssue> &issues) {
    m_ui->issuesList->clear();
    for (const QaIssue &i : issues) {
        auto *item = new QListWidgetItem(i.text(), m_ui->issuesList);
        item->setData(kItemKeyRole, i.item);
    }
}

bool QaScorecardEditor::validateShown() {
    if (m_shown.id <= 0)
        return false;
    const QList<QaIssue> issues =
        QaScorecardStore::validate(scorecardName(), m_shown.version, shownDraft());
    showIssues(issues);
    m_ui->editorStatus->setText(issues.isEmpty()
                                    ? tr("No issues: the draft may be saved and published.")
                                    : tr("%n issue(s) to fix.", nullptr, int(issues.size())));
    return issues.isEmpty();
}

void QaScorecardEditor::markDirty() {
    if (m_filling)
        return;
    m_dirty = true;
    updateButtons();
}

void QaScorecardEditor::updateButtons() {
    const bool may = m_ws.canWrite && m_ws.user.permissions.has(perm::QaScorecards);
    const QString why = !m_ws.canWrite ? m_ws.readOnlyReason
                        : !may         ? tr("Needs the permission %1.").arg(perm::QaScorecards)
                                       : QString();
    const QaScorecardInfo *card = scorecardOf(m_shown.scorecardId);
    const bool editable = isEditable() && !m_busy;
    const bool canStart = may && !m_busy && card && !card->draft() && card->newestPublished();
    m_ui->newDraftButton->setEnabled(canStart);
    m_ui->newDraftButton->setToolTip(
        !why.isEmpty() ? why
        : card && card->draft()
            ? tr("This scorecard has a draft already: edit it, publish it or discard it.")
            : tr("Copies the newest published version into a new draft."));
    for (QPushButton *b : {m_ui->validateButton, m_ui->saveButton, m_ui->publishButton,
                           m_ui->discardButton, m_ui->addItemButton})
        b->setEnabled(editable);
    const int row = m_ui->itemsTable->currentRow();
    const bool selected = editable && row >= 0 && !m_ui->itemsTable->selectedItems().isEmpty();
    m_ui->removeItemButton->setEnabled(selected);
    m_ui->moveUpButton->setEnabled(selected && row > 0);
    m_ui->moveDownButton->setEnabled(selected && row < m_ui->itemsTable->rowCount() - 1);
    m_ui->noteEdit->setReadOnly(!editable);
}

void QaScorecardEditor::addItem() {
    if (!isEditable())
        return;
    QaScorecardDraft d = shownDraft();
    ScorecardItem it;
    it.key = QStringLiteral("item_%1").arg(d.items.size() + 1);
    it.title = tr("New item");
    d.items.append(it);
    d.titlesZh.append(QString());
    d.rootCausesZh.append(QStringList());
    fillItems(d);
    markDirty();
    m_ui->itemsTable->setCurrentCell(int(d.items.size()) - 1, KeyColumn);
}

void QaScorecardEditor::removeItem() {
    const int row = m_ui->itemsTable->currentRow();
    if (!isEditable() || row < 0)
        return;
    QaScorecardDraft d = shownDraft();
    d.items.removeAt(row);
    d.titlesZh.removeAt(row);
    d.rootCausesZh.removeAt(row);
    fillItems(d);
    markDirty();
    if (!d.items.isEmpty())
        m_ui->itemsTable->setCurrentCell(std::min(row, int(d.items.size()) - 1), KeyColumn);
}

void QaScorecardEditor::moveItem(int delta) {
    const int row = m_ui->itemsTable->currentRow();
    const int to = row + delta;
    if (!isEditable() || row < 0 || to < 0 || to >= m_ui->itemsTable->rowCount())
        return;
    QaScorecardDraft d = shownDraft();
    d.items.move(row, to);
    d.titlesZh.move(row, to);
    d.rootCausesZh.move(row, to);
    fillItems(d);
    markDirty();
    m_ui->itemsTable->setCurrentCell(
        to, m_ui->itemsTable->currentColumn() < 0 ? KeyColumn : m_ui->itemsTable->currentColumn());
}

QStringList QaScorecardEditor::issueTexts() const {
    QStringList out;
    for (int i = 0; i < m_ui->issuesList->count(); ++i)
        out.append(m_ui->issuesList->item(i)->text());
    return out;
}

QString QaScorecardEditor::statusText() const {
    return m_ui->editorStatus->text();
}

} // namespace sb::app

#include "admin/deadlinerulestab.h"
#include "admin/rowsview.h"
#include "security/adminqueries.h"
#include "security/permissions.h"

#include "admin/deadlineruledialog.h"
#include "domain/labels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>

namespace sb::app {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString keyText(const QString &key, QString (*label)(const QString &)) {
    if (key == QLatin1StringView("*"))
        return QStringLiteral("*");
    return label ? label(key) : key;
}

QString warnText(qint64 seconds) {
    if (seconds == 0)
        return DeadlineRulesTab::tr("none");
    if (seconds % 3600 == 0)
        return DeadlineRulesTab::tr("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return DeadlineRulesTab::tr("%1 min").arg(seconds / 60);
    return DeadlineRulesTab::tr("%1 s").arg(seconds);
}

} // namespace

QString DeadlineRulesTab::durationText(const DeadlineRule &r) {
    // Whole sentences per form (not %n): the table must read right before any translation.
    const qint64 n = r.duration;
    const bool one = n == 1;
    if (r.clock == DeadlineClock::Working) {
        switch (r.unit) {
        case DeadlineUnit::Second:
            return one ? tr("1 working second") : tr("%1 working seconds").arg(n);
        case DeadlineUnit::Minute:
            return one ? tr("1 working minute") : tr("%1 working minutes").arg(n);
        case DeadlineUnit::Hour:
            return one ? tr("1 working hour") : tr("%1 working hours").arg(n);
        case DeadlineUnit::Day:
            return one ? tr("1 working day") : tr("%1 working days").arg(n);
        }
    }
    switch (r.unit) {
    case DeadlineUnit::Second:
        return one ? tr("1 second") : tr("%1 seconds").arg(n);
    case DeadlineUnit::Minute:
        return one ? tr("1 minute") : tr("%1 minutes").arg(n);
    case DeadlineUnit::Hour:
        return one ? tr("1 hour") : tr("%1 hours").arg(n);
    case DeadlineUnit::Day:
        return one ? tr("1 day (24 hours)") : tr("%1 days (24 hours each)").arg(n);
    }
    return {};
}

DeadlineRulesTab::DeadlineRulesTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_toggle(new QPushButton(tr("Enable / &disable"), this)) {
    setObjectName(QStringLiteral("deadlineRulesTab"));
    m_view->setObjectName(QStringLiteral("deadlineRulesView"));
    m_add->setObjectName(QStringLiteral("deadlineRuleAdd"));
    m_edit->setObjectName(QStringLiteral("deadlineRuleEdit"));
    m_remove->setObjectName(QStringLiteral("deadlineRuleRemove"));
    m_toggle->setObjectName(QStringLiteral("deadlineRuleToggle"));
    m_status->setObjectName(QStringLiteral("deadlineRulesStatus"));
    m_view->setModel(m_model);
    setUpRowsView(m_view);

    auto *hint = new QLabel(tr("For each milestone the most specific enabled rule that matches a "
                               "ticket applies (* = any); a disabled rule that is the most "
                               "specific switches the milestone off."),
                            this);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &DeadlineRulesTab::addRule);
    connect(m_edit, &QPushButton::clicked, this, &DeadlineRulesTab::editRule);
    connect(m_remove, &QPushButton::clicked, this, &DeadlineRulesTab::removeRule);
    connect(m_toggle, &QPushButton::clicked, this, &DeadlineRulesTab::toggleRule);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editRule();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeadlineRulesTab::updateButtons);
    connect(&ctx.gate, &PermissionGate::changed, this, &DeadlineRulesTab::updateButtons);

    QString e;
    AdminQueries::workflowActionKeys(ctx.db, m_actions, e); // without them: no choices offered
    refresh();
}

void DeadlineRulesTab::applyChanges(const QList<sb::Change> &changes) {
    if (touches(changes, {ChangeEntity::DeadlineRule}))
        refresh();
}

void DeadlineRulesTab::refresh() {
    const qint64 selected = selectedId();
    QList<DeadlineRule> loaded;
    QString e;
    if (!DeadlineRuleStore::load(m_ctx.db, loaded, e)) {
        m_status->error(tr("The deadline rules could not be read: %1").arg(e));
        return;
    }
    std::sort(loaded.begin(), loaded.end(), [](const DeadlineRule &a, const DeadlineRule &b) {
        return std::tie(a.milestone, a.ticketKind, a.channel, a.category, a.tier, a.id) <
               std::tie(b.milestone, b.ticketKind, b.channel, b.category, b.tier, b.id);
    });
    m_rules = loaded;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Milestone"), tr("Ticket kind"), tr("Channel"),
                                        tr("Category"), tr("Tier"), tr("Deadline"), tr("Clock"),
                                        tr("Warning lead"), tr("Counts from"), tr("Met by"),
                                        tr("Enabled")});
    for (const DeadlineRule &r : std::as_const(m_rules)) {
        auto *milestone = new QStandardItem(Labels::milestone(r.milestone));
        milestone->setData(r.id, kIdRole);
        milestone->setToolTip(r.milestone);
        QList<QStandardItem *> items{
            milestone,
            new QStandardItem(keyText(r.ticketKind, nullptr)),
            new QStandardItem(
                keyText(r.channel, [](const QString &k) { return Labels::channel(k); })),
            new QStandardItem(keyText(r.category, nullptr)),
            new QStandardItem(keyText(r.tier, [](const QString &k) { return Labels::tier(k); })),
            new QStandardItem(durationText(r)),
            new QStandardItem(r.clock == DeadlineClock::Working ? tr("working") : tr("wall")),
            new QStandardItem(warnText(r.warnLeadSeconds)),
            new QStandardItem(r.anchorAction.isEmpty() ? tr("received") : r.anchorAction),
            new QStandardItem(r.metBy.join(QStringLiteral(", "))),
            new QStandardItem(r.enabled ? tr("yes") : tr("no"))};
        if (!r.enabled) {
            for (QStandardItem *i : items)
                i->setForeground(QColor(0x75, 0x75, 0x75));
        }
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    if (selected)
        selectRule(selected);
    updateButtons();
}

qint64 DeadlineRulesTab::selectedId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->item(rows.first().row(), 0)->data(kIdRole).toLongLong();
}

bool DeadlineRulesTab::selectRule(qint64 id) {
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, 0)->data(kIdRole).toLongLong() == id) {
            m_view->selectRow(r);
            return true;
        }
    }
    return false;
}

std::optional<DeadlineRule> DeadlineRulesTab::selectedRule() const {
    const qint64 id = selectedId();
    for (const DeadlineRule &r : m_rules) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

void DeadlineRulesTab::updateButtons() {
    const bool sel = selectedId() > 0;
    const QString choose = sel ? QString() : tr("Choose a rule in the list first.");
    permit(m_add, perm::AdminSettings);
    permit(m_edit, perm::AdminSettings, sel, choose);
    permit(m_remove, perm::AdminSettings, sel, choose);
    permit(m_toggle, perm::AdminSettings, sel, choose);
}

bool DeadlineRulesTab::saveRule(DeadlineRule &rule, QString &error) {
    m_ctx.gate.recheck(); // rights as they are now
    if (!m_ctx.gate.has(perm::AdminSettings)) {
        error = m_ctx.gate.missingText(perm::AdminSettings);
        return false;
    }
    // The table holds one rule per key set (UNIQUE): say which one instead of the database.
    for (const DeadlineRule &o : std::as_const(m_rules)) {
        if (o.id != rule.id && o.ticketKind == rule.ticketKind && o.channel == rule.channel &&
            o.category == rule.category && o.tier == rule.tier && o.milestone == rule.milestone) {
            error = tr("There is already a rule for %1 with ticket kind %2, channel %3, category "
                       "%4 and tier %5 (%6): edit that one instead.")
                        .arg(rule.milestone, rule.ticketKind, rule.channel, rule.category,
                             rule.tier, durationText(o));
            return false;
        }
    }
    return DeadlineRuleStore::save(m_ctx.db, rule, m_ctx.gate.session().login, m_ctx.clock.nowMs(),
                                   error);
}

void DeadlineRulesTab::openDialog(const DeadlineRule &rule) {
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DeadlineRuleDialog(
        rule, m_actions, [this](DeadlineRule &r, QString &e) { return saveRule(r, e); }, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, d = m_dialog] {
        const DeadlineRule saved = d->saved();
        refresh();
        selectRule(saved.id);
        m_status->ok(tr("Saved the rule: %1 %2.")
                         .arg(Labels::milestone(saved.milestone), durationText(saved)));
    });
    connect(m_dialog, &QObject::destroyed, this, [this, d = m_dialog] {
        if (m_dialog == d)
            m_dialog = nullptr;
    });
    m_dialog->open();
}

void DeadlineRulesTab::addRule() {
    DeadlineRule r;
    r.duration = 1;
    r.clock = DeadlineClock::Working;
    openDialog(r);
}

void DeadlineRulesTab::editRule() {
    if (const auto r = selectedRule())
        openDialog(*r);
}

void DeadlineRulesTab::removeRule() {
    const auto r = selectedRule();
    if (!r)
        return;
    if (m_ctx.confirm && !m_ctx.confirm(this, tr("Remove the deadline rule %1 (%2, channel %3)?")
                                                  .arg(Labels::milestone(r->milestone),
                                                       durationText(*r), r->channel)))
        return;
    m_ctx.gate.recheck();
    if (!m_ctx.gate.has(perm::AdminSettings)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminSettings));
        return;
    }
    QString e;
    if (!DeadlineRuleStore::remove(m_ctx.db, r->id, m_ctx.gate.session().login, m_ctx.clock.nowMs(),
                                   e)) {
        m_status->error(tr("The rule was not removed: %1").arg(e));
        return;
    }
    refresh();
    m_status->ok(tr("Removed the rule %1.").arg(Labels::milestone(r->milestone)));
}

void DeadlineRulesTab::toggleRule() {
    auto r = selectedRule();
    if (!r)
        return;
    r->enabled = !r->enabled;
    QString e;
    if (!saveRule(*r, e)) {
        m_status->error(tr("The rule was not changed: %1").arg(e));
        return;
    }
    refresh();
    selectRule(r->id);
    m_status->ok(r->enabled ? tr("Enabled the rule %1.").arg(Labels::milestone(r->milestone))
                            : tr("Disabled the rule %1.").arg(Labels::milestone(r->milestone)));
}

} // namespace sb::app

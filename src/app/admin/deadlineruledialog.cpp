#include "admin/deadlineruledialog.h"

#include "domain/types.h"
#include "shell/labels.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::app {

namespace {

// Keys for the match fields: "*" (any) first, then the known keys with their labels.
void fillKeys(QComboBox *box, const QList<std::pair<QString, QString>> &keys) {
    box->addItem(DeadlineRuleDialog::tr("* (any)"), QStringLiteral("*"));
    for (const auto &[key, label] : keys)
        box->addItem(label == key ? key : QStringLiteral("%1 (%2)").arg(label, key), key);
}

// Selects `key`, adding it when the list does not know it (an editable box shows it typed).
void select(QComboBox *box, const QString &key) {
    int i = box->findData(key);
    if (i < 0) {
        box->addItem(key, key);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

// The key of an editable box: the chosen item's key, or the text as typed.
QString keyOf(const QComboBox *box) {
    const int i = box->findText(box->currentText());
    if (i >= 0 && box->itemData(i).isValid())
        return box->itemData(i).toString();
    return box->currentText().trimmed();
}

// Typing into an editable box replaces what it shows ("* (any)", a label) instead of
// appending to it: its text is selected whenever it takes the focus.
class SelectAllOnFocus final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::FocusIn) {
            // The box has the focus; its line edit is its proxy for the typing.
            if (auto *box = qobject_cast<QComboBox *>(watched); box && box->lineEdit())
                QTimer::singleShot(0, box->lineEdit(),
                                   &QLineEdit::selectAll); // after the click placed the cursor
        }
        return QObject::eventFilter(watched, event);
    }
};

const QStringList kMilestones = {
    QStringLiteral("first_response"),     QStringLiteral("acknowledged"),
    QStringLiteral("callback"),           QStringLiteral("investigation_started"),
    QStringLiteral("investigation_done"), QStringLiteral("final_reply"),
    QStringLiteral("result_sent")};

} // namespace

QString DeadlineRuleDialog::unitLabel(DeadlineUnit unit) {
    switch (unit) {
    case DeadlineUnit::Second:
        return tr("seconds");
    case DeadlineUnit::Minute:
        return tr("minutes");
    case DeadlineUnit::Hour:
        return tr("hours");
    case DeadlineUnit::Day:
        return tr("days");
    }
    return {};
}

DeadlineRuleDialog::DeadlineRuleDialog(const DeadlineRule &rule, const QStringList &actions,
                                       SaveFn save, QWidget *parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_save(std::move(save))
    , m_kind(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_milestone(new QComboBox(this))
    , m_duration(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_clock(new QComboBox(this))
    , m_warn(new QSpinBox(this))
    , m_anchor(new QComboBox(this))
    , m_metBy(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("deadlineRuleDialog"));
    setWindowTitle(rule.id ? tr("Edit deadline rule") : tr("Add deadline rule"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_channel->setObjectName(QStringLiteral("ruleChannel"));
    m_category->setObjectName(QStringLiteral("ruleCategory"));
    m_tier->setObjectName(QStringLiteral("ruleTier"));
    m_milestone->setObjectName(QStringLiteral("ruleMilestone"));
    m_duration->setObjectName(QStringLiteral("ruleDuration"));
    m_unit->setObjectName(QStringLiteral("ruleUnit"));
    m_clock->setObjectName(QStringLiteral("ruleClock"));
    m_warn->setObjectName(QStringLiteral("ruleWarnLead"));
    m_anchor->setObjectName(QStringLiteral("ruleAnchor"));
    m_metBy->setObjectName(QStringLiteral("ruleMetBy"));
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));

    fillKeys(m_kind, {{QStringLiteral("complaint"), tr("Complaint")}});
    QList<std::pair<QString, QString>> channels;
    for (Channel c : allChannels())
        channels.append({channelKey(c), Labels::channel(channelKey(c))});
    fillKeys(m_channel, channels);
    QList<std::pair<QString, QString>> categories;
    QSet<QString> seen;
    for (const ProblemTypeInfo &p : problemTypes()) {
        const QString c = p.key.section(QLatin1Char('_'), 0, 0);
        if (!seen.contains(c)) {
            seen.insert(c);
            categories.append({c, c});
        }
    }
    fillKeys(m_category, categories);
    QList<std::pair<QString, QString>> tiers;
    for (Tier t : allTiers())
        tiers.append({tierKey(t), Labels::tier(tierKey(t))});
    fillKeys(m_tier, tiers);
    for (const QString &m : kMilestones)
        m_milestone->addItem(
            m == Labels::milestone(m) ? m : QStringLiteral("%1 (%2)").arg(Labels::milestone(m), m),
            m);
    auto *selectAll = new SelectAllOnFocus(this);
    for (QComboBox *editable : {m_kind, m_category, m_milestone, m_anchor}) {
        editable->setEditable(true);
        editable->setInsertPolicy(QComboBox::NoInsert);
        editable->installEventFilter(selectAll);
    }
    for (DeadlineUnit u :
         {DeadlineUnit::Second, DeadlineUnit::Minute, DeadlineUnit::Hour, DeadlineUnit::Day})
        m_unit->addItem(unitLabel(u), int(u));
    m_clock->addItem(tr("Working time (business calendar)"), int(DeadlineClock::Working));
    m_clock->addItem(tr("Wall clock (every hour)"), int(DeadlineClock::Wall));
    m_duration->setRange(0, 1000000);
    m_warn->setRange(0, 100000000);
    m_warn->setSuffix(tr(" s"));
    m_warn->setToolTip(tr("How long before the deadline it turns to a warning, in seconds of the "
                          "rule's clock."));
    m_anchor->addItem(tr("(when the ticket is received)"), QString());
    for (const QString &a : actions)
        m_anchor->addItem(a, a);
    m_metBy->setPlaceholderText(tr("actions, comma-separated, e.g. respond,reply"));
    m_metBy->setToolTip(tr("Known actions: %1").arg(actions.join(QStringLiteral(", "))));

    select(m_kind, rule.ticketKind);
    select(m_channel, rule.channel);
    select(m_category, rule.category);
    select(m_tier, rule.tier);
    if (!rule.milestone.isEmpty())
        select(m_milestone, rule.milestone);
    m_duration->setValue(int(std::min<qint64>(rule.duration, 1000000)));
    m_unit->setCurrentIndex(m_unit->findData(int(rule.unit)));
    m_clock->setCurrentIndex(m_clock->findData(int(rule.clock)));
    m_warn->setValue(int(std::min<qint64>(rule.warnLeadSeconds, 100000000)));
    select(m_anchor, rule.anchorAction);
    m_metBy->setText(rule.metBy.join(QLatin1Char(',')));
    m_enabled->setChecked(rule.enabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_unit, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Ticket &kind"), m_kind);
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("C&ategory"), m_category);
    form->addRow(tr("&Tier"), m_tier);
    form->addRow(tr("&Milestone"), m_milestone);
    auto *durationLabel = new QLabel(tr("&Duration"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, durationRow);
    form->addRow(tr("C&lock"), m_clock);
    form->addRow(tr("&Warning lead"), m_warn);
    form->addRow(tr("Counts &from"), m_anchor);
    form->addRow(tr("Met &by"), m_metBy);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(480);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlineRuleDialog::trySave);
}

DeadlineRule DeadlineRuleDialog::rule() const {
    DeadlineRule r = m_rule;
    r.ticketKind = keyOf(m_kind);
    r.channel = m_channel->currentData().toString();
    r.category = keyOf(m_category);
    r.tier = m_tier->currentData().toString();
    r.milestone = keyOf(m_milestone);
    r.duration = m_duration->value();
    r.unit = DeadlineUnit(m_unit->currentData().toInt());
    r.clock = DeadlineClock(m_clock->currentData().toInt());
    r.warnLeadSeconds = m_warn->value();
    r.anchorAction = keyOf(m_anchor);
    r.metBy.clear();
    for (const QString &a : m_metBy->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!a.trimmed().isEmpty())
            r.metBy.append(a.trimmed());
    }
    r.enabled = m_enabled->isChecked();
    return r;
}

void DeadlineRuleDialog::trySave() {
    DeadlineRule r = rule();
    QString e;
    if (!DeadlineRuleStore::validate(r, e) || !m_save(r, e)) {
        m_error->setText(e);
        return;
    }
    m_rule = r;
    m_error->clear();
    accept();
}

} // namespace sb::app

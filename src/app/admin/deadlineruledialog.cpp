#include "admin/deadlineruledialog.h"

#include "domain/labels.h"
#include "domain/types.h"

#include "ui_deadlineruledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLineEdit>
#include <QSet>
#include <QTimer>

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
    , m_ui(std::make_unique<Ui::DeadlineRuleDialog>())
    , m_rule(rule)
    , m_save(std::move(save)) {
    m_ui->setupUi(this);
    setWindowTitle(rule.id ? tr("Edit deadline rule") : tr("Add deadline rule"));

    fillKeys(m_ui->ruleKind, {{QStringLiteral("complaint"), tr("Complaint")}});
    QList<std::pair<QString, QString>> channels;
    for (Channel c : allChannels())
        channels.append({channelKey(c), Labels::channel(channelKey(c))});
    fillKeys(m_ui->ruleChannel, channels);
    QList<std::pair<QString, QString>> categories;
    QSet<QString> seen;
    for (const ProblemTypeInfo &p : problemTypes()) {
        const QString c = p.key.section(QLatin1Char('_'), 0, 0);
        if (!seen.contains(c)) {
            seen.insert(c);
            categories.append({c, c});
        }
    }
    fillKeys(m_ui->ruleCategory, categories);
    QList<std::pair<QString, QString>> tiers;
    for (Tier t : allTiers())
        tiers.append({tierKey(t), Labels::tier(tierKey(t))});
    fillKeys(m_ui->ruleTier, tiers);
    for (const QString &m : kMilestones)
        m_ui->ruleMilestone->addItem(
            m == Labels::milestone(m) ? m : QStringLiteral("%1 (%2)").arg(Labels::milestone(m), m),
            m);
    auto *selectAll = new SelectAllOnFocus(this);
    for (QComboBox *editable :
         {m_ui->ruleKind, m_ui->ruleCategory, m_ui->ruleMilestone, m_ui->ruleAnchor})
        editable->installEventFilter(selectAll);
    for (DeadlineUnit u :
         {DeadlineUnit::Second, DeadlineUnit::Minute, DeadlineUnit::Hour, DeadlineUnit::Day})
        m_ui->ruleUnit->addItem(unitLabel(u), int(u));
    m_ui->ruleClock->addItem(tr("Working time (business calendar)"), int(DeadlineClock::Working));
    m_ui->ruleClock->addItem(tr("Wall clock (every hour)"), int(DeadlineClock::Wall));
    m_ui->ruleAnchor->addItem(tr("(when the ticket is received)"), QString());
    for (const QString &a : actions)
        m_ui->ruleAnchor->addItem(a, a);
    m_ui->ruleMetBy->setToolTip(tr("Known actions: %1").arg(actions.join(QStringLiteral(", "))));

    select(m_ui->ruleKind, rule.ticketKind);
    select(m_ui->ruleChannel, rule.channel);
    select(m_ui->ruleCategory, rule.category);
    select(m_ui->ruleTier, rule.tier);
    if (!rule.milestone.isEmpty())
        select(m_ui->ruleMilestone, rule.milestone);
    m_ui->ruleDuration->setValue(int(std::min<qint64>(rule.duration, 1000000)));
    m_ui->ruleUnit->setCurrentIndex(m_ui->ruleUnit->findData(int(rule.unit)));
    m_ui->ruleClock->setCurrentIndex(m_ui->ruleClock->findData(int(rule.clock)));
    m_ui->ruleWarnLead->setValue(int(std::min<qint64>(rule.warnLeadSeconds, 100000000)));
    select(m_ui->ruleAnchor, rule.anchorAction);
    m_ui->ruleMetBy->setText(rule.metBy.join(QLatin1Char(',')));
    m_ui->ruleEnabled->setChecked(rule.enabled);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DeadlineRuleDialog::trySave);
}

DeadlineRuleDialog::~DeadlineRuleDialog() = default;

QString DeadlineRuleDialog::errorText() const {
    return m_ui->ruleError->text();
}

DeadlineRule DeadlineRuleDialog::rule() const {
    DeadlineRule r = m_rule;
    r.ticketKind = keyOf(m_ui->ruleKind);
    r.channel = m_ui->ruleChannel->currentData().toString();
    r.category = keyOf(m_ui->ruleCategory);
    r.tier = m_ui->ruleTier->currentData().toString();
    r.milestone = keyOf(m_ui->ruleMilestone);
    r.duration = m_ui->ruleDuration->value();
    r.unit = DeadlineUnit(m_ui->ruleUnit->currentData().toInt());
    r.clock = DeadlineClock(m_ui->ruleClock->currentData().toInt());
    r.warnLeadSeconds = m_ui->ruleWarnLead->value();
    r.anchorAction = keyOf(m_ui->ruleAnchor);
    r.metBy.clear();
    for (const QString &a : m_ui->ruleMetBy->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!a.trimmed().isEmpty())
            r.metBy.append(a.trimmed());
    }
    r.enabled = m_ui->ruleEnabled->isChecked();
    return r;
}

void DeadlineRuleDialog::trySave() {
    DeadlineRule r = rule();
    QString e;
    if (!DeadlineRuleStore::validate(r, e) || !m_save(r, e)) {
        m_ui->ruleError->setText(e);
        return;
    }
    m_rule = r;
    m_ui->ruleError->clear();
    accept();
}

} // namespace sb::app

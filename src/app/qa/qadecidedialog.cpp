#include "qa/qadecidedialog.h"

#include "ui_qadecidedialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

namespace sb::app {

namespace {
enum Column { ItemColumn, RatingColumn, ReasonColumn, DecisionColumn };
}

QaDecideDialog::QaDecideDialog(const QString &summary, const QList<Item> &items, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QaDecideDialog>())
    , m_items(items) {
    m_ui->setupUi(this);
    m_ui->disputeSummary->setText(summary);
    QTableWidget *t = m_ui->decideItemsTable;
    t->setColumnCount(4);
    t->setHorizontalHeaderLabels(
        {tr("Item"), tr("Rating now"), tr("Agent's reason"), tr("Decided rating")});
    t->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const Item &it = items.at(row);
        t->setItem(row, ItemColumn, new QTableWidgetItem(it.title));
        t->setItem(row, RatingColumn, new QTableWidgetItem(it.rating));
        t->setItem(row, ReasonColumn, new QTableWidgetItem(it.reason));
        auto *combo = new QComboBox(t);
        combo->setObjectName(QStringLiteral("decision_%1").arg(it.key));
        combo->addItem(tr("Keep: %1").arg(it.rating), -1);
        for (int i = 0; i < it.choices.size(); ++i) {
            const Choice &c = it.choices.at(i);
            if (c.na != it.na || c.value != it.value)
                combo->addItem(c.text, i);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &QaDecideDialog::followChoices);
        t->setCellWidget(row, DecisionColumn, combo);
    }
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    m_ui->rejectRadio->setChecked(true);
    for (QRadioButton *r : {m_ui->acceptRadio, m_ui->partlyRadio, m_ui->rejectRadio})
        connect(r, &QRadioButton::clicked, this, [this] { m_outcomeChosen = true; });
    m_ui->decideButtons->button(QDialogButtonBox::Ok)->setText(tr("Decide"));
    connect(m_ui->decideButtons, &QDialogButtonBox::accepted, this, &QaDecideDialog::tryAccept);
    connect(m_ui->decideButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->decisionReasonEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_ui->decideError->text().isEmpty())
            m_ui->decideError->setText(problem());
    });
}

QaDecideDialog::~QaDecideDialog() = default;

// Until the decider picks an outcome, the choices pick it: none changed rejects, all accept.
void QaDecideDialog::followChoices() {
    if (!m_ui->decideError->text().isEmpty())
        m_ui->decideError->setText(problem());
    if (m_outcomeChosen)
        return;
    const qsizetype changed = decided().size();
    QRadioButton *r = changed == 0                ? m_ui->rejectRadio
                      : changed == m_items.size() ? m_ui->acceptRadio
                                                  : m_ui->partlyRadio;
    r->setChecked(true);
}

bool QaDecideDialog::choose(const QString &key, const QString &text) {
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).key != key)
            continue;
        auto *combo =
            qobject_cast<QComboBox *>(m_ui->decideItemsTable->cellWidget(row, DecisionColumn));
        const int at = combo ? combo->findText(text) : -1;
        if (at < 0)
            return false;
        combo->setCurrentIndex(at);
        return true;
    }
    return false;
}

void QaDecideDialog::setOutcome(QaDisputeOutcome outcome) {
    m_outcomeChosen = true;
    (outcome == QaDisputeOutcome::Accepted         ? m_ui->acceptRadio
     : outcome == QaDisputeOutcome::PartlyAccepted ? m_ui->partlyRadio
                                                   : m_ui->rejectRadio)
        ->setChecked(true);
}

void QaDecideDialog::setReason(const QString &reason) {
    m_ui->decisionReasonEdit->setPlainText(reason);
}

std::optional<QaDisputeOutcome> QaDecideDialog::outcome() const {
    if (m_ui->acceptRadio->isChecked())
        return QaDisputeOutcome::Accepted;
    if (m_ui->partlyRadio->isChecked())
        return QaDisputeOutcome::PartlyAccepted;
    if (m_ui->rejectRadio->isChecked())
        return QaDisputeOutcome::Rejected;
    return std::nullopt;
}

QString QaDecideDialog::reason() const {
    return m_ui->decisionReasonEdit->toPlainText().trimmed();
}

QList<ItemRating> QaDecideDialog::decided() const {
    QList<ItemRating> out;
    for (int row = 0; row < m_items.size(); ++row) {
        const auto *combo =
            qobject_cast<QComboBox *>(m_ui->decideItemsTable->cellWidget(row, DecisionColumn));
        const int choice = combo ? combo->currentData().toInt() : -1;
        const Item &it = m_items.at(row);
        if (choice < 0 || choice >= it.choices.size())
            continue;
        ItemRating r;
        r.key = it.key;
        r.value = it.choices.at(choice).value;
        r.na = it.choices.at(choice).na;
        out.append(r);
    }
    return out;
}

QString QaDecideDialog::problem() const {
    const qsizetype changed = decided().size();
    const std::optional<QaDisputeOutcome> o = outcome();
    if (!o)
        return tr("Choose accept, partly accept or reject.");
    if (*o == QaDisputeOutcome::Accepted && changed != m_items.size())
        return tr("Accepting gives every item of the check a new rating.");
    if (*o == QaDisputeOutcome::PartlyAccepted && changed == 0)
        return tr("Partly accepting gives at least one item a new rating.");
    if (*o == QaDisputeOutcome::Rejected && changed > 0)
        return tr("Rejecting keeps every rating.");
    const QString why = reason();
    if (why.isEmpty())
        return tr("Give a reason for the decision.");
    if (why.size() > QaReviewStore::kMaxReason)
        return tr("The reason is too long: %1 characters, at most %2.")
            .arg(why.size())
            .arg(QaReviewStore::kMaxReason);
    return {};
}

QString QaDecideDialog::errorText() const {
    return m_ui->decideError->text();
}

void QaDecideDialog::tryAccept() {
    const QString p = problem();
    m_ui->decideError->setText(p);
    if (p.isEmpty())
        accept();
}

} // namespace sb::app

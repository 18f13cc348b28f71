#include "qa/qadisputedialog.h"

#include "ui_qadisputedialog.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace sb::app {

namespace {
enum Column { ItemColumn, RatingColumn, CommentColumn, ReasonColumn };
}

QaDisputeDialog::QaDisputeDialog(const QString &serial, const QString &until,
                                 const QList<Item> &items, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QaDisputeDialog>())
    , m_items(items) {
    m_ui->setupUi(this);
    m_ui->ticketLabel->setText(tr("Ticket %1: another inspector or a QA lead checks the items you "
                                  "name and decides. You may request this once, until %2.")
                                   .arg(serial, until));
    QTableWidget *t = m_ui->itemsTable;
    t->setColumnCount(4);
    t->setHorizontalHeaderLabels(
        {tr("Item"), tr("Rating"), tr("Inspector's comment"), tr("Your reason for this item")});
    t->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const Item &it = items.at(row);
        auto *title = new QTableWidgetItem(it.title);
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        title->setCheckState(Qt::Unchecked);
        title->setData(Qt::UserRole, it.key);
        t->setItem(row, ItemColumn, title);
        for (const auto &[column, text] :
             {std::pair{RatingColumn, it.rating}, std::pair{CommentColumn, it.comment}}) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            t->setItem(row, column, cell);
        }
        t->setItem(row, ReasonColumn, new QTableWidgetItem());
    }
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    m_ui->disputeButtons->button(QDialogButtonBox::Ok)->setText(tr("Request the check"));
    connect(m_ui->disputeButtons, &QDialogButtonBox::accepted, this, &QaDisputeDialog::tryAccept);
    connect(m_ui->disputeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto recheck = [this] {
        if (!m_ui->disputeError->text().isEmpty())
            m_ui->disputeError->setText(problem());
    };
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, recheck);
    connect(t, &QTableWidget::itemChanged, this, recheck);
    t->setFocus();
}

QaDisputeDialog::~QaDisputeDialog() = default;

bool QaDisputeDialog::check(const QString &key, const QString &reason) {
    for (int row = 0; row < m_ui->itemsTable->rowCount(); ++row) {
        QTableWidgetItem *title = m_ui->itemsTable->item(row, ItemColumn);
        if (title->data(Qt::UserRole).toString() != key)
            continue;
        title->setCheckState(Qt::Checked);
        m_ui->itemsTable->item(row, ReasonColumn)->setText(reason);
        return true;
    }
    return false;
}

void QaDisputeDialog::setReason(const QString &reason) {
    m_ui->reasonEdit->setPlainText(reason);
}

QString QaDisputeDialog::reason() const {
    return m_ui->reasonEdit->toPlainText().trimmed();
}

QList<QaDisputedItem> QaDisputeDialog::items() const {
    QList<QaDisputedItem> out;
    for (int row = 0; row < m_ui->itemsTable->rowCount(); ++row) {
        const QTableWidgetItem *title = m_ui->itemsTable->item(row, ItemColumn);
        if (title->checkState() != Qt::Checked)
            continue;
        QaDisputedItem item;
        item.key = title->data(Qt::UserRole).toString();
        item.reason = m_ui->itemsTable->item(row, ReasonColumn)->text().trimmed();
        out.append(item);
    }
    return out;
}

QString QaDisputeDialog::problem() const {
    const qsizetype max = QaReviewStore::kMaxReason;
    const QList<QaDisputedItem> named = items();
    if (named.isEmpty())
        return tr("Tick at least one item to be checked.");
    for (const QaDisputedItem &item : named) {
        if (item.reason.size() > max)
            return tr("The reason for item “%1” is too long: %2 characters, at most %3.")
                .arg(item.key)
                .arg(item.reason.size())
                .arg(max);
    }
    const QString why = reason();
    if (why.isEmpty())
        return tr("Give a reason for the review check.");
    if (why.size() > max)
        return tr("The reason is too long: %1 characters, at most %2.").arg(why.size()).arg(max);
    return {};
}

QString QaDisputeDialog::errorText() const {
    return m_ui->disputeError->text();
}

void QaDisputeDialog::tryAccept() {
    const QString p = problem();
    m_ui->disputeError->setText(p);
    if (p.isEmpty())
        accept();
}

} // namespace sb::app

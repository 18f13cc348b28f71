#include "kb/kbdialog.h"
#include "security/permissions.h"

#include "shell/mainwindow.h"

#include "ui_kbdialog.h"

#include <QDateTime>
#include <QMessageBox>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kResults = 50;

QString kindLabel(const QString &kind) {
    if (kind == QLatin1StringView("case"))
        return KbDialog::tr("Case");
    if (kind == QLatin1StringView("known_issue"))
        return KbDialog::tr("Known issue");
    return KbDialog::tr("Article");
}
} // namespace

KbDialog::KbDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_kb(*ws.db, *ws.clock)
    , m_ui(std::make_unique<Ui::KbDialogForm>())
    , m_searchTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("knowledgeBaseDialog"));
    setWindowTitle(tr("Knowledge base"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    resize(900, 600);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->resultsList->setSpacing(4);
    m_ui->resultsList->setAlternatingRowColors(true);
    for (const QString &k : KnowledgeBase::kinds())
        m_ui->kindCombo->addItem(kindLabel(k), k);

    m_mayEdit = ws.canWrite && ws.user.permissions.has(perm::KbEdit);
    const QString why = !ws.canWrite ? ws.readOnlyReason : tr("Needs the permission kb.edit");
    for (QPushButton *b : {m_ui->newButton, m_ui->editButton}) {
        b->setEnabled(m_mayEdit);
        if (!m_mayEdit)
            b->setToolTip(why);
    }
    setEditing(false);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &KbDialog::search);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->resultsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_editing)
            showArticle(m_ui->resultsList->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        m_current = KbArticle{};
        m_ui->titleEdit->clear();
        m_ui->bodyEdit->clear();
        m_ui->kindCombo->setCurrentIndex(0);
        m_ui->infoLabel->setText(tr("New article"));
        setEditing(true);
        m_ui->titleEdit->setFocus();
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        if (m_current.id > 0)
            setEditing(true);
    });
    connect(m_ui->discardButton, &QPushButton::clicked, this, [this] {
        setEditing(false);
        if (m_current.id > 0)
            showArticle(m_current.id);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &KbDialog::save);
    if (auto *window = qobject_cast<MainWindow *>(parent))
        connect(window, &MainWindow::changesArrived, this, &KbDialog::applyChanges);
    search();
}

KbDialog::~KbDialog() = default;

void KbDialog::setEditing(bool on) {
    m_editing = on;
    m_ui->titleEdit->setReadOnly(!on);
    m_ui->bodyEdit->setReadOnly(!on);
    m_ui->kindCombo->setEnabled(on);
    m_ui->saveButton->setVisible(on);
    m_ui->discardButton->setVisible(on);
    m_ui->newButton->setVisible(!on);
    m_ui->editButton->setVisible(!on);
    m_ui->editButton->setEnabled(m_mayEdit && m_current.id > 0);
    m_ui->resultsList->setEnabled(!on);
}

void KbDialog::search() {
    QList<KbHit> hits;
    QString error;
    const qint64 keep = m_current.id;
    m_ui->resultsList->blockSignals(true);
    m_ui->resultsList->clear();
    if (!m_kb.search(m_ui->searchEdit->text(), kResults, hits, error)) {
        m_ui->infoLabel->setText(error);
    }
    for (const KbHit &h : hits) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2\n%3").arg(h.title, kindLabel(h.kind), h.snippet),
            m_ui->resultsList);
        item->setData(Qt::UserRole, h.id);
        if (h.id == keep)
            m_ui->resultsList->setCurrentItem(item);
    }
    m_ui->resultsList->blockSignals(false);
}

void KbDialog::showArticle(qint64 id) {
    QString error;
    const auto a = m_kb.get(id, error);
    if (!a) {
        m_ui->infoLabel->setText(error);
        return;
    }
    const bool newlyOpened = m_current.id != id;
    m_current = *a;
    m_ui->titleEdit->setText(a->title);
    m_ui->bodyEdit->setPlainText(a->body);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(a->kind));
    if (newlyOpened && m_ws.canWrite &&
        m_kb.countUse(id, KnowledgeBase::Use::Viewed, 0, m_ws.user.staffId, error))
        ++m_current.uses;
    m_ui->infoLabel->setText(
        tr("Used %n time(s) · updated %1", nullptr, static_cast<int>(m_current.uses))
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(a->updatedAt).toLocalTime(),
                                    QLocale::ShortFormat)));
    setEditing(false);
}

void KbDialog::save() {
    KbArticle a = m_current;
    a.title = m_ui->titleEdit->text();
    a.body = m_ui->bodyEdit->toPlainText();
    a.kind = m_ui->kindCombo->currentData().toString();
    QString error;
    if (!m_kb.save(a, error)) {
        QMessageBox::warning(this, tr("Knowledge base"), error);
        return;
    }
    m_current = a;
    setEditing(false);
    search();
    showArticle(a.id);
}

void KbDialog::applyChanges(const QList<sb::Change> &changes) {
    for (const sb::Change &c : changes) {
        if (c.entity == ChangeEntity::KbArticle) {
            if (!m_editing)
                search();
            return;
        }
    }
}

void openKnowledgeBase(QWidget *parent, const Workspace &ws) {
    auto *dialog = new KbDialog(ws, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace sb::app

#include "tickets/kblinkdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kResults = 50;

QTableWidgetItem *cell(const QString &text, qint64 articleId) {
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setData(Qt::UserRole, articleId);
    i->setToolTip(text);
    return i;
}
} // namespace

QString kbKindLabel(const QString &kind) {
    if (kind == QLatin1StringView("case"))
        return KbLinkDialog::tr("Case");
    if (kind == QLatin1StringView("known_issue"))
        return KbLinkDialog::tr("Known issue");
    if (kind == QLatin1StringView("article"))
        return KbLinkDialog::tr("Article");
    return kind;
}

QDialog *showKbArticle(const TicketEnv &env, qint64 articleId, qint64 ticketId, QWidget *parent,
                       QString &error) {
    KnowledgeBase kb(*env.ws.db, *env.ws.clock);
    const auto article = kb.get(articleId, error);
    if (!article)
        return nullptr;
    QString ignored; // a read-only connection cannot count; the article is shown all the same
    if (env.ws.canWrite)
        kb.countUse(articleId, KnowledgeBase::Use::Viewed, ticketId, env.ws.user.staffId, ignored);
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("kbArticleView"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        KbLinkDialog::tr("%1 — %2").arg(kbKindLabel(article->kind), article->title));
    auto *layout = new QVBoxLayout(dialog);
    auto *title = new QLabel(article->title, dialog);
    title->setObjectName(QStringLiteral("kbArticleTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    layout->addWidget(title);
    auto *meta =
        new QLabel(KbLinkDialog::tr("%1 #%2 · used %n time(s)", nullptr, int(article->uses))
                       .arg(kbKindLabel(article->kind))
                       .arg(article->id),
                   dialog);
    meta->setTextFormat(Qt::PlainText);
    layout->addWidget(meta);
    auto *body = new QPlainTextEdit(dialog);
    body->setObjectName(QStringLiteral("kbArticleBody"));
    body->setReadOnly(true);
    body->setPlainText(article->body);
    layout->addWidget(body, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    dialog->open();
    return dialog;
}

KbLinkDialog::KbLinkDialog(const TicketEnv &env, qint64 ticketId, const QString &ticketLabel,
                           QWidget *parent)
    : QDialog(parent)
    , m_env(env)
    , m_ticketId(ticketId)
    , m_kb(*env.ws.db, *env.ws.clock)
    , m_search(new QLineEdit(this))
    , m_results(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
    , m_searchTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("kbLinkDialog"));
    setWindowTitle(tr("Link a knowledge-base article to %1").arg(ticketLabel));
    auto *layout = new QVBoxLayout(this);
    m_search->setObjectName(QStringLiteral("kbLinkSearch"));
    m_search->setPlaceholderText(tr("Search titles and text (every word, as a prefix)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_results->setObjectName(QStringLiteral("kbLinkResults"));
    m_results->setHorizontalHeaderLabels({tr("Kind"), tr("Title"), tr("Preview")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setWordWrap(false);
    layout->addWidget(m_results, 1);
    m_status->setObjectName(QStringLiteral("kbLinkStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("kbLinkButtons"));
    QPushButton *link = buttons->button(QDialogButtonBox::Ok);
    link->setText(tr("Link"));
    link->setEnabled(false);
    layout->addWidget(buttons);
    resize(760, 460);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &KbLinkDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &KbLinkDialog::search);
    connect(m_results, &QTableWidget::itemSelectionChanged, this,
            [this, link] { link->setEnabled(!m_results->selectedItems().isEmpty()); });
    connect(m_results, &QTableWidget::itemActivated, this, &KbLinkDialog::linkSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, &KbLinkDialog::linkSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search(); // the most used articles until something is typed
}

void KbLinkDialog::search() {
    m_searchTimer->stop();
    QList<KbHit> hits;
    QString error;
    m_results->setRowCount(0);
    if (!m_kb.search(m_search->text(), kResults, hits, error)) {
        m_status->setText(tr("The search failed: %1").arg(error));
        return;
    }
    for (const KbHit &h : hits) {
        const int r = m_results->rowCount();
        m_results->insertRow(r);
        m_results->setItem(r, 0, cell(kbKindLabel(h.kind), h.id));
        m_results->setItem(r, 1, cell(h.title, h.id));
        m_results->setItem(r, 2, cell(h.snippet, h.id));
    }
    if (hits.isEmpty())
        m_status->setText(m_search->text().trimmed().isEmpty()
                              ? tr("The knowledge base is empty.")
                              : tr("No article matches “%1”.").arg(m_search->text().trimmed()));
    else
        m_status->setText(
            tr("%n article(s) found; choose one and press Link.", nullptr, int(hits.size())));
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
    m_results->setColumnWidth(1, qMin(280, m_results->columnWidth(1)));
    if (m_results->rowCount() > 0)
        m_results->selectRow(0);
}

void KbLinkDialog::linkSelected() {
    const QList<QTableWidgetItem *> selected = m_results->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 articleId = selected.first()->data(Qt::UserRole).toLongLong();
    QString error;
    if (!m_kb.link(m_ticketId, articleId, m_env.ws.user.staffId, error)) {
        m_status->setText(tr("Not linked: %1").arg(error));
        return;
    }
    Q_EMIT linked(articleId);
    accept();
}

} // namespace sb::app

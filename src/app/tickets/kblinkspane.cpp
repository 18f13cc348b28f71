#include "tickets/kblinkspane.h"
#include "security/permissions.h"

#include "kb/knowledgebase.h"
#include "tickets/kblinkdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kRelatedLimit = 20; // related cases shown

QString permissionNeeded() {
    return perm::TicketsHandle;
}

QListWidgetItem *articleItem(QListWidget *list, qint64 id, const QString &kind,
                             const QString &title) {
    auto *item = new QListWidgetItem(
        KbLinksPane::tr("[%1] %2 (#%3)").arg(kbKindLabel(kind), title, QString::number(id)), list);
    item->setData(Qt::UserRole, id);
    item->setToolTip(KbLinksPane::tr("Double-click to read it."));
    return item;
}
} // namespace

KbLinksPane::KbLinksPane(const TicketEnv &env, QWidget *parent)
    : QWidget(parent)
    , m_env(env)
    , m_linked(new QListWidget(this))
    , m_related(new QListWidget(this))
    , m_link(new QPushButton(tr("Link article…"), this))
    , m_unlink(new QPushButton(tr("Unlink"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("kbLinksPane"));
    m_linked->setObjectName(QStringLiteral("kbList"));
    m_related->setObjectName(QStringLiteral("kbRelated"));
    m_link->setObjectName(QStringLiteral("kbLinkButton"));
    m_unlink->setObjectName(QStringLiteral("kbUnlinkButton"));
    m_message->setObjectName(QStringLiteral("kbMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Linked knowledge-base articles and cases:"), this));
    layout->addWidget(m_linked, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Related cases:"), this));
    layout->addWidget(m_related, 1);
    connect(m_link, &QPushButton::clicked, this, &KbLinksPane::linkArticle);
    connect(m_unlink, &QPushButton::clicked, this, &KbLinksPane::unlinkSelected);
    connect(m_linked, &QListWidget::currentRowChanged, this, &KbLinksPane::updateButtons);
    connect(m_linked, &QListWidget::itemActivated, this, &KbLinksPane::showArticle);
    connect(m_related, &QListWidget::itemActivated, this, &KbLinksPane::showArticle);
    updateButtons();
}

void KbLinksPane::setTicket(qint64 ticketId, const QString &ticketLabel, const QString &problemType,
                            qint64 knownIssueId) {
    if (ticketId != m_ticketId)
        m_message->hide();
    m_ticketId = ticketId;
    m_ticketLabel = ticketLabel;
    m_problemType = problemType;
    m_knownIssueId = knownIssueId;
    reload();
}

void KbLinksPane::reload() {
    const qint64 current =
        m_linked->currentItem() ? m_linked->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_linked->clear();
    m_related->clear();
    if (m_ticketId == 0) {
        updateButtons();
        return;
    }
    QString error;
    QList<KbArticle> linked;
    if (!KnowledgeBase(*m_env.ws.db, *m_env.ws.clock).linkedTo(m_ticketId, linked, error))
        report(error, true);
    for (const KbArticle &a : linked) {
        QListWidgetItem *item = articleItem(m_linked, a.id, a.kind, a.title);
        if (a.id == current)
            m_linked->setCurrentItem(item);
    }
    // Related: the incident's known issue first, then cases mentioning the problem type.
    QList<KbHit> related;
    if (KnowledgeBase(*m_env.ws.db, *m_env.ws.clock)
            .related(m_knownIssueId, m_problemType, kRelatedLimit, related, error)) {
        for (const KbHit &a : related)
            articleItem(m_related, a.id, a.kind, a.title);
    }
    updateButtons();
}

void KbLinksPane::updateButtons() {
    const bool may = m_env.ws.canWrite && m_env.has(permissionNeeded());
    const QString why = !m_env.ws.canWrite ? m_env.ws.readOnlyReason
                                           : tr("Needs the permission %1.").arg(permissionNeeded());
    m_link->setEnabled(may && m_ticketId != 0);
    m_link->setToolTip(may ? tr("Search the knowledge base and link an article or case.") : why);
    m_unlink->setEnabled(may && m_linked->currentItem() != nullptr);
    m_unlink->setToolTip(may ? tr("Removes the link; the article stays in the knowledge base.")
                             : why);
}

void KbLinksPane::report(const QString &message, bool isError) {
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void KbLinksPane::linkArticle() {
    if (m_ticketId == 0)
        return;
    auto *dialog = new KbLinkDialog(m_env, m_ticketId, m_ticketLabel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KbLinkDialog::linked, this, [this](qint64 articleId) {
        reload();
        for (int i = 0; i < m_linked->count(); ++i)
            if (m_linked->item(i)->data(Qt::UserRole).toLongLong() == articleId)
                m_linked->setCurrentRow(i);
        report({}, false);
        Q_EMIT linksChanged();
    });
    dialog->open();
}

void KbLinksPane::unlinkSelected() {
    const QListWidgetItem *item = m_linked->currentItem();
    if (!item || m_ticketId == 0)
        return;
    QString error;
    if (!KnowledgeBase(*m_env.ws.db, *m_env.ws.clock)
             .unlink(m_ticketId, item->data(Qt::UserRole).toLongLong(), m_env.ws.user.staffId,
                     error))
        return report(tr("Not unlinked: %1").arg(error), true);
    reload();
    report({}, false);
    Q_EMIT linksChanged();
}

void KbLinksPane::showArticle(QListWidgetItem *item) {
    if (!item)
        return;
    QString error;
    if (!showKbArticle(m_env, item->data(Qt::UserRole).toLongLong(), m_ticketId, this, error))
        report(error, true);
}

} // namespace sb::app

#include "broadcast/webhookdialog.h"

#include "messaging/messagingaudit.h"
#include "messaging/webhookoutbox.h"
#include "shell/mainwindow.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sb::app {

namespace {
QString when(qint64 ms) {
    return ms > 0
               ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QString();
}
QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
QString hostOnly(const QString &url) {
    const QUrl u(url);
    return u.scheme() + QStringLiteral("://") + u.host() + QStringLiteral("/…");
}
void setupTable(QTableWidget *t, const QStringList &headers) {
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

WebhookDialog::WebhookDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_targets(new QTableWidget(this))
    , m_outbox(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("webhookDialog"));
    setWindowTitle(tr("Chat webhooks"));
    resize(900, 620);
    m_targets->setObjectName(QStringLiteral("webhookTargets"));
    m_outbox->setObjectName(QStringLiteral("webhookOutbox"));
    m_name->setObjectName(QStringLiteral("webhookName"));
    m_kind->setObjectName(QStringLiteral("webhookKind"));
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_error->setObjectName(QStringLiteral("webhookError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    setupTable(m_targets, {tr("Name"), tr("Service"), tr("Address"), tr("Enabled")});
    setupTable(m_outbox, {tr("#"), tr("Queued"), tr("Service"), tr("State"), tr("Attempts"),
                          tr("Next attempt"), tr("Delivered"), tr("Last error")});
    m_kind->addItem(tr("WeCom (企业微信)"), QStringLiteral("wecom"));
    m_kind->addItem(tr("DingTalk (钉钉)"), QStringLiteral("dingtalk"));
    m_kind->addItem(tr("Feishu (飞书)"), QStringLiteral("feishu"));
    m_kind->addItem(tr("Slack-style JSON"), QStringLiteral("slack"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Targets"), this));
    layout->addWidget(m_targets, 2);
    auto *targetButtons = new QHBoxLayout;
    auto *toggle = new QPushButton(tr("Enable / disable"), this);
    toggle->setObjectName(QStringLiteral("webhookToggle"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("webhookRemove"));
    targetButtons->addStretch(1);
    targetButtons->addWidget(toggle);
    targetButtons->addWidget(remove);
    layout->addLayout(targetButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Service"), m_kind);
    form->addRow(tr("Webhook address"), m_url);
    layout->addLayout(form);
    auto *add = new QPushButton(tr("Add target"), this);
    add->setObjectName(QStringLiteral("webhookAdd"));
    auto *save = new QPushButton(tr("Save changes"), this);
    save->setObjectName(QStringLiteral("webhookSave"));
    save->setToolTip(tr("Saves the form over the selected target; leave the address empty to "
                        "keep the stored one."));
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(save);
    addRow->addWidget(add);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Outbox (newest first): every notice stays here until the "
                                    "chat service acknowledges it"),
                                 this));
    layout->addWidget(m_outbox, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &WebhookDialog::reload);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addTarget(m_name->text().trimmed(), m_kind->currentData().toString(),
                      m_url->text().trimmed())) {
            m_name->clear();
            m_url->clear();
        }
    });
    connect(save, &QPushButton::clicked, this, [this] {
        if (updateSelected(m_name->text().trimmed(), m_kind->currentData().toString(),
                           m_url->text().trimmed()))
            m_url->clear();
    });
    connect(m_targets, &QTableWidget::currentCellChanged, this, &WebhookDialog::targetSelected);
    connect(toggle, &QPushButton::clicked, this, &WebhookDialog::toggleSelected);
    connect(remove, &QPushButton::clicked, this, &WebhookDialog::removeSelected);
    if (!ws.canWrite) {
        for (QWidget *w : std::initializer_list<QWidget *>{add, save, toggle, remove}) {
            w->setEnabled(false);
            w->setToolTip(ws.readOnlyReason);
        }
    }
    // Delivery state changes (the outbox worker of any workstation) refresh the table.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300);
    connect(&m_reloadTimer, &QTimer::timeout, this, &WebhookDialog::reload);
    if (auto *window = qobject_cast<MainWindow *>(parent ? parent->window() : nullptr)) {
        connect(window, &MainWindow::changesArrived, this, [this](const QList<Change> &changes) {
            for (const Change &c : changes) {
                if (c.entity == ChangeEntity::Outbox || c.entity == ChangeEntity::Message) {
                    m_reloadTimer.start();
                    return;
                }
            }
        });
    }
    reload();
}

bool WebhookDialog::addTarget(const QString &name, const QString &kindKey, const QString &url) {
    WebhookTarget t;
    t.name = name;
    t.url = url;
    QString error;
    if (name.isEmpty()) {
        m_error->setText(tr("Give the target a name."));
        return false;
    }
    if (!webhookKindFromKey(kindKey, t.kind) || !WebhookOutbox::validateUrl(url, error)) {
        m_error->setText(error.isEmpty() ? tr("Unknown service \"%1\".").arg(kindKey) : error);
        return false;
    }
    qint64 id = 0;
    if (!WebhookOutbox(*m_ws.db).addTarget(
            t, m_ws.clock->nowMs(), messaging::actorFor(*m_ws.db, m_ws.user.staffId), id, error)) {
        m_error->setText(error);
        return false;
    }
    m_error->clear();
    reload();
    return true;
}

qint64 WebhookDialog::selectedTarget() const {
    const int row = m_targets->currentRow();
    return row >= 0 && m_targets->item(row, 0)
               ? m_targets->item(row, 0)->data(Qt::UserRole).toLongLong()
               : 0;
}

void WebhookDialog::targetSelected() {
    const int row = m_targets->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_targets->item(row, 0) : nullptr;
    if (!item)
        return;
    m_name->setText(item->text());
    const int k = m_kind->findData(item->data(Qt::UserRole + 3));
    if (k >= 0)
        m_kind->setCurrentIndex(k);
    m_url->clear();
    m_url->setPlaceholderText(
        tr("%1 (unchanged)").arg(hostOnly(item->data(Qt::UserRole + 2).toString())));
}

bool WebhookDialog::updateSelected(const QString &name, const QString &kindKey,
                                   const QString &url) {
    const int row = m_targets->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_targets->item(row, 0) : nullptr;
    if (!item) {
        m_error->setText(tr("Select the target to change."));
        return false;
    }
    WebhookTarget t;
    t.id = item->data(Qt::UserRole).toLongLong();
    t.name = name;
    t.enabled = item->data(Qt::UserRole + 1).toBool();
    t.url = url.isEmpty() ? item->data(Qt::UserRole + 2).toString() : url;
    QString error;
    if (!webhookKindFromKey(kindKey, t.kind)) {
        m_error->setText(tr("Unknown service \"%1\".").arg(kindKey));
        return false;
    }
    if (!WebhookOutbox(*m_ws.db).updateTarget(
            t, m_ws.clock->nowMs(), messaging::actorFor(*m_ws.db, m_ws.user.staffId), error)) {
        m_error->setText(error);
        return false;
    }
    m_error->clear();
    reload();
    return true;
}

void WebhookDialog::toggleSelected() {
    const qint64 id = selectedTarget();
    if (id <= 0)
        return;
    const bool enabled =
        m_targets->item(m_targets->currentRow(), 0)->data(Qt::UserRole + 1).toBool();
    QString error;
    if (!WebhookOutbox(*m_ws.db).setTargetEnabled(id, !enabled, m_ws.clock->nowMs(),
                                                  messaging::actorFor(*m_ws.db, m_ws.user.staffId),
                                                  error))
        m_error->setText(error);
    reload();
}

void WebhookDialog::removeSelected() {
    const qint64 id = selectedTarget();
    if (id <= 0)
        return;
    QString error;
    if (!WebhookOutbox(*m_ws.db).removeTarget(
            id, m_ws.clock->nowMs(), messaging::actorFor(*m_ws.db, m_ws.user.staffId), error))
        m_error->setText(error);
    reload();
}

void WebhookDialog::reload() {
    WebhookOutbox box(*m_ws.db);
    QList<WebhookTarget> targets;
    QString error;
    if (!box.targets(targets, false, error))
        m_error->setText(error);
    m_targets->setRowCount(int(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        const WebhookTarget &t = targets.at(i);
        QTableWidgetItem *name = cell(t.name);
        name->setData(Qt::UserRole, t.id);
        name->setData(Qt::UserRole + 1, t.enabled);
        name->setData(Qt::UserRole + 2, t.url);
        name->setData(Qt::UserRole + 3, webhookKindKey(t.kind));
        m_targets->setItem(i, 0, name);
        m_targets->setItem(i, 1, cell(webhookKindKey(t.kind)));
        m_targets->setItem(i, 2, cell(hostOnly(t.url)));
        m_targets->setItem(i, 3, cell(t.enabled ? tr("yes") : tr("no")));
    }
    QList<OutboxEntry> entries;
    if (!box.entries(entries, error, 0, 200))
        m_error->setText(error);
    m_outbox->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const OutboxEntry &e = entries.at(i);
        m_outbox->setItem(i, 0, cell(QString::number(e.id)));
        m_outbox->setItem(i, 1, cell(when(e.createdAt)));
        m_outbox->setItem(i, 2, cell(e.kind));
        QString state = e.state;
        if (e.state == QLatin1StringView("pending"))
            state = e.attempts > 0 ? tr("retrying") : tr("waiting");
        else if (e.state == QLatin1StringView("delivered"))
            state = tr("delivered");
        else if (e.state == QLatin1StringView("failed"))
            state = tr("failed");
        m_outbox->setItem(i, 3, cell(state));
        m_outbox->setItem(i, 4, cell(QString::number(e.attempts)));
        m_outbox->setItem(
            i, 5,
            cell(e.state == QLatin1StringView("pending") ? when(e.nextAttemptAt) : QString()));
        m_outbox->setItem(i, 6, cell(e.deliveredAt ? when(*e.deliveredAt) : QString()));
        m_outbox->setItem(i, 7, cell(e.lastError));
    }
}

} // namespace sb::app

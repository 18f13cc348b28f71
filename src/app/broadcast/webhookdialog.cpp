#include "broadcast/webhookdialog.h"

#include "messaging/messagingaudit.h"
#include "messaging/webhookoutbox.h"
#include "shell/mainwindow.h"

#include "ui_webhookdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QUrl>

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
} // namespace

WebhookDialog::WebhookDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::WebhookDialog>()) {
    m_ui->setupUi(this);
    m_ui->webhookKind->addItem(tr("WeCom (企业微信)"), QStringLiteral("wecom"));
    m_ui->webhookKind->addItem(tr("DingTalk (钉钉)"), QStringLiteral("dingtalk"));
    m_ui->webhookKind->addItem(tr("Feishu (飞书)"), QStringLiteral("feishu"));
    m_ui->webhookKind->addItem(tr("Slack-style JSON"), QStringLiteral("slack"));

    auto *refresh = m_ui->buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &WebhookDialog::reload);
    connect(m_ui->webhookAdd, &QPushButton::clicked, this, [this] {
        if (addTarget(m_ui->webhookName->text().trimmed(),
                      m_ui->webhookKind->currentData().toString(),
                      m_ui->webhookUrl->text().trimmed())) {
            m_ui->webhookName->clear();
            m_ui->webhookUrl->clear();
        }
    });
    connect(m_ui->webhookSave, &QPushButton::clicked, this, [this] {
        if (updateSelected(m_ui->webhookName->text().trimmed(),
                           m_ui->webhookKind->currentData().toString(),
                           m_ui->webhookUrl->text().trimmed()))
            m_ui->webhookUrl->clear();
    });
    connect(m_ui->webhookTargets, &QTableWidget::currentCellChanged, this,
            &WebhookDialog::targetSelected);
    connect(m_ui->webhookToggle, &QPushButton::clicked, this, &WebhookDialog::toggleSelected);
    connect(m_ui->webhookRemove, &QPushButton::clicked, this, &WebhookDialog::removeSelected);
    if (!ws.canWrite) {
        for (QWidget *w : std::initializer_list<QWidget *>{
                 m_ui->webhookAdd, m_ui->webhookSave, m_ui->webhookToggle, m_ui->webhookRemove}) {
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

WebhookDialog::~WebhookDialog() = default;

bool WebhookDialog::addTarget(const QString &name, const QString &kindKey, const QString &url) {
    WebhookTarget t;
    t.name = name;
    t.url = url;
    QString error;
    if (name.isEmpty()) {
        m_ui->webhookError->setText(tr("Give the target a name."));
        return false;
    }
    if (!webhookKindFromKey(kindKey, t.kind) || !WebhookOutbox::validateUrl(url, error)) {
        m_ui->webhookError->setText(error.isEmpty() ? tr("Unknown service \"%1\".").arg(kindKey)
                                                    : error);
        return false;
    }
    qint64 id = 0;
    if (!WebhookOutbox(*m_ws.db).addTarget(
            t, m_ws.clock->nowMs(), messaging::actorFor(*m_ws.db, m_ws.user.staffId), id, error)) {
        m_ui->webhookError->setText(error);
        return false;
    }
    m_ui->webhookError->clear();
    reload();
    return true;
}

qint64 WebhookDialog::selectedTarget() const {
    const int row = m_ui->webhookTargets->currentRow();
    return row >= 0 && m_ui->webhookTargets->item(row, 0)
               ? m_ui->webhookTargets->item(row, 0)->data(Qt::UserRole).toLongLong()
               : 0;
}

void WebhookDialog::targetSelected() {
    const int row = m_ui->webhookTargets->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->webhookTargets->item(row, 0) : nullptr;
    if (!item)
        return;
    m_ui->webhookName->setText(item->text());
    const int k = m_ui->webhookKind->findData(item->data(Qt::UserRole + 3));
    if (k >= 0)
        m_ui->webhookKind->setCurrentIndex(k);
    m_ui->webhookUrl->clear();
    m_ui->webhookUrl->setPlaceholderText(
        tr("%1 (unchanged)").arg(hostOnly(item->data(Qt::UserRole + 2).toString())));
}

bool WebhookDialog::updateSelected(const QString &name, const QString &kindKey,
                                   const QString &url) {
    const int row = m_ui->webhookTargets->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->webhookTargets->item(row, 0) : nullptr;
    if (!item) {
        m_ui->webhookError->setText(tr("Select the target to change."));
        return false;
    }
    WebhookTarget t;
    t.id = item->data(Qt::UserRole).toLongLong();
    t.name = name;
    t.enabled = item->data(Qt::UserRole + 1).toBool();
    t.url = url.isEmpty() ? item->data(Qt::UserRole + 2).toString() : url;
    QString error;
    if (!webhookKindFromKey(kindKey, t.kind)) {
        m_ui->webhookError->setText(tr("Unknown service \"%1\".").arg(kindKey));
        return false;
    }
    if (!WebhookOutbox(*m_ws.db).updateTarget(
            t, m_ws.clock->nowMs(), messaging::actorFor(*m_ws.db, m_ws.user.staffId), error)) {
        m_ui->webhookError->setText(error);
        return false;
    }
    m_ui->webhookError->clear();
    reload();
    return true;
}

void WebhookDialog::toggleSelected() {
    const qint64 id = selectedTarget();
    if (id <= 0)
        return;
    const bool enabled = m_ui->webhookTargets->item(m_ui->webhookTargets->currentRow(), 0)
                             ->data(Qt::UserRole + 1)
                             .toBool();
    QString error;
    if (!WebhookOutbox(*m_ws.db).setTargetEnabled(id, !enabled, m_ws.clock->nowMs(),
                                                  messaging::actorFor(*m_ws.db, m_ws.user.staffId),
                                                  error))
        m_ui->webhookError->setText(error);
    reload();
}

void WebhookDialog::removeSelected() {
    const qint64 id = selectedTarget();
    if (id <= 0)
        return;
    QString error;
    if (!WebhookOutbox(*m_ws.db).removeTarget(
            id, m_ws.clock->nowMs(), messaging::actorFor(*m_ws.db, m_ws.user.staffId), error))
        m_ui->webhookError->setText(error);
    reload();
}

void WebhookDialog::reload() {
    WebhookOutbox box(*m_ws.db);
    QList<WebhookTarget> targets;
    QString error;
    if (!box.targets(targets, false, error))
        m_ui->webhookError->setText(error);
    m_ui->webhookTargets->setRowCount(int(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        const WebhookTarget &t = targets.at(i);
        QTableWidgetItem *name = cell(t.name);
        name->setData(Qt::UserRole, t.id);
        name->setData(Qt::UserRole + 1, t.enabled);
        name->setData(Qt::UserRole + 2, t.url);
        name->setData(Qt::UserRole + 3, webhookKindKey(t.kind));
        m_ui->webhookTargets->setItem(i, 0, name);
        m_ui->webhookTargets->setItem(i, 1, cell(webhookKindKey(t.kind)));
        m_ui->webhookTargets->setItem(i, 2, cell(hostOnly(t.url)));
        m_ui->webhookTargets->setItem(i, 3, cell(t.enabled ? tr("yes") : tr("no")));
    }
    QList<OutboxEntry> entries;
    if (!box.entries(entries, error, 0, 200))
        m_ui->webhookError->setText(error);
    m_ui->webhookOutbox->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const OutboxEntry &e = entries.at(i);
        m_ui->webhookOutbox->setItem(i, 0, cell(QString::number(e.id)));
        m_ui->webhookOutbox->setItem(i, 1, cell(when(e.createdAt)));
        m_ui->webhookOutbox->setItem(i, 2, cell(e.kind));
        QString state = e.state;
        if (e.state == QLatin1StringView("pending"))
            state = e.attempts > 0 ? tr("retrying") : tr("waiting");
        else if (e.state == QLatin1StringView("delivered"))
            state = tr("delivered");
        else if (e.state == QLatin1StringView("failed"))
            state = tr("failed");
        m_ui->webhookOutbox->setItem(i, 3, cell(state));
        m_ui->webhookOutbox->setItem(i, 4, cell(QString::number(e.attempts)));
        m_ui->webhookOutbox->setItem(
            i, 5,
            cell(e.state == QLatin1StringView("pending") ? when(e.nextAttemptAt) : QString()));
        m_ui->webhookOutbox->setItem(i, 6, cell(e.deliveredAt ? when(*e.deliveredAt) : QString()));
        m_ui->webhookOutbox->setItem(i, 7, cell(e.lastError));
    }
}

} // namespace sb::app

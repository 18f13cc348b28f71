#include "broadcast/composedialog.h"
#include "security/permissions.h"

#include "broadcast/attachmentpanel.h"
#include "broadcast/broadcastfeature.h"
#include "broadcast/messagepopup.h"
#include "messaging/messageattachments.h"
#include "messaging/messagestore.h"
#include "messaging/messagetemplates.h"
#include "security/directory.h"
#include "ui_composedialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardItemModel>

namespace sb::app {

namespace {
enum AudienceKind { Everyone, Role, Team, OnDuty, Named };
constexpr int StaffIdRole = Qt::UserRole + 1;

void disableItem(QComboBox *combo, int index, const QString &tip) {
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model())) {
        if (QStandardItem *item = model->item(index)) {
            item->setEnabled(false);
            item->setToolTip(tip);
        }
    }
}
QString needs(const QString &key) {
    return ComposeDialog::tr("Needs the permission \"%1\".").arg(key);
}
} // namespace

ComposeDialog::ComposeDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComposeDialog>())
    , m_ws(ws) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("composeDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("composeSend"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComposeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->audienceKind->addItem(tr("Everyone"), Everyone);
    m_ui->audienceKind->addItem(tr("A role"), Role);
    m_ui->audienceKind->addItem(tr("A team"), Team);
    m_ui->audienceKind->addItem(tr("People on duty"), OnDuty);
    m_ui->audienceKind->addItem(tr("Named people"), Named);
    m_ui->priorityCombo->addItem(priorityLabel(MessagePriority::Normal), MessagePriority::Normal);
    m_ui->priorityCombo->addItem(priorityLabel(MessagePriority::Important),
                                 MessagePriority::Important);
    m_ui->priorityCombo->addItem(priorityLabel(MessagePriority::Urgent), MessagePriority::Urgent);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_ws.clock->nowMs());
    m_ui->expiresAt->setDateTime(now.addSecs(4 * 3600));
    m_ui->expiresAt->setMinimumDateTime(now);

    const PermissionSet &p = m_ws.user.permissions;
    if (!p.has(perm::BroadcastSend)) {
        for (int i = Everyone; i < Named; ++i)
            disableItem(m_ui->audienceKind, i, needs(perm::BroadcastSend));
        m_ui->audienceKind->setCurrentIndex(Named);
        m_ui->alsoWebhooks->setEnabled(false);
        m_ui->alsoWebhooks->setToolTip(needs(perm::BroadcastSend));
        m_ui->saveTemplate->setEnabled(false);
        m_ui->saveTemplate->setToolTip(needs(perm::BroadcastSend));
    }
    if (!p.has(perm::BroadcastUrgent)) {
        disableItem(m_ui->priorityCombo, 2, needs(perm::BroadcastUrgent));
        m_ui->modeSound->setEnabled(false);
        m_ui->modeSound->setToolTip(needs(perm::BroadcastUrgent));
    }

    connect(m_ui->audienceKind, &QComboBox::currentIndexChanged, this,
            &ComposeDialog::audienceChanged);
    connect(m_ui->expiresCheck, &QCheckBox::toggled, m_ui->expiresAt, &QWidget::setEnabled);
    connect(m_ui->staffSearch, &QLineEdit::textChanged, this, &ComposeDialog::filterStaff);
    connect(m_ui->staffList, &QListWidget::itemChanged, this, &ComposeDialog::updateStaffCount);
    connect(m_ui->templateCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyTemplate(m_ui->templateCombo->itemText(index));
    });
    connect(m_ui->saveTemplate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Save as template"), tr("Template name:"),
                                  QLineEdit::Normal, m_ui->subjectEdit->text(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveTemplateAs(name.trimmed());
    });
    m_askFiles = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Attach files"));
    };
    connect(m_ui->attachButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_askFiles ? m_askFiles() : QStringList();
        if (!paths.isEmpty())
            attachFiles(paths);
    });
    connect(m_ui->removeAttachment, &QPushButton::clicked, this,
            [this] { removeAttachment(m_ui->attachList->currentRow()); });
    connect(m_ui->attachList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->removeAttachment->setEnabled(row >= 0); });
    m_ui->attachButton->setToolTip(
        tr("At most %1 files, each at most the size in setting %2.")
            .arg(MessageAttachmentStore::kMaxFiles)
            .arg(QString::fromLatin1(MessageAttachmentStore::kMaxBytesKey)));
    loadChoices();
    loadTemplates();
    audienceChanged();
    showAttachments();
}

ComposeDialog::~ComposeDialog() = default;

void ComposeDialog::loadChoices() {
    QString error;
    QList<StaffEntry> people;
    if (Directory::staff(*m_ws.db, Directory::StaffScope::ActiveOnly, 5000, people, error)) {
        for (const StaffEntry &person : std::as_const(people)) {
            if (person.id == m_ws.user.staffId)
                continue;
            QStringList extra{person.employeeNo};
            for (const QString &name : {person.roleName, person.teamName}) {
                if (!name.isEmpty())
                    extra.append(name);
            }
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(person.name, extra.join(QStringLiteral(", "))), m_ui->staffList);
            item->setData(StaffIdRole, person.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (!error.isEmpty())
        m_ui->composeError->setText(error);
    updateStaffCount();
}

void ComposeDialog::loadTemplates() {
    m_ui->templateCombo->clear();
    m_ui->templateCombo->addItem(tr("(no template)"));
    QList<MessageTemplate> templates;
    QString error;
    if (MessageTemplateStore(*m_ws.db, *m_ws.clock).list(templates, error)) {
        for (const MessageTemplate &t : std::as_const(templates))
            m_ui->templateCombo->addItem(t.name, t.id);
    }
}

bool ComposeDialog::applyTemplate(const QString &name) {
    QList<MessageTemplate> templates;
    QString error;
    if (!MessageTemplateStore(*m_ws.db, *m_ws.clock).list(templates, error)) {
        m_ui->composeError->setText(error);
        return false;
    }
    for (const MessageTemplate &t : std::as_const(templates)) {
        if (t.name != name)
            continue;
        m_ui->subjectEdit->setText(t.subject);
        m_ui->bodyEdit->setPlainText(t.body);
        m_ui->modePopup->setChecked(t.modes.testFlag(DisplayMode::Popup));
        m_ui->modeTicker->setChecked(t.modes.testFlag(DisplayMode::Ticker));
        m_ui->modeHighlight->setChecked(t.modes.testFlag(DisplayMode::Highlight));
        m_ui->modeSound->setChecked(m_ui->modeSound->isEnabled() &&
                                    t.modes.testFlag(DisplayMode::Sound));
        const int pi = m_ui->priorityCombo->findData(t.priority);
        if (pi >= 0)
            m_ui->priorityCombo->setCurrentIndex(pi);
        m_ui->templateCombo->setCurrentIndex(m_ui->templateCombo->findText(name));
        return true;
    }
    return false;
}

bool ComposeDialog::saveTemplateAs(const QString &name) {
    QString error;
    MessageTemplateStore store(*m_ws.db, *m_ws.clock);
    QList<MessageTemplate> templates;
    MessageTemplate t;
    if (store.list(templates, error)) {
        for (const MessageTemplate &existing : std::as_const(templates)) {
            if (existing.name == name)
                t = existing;
        }
    }
    t.name = name;
    t.subject = m_ui->subjectEdit->text();
    t.body = m_ui->bodyEdit->toPlainText();
    DisplayModes modes;
    modes.setFlag(DisplayMode::Popup, m_ui->modePopup->isChecked());
    modes.setFlag(DisplayMode::Ticker, m_ui->modeTicker->isChecked());
    modes.setFlag(DisplayMode::Highlight, m_ui->modeHighlight->isChecked());
    modes.setFlag(DisplayMode::Sound, m_ui->modeSound->isChecked());
    t.modes = modes;
    t.priority = m_ui->priorityCombo->currentData().toInt();
    if (!store.save(t, m_ws.user.staffId, error)) {
        m_ui->composeError->setText(error);
        return false;
    }
    m_ui->composeError->clear();
    loadTemplates();
    m_ui->templateCombo->setCurrentIndex(m_ui->templateCombo->findText(name));
    return true;
}

void ComposeDialog::audienceChanged() {
    const int kind = m_ui->audienceKind->currentData().toInt();
    // Roles or teams, read when chosen.
    m_ui->audienceGroup->clear();
    if (kind == Role || kind == Team) {
        QList<NamedEntry> groups;
        QString error;
        const bool ok = kind == Role ? Directory::roles(*m_ws.db, 500, groups, error,
                                                        Directory::RoleOrder::ByName)
                                     : Directory::teams(*m_ws.db, 500, groups, error);
        if (ok) {
            for (const NamedEntry &g : std::as_const(groups))
                m_ui->audienceGroup->addItem(g.name, g.id);
        }
    }
    m_ui->audienceGroup->setVisible(kind == Role || kind == Team);
    m_ui->staffBox->setEnabled(kind == Named);
}

void ComposeDialog::filterStaff(const QString &text) {
    const QString needle = text.trimmed();
    for (int i = 0; i < m_ui->staffList->count(); ++i) {
        QListWidgetItem *item = m_ui->staffList->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void ComposeDialog::updateStaffCount() {
    int n = 0;
    for (int i = 0; i < m_ui->staffList->count(); ++i) {
        if (m_ui->staffList->item(i)->checkState() == Qt::Checked)
            ++n;
    }
    m_ui->staffCount->setText(tr("%n selected", nullptr, n));
}

void ComposeDialog::setNamedPeople(const QList<qint64> &staffIds) {
    m_ui->audienceKind->setCurrentIndex(Named);
    for (int i = 0; i < m_ui->staffList->count(); ++i) {
        QListWidgetItem *item = m_ui->staffList->item(i);
        item->setCheckState(
            staffIds.contains(item->data(StaffIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

int ComposeDialog::attachFiles(const QStringList &paths) {
    qint64 maxBytes = MessageAttachmentStore::kDefaultMaxBytes;
    QString error;
    if (!MessageAttachmentStore(*m_ws.db).maxBytes(maxBytes, error)) {
        m_ui->composeError->setText(error);
        return 0;
    }
    QStringList problems;
    int added = 0;
    const QMimeDatabase mimes;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (m_files.size() >= MessageAttachmentStore::kMaxFiles) {
            problems << tr("\"%1\" was not attached: a message carries at most %2 files.")
                            .arg(name)
                            .arg(MessageAttachmentStore::kMaxFiles);
            continue;
        }
        if (!info.exists()) {
            problems << tr("\"%1\" was not attached: it does not exist.").arg(path);
            continue;
        }
        if (!info.isFile()) {
            problems << tr("\"%1\" was not attached: it is not a file.").arg(path);
            continue;
        }
        if (info.size() > maxBytes) {
            problems << tr("\"%1\" was not attached: it is %2, and a file may be at most %3 "
                           "(setting %4).")
                            .arg(name, attachmentSizeText(info.size()),
                                 attachmentSizeText(maxBytes),
                                 QString::fromLatin1(MessageAttachmentStore::kMaxBytesKey));
            continue;
        }
        const QString nameProblem = MessageAttachmentStore::fileNameProblem(name);
        if (!nameProblem.isEmpty()) {
            problems << tr("\"%1\" was not attached: %2").arg(name, nameProblem);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("\"%1\" was not attached: it cannot be read (%2).")
                            .arg(name, file.errorString());
            continue;
        }
        MessageAttachment a;
        a.fileName = name;
        a.bytes = file.read(maxBytes + 1);
        if (a.bytes.size() > maxBytes) { // grew since it was looked at
            problems << tr("\"%1\" was not attached: it is larger than %2 (setting %3).")
                            .arg(name, attachmentSizeText(maxBytes),
                                 QString::fromLatin1(MessageAttachmentStore::kMaxBytesKey));
            continue;
        }
        if (file.error() != QFileDevice::NoError) {
            problems << tr("\"%1\" was not attached: it cannot be read (%2).")
                            .arg(name, file.errorString());
            continue;
        }
        a.size = a.bytes.size();
        a.mime = mimes.mimeTypeForFileNameAndData(name, a.bytes).name();
        m_files.append(a);
        ++added;
    }
    showAttachments();
    m_ui->composeError->setText(problems.join(QLatin1Char('\n')));
    return added;
}

void ComposeDialog::removeAttachment(int row) {
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    showAttachments();
    m_ui->attachList->setCurrentRow(qMin(row, int(m_files.size()) - 1));
}

QString ComposeDialog::errorText() const {
    return m_ui->composeError->text();
}

void ComposeDialog::showAttachments() {
    m_ui->attachList->clear();
    for (const MessageAttachment &a : std::as_const(m_files))
        m_ui->attachList->addItem(tr("%1 (%2)").arg(a.fileName, attachmentSizeText(a.size)));
    m_ui->attachList->setVisible(!m_files.isEmpty());
    m_ui->removeAttachment->setVisible(!m_files.isEmpty());
    m_ui->removeAttachment->setEnabled(m_ui->attachList->currentRow() >= 0);
    m_ui->attachButton->setEnabled(m_files.size() < MessageAttachmentStore::kMaxFiles);
}

void ComposeDialog::setSubject(const QString &subject) {
    m_ui->subjectEdit->setText(subject);
}

bool ComposeDialog::buildMessage(OutgoingMessage &m, QString &error) const {
    m = {};
    m.senderId = m_ws.user.staffId;
    m.subject = m_ui->subjectEdit->text();
    m.body = m_ui->bodyEdit->toPlainText();
    m.priority = m_ui->priorityCombo->currentData().toInt();
    DisplayModes modes;
    modes.setFlag(DisplayMode::Popup, m_ui->modePopup->isChecked());
    modes.setFlag(DisplayMode::Ticker, m_ui->modeTicker->isChecked());
    modes.setFlag(DisplayMode::Highlight, m_ui->modeHighlight->isChecked());
    modes.setFlag(DisplayMode::Sound, m_ui->modeSound->isChecked());
    m.modes = modes;
    if (m_ui->expiresCheck->isChecked())
        m.expiresAt = m_ui->expiresAt->dateTime().toMSecsSinceEpoch();
    m.alsoWebhooks = m_ui->alsoWebhooks->isEnabled() && m_ui->alsoWebhooks->isChecked();
    m.attachments = m_files;
    const int kind = m_ui->audienceKind->currentData().toInt();
    const PermissionSet &p = m_ws.user.permissions;
    if (kind != Named && !p.has(perm::BroadcastSend)) {
        error = needs(perm::BroadcastSend);
        return false;
    }
    if ((m.priority >= MessagePriority::Urgent || modes.testFlag(DisplayMode::Sound)) &&
        !p.has(perm::BroadcastUrgent)) {
        error = needs(perm::BroadcastUrgent);
        return false;
    }
    switch (kind) {
    case Everyone:
        m.audience = Audience::everyone();
        break;
    case OnDuty:
        m.audience = Audience::onDuty();
        break;
    case Role:
    case Team: {
        if (m_ui->audienceGroup->currentIndex() < 0) {
            error = kind == Role ? tr("Choose a role.") : tr("Choose a team.");
            return false;
        }
        const qint64 id = m_ui->audienceGroup->currentData().toLongLong();
        m.audience = kind == Role ? Audience::role(id) : Audience::team(id);
        break;
    }
    default: {
        QList<qint64> ids;
        for (int i = 0; i < m_ui->staffList->count(); ++i) {
            const QListWidgetItem *item = m_ui->staffList->item(i);
            if (item->checkState() == Qt::Checked)
                ids.append(item->data(StaffIdRole).toLongLong());
        }
        if (ids.isEmpty()) {
            error = tr("Choose at least one person in the list of named people.");
            return false;
        }
        m.audience = Audience::staff(ids);
    }
    }
    return MessageStore::validate(m, m_ws.clock->nowMs(), error);
}

void ComposeDialog::accept() {
    OutgoingMessage m;
    QString error;
    if (!m_ws.canWrite) {
        m_ui->composeError->setText(m_ws.readOnlyReason);
        return;
    }
    if (!buildMessage(m, error)) {
        m_ui->composeError->setText(error);
        return;
    }
    MessageStore store(*m_ws.db, *m_ws.clock);
    if (!store.send(m, m_sentId, error)) {
        m_ui->composeError->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace sb::app

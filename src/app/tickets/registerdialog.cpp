#include "tickets/registerdialog.h"
#include "security/permissions.h"

#include "domain/complaint.h"
#include "domain/labels.h"
#include "tickets/ticketregistration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace sb::app {

RegisterDialog::RegisterDialog(const TicketEnv &env, QWidget *parent)
    : QDialog(parent)
    , m_env(env)
    , m_kind(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_green(new QCheckBox(tr("Green channel — heads every queue"), this))
    , m_customer(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_category(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("registerDialog"));
    setWindowTitle(tr("Register a complaint or suggestion"));
    m_kind->addItem(kindLabel(complaintKind()), complaintKind());
    m_kind->addItem(kindLabel(suggestionKind()), suggestionKind());
    m_kind->setToolTip(tr("Suggestions follow the lighter flow and have their own types."));
    const bool mayGreen = m_env.has(perm::TicketsGreenChannel);
    m_green->setEnabled(mayGreen);
    m_green->setToolTip(mayGreen ? tr("A fast track: the ticket heads every queue.")
                                 : tr("Needs the permission tickets.green_channel."));
    for (Channel c : allChannels())
        m_channel->addItem(Labels::channel(channelKey(c)), channelKey(c));
    for (Tier t : allTiers())
        m_tier->addItem(Labels::tier(tierKey(t)), tierKey(t));
    fillTypes();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RegisterDialog::fillTypes);
    const struct {
        QWidget *w;
        const char *name;
    } names[] = {{m_kind, "regKind"},
                 {m_green, "regGreen"},
                 {m_channel, "regChannel"},
                 {m_tier, "regTier"},
                 {m_type, "regType"},
                 {m_customer, "regCustomer"},
                 {m_service, "regService"},
                 {m_region, "regRegion"},
                 {m_category, "regCategory"},
                 {m_subject, "regSubject"},
                 {m_description, "regDescription"}};
    for (const auto &n : names)
        n.w->setObjectName(QLatin1String(n.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind *"), m_kind);
    form->addRow(QString(), m_green);
    form->addRow(tr("Channel *"), m_channel);
    form->addRow(tr("Customer tier *"), m_tier);
    form->addRow(tr("Problem type *"), m_type);
    form->addRow(tr("Customer *"), m_customer);
    form->addRow(tr("Service number"), m_service);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Subject *"), m_subject);
    form->addRow(tr("Description"), m_description);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("regError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("regButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RegisterDialog::fillTypes() {
    m_type->clear();
    if (m_kind->currentData().toString() == suggestionKind()) {
        for (const SuggestionType &t : suggestionTypes())
            m_type->addItem(t.label, t.key);
        return;
    }
    for (const ProblemTypeInfo &p : problemTypes())
        m_type->addItem(Labels::problemType(p.key), p.key);
}

void RegisterDialog::submit() {
    auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_customer->text().trimmed().isEmpty())
        return fail(tr("Customer: required."));
    if (m_subject->text().trimmed().isEmpty())
        return fail(tr("Subject: required."));
    Registration r;
    r.kind = m_kind->currentData().toString();
    r.greenChannel = m_green->isEnabled() && m_green->isChecked();
    Complaint &c = r.complaint;
    const qint64 now = m_env.ws.clock->nowMs();
    // Received here: the ticket keeps this workstation's offset as its source's local time.
    c.receivedAt = QDateTime::fromMSecsSinceEpoch(now, m_env.zone);
    c.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Other);
    c.tier = tierFromKey(m_tier->currentData().toString()).value_or(Tier::Normal);
    c.problemType = m_type->currentData().toString();
    c.source = QStringLiteral("manual");
    // Tickets are unique on (source, external_id): each manual registration gets its own key.
    c.externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.customerId = m_customer->text().trimmed();
    c.serviceNumber = m_service->text().trimmed();
    c.region = m_region->text().trimmed();
    c.category = m_category->text().trimmed();
    c.subject = m_subject->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    QString error;
    if (!TicketRegistrar(*m_env.ws.db, m_env.workflow)
             .registerTicket(r, m_env.permissions, m_env.ws.user.staffId, now, m_ticketId, error))
        return fail(error);
    Q_EMIT registered(m_ticketId);
    accept();
}

} // namespace sb::app

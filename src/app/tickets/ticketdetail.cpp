#include "tickets/ticketdetail.h"

#include "domain/labels.h"
#include "tickets/actiondialog.h"
#include "tickets/attachmentspane.h"
#include "tickets/eventfields.h"
#include "tickets/kblinkspane.h"
#include "tickets/ticketdetailqueries.h"
#include "tickets/ticketedits.h"
#include "tickets/ticketregistration.h"
#include "tickets/ticketstore.h"
#include "tickets/tickettimes.h"
#include "workflow/ticketworkflow.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kHistoryLimit = 50; // the customer's latest tickets shown

QTableWidgetItem *item(const QString &text) {
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // The whole text when the column cuts it; converted so that it is never read as HTML.
    i->setToolTip(Qt::convertFromPlainText(text));
    return i;
}
} // namespace

TicketDetailPanel::TicketDetailPanel(const TicketEnv &env, QWidget *parent)
    : QWidget(parent)
    , m_env(env)
    , m_title(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_description(new QPlainTextEdit(this))
    , m_actionsBox(new QWidget(this))
    , m_actions(new QHBoxLayout(m_actionsBox))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new QTableWidget(0, 5, this))
    , m_incident(new QLabel(this))
    , m_kb(new KbLinksPane(env, this))
    , m_attachments(new AttachmentsPane(env, this))
    , m_history(new QTableWidget(0, 4, this)) {
    setObjectName(QStringLiteral("ticketDetail"));
    auto *layout = new QVBoxLayout(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_actionsBox->setObjectName(QStringLiteral("actionsBox"));
    m_actions->setContentsMargins(0, 0, 0, 0);
    // Many actions (a ticket in progress has eight) scroll sideways instead of widening the
    // whole window beyond the screen.
    auto *actionsScroll = new QScrollArea(this);
    actionsScroll->setObjectName(QStringLiteral("actionsScroll"));
    actionsScroll->setFrameShape(QFrame::NoFrame);
    actionsScroll->setWidgetResizable(true);
    actionsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    actionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    actionsScroll->setWidget(m_actionsBox);
    actionsScroll->setFixedHeight(QPushButton().sizeHint().height() +
                                  style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    layout->addWidget(actionsScroll);

    auto *fieldsPage = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fieldsPage);
    fieldsLayout->addLayout(m_fields);
    m_description->setObjectName(QStringLiteral("detailDescription"));
    m_description->setReadOnly(true);
    fieldsLayout->addWidget(m_description, 1);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(fieldsPage, tr("Ticket"));

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHorizontalHeaderLabels(
        {tr("Time"), tr("By"), tr("Action"), tr("State"), tr("Note and fields")});
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->hide();
    m_tabs->addTab(m_timeline, tr("Timeline"));

    auto *links = new QWidget(this);
    auto *linksLayout = new QVBoxLayout(links);
    m_incident->setObjectName(QStringLiteral("incidentLabel"));
    m_incident->setTextFormat(Qt::PlainText);
    m_incident->setWordWrap(true);
    linksLayout->addWidget(m_incident);
    linksLayout->addWidget(m_kb, 1);
    m_tabs->addTab(links, tr("Incident and cases"));
    m_tabs->addTab(m_attachments, tr("Attachments"));

    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels(
        {tr("Serial no."), tr("Received"), tr("State"), tr("Subject")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_tabs->addTab(m_history, tr("Customer history"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void TicketDetailPanel::setActionsShown(bool shown) {
    if (auto *row = findChild<QScrollArea *>(QStringLiteral("actionsScroll")))
        row->setVisible(shown);
}

void TicketDetailPanel::clear() {
    m_id = 0;
    m_title->setText(tr("Select a ticket to see it here."));
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_description->clear();
    m_timeline->setRowCount(0);
    m_incident->clear();
    m_kb->setTicket(0, {}, {}, 0);
    m_attachments->setTicket(0);
    m_history->setRowCount(0);
    rebuildActions();
}

void TicketDetailPanel::showTicket(qint64 id) {
    m_id = id;
    reload();
}

void TicketDetailPanel::reload() {
    if (m_id == 0) {
        clear();
        return;
    }
    loadFields();
    if (m_id == 0)
        return;
    loadTimeline();
    loadLinks();
    m_attachments->setTicket(m_id);
    loadHistory();
    rebuildActions();
}

void TicketDetailPanel::loadFields() {
    QString error;
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    std::optional<TicketDetailFields> read;
    if (!TicketDetailQueries(*m_env.ws.db).fields(m_id, m_env.unmasked, read, error) || !read) {
        clear();
        m_title->setText(error.isEmpty() ? tr("Ticket #%1 no longer exists.").arg(m_id) : error);
        return;
    }
    const TicketDetailFields &t = *read;
    m_serial = TicketStore::serialNumber(m_id, t.receivedAt);
    m_kind = t.kind;
    m_state = t.state;
    m_hasCustomer = t.hasCustomer;
    m_problemType = t.problemType;
    m_tier = t.supportTier;
    m_version = t.version;
    m_green = t.greenChannel;
    m_title->setText(tr("%1 — %2").arg(m_serial, t.subject));
    auto row = [this](const QString &label, const QString &value, const char *name) {
        auto *l = new QLabel(value, this);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setObjectName(QLatin1String(name));
        m_fields->addRow(label, l);
    };
    row(tr("Kind"), kindLabel(m_kind), "fieldKind");
    row(tr("State"), Labels::state(m_state), "fieldState");
    const QString source = TicketTimes::atSource(t.receivedAt, t.receivedOffset, m_env.zone);
    row(tr("Received"),
        source.isEmpty() ? timeText(t.receivedAt)
                         : tr("%1 — %2").arg(timeText(t.receivedAt), source),
        "fieldReceived");
    // Tickets that came in through an import or a feed name their source instead of a person.
    row(tr("Registered by"),
        t.registeredByName.isEmpty() ? tr("(source: %1)").arg(t.source) : t.registeredByName,
        "fieldReceiver");
    row(tr("Channel"), Labels::channel(t.channel), "fieldChannel");
    row(tr("Customer tier"), Labels::tier(t.customerTier), "fieldTier");
    row(tr("Problem type"), ticketTypeLabel(m_kind, m_problemType), "fieldType");
    row(tr("Customer"), t.customerId, "fieldCustomer");
    row(tr("Service number"), t.serviceNumber, "fieldService");
    row(tr("Region"), t.region, "fieldRegion");
    row(tr("Category"), t.category, "fieldCategory");
    row(tr("Priority"), QString::number(t.priority), "fieldPriority");
    row(tr("Green channel"), t.greenChannel ? tr("Yes") : tr("No"), "fieldGreen");
    row(tr("Handler"), t.handlerName, "fieldHandler");
    QStringList team{t.teamName, t.department};
    team.removeAll(QString()); // "Team 2", not "Team 2 / " when no department is set
    row(tr("Team / department"), team.join(QLatin1String(" / ")), "fieldTeam");
    row(tr("Support tier"), QString::number(m_tier), "fieldSupportTier");
    row(tr("Validity"), Labels::validity(t.validity), "fieldValidity");
    row(tr("Satisfaction"), t.satisfaction ? QString::number(*t.satisfaction) : QString(),
        "fieldSatisfaction");
    if (t.appealOf)
        row(tr("Appeal of"), QStringLiteral("#%1").arg(*t.appealOf), "fieldAppeal");
    row(tr("Version"), QString::number(m_version), "fieldVersion");
    m_description->setPlainText(t.description);
}

void TicketDetailPanel::loadTimeline() {
    m_timeline->setRowCount(0);
    QList<TicketTimelineEntry> lines;
    QString error;
    if (!TicketDetailQueries(*m_env.ws.db).timeline(m_id, lines, error))
        return;
    EventFields fields(*m_env.ws.db, m_env.zone);
    for (const TicketTimelineEntry &e : lines) {
        const int r = m_timeline->rowCount();
        m_timeline->insertRow(r);
        m_timeline->setItem(r, 0, item(timeText(e.at)));
        m_timeline->setItem(r, 1, item(e.actorName.isEmpty() ? tr("(system)") : e.actorName));
        m_timeline->setItem(r, 2, item(eventLabel(e.action)));
        m_timeline->setItem(r, 3, item(Labels::state(e.toState)));
        m_timeline->setItem(r, 4, item(fields.line(e.note, e.data)));
    }
}

QString TicketDetailPanel::eventLabel(const QString &action) const {
    const QString step = m_env.workflow.actionName(m_kind, action);
    if (!step.isEmpty())
        return step;
    // Timeline lines that are not lifecycle steps of the ticket's flow.
    static constexpr struct {
        const char *key;
        const char *label;
    } kOther[] = {
        {"register_appeal", QT_TR_NOOP("Appeal registered")},
        {"reassign", QT_TR_NOOP("Reassigned")},
        {"priority", QT_TR_NOOP("Priority changed")},
        {"green_channel", QT_TR_NOOP("Green channel")},
        {"attachment", QT_TR_NOOP("Attachment added")},
        {"kb_link", QT_TR_NOOP("Knowledge-base article linked")},
        {"kb_unlink", QT_TR_NOOP("Knowledge-base article unlinked")},
        {"urge", QT_TR_NOOP("Urged")},
    };
    for (const auto &o : kOther) {
        if (action == QLatin1StringView(o.key))
            return tr(o.label);
    }
    return action; // an action of another system: its own key
}

void TicketDetailPanel::loadLinks() {
    m_incident->setText(tr("No linked incident."));
    std::optional<TicketIncidentLink> incident;
    QString error;
    qint64 knownIssue = 0;
    if (TicketDetailQueries(*m_env.ws.db).incident(m_id, incident, error) && incident) {
        m_incident->setText(tr("Incident #%1 — grade %2, %3. %4")
                                .arg(incident->incidentId)
                                .arg(Labels::grade(gradeKey(Grade(incident->grade))),
                                     Labels::state(incident->state), incident->summary));
        knownIssue = incident->knownIssueId;
    }
    m_kb->setTicket(m_id, m_serial, m_problemType, knownIssue);
}

void TicketDetailPanel::loadHistory() {
    m_history->setRowCount(0);
    if (!m_hasCustomer)
        return;
    QList<TicketHistoryEntry> tickets;
    QString error;
    if (!TicketDetailQueries(*m_env.ws.db).customerHistory(m_id, kHistoryLimit, tickets, error))
        return;
    for (const TicketHistoryEntry &t : tickets) {
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        m_history->setItem(r, 0, item(TicketStore::serialNumber(t.id, t.receivedAt)));
        m_history->setItem(r, 1, item(timeText(t.receivedAt)));
        m_history->setItem(r, 2, item(Labels::state(t.state)));
        m_history->setItem(r, 3, item(t.subject));
    }
}

void TicketDetailPanel::rebuildActions() {
    while (QLayoutItem *it = m_actions->takeAt(0)) {
        delete it->widget();
        delete it;
    }
    if (m_id == 0)
        return;
    // Every action of the state; those the user may not take are shown disabled.
    const QList<WorkflowAction> all =
        m_env.workflow.allowedActions(m_kind, m_state, {QStringLiteral("*")});
    for (const WorkflowAction &a : all) {
        auto *b = new QPushButton(Workflow::localName(a.name, a.nameZh), m_actionsBox);
        b->setObjectName(QStringLiteral("action_") + a.key);
        if (!m_env.ws.canWrite) {
            b->setEnabled(false);
            b->setToolTip(m_env.ws.readOnlyReason);
        } else if (!m_env.has(a.permission)) {
            b->setEnabled(false);
            b->setToolTip(tr("Needs the permission %1.").arg(a.permission));
        }
        connect(b, &QPushButton::clicked, this, [this, a] { startAction(a); });
        m_actions->addWidget(b);
    }
    // Not a lifecycle step: the fast track that heads every queue, in any open state.
    auto *green =
        new QPushButton(m_green ? tr("Leave green channel") : tr("Green channel"), m_actionsBox);
    green->setObjectName(QStringLiteral("greenChannelToggle"));
    const QString greenKey = TicketEdits::permissionFor(TicketEdits::Edit::GreenChannel);
    if (!m_env.ws.canWrite) {
        green->setEnabled(false);
        green->setToolTip(m_env.ws.readOnlyReason);
    } else if (!m_env.has(greenKey)) {
        green->setEnabled(false);
        green->setToolTip(tr("Needs the permission %1.").arg(greenKey));
    } else {
        green->setToolTip(m_green ? tr("Take the ticket off the fast track.")
                                  : tr("Put the ticket at the head of every queue."));
    }
    connect(green, &QPushButton::clicked, this, &TicketDetailPanel::toggleGreenChannel);
    m_actions->addWidget(green);
    m_actions->addStretch(1);
}

void TicketDetailPanel::toggleGreenChannel() {
    TicketEdits edits(*m_env.ws.db, *m_env.ws.clock);
    QString error;
    if (edits.setGreenChannel(m_id, m_version, m_env.ws.user.staffId, !m_green, error)) {
        reload();
        Q_EMIT ticketChanged(m_id);
        return;
    }
    if (edits.failure() == TicketEdits::Failure::Conflict) {
        // "changed by NAME at TIME", as for the lifecycle actions.
        showConflict(TicketWorkflow(*m_env.ws.db, m_env.workflow, *m_env.ws.clock, m_env.zone)
                         .conflictMessage(m_id));
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Green channel"), error, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TicketDetailPanel::startAction(const WorkflowAction &action) {
    auto *dialog = new ActionDialog(*m_env.ws.db, action, m_env.workflow.fields(m_kind, action.key),
                                    m_serial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The form is filled from the version shown now; a live reload meanwhile must not let it
    // overwrite a change the user has not seen.
    const qint64 seen = m_version;
    connect(dialog, &ActionDialog::submitted, this, [this, dialog, seen] { submit(dialog, seen); });
    dialog->open();
}

void TicketDetailPanel::submit(ActionDialog *dialog, qint64 seenVersion) {
    TicketWorkflow flow(*m_env.ws.db, m_env.workflow, *m_env.ws.clock, m_env.zone);
    ActionOutcome outcome;
    QString error;
    if (flow.apply(m_id, seenVersion, m_env.ws.user.staffId, m_env.permissions, dialog->request(),
                   outcome, error)) {
        dialog->accept();
        reload();
        Q_EMIT ticketChanged(m_id);
        return;
    }
    if (flow.failure() == TicketWorkflow::Failure::Conflict) {
        dialog->reject();
        showConflict(error);
        return;
    }
    dialog->showError(error); // refused: the form stays open to be corrected
}

void TicketDetailPanel::showConflict(const QString &message) {
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Ticket changed"), message,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("conflictBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Your change was not saved. Reload the ticket to see the current state."));
    QPushButton *reloadButton = box->addButton(tr("Reload"), QMessageBox::AcceptRole);
    reloadButton->setObjectName(QStringLiteral("conflictReload"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(reloadButton, &QPushButton::clicked, this, &TicketDetailPanel::reload);
    box->open();
}

QString TicketDetailPanel::timeText(qint64 ms) const {
    return TicketTimes::format(ms, m_env.zone);
}

} // namespace sb::app

#include "qa/qacalibrationnewdialog.h"

#include "qa/calibration.h"
#include "qa/calibrationqueries.h"
#include "qa/qadayqueries.h"

#include "ui_qacalibrationnewdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

namespace sb::app {

namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

// One read: the inspectors (first time) and a day's sampled tickets.
struct QaCalibrationNewDialog::Loaded {
    int generation = 0;
    QDate day;
    bool withInspectors = false;
    QList<QaInspector> inspectors;
    QList<QaSampledTicket> tickets; // in the sample, by stratum and rank
    bool drawn = false;
    QString error;
};

// What creating the session came back with.
struct QaCalibrationNewDialog::Outcome {
    qint64 id = 0; // the session, when it was opened
    int tickets = 0;
    bool done = false; // opened and the participants added
    QString error;
};

QaCalibrationNewDialog::QaCalibrationNewDialog(const Workspace &ws, DbWorker *worker,
                                               QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_ui(std::make_unique<Ui::QaCalibrationNewDialog>()) {
    m_ui->setupUi(this);
    m_ui->newSessionButtons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->newSessionError->hide();
    connect(m_ui->newSessionButtons, &QDialogButtonBox::accepted, this,
            &QaCalibrationNewDialog::accept);
    connect(m_ui->newSessionButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->sampleDayEdit, &QDateEdit::dateChanged, this,
            &QaCalibrationNewDialog::loadSample);
    loadSample(QDate()); // yesterday in the business calendar's zone
}

QaCalibrationNewDialog::~QaCalibrationNewDialog() = default;

void QaCalibrationNewDialog::setSampleDay(const QDate &day) {
    m_ui->sampleDayEdit->setDate(day); // reads it through dateChanged
}

QDate QaCalibrationNewDialog::sampleDay() const {
    return m_ui->sampleDayEdit->date();
}

void QaCalibrationNewDialog::loadSample(const QDate &day) {
    const int generation = ++m_generation;
    const bool withInspectors = m_ui->participantsList->count() == 0;
    const Clock *clock = m_ws.clock;
    m_ui->sampleStatus->setText(tr("Loading…"));
    m_worker->post(
        this,
        [generation, day, withInspectors, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            r.withInspectors = withInspectors;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            r.day = day;
            if (!r.day.isValid()) {
                QTimeZone zone;
                if (!QaDayQueries::businessZone(*c.db, zone, r.error))
                    return r;
                r.day = QaDayQueries::yesterday(clock->now(), zone);
            }
            if (withInspectors && !QaSampleStore(*c.db, *clock).inspectors(r.inspectors, r.error))
                return r;
            QaDayOverview overview;
            if (!QaDayQueries::overview(*c.db, *clock, r.day, overview, r.error))
                return r;
            r.drawn = overview.sample.has_value();
            for (const QaDayTicketRow &t : std::as_const(overview.tickets))
                if (t.ticket.inSample())
                    r.tickets.append(t.ticket);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void QaCalibrationNewDialog::takeLoad(const Loaded &r) {
    if (r.generation != m_generation)
        return; // a newer read is on its way
    if (!r.error.isEmpty()) {
        m_ui->sampleStatus->setText(tr("The spot check could not be read: %1").arg(r.error));
        m_loaded = true;
        Q_EMIT loaded();
        return;
    }
    if (r.day != m_ui->sampleDayEdit->date()) {
        const QSignalBlocker block(m_ui->sampleDayEdit);
        m_ui->sampleDayEdit->setDate(r.day);
    }
    if (r.withInspectors) {
        m_ui->participantsList->clear();
        for (const QaInspector &i : r.inspectors) {
            auto *item = new QListWidgetItem(i.login, m_ui->participantsList);
            item->setData(kIdRole, i.staffId);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_ui->sampleList->clear();
    for (const QaSampledTicket &t : r.tickets) {
        auto *item = new QListWidgetItem(
            t.stratum.isEmpty() ? t.serial : tr("%1 (stratum %2)").arg(t.serial, t.stratum),
            m_ui->sampleList);
        item->setData(kIdRole, t.ticketId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->sampleStatus->setText(!r.drawn
                                    ? tr("This day's spot check has not been drawn.")
                                    : tr("%n sampled ticket(s)", nullptr, int(r.tickets.size())));
    m_loaded = true;
    Q_EMIT loaded();
}

QList<qint64> QaCalibrationNewDialog::checked(const QListWidget *list) const {
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(kIdRole).toLongLong());
    return ids;
}

QString QaCalibrationNewDialog::errorText() const {
    return m_ui->newSessionError->isHidden() ? QString() : m_ui->newSessionError->text();
}

void QaCalibrationNewDialog::showError(const QString &message) {
    m_ui->newSessionError->setText(message);
    m_ui->newSessionError->setVisible(!message.isEmpty());
}

void QaCalibrationNewDialog::accept() {
    if (m_busy)
        return;
    const QString title = m_ui->titleEdit->text().trimmed();
    const QList<qint64> picked = checked(m_ui->sampleList);
    const QStringList serials = QaCalibrationQueries::splitSerials(m_ui->serialsEdit->text());
    const QList<qint64> people = checked(m_ui->participantsList);
    if (m_createdId == 0 && title.isEmpty()) {
        showError(tr("Give the session a title."));
        m_ui->titleEdit->setFocus();
        return;
    }
    if (m_createdId == 0 && picked.isEmpty() && serials.isEmpty()) {
        showError(tr("Tick at least one ticket of the sample or type a ticket serial."));
        m_ui->sampleList->setFocus();
        return;
    }
    if (people.isEmpty()) {
        showError(tr("Tick at least one inspector to take part."));
        m_ui->participantsList->setFocus();
        return;
    }
    m_busy = true;
    m_ui->newSessionButtons->setEnabled(false);
    showError(QString());
    const QaActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    const qint64 createdId = m_createdId;
    const int createdTickets = m_createdTickets;
    m_worker->post(
        this,
        [actor, clock, title, picked, serials, people, createdId,
         createdTickets](DbWorker::Context &c) {
            Outcome o;
            o.id = createdId;
            o.tickets = createdTickets;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            QaCalibrationStore store(*c.db, *clock);
            if (o.id == 0) {
                QList<qint64> typed;
                if (!QaCalibrationQueries::ticketsBySerial(*c.db, serials, typed, o.error))
                    return o;
                QList<qint64> tickets = picked;
                for (const qint64 t : std::as_const(typed))
                    if (!tickets.contains(t))
                        tickets.append(t);
                if (!store.create(actor, title, tickets, o.id, o.error))
                    return o;
                o.tickets = int(tickets.size());
            }
            o.done = store.addParticipants(actor, o.id, people, o.error);
            return o;
        },
        [this, title, people](const Outcome &o) {
            m_busy = false;
            m_ui->newSessionButtons->setEnabled(true);
            m_createdId = o.id;
            m_createdTickets = o.tickets;
            if (!o.done) {
                showError(o.id > 0 ? tr("The session was opened, but the participants were not "
                                        "added: %1\nPress OK to try again.")
                                         .arg(o.error)
                                   : tr("The session was not opened: %1").arg(o.error));
                return;
            }
            Q_EMIT created(o.id, title, o.tickets, int(people.size()));
            QDialog::accept();
        });
}

} // namespace sb::app

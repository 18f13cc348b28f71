#include "reports/reportscheduledialog.h"

#include "reports/reportengine.h"
#include "reports/reportschedulelabels.h"
#include "security/directory.h"

#include "ui_reportscheduledialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

namespace sb::app {

namespace {
constexpr int kIdRole = Qt::UserRole;

const QList<ReportPeriodKind> kPeriodKinds{ReportPeriodKind::Hour, ReportPeriodKind::Day,
                                           ReportPeriodKind::Week, ReportPeriodKind::Month};

QList<qint64> checkedIds(const QListWidget *list) {
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kIdRole).toLongLong());
    }
    return ids;
}

void checkIds(QListWidget *list, const QList<qint64> &ids) {
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
}

void addCheckable(QListWidget *list, const QString &text, const QVariant &data) {
    auto *item = new QListWidgetItem(text, list);
    item->setData(kIdRole, data);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}
} // namespace

struct ReportScheduleDialog::Choices {
    QList<NamedEntry> roles;
    QList<NamedEntry> teams;
    QList<StaffEntry> people;
    QString error;
};

ReportScheduleDialog::ReportScheduleDialog(const Workspace &ws, DbWorker *worker,
                                           const ReportSchedule &schedule, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportScheduleDialog>())
    , m_ws(ws)
    , m_worker(worker) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reportScheduleDialog"));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Save"));
    ok->setObjectName(QStringLiteral("scheduleSave"));
    ok->setEnabled(false); // until the choices are read
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportScheduleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->reloadButton->hide();
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ReportScheduleDialog::reloadStored);

    for (const QString &key : ReportEngine::sectionKeys())
        addCheckable(m_ui->sectionsList, ReportScheduleLabels::section(key), key);
    for (ReportPeriodKind kind : kPeriodKinds)
        m_ui->periodCombo->addItem(ReportScheduleLabels::periodKind(kind),
                                   reportPeriodKindKey(kind));
    for (int day = 1; day <= 7; ++day)
        m_ui->weekdayCombo->addItem(QLocale().dayName(day), day);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        m_ui->languageCombo->addItem(ReportScheduleLabels::language(language), language);

    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this,
            &ReportScheduleDialog::periodChanged);
    connect(m_ui->broadcastCheck, &QCheckBox::toggled, this,
            &ReportScheduleDialog::broadcastToggled);
    connect(m_ui->everyoneCheck, &QCheckBox::toggled, this,
            &ReportScheduleDialog::updateAudienceSummary);
    connect(m_ui->onDutyCheck, &QCheckBox::toggled, this,
            &ReportScheduleDialog::updateAudienceSummary);
    for (QListWidget *list : {m_ui->rolesList, m_ui->teamsList, m_ui->peopleList})
        connect(list, &QListWidget::itemChanged, this,
                &ReportScheduleDialog::updateAudienceSummary);
    connect(m_ui->peopleSearch, &QLineEdit::textChanged, this, &ReportScheduleDialog::filterPeople);
    connect(m_ui->folderBrowse, &QPushButton::clicked, this, [this] {
        auto *picker =
            new QFileDialog(this, tr("Folder for the report files"), m_ui->folderEdit->text());
        picker->setFileMode(QFileDialog::Directory);
        picker->setOption(QFileDialog::ShowDirsOnly);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QFileDialog::fileSelected, m_ui->folderEdit, &QLineEdit::setText);
        picker->open();
    });

    setSchedule(schedule);
    setWindowTitle(schedule.id > 0 ? tr("Report schedule “%1”").arg(schedule.name)
                                   : tr("New report schedule"));

    m_worker->post(
        this,
        [](DbWorker::Context &c) {
            Choices r;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            if (Directory::roles(*c.db, 500, r.roles, r.error, Directory::RoleOrder::ByName))
                if (Directory::teams(*c.db, 500, r.teams, r.error))
                    Directory::staff(*c.db, Directory::StaffScope::ActiveOnly, 5000, r.people,
                                     r.error);
            return r;
        },
        [this](const Choices &c) { takeChoices(c); });
}

ReportScheduleDialog::~ReportScheduleDialog() = default;

void ReportScheduleDialog::takeChoices(const Choices &c) {
    for (const NamedEntry &r : c.roles)
        addCheckable(m_ui->rolesList, r.name, r.id);
    for (const NamedEntry &t : c.teams)
        addCheckable(m_ui->teamsList, t.name, t.id);
    for (const StaffEntry &person : c.people) {
        QStringList extra{person.employeeNo};
        for (const QString &name : {person.roleName, person.teamName})
            if (!name.isEmpty())
                extra.append(name);
        addCheckable(m_ui->peopleList,
                     tr("%1 (%2)").arg(person.name, extra.join(QStringLiteral(", "))), person.id);
    }
    if (!c.error.isEmpty())
        showError(tr("The roles, teams and people could not be read: %1").arg(c.error));
    applyAudience();
    m_ready = true;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(c.error.isEmpty());
    Q_EMIT ready();
}

void ReportScheduleDialog::setSchedule(const ReportSchedule &s) {
    m_id = s.id;
    m_version = s.version;
    m_ui->nameEdit->setText(s.name);
    for (int i = 0; i < m_ui->sectionsList->count(); ++i) {
        QListWidgetItem *item = m_ui->sectionsList->item(i);
        item->setCheckState(s.sections.contains(item->data(kIdRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    m_ui->periodCombo->setCurrentIndex(
        m_ui->periodCombo->findData(reportPeriodKindKey(s.periodKind)));
    m_ui->timeEdit->setTime(s.timeOfDay);
    m_ui->weekdayCombo->setCurrentIndex(m_ui->weekdayCombo->findData(s.weekday));
    m_ui->dayOfMonthSpin->setValue(s.dayOfMonth);
    m_ui->formatPdf->setChecked(s.formats.contains(QStringLiteral("pdf")));
    m_ui->formatCsv->setChecked(s.formats.contains(QStringLiteral("csv")));
    m_ui->formatXlsx->setChecked(s.formats.contains(QStringLiteral("xlsx")));
    m_ui->formatJson->setChecked(s.formats.contains(QStringLiteral("json")));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(s.language));
    m_ui->skipIfEmptyCheck->setChecked(s.skipIfEmpty);
    m_ui->activeCheck->setChecked(s.active);
    m_ui->broadcastCheck->setChecked(s.broadcast);
    m_ui->folderEdit->setText(s.folder);
    m_ui->webhooksCheck->setChecked(s.webhooks);
    m_audience = s.audience;
    applyAudience();
    periodChanged();
    broadcastToggled();
}

void ReportScheduleDialog::applyAudience() {
    QList<qint64> roles, teams, people;
    bool everyone = false, onDuty = false;
    for (const Audience &a : std::as_const(m_audience)) {
        switch (a.kind) {
        case Audience::Kind::Everyone:
            everyone = true;
            break;
        case Audience::Kind::OnDuty:
            onDuty = true;
            break;
        case Audience::Kind::Roles:
            roles += a.ids;
            break;
        case Audience::Kind::Teams:
            teams += a.ids;
            break;
        case Audience::Kind::Staff:
            people += a.ids;
            break;
        }
    }
    m_ui->everyoneCheck->setChecked(everyone);
    m_ui->onDutyCheck->setChecked(onDuty);
    checkIds(m_ui->rolesList, roles);
    checkIds(m_ui->teamsList, teams);
    checkIds(m_ui->peopleList, people);
    updateAudienceSummary();
}

ReportSchedule ReportScheduleDialog::schedule() const {
    ReportSchedule s;
    s.id = m_id;
    s.version = m_version;
    s.name = m_ui->nameEdit->text().trimmed();
    for (int i = 0; i < m_ui->sectionsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->sectionsList->item(i);
        if (item->checkState() == Qt::Checked)
            s.sections.append(item->data(kIdRole).toString());
    }
    s.periodKind = reportPeriodKindFromKey(m_ui->periodCombo->currentData().toString())
                       .value_or(ReportPeriodKind::Week);
    s.timeOfDay = m_ui->timeEdit->time();
    s.weekday = m_ui->weekdayCombo->currentData().toInt();
    s.dayOfMonth = m_ui->dayOfMonthSpin->value();
    const std::pair<QCheckBox *, QString> formats[] = {{m_ui->formatPdf, QStringLiteral("pdf")},
                                                       {m_ui->formatCsv, QStringLiteral("csv")},
                                                       {m_ui->formatXlsx, QStringLiteral("xlsx")},
                                                       {m_ui->formatJson, QStringLiteral("json")}};
    for (const auto &[box, key] : formats)
        if (box->isChecked())
            s.formats.append(key);
    s.language = m_ui->languageCombo->currentData().toString();
    s.skipIfEmpty = m_ui->skipIfEmptyCheck->isChecked();
    s.active = m_ui->activeCheck->isChecked();
    s.broadcast = m_ui->broadcastCheck->isChecked();
    s.folder = m_ui->folderEdit->text().trimmed();
    s.webhooks = m_ui->webhooksCheck->isChecked();
    if (!m_ready) {
        s.audience = m_audience; // the lists are not read yet: keep what was given
        return s;
    }
    if (m_ui->everyoneCheck->isChecked())
        s.audience.append(Audience::everyone());
    if (m_ui->onDutyCheck->isChecked())
        s.audience.append(Audience::onDuty());
    if (const QList<qint64> ids = checkedIds(m_ui->rolesList); !ids.isEmpty())
        s.audience.append({Audience::Kind::Roles, ids, 0});
    if (const QList<qint64> ids = checkedIds(m_ui->teamsList); !ids.isEmpty())
        s.audience.append({Audience::Kind::Teams, ids, 0});
    if (const QList<qint64> ids = checkedIds(m_ui->peopleList); !ids.isEmpty())
        s.audience.append(Audience::staff(ids));
    return s;
}

void ReportScheduleDialog::periodChanged() {
    const auto kind = reportPeriodKindFromKey(m_ui->periodCombo->currentData().toString());
    const bool hour = kind == ReportPeriodKind::Hour;
    m_ui->timeEdit->setDisplayFormat(hour ? QStringLiteral("mm") : QStringLiteral("HH:mm"));
    m_ui->weekdayCombo->setEnabled(kind == ReportPeriodKind::Week);
    m_ui->dayOfMonthSpin->setEnabled(kind == ReportPeriodKind::Month);
    QString hint;
    switch (kind.value_or(ReportPeriodKind::Week)) {
    case ReportPeriodKind::Hour:
        hint = tr("Each hour's report is built at these minutes past the next hour.");
        break;
    case ReportPeriodKind::Day:
        hint = tr("Each day's report is built the next day at this time.");
        break;
    case ReportPeriodKind::Week:
        hint = tr("Each week's report is built on this weekday of the next week, at this time.");
        break;
    case ReportPeriodKind::Month:
    case ReportPeriodKind::Range:
        hint = tr("Each month's report is built on this day of the next month, at this time.");
        break;
    }
    m_ui->whenHint->setText(hint);
}

void ReportScheduleDialog::broadcastToggled() {
    const bool on = m_ui->broadcastCheck->isChecked();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->everyoneCheck), static_cast<QWidget *>(m_ui->onDutyCheck),
          static_cast<QWidget *>(m_ui->audienceTabs)})
        w->setEnabled(on);
    updateAudienceSummary();
}

void ReportScheduleDialog::filterPeople(const QString &text) {
    const QString needle = text.trimmed();
    for (int i = 0; i < m_ui->peopleList->count(); ++i) {
        QListWidgetItem *item = m_ui->peopleList->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void ReportScheduleDialog::updateAudienceSummary() {
    if (!m_ui->broadcastCheck->isChecked()) {
        m_ui->audienceSummary->setText(tr("No broadcast."));
        return;
    }
    QStringList parts;
    if (m_ui->everyoneCheck->isChecked())
        parts << tr("everyone");
    if (m_ui->onDutyCheck->isChecked())
        parts << tr("people on duty");
    if (const qsizetype n = checkedIds(m_ui->rolesList).size())
        parts << tr("%n role(s)", nullptr, int(n));
    if (const qsizetype n = checkedIds(m_ui->teamsList).size())
        parts << tr("%n team(s)", nullptr, int(n));
    if (const qsizetype n = checkedIds(m_ui->peopleList).size())
        parts << tr("%n person(s)", nullptr, int(n));
    m_ui->audienceSummary->setText(parts.isEmpty()
                                       ? tr("Broadcast to: nobody chosen yet.")
                                       : tr("Broadcast to: %1.").arg(parts.join(tr(", "))));
}

QString ReportScheduleDialog::errorText() const {
    return m_ui->scheduleError->text();
}

void ReportScheduleDialog::showError(const QString &message) {
    m_ui->scheduleError->setText(message);
}

void ReportScheduleDialog::accept() {
    if (m_saving || !m_ready)
        return;
    const ReportSchedule s = schedule();
    const QStringList issues = ReportScheduleStore::issues(s);
    if (!issues.isEmpty()) {
        showError(issues.join(QLatin1Char('\n')));
        Q_EMIT saveFinished(false, errorText());
        return;
    }
    m_saving = true;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    showError(QString());
    const ReportActor actor{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    const qint64 expected = m_version;
    struct Outcome {
        bool ok = false;
        bool conflict = false;
        ReportSchedule stored;
        QString error;
    };
    m_worker->post(
        this,
        [actor, clock, s, expected](DbWorker::Context &c) {
            Outcome o;
            if (!c.db) {
                o.error = c.openError;
                return o;
            }
            o.ok = ReportScheduleStore(*c.db, *clock).save(actor, s, expected, o.stored, o.error);
            if (!o.ok && s.id > 0) {
                // Refused: was it someone else's change (or removal) since the dialog opened?
                std::optional<ReportSchedule> now;
                QString ignored;
                if (ReportScheduleStore::load(*c.db, s.id, now, ignored))
                    o.conflict = !now || now->version != expected;
            }
            return o;
        },
        [this](const Outcome &o) {
            m_saving = false;
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
            if (o.ok) {
                m_id = o.stored.id;
                m_version = o.stored.version;
                Q_EMIT saved(o.stored);
                Q_EMIT saveFinished(true, QString());
                QDialog::accept();
                return;
            }
            m_conflict = o.conflict;
            m_ui->reloadButton->setVisible(o.conflict);
            showError(o.conflict ? tr("The schedule was changed or deleted by someone else "
                                      "since you opened it. Nothing was saved; reload it to "
                                      "see what is stored (your changes here are then lost), "
                                      "or cancel.\n%1")
                                       .arg(o.error)
                                 : tr("The schedule was not saved: %1").arg(o.error));
            Q_EMIT saveFinished(false, errorText());
        });
}

void ReportScheduleDialog::reloadStored() {
    if (m_id <= 0)
        return;
    const qint64 id = m_id;
    struct Loaded {
        std::optional<ReportSchedule> schedule;
        QString error;
    };
    m_worker->post(
        this,
        [id](DbWorker::Context &c) {
            Loaded r;
            if (!c.db)
                r.error = c.openError;
            else
                ReportScheduleStore::load(*c.db, id, r.schedule, r.error);
            return r;
        },
        [this](const Loaded &r) {
            if (!r.error.isEmpty()) {
                showError(tr("The stored schedule could not be read: %1").arg(r.error));
                return;
            }
            if (!r.schedule) {
                showError(tr("The schedule was deleted by someone else."));
                return;
            }
            setSchedule(*r.schedule);
            m_conflict = false;
            m_ui->reloadButton->hide();
            showError(QString());
        });
}

} // namespace sb::app

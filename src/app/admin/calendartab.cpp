#include "admin/calendartab.h"
#include "admin/rowsview.h"
#include "security/permissions.h"

#include "workflow/calendarstore.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QVBoxLayout>

namespace sb::app {

namespace {

QString periodsText(const QList<WorkingPeriod> &periods) {
    QStringList parts;
    for (const WorkingPeriod &p : periods)
        parts.append(QStringLiteral("%1:%2–%3:%4")
                         .arg(p.startMinute / 60, 2, 10, QLatin1Char('0'))
                         .arg(p.startMinute % 60, 2, 10, QLatin1Char('0'))
                         .arg(p.endMinute / 60, 2, 10, QLatin1Char('0'))
                         .arg(p.endMinute % 60, 2, 10, QLatin1Char('0')));
    return parts.join(QStringLiteral(", "));
}

QString dayName(int index) { // 0 = Monday
    return QLocale().dayName(index + 1, QLocale::ShortFormat);
}

constexpr int kDateRole = Qt::UserRole + 1;

} // namespace

QString CalendarTab::kindLabel(CalendarDayKind kind) {
    return kind == CalendarDayKind::Holiday ? tr("Holiday") : tr("Make-up working day");
}

QString CalendarTab::weekSummary(const CalendarSettings &s) {
    QStringList groups;
    int i = 0;
    while (i < 7) {
        int j = i;
        while (j + 1 < 7 && s.week[size_t(j + 1)] == s.week[size_t(i)])
            ++j;
        const QString days =
            i == j ? dayName(i) : tr("%1–%2", "a range of weekdays").arg(dayName(i), dayName(j));
        const QList<WorkingPeriod> &p = s.week[size_t(i)];
        groups.append(p.isEmpty() ? tr("%1 closed").arg(days)
                                  : QStringLiteral("%1 %2").arg(days, periodsText(p)));
        i = j + 1;
    }
    return groups.join(QStringLiteral(" · "));
}

CalendarTab::CalendarTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import iCalendar…"), this)) {
    setObjectName(QStringLiteral("calendarTab"));
    m_view->setObjectName(QStringLiteral("calendarView"));
    m_summary->setObjectName(QStringLiteral("calendarSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_add->setObjectName(QStringLiteral("calendarAddButton"));
    m_remove->setObjectName(QStringLiteral("calendarRemoveButton"));
    m_import->setObjectName(QStringLiteral("calendarImportButton"));
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_view->setModel(m_model);
    setUpRowsView(m_view, QAbstractItemView::ExtendedSelection);
    m_chooseFile = [](QWidget *over) {
        return QFileDialog::getOpenFileName(over, tr("Import holidays from an iCalendar file"),
                                            QString(),
                                            tr("iCalendar files (*.ics);;All files (*)"));
    };

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Year"), this));
    row->addWidget(m_year);
    row->addStretch(1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &CalendarTab::addDay);
    connect(m_remove, &QPushButton::clicked, this, &CalendarTab::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &CalendarTab::importFile);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CalendarTab::fill);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CalendarTab::updateButtons);
    connect(&ctx.gate, &PermissionGate::changed, this, &CalendarTab::updateButtons);
    refresh();
}

void CalendarTab::applyChanges(const QList<sb::Change> &changes) {
    if (touches(changes, {ChangeEntity::CalendarDay, ChangeEntity::Setting}))
        refresh();
}

void CalendarTab::refresh() {
    CalendarStore store(m_ctx.db);
    QString e;
    BusinessCalendar loaded;
    if (!store.load(loaded, e)) {
        m_status->error(tr("The business calendar could not be read: %1").arg(e));
        return;
    }
    m_calendar = loaded;
    const CalendarSettings &s = m_calendar.settings();
    m_summary->setText(
        tr("Working week: %1. Make-up working days: %2. Time zone: %3. The weekly pattern and "
           "time zone are edited in the Settings tab (workflow.calendar).")
            .arg(weekSummary(s), periodsText(s.makeUpDayHours), QString::fromLatin1(s.timeZoneId)));

    // Years of the stored days, plus the current one; keep the chosen year.
    const int chosen = m_year->currentData().toInt();
    QSet<int> years{
        QDateTime::fromMSecsSinceEpoch(m_ctx.clock.nowMs(), m_calendar.timeZone()).date().year()};
    for (const CalendarDay &d : m_calendar.days())
        years.insert(d.date.year());
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
        m_year->addItem(tr("All years"), 0);
        for (int y : sorted)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
    }
    fill();
}

void CalendarTab::fill() {
    const QList<QDate> selected = selectedDates();
    const int year = m_year->currentData().toInt();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Kind"), tr("Name")});
    const QLocale locale;
    for (const CalendarDay &d : m_calendar.days()) { // sorted by date
        if (year != 0 && d.date.year() != year)
            continue;
        auto *date = new QStandardItem(d.date.toString(Qt::ISODate));
        date->setData(d.date, kDateRole);
        auto *kind = new QStandardItem(kindLabel(d.kind));
        kind->setData(calendarDayKindKey(d.kind), kDateRole);
        kind->setForeground(d.kind == CalendarDayKind::Holiday ? QColor(0xc6, 0x28, 0x28)
                                                               : QColor(0x15, 0x65, 0xc0));
        m_model->appendRow({date, new QStandardItem(locale.dayName(d.date.dayOfWeek())), kind,
                            new QStandardItem(d.name)});
    }
    m_view->resizeColumnsToContents();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (selected.contains(m_model->item(r, 0)->data(kDateRole).toDate()))
            m_view->selectionModel()->select(m_model->index(r, 0), QItemSelectionModel::Select |
                                                                       QItemSelectionModel::Rows);
    }
    updateButtons();
}

QList<QDate> CalendarTab::selectedDates() const {
    QList<QDate> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out.append(m_model->item(i.row(), 0)->data(kDateRole).toDate());
    std::sort(out.begin(), out.end());
    return out;
}

void CalendarTab::updateButtons() {
    const bool sel = !selectedDates().isEmpty();
    permit(m_add, perm::AdminSettings);
    permit(m_import, perm::AdminSettings);
    permit(m_remove, perm::AdminSettings, sel,
           sel ? QString() : tr("Choose days in the list first."));
}

bool CalendarTab::storeDay(const CalendarDay &day) {
    m_ctx.gate.recheck(); // rights as they are now
    if (!m_ctx.gate.has(perm::AdminSettings)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminSettings));
        return false;
    }
    CalendarStore store(m_ctx.db);
    QString e;
    if (!store.saveDays({day}, m_ctx.gate.session().login, m_ctx.clock.nowMs(), e)) {
        m_status->error(tr("%1 was not stored: %2").arg(day.date.toString(Qt::ISODate), e));
        return false;
    }
    refresh();
    m_status->ok(tr("%1 is now a %2 (%3).")
                     .arg(day.date.toString(Qt::ISODate), kindLabel(day.kind).toLower(),
                          day.name.isEmpty() ? tr("no name") : day.name));
    return true;
}

void CalendarTab::addDay() {
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("calendarDayDialog"));
    dialog->setWindowTitle(tr("Add a calendar day"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *date = new QDateEdit(dialog);
    date->setObjectName(QStringLiteral("calendarDayDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setDate(
        QDateTime::fromMSecsSinceEpoch(m_ctx.clock.nowMs(), m_calendar.timeZone()).date());
    auto *kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("calendarDayKind"));
    kind->addItem(kindLabel(CalendarDayKind::Holiday),
                  calendarDayKindKey(CalendarDayKind::Holiday));
    kind->addItem(kindLabel(CalendarDayKind::Workday),
                  calendarDayKindKey(CalendarDayKind::Workday));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("calendarDayName"));
    name->setMaxLength(200);
    name->setPlaceholderText(tr("e.g. National Day"));
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("calendarDayError"));
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Date"), date);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Name"), name);
    form->addRow(problem);
    form->addRow(buttons);
    dialog->setMinimumWidth(360);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, date, kind, name, problem] {
                const auto k = calendarDayKindFromKey(kind->currentData().toString());
                if (storeDay({date->date(), k.value_or(CalendarDayKind::Holiday),
                              name->text().trimmed()})) {
                    dialog->accept();
                    return;
                }
                problem->setText(m_status->text()); // refused: say so where the person is looking
                problem->show();
            });
    dialog->open();
}

void CalendarTab::removeSelected() {
    const QList<QDate> dates = selectedDates();
    if (dates.isEmpty())
        return;
    QStringList shown;
    for (const QDate &d : dates)
        shown.append(d.toString(Qt::ISODate));
    if (m_ctx.confirm && !m_ctx.confirm(this, tr("Remove %n day(s) from the calendar: %1?", nullptr,
                                                 int(dates.size()))
                                                  .arg(shown.join(QStringLiteral(", ")))))
        return;
    m_ctx.gate.recheck();
    if (!m_ctx.gate.has(perm::AdminSettings)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminSettings));
        return;
    }
    QString e;
    const bool ok = CalendarStore(m_ctx.db).removeDays(dates, m_ctx.gate.session().login,
                                                       m_ctx.clock.nowMs(), e);
    refresh();
    if (!ok) {
        m_status->error(tr("Nothing was removed: %1").arg(e));
        return;
    }
    m_status->ok(tr("Removed %n day(s) from the calendar.", nullptr, int(dates.size())));
}

void CalendarTab::importFile() {
    const QString path = m_chooseFile ? m_chooseFile(this) : QString();
    if (path.isEmpty())
        return;
    m_ctx.gate.recheck();
    if (!m_ctx.gate.has(perm::AdminSettings)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminSettings));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->error(tr("%1 could not be read: %2").arg(path, f.errorString()));
        return;
    }
    const QByteArray content = f.read(8 * 1024 * 1024 + 1);
    if (content.size() > 8 * 1024 * 1024) {
        m_status->error(tr("%1 is larger than 8 MiB; nothing was imported.").arg(path));
        return;
    }
    CalendarStore store(m_ctx.db);
    int imported = 0;
    QString e;
    if (!store.importICalendar(content, m_ctx.gate.session().login, m_ctx.clock.nowMs(), imported,
                               e)) {
        m_status->error(tr("Nothing was imported from %1: %2").arg(path, e));
        return;
    }
    refresh();
    m_status->ok(tr("Imported %n day(s) from %1.", nullptr, imported).arg(path));
}

} // namespace sb::app

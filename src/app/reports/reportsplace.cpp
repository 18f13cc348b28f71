#include "reports/reportsplace.h"

#include "pdfrenderer.h"
#include "reportcsvwriter.h"
#include "reportjsondocument.h"
#include "reports/reportarchivepanel.h"
#include "reports/reportschedulespanel.h"
#include "reports/reportsfeature.h"
#include "reports/reportview.h"
#include "reports/supervisiondialog.h"
#include "reports/supervisionpanel.h"
#include "reportxlsxwriter.h"
#include "security/permissions.h"
#include "shell/navigator.h"
#include "workflow/calendarstore.h"

#include "ui_reportsplace.h"

#include <QFileDialog>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>

namespace sb::app {

// The place: the report, then the supervision items (督办), the schedules and the archive of
// scheduled runs.
QWidget *createReportsPlace(const Workspace &ws, QWidget *parent) {
    auto *place = new ReportsPlace(ws, parent);
    auto *supervision = new SupervisionPanel(ws, place);
    supervision->setObjectName(QStringLiteral("supervisionPanel"));
    const int supervisionTab =
        place->addTab(supervision, ReportsPlace::tr("Supervision items"),
                      [supervision](const QList<Change> &c) { supervision->applyChanges(c); });
    // "Open supervision item…" on a recurring row: the dialog, then the new item in its tab.
    QObject::connect(place, &ReportsPlace::supervisionRequested, place,
                     [ws, place, supervision, supervisionTab](const SupervisionDraft &draft) {
                         auto *dialog = new SupervisionDialog(ws, draft, place);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         QObject::connect(
                             dialog, &SupervisionDialog::opened, supervision,
                             [place, supervision, supervisionTab](const SupervisionItem &item) {
                                 supervision->selectItem(item.id);
                                 place->tabs()->setCurrentIndex(supervisionTab);
                             });
                         dialog->open();
                     });
    auto *schedules = new ReportSchedulesPanel(ws, place);
    schedules->setObjectName(QStringLiteral("reportSchedulesPanel"));
    place->addTab(schedules, ReportsPlace::tr("Schedules"),
                  [schedules](const QList<Change> &c) { schedules->applyChanges(c); });
    auto *archive = new ReportArchivePanel(ws, place);
    archive->setObjectName(QStringLiteral("reportArchivePanel"));
    place->addTab(archive, ReportsPlace::tr("Archive"),
                  [archive](const QList<Change> &c) { archive->applyChanges(c); });
    return place;
}

// One run of the engine, as it came back.
struct ReportsPlace::Built {
    int generation = 0;
    bool ok = false;
    bool cancelled = false;
    Report report;
    QString error;
};

ReportsPlace::ReportsPlace(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_ui(std::make_unique<Ui::ReportsPlace>()) {
    m_ui->setupUi(this);
    QFont hf = m_ui->reportsHeading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_ui->reportsHeading->setFont(hf);

    m_ui->reportCombo->addItem(tr("Periodic report: every section"));
    m_ui->reportCombo->addItem(tr("Periodic report: chosen sections"));
    for (const QString &key : ReportEngine::sectionKeys()) {
        auto *item = new QListWidgetItem(ReportJsonDocument::heading(key), m_ui->sectionList);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    const std::pair<ReportPeriodKind, QString> kinds[] = {
        {ReportPeriodKind::Hour, tr("Hour")},
        {ReportPeriodKind::Day, tr("Day")},
        {ReportPeriodKind::Week, tr("ISO week")},
        {ReportPeriodKind::Month, tr("Month")},
        {ReportPeriodKind::Range, tr("Range (from – to)")}};
    for (const auto &[kind, text] : kinds)
        m_ui->kindCombo->addItem(text, int(kind));
    m_ui->kindCombo->setCurrentIndex(1);
    m_ui->compareCombo->addItem(tr("Previous period"), int(ReportComparison::Previous));
    m_ui->compareCombo->addItem(tr("Same period a year earlier"),
                                int(ReportComparison::YearEarlier));
    m_ui->compareCombo->addItem(tr("No comparison"), int(ReportComparison::None));
    m_ui->progressBar->setFormat(QString());

    m_view = new ReportView(m_ui->reportHost);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_ui->reportHostLayout->addWidget(m_view);

    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("reports-place"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();

    connect(m_ui->reportCombo, &QComboBox::currentIndexChanged, this,
            &ReportsPlace::updateControls);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ReportsPlace::kindChanged);
    connect(m_ui->compareCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_report)
            showDocument(); // the engine already counted both earlier periods
    });
    connect(m_ui->runButton, &QPushButton::clicked, this, &ReportsPlace::run);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &ReportsPlace::run);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ReportsPlace::cancel);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this,
            [this] { chooseExport(Format::Pdf); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            [this] { chooseExport(Format::Csv); });
    connect(m_ui->exportXlsxButton, &QPushButton::clicked, this,
            [this] { chooseExport(Format::Xlsx); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this,
            [this] { chooseExport(Format::Json); });
    connect(m_view, &ReportView::drillRequested, this, &ReportsPlace::openDrill);
    connect(m_view, &ReportView::supervisionRequested, this, &ReportsPlace::supervisionRequested);
    updateControls();
    loadZone();
}

ReportsPlace::~ReportsPlace() {
    // The run's progress is posted to this object: stop the run's worker before it goes.
    if (m_cancel)
        m_cancel->store(true);
    m_run.abandon();
}

QTabWidget *ReportsPlace::tabs() const {
    return m_ui->reportTabs;
}

int ReportsPlace::addTab(QWidget *page, const QString &title,
                         std::function<void(const QList<sb::Change> &)> onChanges) {
    if (onChanges)
        m_tabChanges.append(std::move(onChanges));
    return m_ui->reportTabs->addTab(page, title);
}

void ReportsPlace::loadZone() {
    struct Zone {
        QTimeZone zone;
        QString error;
    };
    m_ui->runButton->setEnabled(false);
    m_worker->post(
        this,
        [](DbWorker::Context &c) {
            Zone z;
            BusinessCalendar calendar;
            if (!c.db)
                z.error = c.openError;
            else if (CalendarStore(*c.db).load(calendar, z.error))
                z.zone = calendar.timeZone();
            return z;
        },
        [this](const Zone &z) {
            if (!z.error.isEmpty() || !z.zone.isValid()) {
                setStatus(tr("The business calendar could not be read: %1").arg(z.error));
                return;
            }
            m_zone = z.zone;
            kindChanged();
            Q_EMIT ready();
        });
}

ReportPeriodKind ReportsPlace::currentKind() const {
    return ReportPeriodKind(m_ui->kindCombo->currentData().toInt());
}

ReportComparison ReportsPlace::currentComparison() const {
    return ReportComparison(m_ui->compareCombo->currentData().toInt());
}

void ReportsPlace::kindChanged() {
    const ReportPeriodKind kind = currentKind();
    if (m_zone.isValid()) {
        const qint64 now = m_ws.clock->nowMs();
        if (kind == ReportPeriodKind::Range) {
            // Default range: the last complete week, day by day.
            const ReportPeriod week =
                ReportPeriod::lastComplete(ReportPeriodKind::Week, now, m_zone);
            const QDate first = QDateTime::fromMSecsSinceEpoch(week.startMs(), m_zone).date();
            m_ui->fromEdit->setText(first.toString(Qt::ISODate));
            m_ui->toEdit->setText(first.addDays(6).toString(Qt::ISODate));
        } else {
            m_ui->atEdit->setText(ReportPeriod::lastComplete(kind, now, m_zone).at());
        }
    }
    updateControls();
}

void ReportsPlace::updateControls() {
    const bool range = currentKind() == ReportPeriodKind::Range;
    m_ui->atLabel->setVisible(!range);
    m_ui->atEdit->setVisible(!range);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->fromLabel), static_cast<QWidget *>(m_ui->fromEdit),
          static_cast<QWidget *>(m_ui->toLabel), static_cast<QWidget *>(m_ui->toEdit)})
        w->setVisible(range);
    m_ui->sectionList->setEnabled(m_ui->reportCombo->currentIndex() == 1);
    m_ui->runButton->setEnabled(!m_running && m_zone.isValid());
    m_ui->cancelButton->setEnabled(m_running);
    const bool canExport =
        m_report.has_value() && m_exporting == 0 && m_ws.user.permissions.has(perm::ReportsExport);
    for (QPushButton *b : {m_ui->exportPdfButton, m_ui->exportCsvButton, m_ui->exportXlsxButton,
                           m_ui->exportJsonButton}) {
        b->setEnabled(canExport);
        b->setToolTip(m_ws.user.permissions.has(perm::ReportsExport)
                          ? tr("Saves the report on screen")
                          : tr("Exporting needs the permission %1").arg(perm::ReportsExport));
    }
}

bool ReportsPlace::period(ReportPeriod &out, QString &error) const {
    if (!m_zone.isValid()) {
        error = tr("The business calendar's time zone is not known yet.");
        return false;
    }
    if (currentKind() == ReportPeriodKind::Range)
        return ReportPeriod::range(m_ui->fromEdit->text().trimmed(), m_ui->toEdit->text().trimmed(),
                                   m_zone, out, error);
    return ReportPeriod::parse(currentKind(), m_ui->atEdit->text().trimmed(), m_zone, out, error);
}

void ReportsPlace::setPeriodKind(ReportPeriodKind kind) {
    const int i = m_ui->kindCombo->findData(int(kind));
    if (i == m_ui->kindCombo->currentIndex())
        kindChanged();
    else
        m_ui->kindCombo->setCurrentIndex(i);
}

void ReportsPlace::setPeriodText(const QString &at) {
    m_ui->atEdit->setText(at);
}

void ReportsPlace::setRange(const QString &from, const QString &to) {
    setPeriodKind(ReportPeriodKind::Range);
    m_ui->fromEdit->setText(from);
    m_ui->toEdit->setText(to);
}

void ReportsPlace::setComparison(ReportComparison comparison) {
    m_ui->compareCombo->setCurrentIndex(m_ui->compareCombo->findData(int(comparison)));
}

void ReportsPlace::setSections(const QStringList &keys) {
    m_ui->reportCombo->setCurrentIndex(keys.isEmpty() ? 0 : 1);
    for (int i = 0; i < m_ui->sectionList->count(); ++i) {
        QListWidgetItem *item = m_ui->sectionList->item(i);
        item->setCheckState(keys.isEmpty() || keys.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

QStringList ReportsPlace::chosenSections() const {
    QStringList keys;
    if (m_ui->reportCombo->currentIndex() == 0)
        return keys;
    for (int i = 0; i < m_ui->sectionList->count(); ++i)
        if (m_ui->sectionList->item(i)->checkState() == Qt::Checked)
            keys.append(m_ui->sectionList->item(i)->data(Qt::UserRole).toString());
    return keys;
}

QString ReportsPlace::statusText() const {
    return m_ui->statusLabel->text();
}

void ReportsPlace::setStatus(const QString &text) {
    m_ui->statusLabel->setText(text);
}

QString ReportsPlace::language() const {
    return QLocale().name().startsWith(QLatin1StringView("zh")) ? QStringLiteral("zh_CN")
                                                                : QStringLiteral("en");
}

void ReportsPlace::run() {
    if (m_running)
        return;
    ReportRequest request;
    QString error;
    if (!period(request.period, error)) {
        setStatus(tr("The period cannot be read: %1").arg(error));
        Q_EMIT runFinished(false, statusText());
        return;
    }
    request.sections = chosenSections();
    if (m_ui->reportCombo->currentIndex() == 1 && request.sections.isEmpty()) {
        setStatus(tr("Check at least one section of the report."));
        Q_EMIT runFinished(false, statusText());
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    m_running = true;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(tr("Starting…"));
    setStatus(tr("Building the report of %1…").arg(request.period.at()));
    updateControls();
    const Clock *clock = m_ws.clock;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // A report only reads: it may run on a standby (the URL's read_session_attrs). A build
    // started while a cancelled one still winds down queues behind it on the same connection.
    m_run.post(
        m_ws.db->url().forReading(), this,
        [this, request, clock, cancel, generation](DbWorker::Context &c) {
            Built b;
            b.generation = generation;
            if (!c.db) {
                b.error = c.openError;
                return b;
            }
            ReportEngine engine(*c.db, *clock);
            const auto progress = [this, generation](int index, int count, const QString &key) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, index, count, key] {
                        showProgress(generation, index, count, key);
                    },
                    Qt::QueuedConnection);
            };
            b.ok = engine.build(request, b.report, b.error, progress, cancel.get());
            b.cancelled = engine.cancelled();
            return b;
        },
        [this](Built b) { takeBuilt(b); });
}

void ReportsPlace::showProgress(int generation, int index, int count, const QString &key) {
    if (generation != m_generation || !m_running)
        return;
    m_ui->progressBar->setRange(0, std::max(1, count));
    m_ui->progressBar->setValue(index);
    m_ui->progressBar->setFormat(index < count ? tr("Section %1 of %2: %3")
                                                     .arg(index + 1)
                                                     .arg(count)
                                                     .arg(ReportJsonDocument::heading(key))
                                               : tr("All %n section(s) done", nullptr, count));
    Q_EMIT progressed(index, count, key);
}

void ReportsPlace::cancel() {
    if (!m_running)
        return;
    if (m_cancel)
        m_cancel->store(true); // the engine stops before its next section
    ++m_generation;            // whatever the run still brings back is dropped
    m_running = false;
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(QString());
    setStatus(tr("The report was cancelled."));
    updateControls();
    Q_EMIT runFinished(false, statusText());
}

void ReportsPlace::takeBuilt(Built &b) {
    if (b.generation != m_generation)
        return;
    m_running = false;
    if (!b.ok) {
        m_ui->progressBar->setValue(0);
        setStatus(b.cancelled ? tr("The report was cancelled.")
                              : tr("The report could not be built: %1").arg(b.error));
        updateControls();
        Q_EMIT runFinished(false, statusText());
        return;
    }
    m_report = std::move(b.report);
    m_stale = false;
    m_ui->staleLabel->hide();
    m_ui->rerunButton->hide();
    showDocument();
    setStatus(tr("Report of %1 built.").arg(m_report->period.at()));
    updateControls();
    Q_EMIT runFinished(true, statusText());
}

void ReportsPlace::showDocument() {
    const ReportDocument doc =
        ReportScreenDocument::build(*m_report, currentComparison(), language());
    m_view->setDocument(doc, m_ws.navigator != nullptr, m_report->period.startMs(),
                        m_report->period.endMs());
}

void ReportsPlace::openDrill(const ReportDrill &drill, const QString &heading, qint64 count) {
    if (!m_ws.navigator || !m_report)
        return;
    struct Ids {
        QList<qint64> ids;
        bool truncated = false;
        QString error;
    };
    const QString title = ReportScreenDocument::drillTitle(heading, drill, m_report->period);
    if (m_report->archived && m_report->archived->rollup) {
        // The figures are the month's roll-up: its tickets left for the archive.
        setStatus(tr("%1 counts tickets that are archived: the figures of this month are its "
                     "roll-up, and archived tickets cannot be opened here.")
                      .arg(title));
        Q_EMIT drillFinished(false, statusText());
        return;
    }
    const Clock *clock = m_ws.clock;
    setStatus(tr("Opening the %n ticket(s) of %1…", nullptr, int(count)).arg(title));
    m_worker->post(
        this,
        [drill, clock](DbWorker::Context &c) {
            Ids r;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            ReportEngine engine(*c.db, *clock);
            engine.ticketIds(drill, TicketSelection::kMaxIds, r.ids, r.truncated, r.error);
            return r;
        },
        [this, title](const Ids &r) {
            if (!r.error.isEmpty()) {
                setStatus(tr("The tickets of %1 could not be read: %2").arg(title, r.error));
                Q_EMIT drillFinished(false, statusText());
                return;
            }
            setStatus(
                r.truncated
                    ? tr("Opened the first %n ticket(s) of %1.", nullptr, int(r.ids.size()))
                          .arg(title)
                    : tr("Opened %n ticket(s) of %1.", nullptr, int(r.ids.size())).arg(title));
            if (m_ws.navigator)
                m_ws.navigator->openTickets({title, r.ids, r.truncated});
            Q_EMIT drillFinished(true, statusText());
        });
}

void ReportsPlace::chooseExport(Format format) {
    if (!m_report)
        return;
    static const char *const filters[] = {QT_TR_NOOP("PDF (*.pdf)"), QT_TR_NOOP("CSV (*.csv)"),
                                          QT_TR_NOOP("Excel workbook (*.xlsx)"),
                                          QT_TR_NOOP("JSON (*.json)")};
    static const char *const suffixes[] = {"pdf", "csv", "xlsx", "json"};
    const int f = int(format);
    const QString name = QStringLiteral("report-%1-%2.%3")
                             .arg(reportPeriodKindKey(m_report->period.kind()),
                                  m_report->period.at().replace(QLatin1Char('/'), QLatin1Char('_')),
                                  QLatin1StringView(suffixes[f]));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the report"), name, tr(filters[f]));
    if (!path.isEmpty())
        exportTo(format, path);
}

void ReportsPlace::exportTo(Format format, const QString &path) {
    if (!m_report) {
        Q_EMIT exportFinished(false, tr("There is no report to export."));
        return;
    }
    const ReportDocument doc = m_view->document();
    QJsonObject json = ReportEngine::toJson(*m_report);
    json.insert(QStringLiteral("language"), language());
    ++m_exporting;
    updateControls();
    setStatus(tr("Writing %1…").arg(path));
    m_worker->postWithoutConnection(
        this,
        [format, path, doc, json](DbWorker::Context &) {
            QString error;
            switch (format) {
            case Format::Pdf:
                PdfRenderer::renderToFile(doc, path, error);
                break;
            case Format::Csv:
                ReportCsvWriter::writeToFile(doc, path, ReportCsvWriter::Options{true}, error);
                break;
            case Format::Xlsx:
                ReportXlsxWriter::writeToFile(doc, path, error);
                break;
            case Format::Json: {
                const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                    !file.commit())
                    error = file.errorString();
                break;
            }
            }
            return error;
        },
        [this, path](const QString &error) {
            --m_exporting;
            updateControls();
            setStatus(error.isEmpty()
                          ? tr("Report written to %1.").arg(path)
                          : tr("The report could not be written to %1: %2").arg(path, error));
            Q_EMIT exportFinished(error.isEmpty(), statusText());
        });
}

void ReportsPlace::applyChanges(const QList<sb::Change> &changes) {
    for (const auto &forward : std::as_const(m_tabChanges))
        forward(changes);
    if (!m_report || m_stale)
        return;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Ticket || c.entity == ChangeEntity::TicketEvent ||
            c.entity == ChangeEntity::Incident || c.entity == ChangeEntity::IncidentEvent ||
            c.entity == ChangeEntity::ReportSupervision) {
            // A report is a snapshot up to its cut-off: say so, do not rebuild.
            m_stale = true;
            m_ui->staleLabel->show();
            m_ui->rerunButton->show();
            return;
        }
    }
}

} // namespace sb::app

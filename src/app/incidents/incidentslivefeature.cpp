#include "incidents/incidentslivefeature.h"
#include "security/permissions.h"

#include "grading/liveengine.h"
#include "grading/metricssource.h"
#include "incidents/alertcenter.h"
#include "incidents/ruleseteditor.h"
#include "shell/mainwindow.h"

#if __has_include("incidents/gradingwizard.h")
#include "incidents/gradingwizard.h"
#define SB_HAVE_GRADING_WIZARD 1
#endif

#include <QAction>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace sb::app {

void openIncident(MainWindow &window, qint64 incidentId) {
#ifdef SB_HAVE_GRADING_WIZARD
    openGradingWizard(window, incidentId);
#else
    Q_UNUSED(incidentId)
    window.showPlace(QStringLiteral("incidents"));
    window.raise();
    window.activateWindow();
#endif
}

namespace {

void showMetricsState(QLabel *label, MetricsSource::State state, const QString &message) {
    QString text;
    QString colour;
    switch (state) {
    case MetricsSource::State::Off:
        text = MainWindow::tr("Metrics: off");
        colour = QStringLiteral("#757575");
        break;
    case MetricsSource::State::Ok:
        text = MainWindow::tr("Metrics: ok");
        colour = QStringLiteral("#2e7d32");
        break;
    case MetricsSource::State::Error:
        text = MainWindow::tr("Metrics: error");
        colour = QStringLiteral("#c62828");
        break;
    }
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    label->setToolTip(message);
    label->setProperty("metricsState", static_cast<int>(state));
}

void addRulesToolBar(MainWindow &window) {
    auto *bar = new QToolBar(MainWindow::tr("Incidents"), &window);
    bar->setObjectName(QStringLiteral("incidentsToolBar"));
    QAction *rules = bar->addAction(MainWindow::tr("Grading rules…"));
    rules->setObjectName(QStringLiteral("gradingRulesAction"));
    const Workspace &ws = window.workspace();
    rules->setToolTip(ws.user.permissions.has(perm::AdminRules)
                          ? MainWindow::tr("View and edit the grading rules")
                          : MainWindow::tr("View the grading rules (editing needs the permission "
                                           "admin.rules)"));
    QObject::connect(rules, &QAction::triggered, &window, [&window] {
        auto *editor = new RuleSetEditor(window.workspace(), &window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->open();
    });
    window.addToolBar(Qt::TopToolBarArea, bar);
    // Shown while the Incidents place is (the place itself belongs to the incident board).
    auto *split = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *stack =
        split ? split->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!stack)
        return;
    const auto update = [bar, stack] {
        const QWidget *w = stack->currentWidget();
        bar->setVisible(w && w->objectName() == QLatin1StringView("incidentsPlace"));
    };
    QObject::connect(stack, &QStackedWidget::currentChanged, bar, update);
    update();
}

} // namespace

void installIncidentsLiveFeature(MainWindow &window) {
    const Workspace &ws = window.workspace();
    if (!ws.db || !ws.clock)
        return;

    // On PostgreSQL row-level security shows some people only their own tickets; an engine
    // counting a subset could only be late, so it runs where every complaint is visible
    // (SQLite: everywhere).
    const bool seesAll =
        ws.db->dialect() == Dialect::SQLite || ws.user.permissions.has(perm::TicketsReadAll);
    if (ws.canWrite && seesAll) {
        auto *live = new LiveEngineThread(ws.db->url(), *ws.clock, &window, ws.background);
        QObject::connect(&window, &MainWindow::changesArrived, live,
                         &LiveEngineThread::applyChanges);
        QObject::connect(
            live->engine(), &LiveEngine::failed, &window,
            [&window](const QString &message) { window.statusBar()->showMessage(message, 15000); });
        live->start();

        auto *metrics = new MetricsSource(&window);
        auto *label = new QLabel(&window);
        label->setObjectName(QStringLiteral("metricsLabel"));
        window.statusBar()->addPermanentWidget(label);
        QObject::connect(
            metrics, &MetricsSource::stateChanged, label,
            [label](MetricsSource::State s, const QString &m) { showMetricsState(label, s, m); });
        QObject::connect(metrics, &MetricsSource::sample, live,
                         &LiveEngineThread::addAffectedShare);
        // (Re)reads metrics.* and restarts polling; again whenever a setting changes.
        const auto configure = [&window, metrics, label] {
            MetricsSettings settings;
            QString error;
            metrics->stop();
            if (!MetricsSettings::load(SettingsStore(*window.workspace().db), settings, error)) {
                showMetricsState(label, MetricsSource::State::Error, error);
                return;
            }
            metrics->configure(settings);
            metrics->start();
        };
        configure();
        QObject::connect(&window, &MainWindow::changesArrived, metrics,
                         [configure](const QList<Change> &changes) {
                             for (const Change &c : changes) {
                                 if (c.entity == ChangeEntity::Setting) {
                                     configure();
                                     return;
                                 }
                             }
                         });
    }

    auto *alerts = new AlertCenter(ws, &window);
    QObject::connect(&window, &MainWindow::changesArrived, alerts, &AlertCenter::applyChanges);
    QObject::connect(alerts, &AlertCenter::openRequested, &window,
                     [&window](qint64 id) { openIncident(window, id); });
    addRulesToolBar(window);
}

} // namespace sb::app

#include "shell/mainwindow.h"

#include "incidents/incidentboard.h"
#include "shell/features.h"
#include "shell/navdelegate.h"
#include "tickets/ticketsplace.h"

#include <QIcon>

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace sb::app {

MainWindow::MainWindow(const Workspace &ws, QWidget *parent)
    : QMainWindow(parent)
    , m_ws(ws)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this)) {
    m_ws.navigator = this; // before any place is made: each gets the Workspace as it is now
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Signalboard — %1").arg(ws.user.name));
    m_nav->setObjectName(QStringLiteral("placeList"));
    m_nav->setMaximumWidth(220);
    m_nav->setItemDelegate(new NavDelegate(m_nav)); // live counts as badges (shell/navbadge.h)
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);

    const QList<FeatureSpec> specs = featureSpecs();
    for (const FeatureSpec &spec : specs) {
        if (spec.createPlace)
            addPlace(spec);
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && ensurePlace(row))
            m_stack->setCurrentIndex(row);
    });

    m_dbLabel = new QLabel(ws.db->url().toDisplayString(), this);
    m_dbLabel->setObjectName(QStringLiteral("dbLabel"));
    m_dbLabel->setTextFormat(Qt::PlainText);
    m_userLabel = new QLabel(tr("%1 (%2)").arg(ws.user.name, ws.user.login), this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setTextFormat(Qt::PlainText);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_versionLabel = new QLabel(tr("Version %1").arg(QStringLiteral(SIGNALBOARD_VERSION)), this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
    setSyncState(ChangeFeed::State::Connecting, {});
    if (!ws.canWrite)
        statusBar()->showMessage(ws.readOnlyReason);

    buildMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPlace(const FeatureSpec &spec) {
    m_keys.append(spec.key);
    m_factories.append(spec.createPlace);
    m_widgets.append(nullptr);
    m_places.append(nullptr);
    m_nav->addItem(new QListWidgetItem(QIcon::fromTheme(spec.icon), tr(spec.title)));
    m_stack->addWidget(new QWidget(m_stack)); // replaced by the place when first shown
}

QWidget *MainWindow::ensurePlace(int index) {
    if (index < 0 || index >= m_keys.size())
        return nullptr;
    if (!m_widgets.at(index)) {
        QWidget *w = m_factories.at(index)(m_ws, m_stack);
        w->setObjectName(m_keys.at(index) + QStringLiteral("Place"));
        QWidget *placeholder = m_stack->widget(index);
        m_stack->insertWidget(index, w);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        m_widgets[index] = w;
        m_places[index] = dynamic_cast<Place *>(w);
    }
    return m_widgets.at(index);
}

QWidget *MainWindow::place(const QString &key) const {
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? nullptr : const_cast<MainWindow *>(this)->ensurePlace(int(i));
}

QStringList MainWindow::placeKeys() const {
    return m_keys;
}

void MainWindow::showPlace(const QString &key) {
    const qsizetype i = m_keys.indexOf(key);
    if (i >= 0)
        m_nav->setCurrentRow(int(i));
}

void MainWindow::openTickets(const TicketSelection &selection) {
    static_assert(TicketSelection::kMaxIds == TicketFilter::kMaxIds);
    auto *tickets = dynamic_cast<TicketsPlace *>(place(QStringLiteral("tickets")));
    if (!tickets)
        return;
    showPlace(QStringLiteral("tickets"));
    tickets->showSelection(selection);
}

void MainWindow::openTicketQueue(TicketQueue queue, const TicketFilter &filter) {
    auto *tickets = dynamic_cast<TicketsPlace *>(place(QStringLiteral("tickets")));
    if (!tickets)
        return;
    showPlace(QStringLiteral("tickets"));
    tickets->openQueue(queue, filter);
}

void MainWindow::openIncident(qint64 incidentId) {
    auto *board = qobject_cast<IncidentBoard *>(place(QStringLiteral("incidents")));
    showPlace(QStringLiteral("incidents"));
    if (board)
        board->selectIncident(incidentId);
}

void MainWindow::applyChanges(const QList<sb::Change> &changes) {
    for (Place *p : std::as_const(m_places)) {
        if (p)
            p->applyChanges(changes);
    }
    Q_EMIT changesArrived(changes);
}

void MainWindow::setSyncState(ChangeFeed::State state, const QString &detail) {
    QString text;
    QString colour;
    switch (state) {
    case ChangeFeed::State::Live:
        text = tr("Live");
        colour = QStringLiteral("#2e7d32");
        break;
    case ChangeFeed::State::CatchingUp:
    case ChangeFeed::State::Connecting:
        text = tr("Catching up");
        colour = QStringLiteral("#f57c00");
        break;
    case ChangeFeed::State::Reconnecting:
        text = tr("Reconnecting");
        colour = QStringLiteral("#c62828");
        break;
    case ChangeFeed::State::Stopped:
        text = tr("Offline");
        colour = QStringLiteral("#757575");
        break;
    }
    m_syncLabel->setText(QStringLiteral("● ") + text);
    m_syncLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    m_syncLabel->setToolTip(detail.isEmpty() ? tr("Changes from other workstations: %1").arg(text)
                                             : detail.toHtmlEscaped());
    m_syncLabel->setProperty("syncState", int(state));
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_keys.size(); ++i) {
        QAction *a = view->addAction(m_nav->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Signalboard"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Signalboard"),
                           tr("Signalboard %1\nA supervisor workstation for complaint-handling "
                              "centres.")
                               .arg(QStringLiteral(SIGNALBOARD_VERSION)));
    });
}

void MainWindow::restoreLayout() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        split->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    const int row = s.value(QStringLiteral("window/place"), 0).toInt();
    m_nav->setCurrentRow(qBound(0, row, int(m_keys.size()) - 1));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        s.setValue(QStringLiteral("window/splitter"), split->saveState());
    s.setValue(QStringLiteral("window/place"), m_nav->currentRow());
    event->accept();
}

} // namespace sb::app

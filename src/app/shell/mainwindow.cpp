#include "shell/mainwindow.h"

#include "domain/labels.h"
#include "incidents/incidentboard.h"
#include "shell/aboutdialog.h"
#include "shell/features.h"
#include "shell/navdelegate.h"
#include "shell/searchable.h"
#include "shell/shortcutsdialog.h"
#include "tickets/ticketsplace.h"

#include <QIcon>

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>

namespace sb::app {

MainWindow::MainWindow(const Workspace &ws, QWidget *parent)
    : QMainWindow(parent)
    , m_ws(ws)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this)) {
    m_ws.navigator = this; // before any place is made: each gets the Workspace as it is now
    setObjectName(QStringLiteral("mainWindow"));
    // The platform appends the application's display name ("Zhao Lei — Signalboard").
    setWindowTitle(ws.user.name);
    m_nav->setObjectName(QStringLiteral("placeList"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setItemDelegate(new NavDelegate(m_nav)); // live counts as badges (shell/navbadge.h)
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false); // the navigation stays, at least as wide as its labels
    setCentralWidget(split);

    const QList<FeatureSpec> specs = featureSpecs();
    for (const FeatureSpec &spec : specs) {
        if (spec.createPlace)
            addPlace(spec);
    }
    fitNavigation();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && ensurePlace(row))
            m_stack->setCurrentIndex(row);
    });

    m_dbLabel = new QLabel(ws.db->url().toDisplayString(), this);
    m_dbLabel->setObjectName(QStringLiteral("dbLabel"));
    m_dbLabel->setTextFormat(Qt::PlainText);
    // Who is signed in, and their role by its label in the user's language.
    m_userLabel = new QLabel(
        ws.user.roleKey.isEmpty()
            ? tr("%1 (%2)").arg(ws.user.name, ws.user.login)
            : tr("%1 (%2) · %3").arg(ws.user.name, ws.user.login, Labels::role(ws.user.roleKey)),
        this);
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
    // The desktop's icon theme where it has the icon, else the one shipped for the place.
    const QIcon own(QStringLiteral(":/icons/places/%1.svg").arg(spec.key));
    m_nav->addItem(new QListWidgetItem(QIcon::fromTheme(spec.icon, own), tr(spec.title)));
    m_stack->addWidget(new QWidget(m_stack)); // replaced by the place when first shown
}

void MainWindow::fitNavigation() {
    // Wide enough for the longest label in the language shown, its icon, and a count of three
    // digits at the right (the counts some places show), without cutting the text.
    const QFontMetrics fm(m_nav->font());
    const int text = navigationTextWidth();
    const QStyle *st = m_nav->style();
    const int margin = st->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_nav) + 1;
    const int badge = fm.horizontalAdvance(QStringLiteral("999")) + 3 * margin + fm.height();
    const int width = 2 * m_nav->frameWidth() + 4 * margin + m_nav->iconSize().width() + text +
                      badge + st->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_nav);
    m_nav->setMinimumWidth(width);
}

int MainWindow::navigationTextWidth() const {
    const QFontMetrics fm(m_nav->font());
    int text = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        text = qMax(text, fm.horizontalAdvance(m_nav->item(i)->text()));
    return text;
}

void MainWindow::focusSearch() {
    // The place shown when it has a search field, else the tickets' filter.
    const int row = m_nav->currentRow();
    auto *searchable = row >= 0 ? dynamic_cast<Searchable *>(ensurePlace(row)) : nullptr;
    if (!searchable) {
        showPlace(QStringLiteral("tickets"));
        searchable = dynamic_cast<Searchable *>(place(QStringLiteral("tickets")));
    }
    if (searchable)
        searchable->focusSearch();
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
    // Ctrl+Q where the platform names no key for quitting (a desktop without a theme).
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                          : quitKeys);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_keys.size(); ++i) {
        QAction *a = view->addAction(m_nav->item(i)->text());
        if (i < 9) // Ctrl+1 … Ctrl+9; a tenth place has its menu entry only
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    view->addSeparator();
    QAction *search = view->addAction(tr("&Search"));
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, &MainWindow::focusSearch);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    connect(keys, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *about = help->addAction(tr("&About Signalboard"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::restoreLayout() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: about 90 % of the screen's available area, centred.
        const QScreen *sc = screen() ? screen() : QGuiApplication::primaryScreen();
        const QRect avail = sc ? sc->availableGeometry() : QRect(0, 0, 1280, 800);
        QRect r(QPoint(0, 0), (QSizeF(avail.size()) * 0.9).toSize());
        r.moveCenter(avail.center());
        setGeometry(r);
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        split->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    // Every start opens the first place, Today: what needs attention now. The place last
    // shown is remembered by its key, for a workstation without Today.
    const qsizetype last = m_keys.indexOf(s.value(QStringLiteral("window/placeKey")).toString());
    m_nav->setCurrentRow(m_keys.value(0) == QLatin1StringView("today") || last < 0 ? 0 : int(last));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        s.setValue(QStringLiteral("window/splitter"), split->saveState());
    s.setValue(QStringLiteral("window/placeKey"), m_keys.value(m_nav->currentRow()));
    event->accept();
}

} // namespace sb::app

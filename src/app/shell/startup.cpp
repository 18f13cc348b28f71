#include "shell/startup.h"

#include "connect/connectiondialog.h"
#include "demo/democontrols.h"
#include "demo/demoseeder.h"
#include "demo/simulator.h"
#include "security/directory.h"
#include "security/serversession.h"
#include "shell/features.h"
#include "shell/mainwindow.h"
#include "storage/migrations.h"
#include "sync/feedthread.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace sb::app {

Startup::Startup(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
    m_ws.clock = &m_clock;
}

Startup::~Startup() {
    delete m_window;
    delete m_feed;
    if (m_sim) {
        // Stopped and deleted in its thread, before its connection goes.
        m_simWorker->post([sim = m_sim](DbWorker::Context &) {
            sim->stop();
            delete sim;
        });
        m_simWorker->drain();
        m_simWorker.reset();
    }
}

QString Startup::defaultDemoPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.db");
}

QString Startup::open(const DatabaseUrl &url, const QString &login, const QString &password,
                      bool trustLogin) {
    QString error;
    auto db = Database::open(url, QStringLiteral("gui"), error);
    if (!db)
        return error;
    Migrator migrator(*db);
    SchemaStatus status;
    if (!migrator.status(status, error))
        return tr("Cannot read the schema version: %1").arg(error);
    m_ws.canWrite = status.canWrite();
    m_ws.readOnlyReason = status.canWrite() ? QString() : Migrator::tooNewMessage(status);
    if (status.canWrite() && !status.upToDate()) {
        if (!migrator.migrate(error)) {
            if (url.dialect == Dialect::PostgreSQL)
                return tr("The database is at schema version %1 and this Signalboard needs %2. "
                          "Ask an administrator to run: signalboard-cli db migrate --db %3\n(%4)")
                    .arg(status.current)
                    .arg(status.supported)
                    .arg(url.toDisplayString(), error);
            return error;
        }
    }

    // Who is signing in. On PostgreSQL the server has already checked the password of the
    // person's own role and answers for their permissions; on SQLite this program is the guard.
    Session user;
    if (url.dialect == Dialect::PostgreSQL) {
        if (!loadServerSession(*db, m_clock, user, error))
            return error;
    } else {
        SecuritySettings settings;
        QString settingsError;
        SecuritySettings::load(*db, settings, settingsError); // defaults where unreadable
        LocalAuthenticator auth(*db, m_clock, settings);
        if (trustLogin) {
            qint64 staffId = 0;
            if (!Directory::staffIdByLogin(*db, login, staffId, error))
                return error;
            if (staffId == 0)
                return tr("There is no account \"%1\" in this database.").arg(login);
            if (!auth.sessionFor(staffId, user, error))
                return error;
        } else {
            const LoginResult r = auth.login(login, password);
            if (!r.ok())
                return r.message;
            user = *r.session;
        }
    }
    m_db = std::move(db);
    m_ws.db = m_db.get();
    m_ws.user = user;
    return {};
}

bool Startup::run(const StartOptions &options) {
    m_demo = options.demo;
    if (options.demo) {
        const QString path = options.demoPath.isEmpty() ? defaultDemoPath() : options.demoPath;
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!prepareDemo(DatabaseUrl::sqlite(path)))
            return false;
        const QString why =
            open(DatabaseUrl::sqlite(path), QStringLiteral("supervisor"), QString(), true);
        if (!why.isEmpty()) {
            QMessageBox::critical(nullptr, tr("Signalboard"), why);
            return false;
        }
    } else {
        ConnectionDialog dialog([this, &options](const DatabaseUrl &url, const QString &login,
                                                 const QString &password) {
            return open(url, login, password, options.autoSignIn);
        });
        DatabaseUrl initial;
        QString error;
        const QString text =
            options.dbUrl.isEmpty()
                ? QSettings().value(QStringLiteral("connection/lastUrl")).toString()
                : options.dbUrl;
        if (!text.isEmpty() && DatabaseUrl::parse(text, initial, error))
            dialog.setUrl(initial);
        else if (!error.isEmpty())
            dialog.showError(error);
        dialog.setLogin(QSettings().value(QStringLiteral("connection/lastLogin")).toString());
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    startFeedAndWindow();
    if (m_demo)
        startSimulator();
    return true;
}

bool Startup::prepareDemo(const DatabaseUrl &url) {
    QString error;
    auto db = Database::open(url, QStringLiteral("seed"), error);
    if (!db) {
        QMessageBox::critical(nullptr, tr("Signalboard"), error);
        return false;
    }
    Migrator migrator(*db);
    if (!migrator.migrate(error)) {
        QMessageBox::critical(nullptr, tr("Signalboard"), error);
        return false;
    }
    DemoSeeder seeder(*db);
    bool seeded = false;
    if (!seeder.isSeeded(seeded, error)) {
        QMessageBox::critical(nullptr, tr("Signalboard"), error);
        return false;
    }
    if (seeded)
        return true;
    QProgressDialog progress(tr("Preparing the demo: 30 days of complaints…"), QString(), 0, 100);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    DemoOptions o;
    o.nowMs = m_clock.nowMs();
    const bool ok = seeder.seed(o, error, [&progress](int p) {
        progress.setValue(p);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    if (!ok)
        QMessageBox::critical(nullptr, tr("Signalboard"),
                              tr("The demo could not be prepared: %1").arg(error));
    return ok;
}

void Startup::startFeedAndWindow() {
    qint64 seq = 0;
    QString error;
    ChangeFeed::currentSeq(*m_db, seq, error);
    m_background = std::make_unique<DbWorker>(m_db->url(), QStringLiteral("background"));
    m_ws.background = m_background.get();
    m_window = new MainWindow(m_ws);
    // On PostgreSQL the feed LISTENs on the background worker's connection: a workstation
    // holds two connections, this thread's and the worker's. SQLite's feed keeps its own.
    m_feed = m_db->url().dialect == Dialect::PostgreSQL
                 ? new FeedThread(*m_background, m_db->url(), seq, this)
                 : new FeedThread(m_db->url(), seq, this);
    connect(m_feed, &FeedThread::changed, m_window, &MainWindow::applyChanges);
    connect(m_feed, &FeedThread::stateChanged, m_window, &MainWindow::setSyncState);
    installFeatures(*m_window);
    m_feed->start();
    m_window->show();
}

void Startup::startSimulator() {
    // The simulated other centre is another client: a worker and connection of its own.
    m_simWorker = std::make_unique<DbWorker>(m_db->url(), QStringLiteral("demo-simulator"));
    m_sim = new Simulator(m_db->url(), m_clock, quint32(m_clock.nowMs()));
    m_sim->moveToThread(m_simWorker->workerThread());
    auto *controls = new DemoControls(m_sim, m_sim->ratePerMinute(), m_window);
    m_window->addToolBar(Qt::TopToolBarArea, controls);
    connect(m_sim, &Simulator::generated, controls, &DemoControls::countGenerated);
    m_simWorker->post([sim = m_sim](DbWorker::Context &c) { sim->startOn(c.db, c.openError); });
}

} // namespace sb::app

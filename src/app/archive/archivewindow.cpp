#include "archive/archivewindow.h"

#include "security/permissions.h"
#include "tickets/ticketsplace.h"

#include "ui_archivewindow.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace sb::app {

namespace {
QString when(qint64 ms) {
    return ms <= 0 ? ArchiveWindow::tr("(none)")
                   : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                                        QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

ArchiveWindow *ArchiveWindow::open(const QString &file, const Clock &clock, const Session &opener,
                                   QString &error, QWidget *parent) {
    auto db = ArchiveReader::open(file, error);
    if (!db)
        return nullptr;
    ArchiveManifest manifest;
    if (!ArchiveReader::readManifest(*db, manifest, error))
        return nullptr;
    // The check of every table against the manifest reads the whole archive: it runs on the
    // window's worker once the window shows (checkManifest), not here on the GUI thread.
    return new ArchiveWindow(std::move(db), manifest, clock, opener, parent);
}

void ArchiveWindow::checkManifest() {
    struct Outcome {
        bool ok = false;
        QStringList warnings;
        QString why;
    };
    m_ui->archiveWarning->setText(tr("Checking every table against the manifest…"));
    m_ui->archiveWarning->setVisible(true);
    m_background->post(
        this,
        [manifest = m_manifest](DbWorker::Context &c) {
            Outcome o;
            if (!c.db)
                o.why = c.openError;
            else
                o.ok = ArchiveReader::verify(*c.db, manifest, o.warnings, o.why);
            return o;
        },
        [this](const Outcome &o) {
            m_warnings = o.ok ? o.warnings
                              : QStringList{tr("The archive could not be checked against its "
                                               "manifest: %1")
                                                .arg(o.why)};
            m_checked = true;
            m_ui->archiveWarning->setText(m_warnings.join(QLatin1Char('\n')));
            m_ui->archiveWarning->setVisible(!m_warnings.isEmpty());
            Q_EMIT manifestChecked();
        });
}

ArchiveWindow::ArchiveWindow(std::unique_ptr<Database> db, const ArchiveManifest &manifest,
                             const Clock &clock, const Session &opener, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_db(std::move(db))
    , m_manifest(manifest)
    , m_ui(std::make_unique<Ui::ArchiveWindow>()) {
    setObjectName(QStringLiteral("archiveWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The background worker opens the same read-only URL: it cannot write either.
    m_background = std::make_unique<DbWorker>(m_db->url(), QStringLiteral("archive-background"));
    m_ws.db = m_db.get();
    m_ws.background = m_background.get();
    m_ws.clock = &clock;
    m_ws.canWrite = false;
    m_ws.readOnlyReason = tr("This is an archive: it is read-only.");
    // Not a sign-in: a reader of the archive with read permissions only. Personal data shows
    // unmasked only to a person who may see it in the live database.
    QSet<QString> read{perm::TicketsReadAll};
    if (opener.permissions.has(perm::PersonalDataView))
        read.insert(perm::PersonalDataView);
    m_ws.user.login = QStringLiteral("archive");
    m_ws.user.name = tr("Archive reader");
    m_ws.user.permissions = PermissionSet(read, false);

    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setCentralWidget(form);
    const QString name = QFileInfo(m_db->url().path).fileName();
    // The platform appends the application's name ("… — Signalboard").
    setWindowTitle(tr("Archive — %1 (read-only)").arg(name));
    QFont f = m_ui->archiveTitle->font();
    f.setBold(true);
    m_ui->archiveTitle->setFont(f);
    m_ui->archiveFacts->setText(factsText());
    checkManifest();

    m_tickets = new TicketsPlace(m_ws, form);
    m_tickets->setObjectName(QStringLiteral("ticketsPlace"));
    m_ui->ticketsHost->addWidget(m_tickets);

    auto *who = new QLabel(tr("%1 · read-only").arg(m_ws.user.name), this);
    who->setObjectName(QStringLiteral("userLabel"));
    who->setTextFormat(Qt::PlainText);
    auto *where = new QLabel(QDir::toNativeSeparators(m_db->url().path), this);
    where->setObjectName(QStringLiteral("dbLabel"));
    where->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(where, 1);
    statusBar()->addPermanentWidget(who);
    resize(1400, 900);
}

ArchiveWindow::~ArchiveWindow() {
    // The place uses the connection and the worker: it goes first.
    delete m_tickets;
}

QString ArchiveWindow::factsText() const {
    return tr("Source: %1 · Tickets: %L2 · Ordinary tickets closed before %3, important ones "
              "before %4 · Written %5 (%n run(s))",
              nullptr, m_manifest.runs)
        .arg(m_manifest.source)
        .arg(m_manifest.tickets)
        .arg(when(m_manifest.ordinaryBefore), when(m_manifest.importantBefore),
             when(m_manifest.writtenAt));
}

} // namespace sb::app

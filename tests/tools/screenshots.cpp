// sb_screenshots: the README's screenshots, taken from the live demo as a new user first sees
// it. Run it through scripts/screenshots (under Xvfb, with a fresh home so the demo and the
// window layout start from nothing):
//   sb_screenshots OUTDIR [--lang zh_CN]
//   sb_screenshots OUTDIR --archive
// It opens the demo as its supervisor, lets the simulated centre run, and saves today.png,
// volume.png and ticket-detail.png (the window, 1440×900) into OUTDIR. With --archive it then
// archives the demo's tickets closed over a week ago and saves archive.png: File → Open
// archive… on that file, a ticket selected.
#include "archive/archivefeature.h"
#include "archive/archiver.h"
#include "archive/archivewindow.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "tickets/ticketsplace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QPixmap>
#include <QTableView>
#include <QTranslator>

#include <cstdio>

namespace {
void settle(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool shoot(sb::app::MainWindow &window, const QString &place, const QString &file) {
    if (!window.placeKeys().contains(place)) {
        std::fprintf(stderr, "sb_screenshots: there is no place \"%s\"\n", qPrintable(place));
        return false;
    }
    window.showPlace(place);
    settle(4000);
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "sb_screenshots: cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

void selectFirstTicket(sb::app::TicketsPlace *tickets) {
    const QList<QTableView *> tables = tickets->findChildren<QTableView *>();
    for (QTableView *table : tables) {
        if (table->model() != tickets->model())
            continue;
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        table->selectRow(0);
    }
}

// The demo's tickets closed over a week ago (two for important ones) go into an archive
// file, which is then opened the way File → Open archive… does.
bool shootArchive(sb::app::MainWindow &window, const sb::Clock &clock, const QString &demo,
                  const QDir &out) {
    const QString file = out.absoluteFilePath(QStringLiteral(".demo.sbarchive"));
    QFile::remove(file);
    QString error;
    {
        auto live =
            sb::Database::open(sb::DatabaseUrl::sqlite(demo), QStringLiteral("screenshots"), error);
        const qint64 now = clock.nowMs();
        const sb::RetentionCutoff cutoff{now - 7 * 86400000LL, now - 14 * 86400000LL};
        sb::ArchiveReport report;
        if (!live ||
            !sb::Archiver(*live, clock)
                 .archive(cutoff, now, file, QStringLiteral("screenshots"), report, error)) {
            std::fprintf(stderr, "sb_screenshots: cannot archive: %s\n", qPrintable(error));
            return false;
        }
    }
    sb::app::ArchiveWindow *archive = sb::app::openArchiveFile(window, file, error);
    if (!archive) {
        std::fprintf(stderr, "sb_screenshots: %s\n", qPrintable(error));
        return false;
    }
    archive->resize(1440, 900);
    archive->move(40, 40);
    archive->show();
    settle(3000);
    selectFirstTicket(archive->tickets());
    settle(2000);
    const QString shot = out.filePath(QStringLiteral("archive.png"));
    const bool ok = archive->grab().save(shot);
    if (ok)
        std::printf("%s\n", qPrintable(shot));
    else
        std::fprintf(stderr, "sb_screenshots: cannot write %s\n", qPrintable(shot));
    archive->close();
    settle(500);
    QFile::remove(file);
    return ok;
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("signalboard"));
    QApplication::setOrganizationName(QStringLiteral("Signalboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Signalboard"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: sb_screenshots OUTDIR [--lang zh_CN] [--archive]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.absolutePath());
    QTranslator qt, ours;
    if (args.contains(QStringLiteral("zh_CN"))) {
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        if (qt.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qt);
        if (ours.load(QStringLiteral(":/i18n/signalboard_zh_CN.qm")))
            QApplication::installTranslator(&ours);
    }

    sb::SystemClock clock;
    sb::app::Startup startup(clock);
    sb::app::StartOptions options;
    options.demo = true;
    options.demoPath = out.absoluteFilePath(QStringLiteral(".demo.db"));
    if (!startup.run(options))
        return 1;
    sb::app::MainWindow *window = startup.window();
    window->resize(1440, 900);
    window->move(40, 40);
    settle(8000); // the feed catches up, the simulated centre sends its first complaints

    bool ok = shoot(*window, QStringLiteral("today"), out.filePath(QStringLiteral("today.png")));
    ok = shoot(*window, QStringLiteral("volume"), out.filePath(QStringLiteral("volume.png"))) && ok;
    // A ticket's detail: the newest ticket of the queue, selected.
    window->showPlace(QStringLiteral("tickets"));
    settle(3000);
    if (auto *tickets =
            dynamic_cast<sb::app::TicketsPlace *>(window->place(QStringLiteral("tickets"))))
        selectFirstTicket(tickets);
    ok = shoot(*window, QStringLiteral("tickets"),
               out.filePath(QStringLiteral("ticket-detail.png"))) &&
         ok;
    if (args.contains(QStringLiteral("--archive")))
        ok = shootArchive(*window, clock, options.demoPath, out) && ok;
    QFile::remove(options.demoPath);
    return ok ? 0 : 1;
}

// Benchmark: cold start to main window shown on a database of 1,000,000 tickets,
// against an empty Qt Widgets window's start in the same run; and peak memory with that
// database open.
//   bench_startup [rows]            prepares /tmp/sb-bench-startup-<rows>.db once, then measures
//   bench_startup --child-open DB   (internal) opens the workstation window, prints VmHWM, exits
//   bench_startup --child-empty     (internal) opens an empty QMainWindow, prints VmHWM, exits
#include "demo/demoseeder.h"
#include "shell/mainwindow.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {
qint64 peakKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int child(bool open, const QString &path, int argc, char *argv[]) {
    QApplication app(argc, argv);
    std::unique_ptr<Database> db;
    std::unique_ptr<QMainWindow> w;
    SystemClock clock;
    QElapsedTimer phase;
    phase.start();
    if (open) {
        QString e;
        db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("gui"), e);
        if (qEnvironmentVariableIsSet("SB_BENCH_PHASES"))
            std::fprintf(stderr, "open %.1f ms\n", double(phase.nsecsElapsed()) / 1e6);
        if (!db)
            return 1;
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = 1;
        ws.user.name = QStringLiteral("Bench");
        w = std::make_unique<app::MainWindow>(ws);
        if (qEnvironmentVariableIsSet("SB_BENCH_PHASES"))
            std::fprintf(stderr, "window %.1f ms\n", double(phase.nsecsElapsed()) / 1e6);
    } else {
        w = std::make_unique<QMainWindow>();
        w->resize(1280, 800);
    }
    w->show();
    QTimer::singleShot(0, &app, [] {
        std::printf("%lld\n", peakKb());
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}

struct Run {
    double ms;
    qint64 kb;
};
Run runChild(const QStringList &args) {
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(120000);
    return {double(t.nsecsElapsed()) / 1e6,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed().toLongLong()};
}
} // namespace

int main(int argc, char *argv[]) {
    if (argc > 2 && QByteArray(argv[1]) == "--child-open")
        return child(true, QString::fromLocal8Bit(argv[2]), argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--child-empty")
        return child(false, {}, argc, argv);

    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const QString path = QStringLiteral("/tmp/sb-bench-startup-%1.db").arg(rows);
    if (!QFileInfo::exists(path)) {
        QString e;
        auto db = test::openMigrated(DatabaseUrl::sqlite(path), e);
        DemoSeeder seeder(*db);
        DemoOptions o;
        o.nowMs = QDateTime::currentMSecsSinceEpoch();
        o.meanPerMinute = double(rows) / (30.0 * 24 * 60) / 1.02;
        QElapsedTimer t;
        t.start();
        if (!seeder.seed(o, e)) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(e));
            return 1;
        }
        std::printf("prepared %s in %.1f s\n", qPrintable(path), double(t.elapsed()) / 1000);
    }
    {
        QString e;
        auto db = Database::open(DatabaseUrl::sqlite(path), QStringLiteral("count"), e);
        QSqlQuery q;
        db->exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e);
        q.next();
        std::printf("bench_startup: database with %lld tickets (%.0f MB)\n",
                    q.value(0).toLongLong(), double(QFileInfo(path).size()) / 1e6);
    }
    QList<double> open, empty;
    qint64 openKb = 0, emptyKb = 0;
    runChild({QStringLiteral("--child-open"), path}); // warm the page cache once
    for (int i = 0; i < 7; ++i) {
        const Run e = runChild({QStringLiteral("--child-empty")});
        const Run o = runChild({QStringLiteral("--child-open"), path});
        empty.append(e.ms);
        open.append(o.ms);
        emptyKb = qMax(emptyKb, e.kb);
        openKb = qMax(openKb, o.kb);
    }
    std::sort(open.begin(), open.end());
    std::sort(empty.begin(), empty.end());
    const double mo = open.at(open.size() / 2), me = empty.at(empty.size() / 2);
    std::printf("  empty Qt Widgets window: median %7.1f ms, peak RSS %6.1f MB\n", me,
                double(emptyKb) / 1024);
    std::printf("  Signalboard main window: median %7.1f ms, peak RSS %6.1f MB\n", mo,
                double(openKb) / 1024);
    std::printf("  ratio %.2fx (target within 2x); memory target < 150 MB\n", mo / me);
    return 0;
}

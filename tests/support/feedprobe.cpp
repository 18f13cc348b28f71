// feedprobe: a second workstation in a separate process, for the sync tests. It follows the
// change feed of --db and prints one line per change and per state change:
//   ready <seq> | change <seq> <entity> <id> <op> | state <State> <detail>
// It exits 0 after --count changes, 1 when --timeout-ms passes first.
#include "sync/changefeed.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const auto arg = [&](const char *name, const QString &def) {
        const qsizetype i = a.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < a.size() ? a.at(i + 1) : def;
    };
    sb::DatabaseUrl url;
    QString error;
    if (!sb::DatabaseUrl::parse(arg("--db", {}), url, error)) {
        std::fprintf(stderr, "feedprobe: %s\n", qPrintable(error));
        return 2;
    }
    const int count = arg("--count", QStringLiteral("1")).toInt();
    const int timeoutMs = arg("--timeout-ms", QStringLiteral("30000")).toInt();
    qint64 after = arg("--after", QStringLiteral("-1")).toLongLong();
    if (after < 0) {
        auto db = sb::Database::open(url, QStringLiteral("probe-init"), error);
        if (!db || !sb::ChangeFeed::currentSeq(*db, after, error)) {
            std::fprintf(stderr, "feedprobe: %s\n", qPrintable(error));
            return 2;
        }
    }
    sb::ChangeFeed feed(url, after);
    feed.setPollInterval(20);
    feed.setHeartbeatInterval(arg("--heartbeat-ms", QStringLiteral("300")).toInt());
    int seen = 0;
    QObject::connect(&feed, &sb::ChangeFeed::changed, &app, [&](const QList<sb::Change> &cs) {
        for (const sb::Change &c : cs) {
            std::printf("change %lld %s %lld %s\n", c.seq, qPrintable(changeEntityKey(c.entity)),
                        c.entityId, qPrintable(changeOpKey(c.op)));
            ++seen;
        }
        std::fflush(stdout);
        if (seen >= count)
            QCoreApplication::exit(0);
    });
    QObject::connect(
        &feed, &sb::ChangeFeed::stateChanged, &app,
        [](sb::ChangeFeed::State s, const QString &detail) {
            std::printf("state %s %s\n",
                        QMetaEnum::fromType<sb::ChangeFeed::State>().valueToKey(int(s)),
                        qPrintable(QString(detail).replace(QLatin1Char('\n'), QLatin1Char(' '))));
            std::fflush(stdout);
        });
    QTimer::singleShot(timeoutMs, &app, [] {
        std::printf("timeout\n");
        std::fflush(stdout);
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, &app, [&] {
        feed.start();
        std::printf("ready %lld\n", feed.lastSeq());
        std::fflush(stdout);
    });
    return app.exec();
}

// Grading benchmarks (run in a Release build; not part of CTest):
//  (a) the incident engine on an in-memory stream of 1,000,000 complaints;
//  (b) the same sliding 30/60-minute counts as one SQL window-function query in SQLite,
//      same complaints, same run -> ratio (target: engine >= 20x faster);
//  (c) replay of a generated 1,000,000-row CSV file vs only parsing it with the same
//      reader, same run -> ratio (target <= 1.3x).
#include "grading/engine.h"
#include "grading/replay.h"
#include "io/csvreader.h"
#include "io/instant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sb;

namespace {

struct Item {
    qint64 at;
    int type;
    int tier;
};

// Deterministic xorshift so every run measures the same stream.
struct Rng {
    quint64 s = 0x9E3779B97F4A7C15ull;
    quint64 next() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
};

std::vector<Item> makeStream(int n) {
    // Strictly increasing instants (no ties, so SQL RANGE frames and the engine agree
    // exactly), ~0.85 s apart on average: 1 M complaints span about ten days. Routine and
    // key types dominate, as in a real centre; 20 % of customers are VIP.
    static const int weights[16] = {1, 1, 1, 1, 1, 1, 6, 6, 3, 6, 4, 4, 3, 25, 15, 22};
    int total = 0;
    for (int w : weights)
        total += w;
    Rng rng;
    std::vector<Item> items;
    items.reserve(static_cast<std::size_t>(n));
    qint64 t = 1772323200000; // 2026-03-01T00:00:00Z
    for (int i = 0; i < n; ++i) {
        t += 1 + rng.below(1700);
        int pick = rng.below(total), type = 0;
        while (pick >= weights[type])
            pick -= weights[type++];
        items.push_back({t, type, rng.below(5) == 0 ? 1 : 0});
    }
    return items;
}

double seconds(const QElapsedTimer &t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

template <typename F> double best(int runs, F &&f) {
    double b = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        b = std::min(b, seconds(t));
    }
    return b;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // bench_grading [N] [csv]: N complaints (default 1,000,000); "csv" runs part (c) only (for
    // profiling).
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const bool csvOnly = argc > 2 && QByteArray(argv[2]) == "csv";
    const RuleSet rules = RuleSet::defaults();
    const std::vector<Item> stream = makeStream(n);
    out << "signalboard bench_grading: " << n << " complaints, "
#ifdef NDEBUG
        << "release build"
#else
        << "DEBUG BUILD (figures not meaningful)"
#endif
        << "\n\n";
    out.flush();

    // (a) engine
    std::size_t events = 0;
    const double engineS = best(csvOnly ? 0 : 5, [&] {
        events = 0;
        IncidentEngine engine(
            rules, [&](const IncidentEvent &) { ++events; }, IncidentEngine::QuietClose::On);
        for (const Item &it : stream)
            engine.addComplaint(it.at, it.type, static_cast<GradingTier>(it.tier));
    });

    // Engine counts for the cross-check with SQL (untimed): the own-tier 30/60 counts.
    quint64 engineSum30 = 0, engineSum60 = 0;
    if (!csvOnly) {
        IncidentEngine engine(rules, [](const IncidentEvent &) {});
        for (const Item &it : stream) {
            engine.addComplaint(it.at, it.type, static_cast<GradingTier>(it.tier));
            const WindowCounts c = engine.counts(it.type, it.at);
            engineSum30 += static_cast<quint64>(it.tier ? c.vip30 : c.normal30);
            engineSum60 += static_cast<quint64>(it.tier ? c.vip60 : c.normal60);
        }
    }

    // (b) SQLite window functions
    QTemporaryDir dir;
    double insertS = 0, sqlS = 0;
    quint64 sqlSum30 = 0, sqlSum60 = 0;
    QString sqliteVersion;
    if (!csvOnly) {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(dir.filePath(QStringLiteral("bench.db")));
        if (!db.open()) {
            out << "cannot open SQLite: " << db.lastError().text() << '\n';
            return 1;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("SELECT sqlite_version()"));
        if (q.next())
            sqliteVersion = q.value(0).toString();
        q.exec(
            QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, "
                           "problem_type INTEGER NOT NULL, tier INTEGER NOT NULL)"));
        QElapsedTimer t;
        t.start();
        db.transaction();
        QSqlQuery ins(db);
        ins.prepare(
            QStringLiteral("INSERT INTO c (received_at, problem_type, tier) VALUES (?, ?, ?)"));
        for (const Item &it : stream) {
            ins.bindValue(0, it.at);
            ins.bindValue(1, it.type);
            ins.bindValue(2, it.tier);
            ins.exec();
        }
        db.commit();
        q.exec(QStringLiteral("CREATE INDEX c_key ON c (problem_type, tier, received_at)"));
        q.exec(QStringLiteral("ANALYZE"));
        insertS = seconds(t);
        const QString sql = QStringLiteral(
            "SELECT COUNT(*) OVER (PARTITION BY problem_type, tier ORDER BY received_at "
            "RANGE BETWEEN 1799999 PRECEDING AND CURRENT ROW), "
            "COUNT(*) OVER (PARTITION BY problem_type, tier ORDER BY received_at "
            "RANGE BETWEEN 3599999 PRECEDING AND CURRENT ROW) FROM c");
        sqlS = best(2, [&] {
            QSqlQuery w(db);
            w.setForwardOnly(true);
            if (!w.exec(sql)) {
                out << "window query failed: " << w.lastError().text() << '\n';
                return;
            }
            sqlSum30 = sqlSum60 = 0;
            while (w.next()) {
                sqlSum30 += w.value(0).toULongLong();
                sqlSum60 += w.value(1).toULongLong();
            }
        });
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));

    // (c) CSV: generate, then parse only vs replay, alternating to share a warm cache.
    const QString csvPath = dir.filePath(QStringLiteral("complaints.csv"));
    {
        static const char *channels[] = {"phone", "chat", "email", "social"};
        static const char *tiers[] = {"normal", "vip", "key_account", "distributor"};
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray buf =
            "received_at,channel,customer_tier,problem_type,external_id,subject,description\r\n";
        Rng rng;
        for (std::size_t i = 0; i < stream.size(); ++i) {
            const Item &it = stream[i];
            const char *tier =
                it.tier ? tiers[1 + rng.below(2) * 1] : (rng.below(10) == 0 ? tiers[3] : tiers[0]);
            buf += formatInstant(it.at, 8 * 3600).toLatin1() + ',' + channels[rng.below(4)] + ',' +
                   tier + ',' + problemTypes().at(it.type).key.toLatin1() + ",EXT-" +
                   QByteArray::number(qulonglong(i)) + ",Customer reports a problem,";
            buf += (i % 4 == 0)
                       ? QByteArray("\"Tried twice, \"\"still\"\" failing\r\nsecond line\"\r\n")
                       : QByteArray("Nothing special here\r\n");
            if (buf.size() > (1 << 22)) {
                f.write(buf);
                buf.clear();
            }
        }
        f.write(buf);
    }
    const qint64 csvBytes = QFile(csvPath).size();
    double parseS = 1e30, replayS = 1e30, mapS = 1e30;
    std::size_t rowsParsed = 0, replayEvents = 0;
    qsizetype outBytes = 0;
    for (int round = 0; round < 3; ++round) {
        {
            QElapsedTimer t;
            t.start();
            QFile f(csvPath);
            f.open(QIODevice::ReadOnly);
            CsvReader r(&f);
            std::size_t rows = 0;
            qsizetype bytes = 0;
            while (r.readRecord()) {
                ++rows;
                bytes += r.fieldBytes(0).size() + r.fieldCount();
            }
            parseS = std::min(parseS, seconds(t));
            rowsParsed = rows - 1 + (bytes < 0 ? 1 : 0);
        }
        {
            // Split: parse + map to grading rows, no engine (explains the replay figure).
            QElapsedTimer t;
            t.start();
            QFile f(csvPath);
            f.open(QIODevice::ReadOnly);
            std::vector<GradingRow> rows;
            QString error;
            Replay::readComplaints(f, ColumnMapping::direct(), rows, error);
            mapS = std::min(mapS, seconds(t));
        }
        {
            QElapsedTimer t;
            t.start();
            QFile f(csvPath);
            f.open(QIODevice::ReadOnly);
            QString error;
            QByteArray text;
            std::size_t ev = 0;
            if (!Replay::replay(
                    f, ColumnMapping::direct(), {}, rules,
                    [&](const IncidentEvent &e) {
                        text += Replay::jsonLine(rules, e);
                        text += '\n';
                        ++ev;
                    },
                    error)) {
                out << "replay failed: " << error << '\n';
                return 1;
            }
            replayS = std::min(replayS, seconds(t));
            replayEvents = ev;
            outBytes = text.size();
        }
    }

    const auto rate = [&](double s) {
        return QString::number(static_cast<double>(n) / s / 1e6, 'f', 2);
    };
    out << "| measurement | time (s) | complaints/s (M) | notes |\n|---|---:|---:|---|\n";
    out << "| (a) engine, in memory, best of 5 | " << QString::number(engineS, 'f', 4) << " | "
        << rate(engineS) << " | " << events << " events, quiet close on |\n";
    out << "| (b) SQLite window query (30+60 min counts), best of 2 | "
        << QString::number(sqlS, 'f', 3) << " | " << rate(sqlS) << " | SQLite " << sqliteVersion
        << ", indexed; load+index " << QString::number(insertS, 'f', 2) << " s not included |\n";
    out << "| (c1) parse CSV only, best of 3 | " << QString::number(parseS, 'f', 3) << " | "
        << rate(parseS) << " | " << QString::number(static_cast<double>(csvBytes) / 1e6, 'f', 1)
        << " MB, " << rowsParsed << " rows |\n";
    out << "| (c1b) parse + map to grading rows (no engine), best of 3 | "
        << QString::number(mapS, 'f', 3) << " | " << rate(mapS) << " | split of (c2) |\n";
    out << "| (c2) replay same CSV, best of 3 | " << QString::number(replayS, 'f', 3) << " | "
        << rate(replayS)
        << " | Replay::replay (parser thread + grading thread), JSON lines: " << replayEvents
        << " events, " << outBytes << " bytes |\n\n";
    out << "ratio SQL / engine      = " << QString::number(sqlS / engineS, 'f', 1)
        << "x  (target >= 20x)\n";
    out << "ratio replay / parse    = " << QString::number(replayS / parseS, 'f', 2)
        << "x  (target <= 1.3x)\n";
    out << "cross-check own-tier count sums: engine 30m " << engineSum30 << " / 60m " << engineSum60
        << ", SQL 30m " << sqlSum30 << " / 60m " << sqlSum60
        << (engineSum30 == sqlSum30 && engineSum60 == sqlSum60 ? "  (equal)\n"
                                                               : "  (DIFFERENT!)\n");
    return 0;
}

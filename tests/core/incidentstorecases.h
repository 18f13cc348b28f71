#pragma once
// The cases of IncidentStoreTest (incidentstoretest.h, for tst_grading_incidentstore and
// tst_grading_incidentstore_pg) and the helpers of the SQLite twin's own checks.

#include "incidents/incidentstore.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QTest>

#include <barrier>
#include <thread>

namespace sb::test {

inline IncidentEvent incidentEvent(IncidentEventKind kind, int type, Grade grade, qint64 at,
                                   Grade from = Grade::General) {
    IncidentEvent e;
    e.kind = kind;
    e.problemType = type;
    e.grade = grade;
    e.from = from;
    e.atMs = at;
    e.trigger =
        kind == IncidentEventKind::Opened ? IncidentTrigger::BurstNormal : IncidentTrigger::None;
    e.counts = {5, 0, 5, 0};
    return e;
}

inline qint64 scalar(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql, values, error) || !q.next())
        qWarning("query failed: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

// Several connections, each on its own thread, write the same "opened" event for a problem
// type at the same moment (with different grades); exactly one incident must result, with
// the highest grade and exactly one "opened" event. One round per problem type.
inline void raceToOpen(const DatabaseUrl &url) {
    const RuleSet rules = RuleSet::defaults();
    constexpr int kWriters = 3;
    const int rounds = rules.typeCount();
    std::barrier sync(kWriters);
    QStringList failures[kWriters];
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            QString error;
            auto db = Database::open(url, QStringLiteral("race-%1").arg(w), error);
            for (int round = 0; round < rounds; ++round) {
                sync.arrive_and_wait();
                if (!db) {
                    failures[w] << error;
                    continue;
                }
                IncidentStore store(*db, rules);
                IncidentStore::Result result;
                const auto e = incidentEvent(IncidentEventKind::Opened, round,
                                             static_cast<Grade>(w), 1772323200000 + round);
                if (!store.apply(e, result, error))
                    failures[w] << QStringLiteral("round %1: %2").arg(round).arg(error);
            }
        });
    }
    for (auto &t : writers)
        t.join();
    for (const QStringList &f : failures)
        QVERIFY2(f.isEmpty(), qPrintable(f.join(QLatin1Char('\n'))));

    QString error;
    auto db = Database::open(url, QStringLiteral("check"), error);
    QVERIFY2(db, qPrintable(error));
    for (int round = 0; round < rounds; ++round) {
        const QString type = rules.typeKey(round);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT COUNT(*) FROM incidents WHERE problem_type = ?"),
                        {type}),
                 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT grade FROM incidents WHERE problem_type = ?"),
                        {type}),
                 kWriters - 1);
        QCOMPARE(scalar(*db,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM incident_events e JOIN incidents i ON i.id = "
                            "e.incident_id WHERE i.problem_type = ? AND e.event = 'opened'"),
                        {type}),
                 1);
        QVERIFY(scalar(*db,
                       QStringLiteral(
                           "SELECT COUNT(*) FROM incident_events e JOIN incidents i ON i.id = "
                           "e.incident_id WHERE i.problem_type = ? AND e.event = 'regraded'"),
                       {type}) < kWriters);
    }
}

} // namespace sb::test

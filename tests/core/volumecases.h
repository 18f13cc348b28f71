#pragma once

// Volume core cases shared by tst_volume (SQLite) and tst_volume_pg (PostgreSQL): each checks
// the buckets, series, increments, trends and breakdowns against direct SQL counts.
#include "testsupport.h"
#include "volume/volumehistory.h"
#include "volume/volumemonitor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

namespace sb::volumecases {

constexpr qint64 kMin = 60000;
constexpr qint64 kBase = 1790000000000LL - (1790000000000LL % kMin); // minute-aligned

inline const QStringList kTierKeys{QStringLiteral("normal"), QStringLiteral("vip"),
                                   QStringLiteral("key_account"), QStringLiteral("distributor")};

inline qint64 insertTicket(Database &db, qint64 at, const QString &type, const QString &tier,
                           const QString &channel = QStringLiteral("phone")) {
    QString e;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                "problem_type, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {at, channel, tier, type, at}, e) ||
        !q.next()) {
        qWarning("insert failed: %s", qPrintable(e));
        return -1;
    }
    return q.value(0).toLongLong();
}

inline int sqlCount(Database &db, const QString &type, GradingTier tier, qint64 from, qint64 to) {
    const QStringList tiers =
        tier == GradingTier::Vip
            ? QStringList{QStringLiteral("vip"), QStringLiteral("key_account")}
            : QStringList{QStringLiteral("normal"), QStringLiteral("distributor")};
    QString e;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT COUNT(*) FROM tickets WHERE problem_type = ? AND "
                                "customer_tier IN (?, ?) AND received_at > ? AND received_at <= ?"),
                 {type, tiers.at(0), tiers.at(1), from, to}, e) ||
        !q.next()) {
        qWarning("count failed: %s", qPrintable(e));
        return -1;
    }
    return q.value(0).toInt();
}

// `n` random complaints in (from, to], a tenth of them exactly on minute boundaries, plus a
// few of a problem type this build does not know. Returns their ids.
inline QList<qint64> seedRandom(Database &db, quint32 seed, int n, qint64 from, qint64 to) {
    QRandomGenerator rng(seed);
    QList<qint64> ids;
    QString e;
    db.transaction(
        [&](QString &) {
            for (int i = 0; i < n; ++i) {
                qint64 at = from + 1 + qint64(rng.bounded(quint64(to - from)));
                if (i % 10 == 0)
                    at = std::max(from + kMin, at - at % kMin); // on a bucket edge
                const QString type =
                    i % 97 == 0 ? QStringLiteral("not_a_type")
                                : problemTypes().at(rng.bounded(int(problemTypes().size()))).key;
                ids.append(insertTicket(db, at, type, kTierKeys.at(rng.bounded(4))));
            }
            return true;
        },
        e);
    return ids;
}

inline void bucketsMatchSqlCounts(Database &dbRef, qint64 bucketMs) {
    QString e;
    Database *db = &dbRef;
    const qint64 from = kBase, to = kBase + 180 * kMin;
    seedRandom(*db, 7, 3000, from - 30 * kMin, to + 30 * kMin);
    // Edges: exactly at `from` is outside (half-open), exactly at `to` inside.
    insertTicket(*db, from, QStringLiteral("login_failure"), QStringLiteral("normal"));
    insertTicket(*db, to, QStringLiteral("login_failure"), QStringLiteral("normal"));

    VolumeBuckets b;
    QVERIFY2(VolumeBuckets::load(*db, from, to, bucketMs, b, e), qPrintable(e));
    QCOMPARE(b.bucketCount(), int((to - from + bucketMs - 1) / bucketMs));
    int total = 0;
    for (int t = 0; t < problemTypes().size(); ++t) {
        for (const GradingTier tier : {GradingTier::Normal, GradingTier::Vip}) {
            for (int i = 0; i < b.bucketCount(); ++i) {
                const int expected = sqlCount(*db, problemTypes().at(t).key, tier,
                                              b.bucketEnd(i) - bucketMs, b.bucketEnd(i));
                QVERIFY2(b.count(t, tier, i) == expected,
                         qPrintable(QStringLiteral("%1/%2 bucket %3: %4, SQL %5")
                                        .arg(problemTypes().at(t).key)
                                        .arg(int(tier))
                                        .arg(i)
                                        .arg(b.count(t, tier, i))
                                        .arg(expected)));
                total += expected;
            }
        }
    }
    QVERIFY(total > 1000);
}

inline void slidingSeriesMatchSql(Database &dbRef) {
    QString e;
    Database *db = &dbRef;
    const qint64 from = kBase, to = kBase + 240 * kMin;
    seedRandom(*db, 11, 4000, from, to);
    VolumeBuckets b;
    QVERIFY2(VolumeBuckets::load(*db, from, to, kMin, b, e), qPrintable(e));
    for (const qint64 w : {30 * kMin, 60 * kMin}) {
        const int lead = int(w / kMin);
        for (int t : {0, 5, 9, 15}) {
            for (const GradingTier tier : {GradingTier::Normal, GradingTier::Vip}) {
                const std::vector<int> s = b.sliding(t, tier, w);
                for (int i = lead - 1; i < b.bucketCount(); i += 7) {
                    const qint64 at = b.bucketEnd(i);
                    QCOMPARE(s[std::size_t(i)],
                             sqlCount(*db, problemTypes().at(t).key, tier, at - w, at));
                }
            }
        }
    }
    int step = 0;
    const std::vector<int> v{1, 5, 2, 0, 0, 9, 3};
    QCOMPARE(downsampleMax(v, 3, step), (std::vector<int>{5, 9, 3}));
    QCOMPARE(step, 3);
}

inline void liveIncrementsEqualRebuild(Database &dbRef) {
    QString e;
    Database *db = &dbRef;
    VolumeMonitor m;
    const qint64 start = kBase - m.leadMs();
    qint64 now = kBase + 120 * kMin + 17000; // not on a bucket edge
    seedRandom(*db, 3, 1500, start, now);
    VolumeBuckets b;
    QList<VolumeEvent> recent;
    QVERIFY2(VolumeBuckets::load(*db, start, now, kMin, b, e), qPrintable(e));
    QVERIFY2(VolumeBuckets::loadEvents(*db, now - m.leadMs(), now, recent, e), qPrintable(e));
    m.reset(std::move(b), recent, now);

    // Ten more minutes arrive, through ids as the change feed gives them.
    const qint64 later = now + 10 * kMin;
    const QList<qint64> ids = seedRandom(*db, 4, 300, now, later);
    QList<VolumeEvent> events;
    QVERIFY2(VolumeBuckets::fetchEvents(*db, ids, events, e), qPrintable(e));
    QCOMPARE(events.size(), ids.size() - (ids.size() + 96) / 97); // unknown types skipped
    m.advanceTo(later);
    m.add(events);

    VolumeBuckets fresh;
    QVERIFY2(VolumeBuckets::load(*db, start, later, kMin, fresh, e), qPrintable(e));
    QCOMPARE(m.buckets().bucketCount(), fresh.bucketCount());
    for (int t = 0; t < problemTypes().size(); ++t) {
        for (const GradingTier tier : {GradingTier::Normal, GradingTier::Vip}) {
            QCOMPARE(m.buckets().perBucket(t, tier), fresh.perBucket(t, tier));
            for (const qint64 w : {30 * kMin, 60 * kMin})
                QCOMPARE(m.current(t, tier, w),
                         sqlCount(*db, problemTypes().at(t).key, tier, later - w, later));
            // The one-pass version for the grid gives the same points.
            for (const qint64 w : {30 * kMin, 60 * kMin}) {
                const auto one = m.series(t, tier, w, kBase, 50);
                const auto all = m.seriesAll(w, kBase, 50)[std::size_t(t * 2 + int(tier))];
                QCOMPARE(all.size(), one.size());
                for (std::size_t i = 0; i < one.size(); ++i) {
                    QCOMPARE(all[i].atMs, one[i].atMs);
                    QCOMPARE(all[i].count, one[i].count);
                }
            }
            // The chart's series: exact at now, every point a true sliding count peak.
            const auto s = m.series(t, tier, 30 * kMin, kBase, 50);
            QVERIFY(s.size() <= 50);
            QCOMPARE(s.back().atMs, later);
            QCOMPARE(s.back().count,
                     sqlCount(*db, problemTypes().at(t).key, tier, later - 30 * kMin, later));
            // Each point is the peak of its group: at least the count at its own instant.
            for (std::size_t i = 0; i + 1 < s.size(); ++i)
                QVERIFY(s[i].count >= sqlCount(*db, problemTypes().at(t).key, tier,
                                               s[i].atMs - 30 * kMin, s[i].atMs));
        }
    }
}

inline void activeRuleSetFromDatabase(Database &dbRef) {
    QString e;
    Database *db = &dbRef;
    RuleSet rules;
    int version = -1;
    QVERIFY2(loadActiveRuleSet(*db, rules, version, e), qPrintable(e));
    QCOMPARE(version, 0);
    QCOMPARE(rules.burstThreshold(ProblemClass::Routine, GradingTier::Normal), 10);

    QJsonObject doc = QJsonDocument::fromJson(RuleSet::defaults().toJson()).object();
    QJsonObject burst = doc.value(QStringLiteral("burst_thresholds")).toObject();
    QJsonObject routine = burst.value(QStringLiteral("routine")).toObject();
    routine.insert(QStringLiteral("normal"), 12);
    burst.insert(QStringLiteral("routine"), routine);
    doc.insert(QStringLiteral("burst_thresholds"), burst);
    const QByteArray body = QJsonDocument(doc).toJson();
    auto changed = RuleSet::fromJson(body, e);
    QVERIFY2(changed, qPrintable(e));
    QVERIFY(db->exec(
        QStringLiteral("INSERT INTO rule_sets(version, body, created_by, "
                       "created_at) VALUES (?, ?, 'test', 0), (?, ?, 'test', 0)"),
        {3, QString::fromUtf8(RuleSet::defaults().toJson()), 7, QString::fromUtf8(body)}, e));
    QVERIFY2(loadActiveRuleSet(*db, rules, version, e), qPrintable(e));
    QCOMPARE(version, 7);
    QCOMPARE(rules.burstThreshold(ProblemClass::Routine, GradingTier::Normal), 12);

    QVERIFY(db->exec(QStringLiteral("INSERT INTO rule_sets(version, body, created_by, "
                                    "created_at) VALUES (8, '{broken', 'test', 0)"),
                     {}, e));
    QVERIFY(!loadActiveRuleSet(*db, rules, version, e));
    QVERIFY2(e.contains(QLatin1StringView("8")), qPrintable(e));
}

inline void trendsAgainstYesterdayAndLastWeek(Database &dbRef) {
    QString e;
    Database *db = &dbRef;
    const qint64 now = kBase, hour = 60 * kMin, day = 24 * hour;
    auto put = [&](const QString &type, qint64 endOfHour, int n) {
        for (int i = 0; i < n; ++i)
            insertTicket(*db, endOfHour - i * kMin, type, QStringLiteral("normal"));
    };
    put(QStringLiteral("login_failure"), now, 12); // 12 vs 3 yesterday
    put(QStringLiteral("login_failure"), now - day, 3);
    put(QStringLiteral("login_failure"), now - 7 * day, 6);
    put(QStringLiteral("payment_failure"), now, 4); // 4 vs 0: +400 %
    put(QStringLiteral("order_failure"), now, 2);   // too few to flag
    put(QStringLiteral("product_fault"), now, 5);   // 5 vs 8: falling
    put(QStringLiteral("product_fault"), now - day, 8);
    put(QStringLiteral("product_fault"), now - day - hour, 9); // outside the hour: not counted
    QList<TypeTrend> trends;
    QVERIFY2(computeTrends(*db, now, 2, 3, trends, e), qPrintable(e));
    QCOMPARE(trends.size(), problemTypes().size());
    auto find = [&](const char *key) {
        for (const TypeTrend &t : trends)
            if (problemTypes().at(t.type).key == QLatin1StringView(key))
                return t;
        return TypeTrend{};
    };
    const TypeTrend login = find("login_failure");
    QCOMPARE(login.lastHour, 12);
    QCOMPARE(login.yesterday, 3);
    QCOMPARE(login.lastWeek, 6);
    QCOMPARE(login.growthDay, 3.0);
    QCOMPARE(login.growthWeek, 1.0);
    QCOMPARE(find("product_fault").yesterday, 8);
    QVERIFY(find("product_fault").growthDay < 0);
    QVERIFY(!find("product_fault").fastest);
    QVERIFY(!find("order_failure").fastest); // grows, but 2 < minCount
    QCOMPARE(problemTypes().at(trends.at(0).type).key, QStringLiteral("payment_failure"));
    QVERIFY(trends.at(0).fastest);
    QVERIFY(find("login_failure").fastest);
    int flagged = 0;
    for (const TypeTrend &t : trends)
        flagged += t.fastest;
    QCOMPARE(flagged, 2);
}

inline void channelBreakdownAndMarkers(Database &dbRef) {
    QString e;
    Database *db = &dbRef;
    const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"),
                               QStringLiteral("email")};
    QRandomGenerator rng(5);
    for (int i = 0; i < 400; ++i)
        insertTicket(*db, kBase + 1 + rng.bounded(int(120 * kMin)), QStringLiteral("login_failure"),
                     QStringLiteral("normal"), channels.at(rng.bounded(3)));
    ChannelBreakdown cb;
    QVERIFY2(loadChannelBreakdown(*db, QStringLiteral("login_failure"), kBase, kBase + 120 * kMin,
                                  10 * kMin, cb, e),
             qPrintable(e));
    QCOMPARE(cb.buckets, 12);
    QCOMPARE(cb.channels.size(), 3);
    for (int c = 0; c < cb.channels.size(); ++c) {
        for (int i = 0; i < cb.buckets; ++i) {
            QSqlQuery q;
            QVERIFY(db->exec(
                q,
                QStringLiteral("SELECT COUNT(*) FROM tickets WHERE channel = ? "
                               "AND received_at > ? AND received_at <= ?"),
                {cb.channels.at(c), kBase + i * 10 * kMin, kBase + (i + 1) * 10 * kMin}, e));
            QVERIFY(q.next());
            QCOMPARE(cb.rows[std::size_t(c)][std::size_t(i)], q.value(0).toInt());
        }
    }
    QVERIFY(db->exec(QStringLiteral("INSERT INTO incidents(id, problem_type, class, grade, "
                                    "trigger_kind, opened_at) VALUES (1, 'login_failure', "
                                    "'routine', 0, 'burst:normal', ?)"),
                     {kBase + kMin}, e));
    QVERIFY(db->exec(QStringLiteral("INSERT INTO incident_events(incident_id, at, event, grade) "
                                    "VALUES (1, ?, 'opened', 0), (1, ?, 'regraded', 2)"),
                     {kBase + kMin, kBase + 5 * kMin}, e));
    QList<IncidentMarker> markers;
    QVERIFY2(loadIncidentMarkers(*db, QStringLiteral("login_failure"), kBase, kBase + 120 * kMin,
                                 markers, e),
             qPrintable(e));
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers.at(1).event, QStringLiteral("regraded"));
    QCOMPARE(markers.at(1).grade, 2);
    QVERIFY2(loadIncidentMarkers(*db, QStringLiteral("order_failure"), kBase, kBase + 120 * kMin,
                                 markers, e),
             qPrintable(e));
    QVERIFY(markers.isEmpty());
}

} // namespace sb::volumecases

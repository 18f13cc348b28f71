#pragma once
// Report sections satisfaction and escalation against figures computed here, from the
// fixture's own lists, and every count against its drill.

#include "reportfixture.h"
#include "reports/escalationsection.h"
#include "reports/satisfactionsection.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QMap>

namespace sb::test::report {

// The ids a drill opens, checked against what it must open.
template <typename Section>
inline void expectDrill(Database &db, const ReportDrill &d, const QSet<qint64> &expected) {
    QList<qint64> ids;
    bool truncated = true;
    QString e;
    QVERIFY2(Section::ticketIds(db, d, 1000, ids, truncated, e), qPrintable(e));
    QVERIFY(!truncated);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(toSet(ids), expected);
}

inline void satisfaction(const DatabaseUrl &url) {
    QString e;
    auto db = openMigrated(url, e);
    QVERIFY2(db, qPrintable(e));
    const qint64 t0 = day0();
    // One revisit per row: (ticket index, at, score); the close_unsatisfied reasons.
    struct Revisit {
        int ticket;
        qint64 at;
        int score;
    };
    const QList<Revisit> revisits{
        {0, t0 + 1 * kHour, 5},
        {1, t0 + 2 * kHour, 2},
        {2, t0 + 13 * kHour, 1},
        {3, t0 + 5 * kHour, 4},
        {3, t0 + 15 * kHour, 1}, // revisited twice: the latest counts
        {4, t0 - 1, 1},          // before the window
        {5, t0 + kDay, 3},       // on its end: outside
        {6, t0, 3},              // on its start: inside
        {7, t0 + 20 * kHour, 2}, // low, no reason yet
    };
    const QMap<int, QString> reasons{{1, QStringLiteral("slow")},
                                     {2, QStringLiteral("slow ")},
                                     {3, QStringLiteral("rude")},
                                     {4, QStringLiteral("rude")}};
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i)
        ids.append(ticketAt(*db, t0 - 3 * kDay));
    for (const Revisit &r : revisits)
        event(*db, ids[r.ticket], r.at, QStringLiteral("revisit"),
              {{QStringLiteral("satisfaction"), QStringLiteral("x")},
               {QStringLiteral("score"), r.score}});
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        event(*db, ids[it.key()], t0 + 23 * kHour, QStringLiteral("close_unsatisfied"),
              {{QStringLiteral("reason"), it.value()}});
    // An older reason is superseded by the latest close.
    event(*db, ids[3], t0 + 16 * kHour, QStringLiteral("close_unsatisfied"),
          {{QStringLiteral("reason"), QStringLiteral("old")}});

    // Expected, from the lists: each ticket's latest revisit within [start, end).
    const auto latestIn = [&](qint64 start, qint64 end) {
        QMap<int, Revisit> latest;
        for (const Revisit &r : revisits)
            if (r.at >= start && r.at < end &&
                (!latest.contains(r.ticket) || latest[r.ticket].at <= r.at))
                latest.insert(r.ticket, r);
        return latest;
    };
    const ReportWindow w = dayWindow();
    const auto inDay = latestIn(w.startMs, w.endMs);
    std::array<qint64, 5> levels{};
    qint64 sum = 0;
    QMap<QString, QSet<qint64>> byReason;
    QSet<qint64> all, low;
    for (const Revisit &r : inDay) {
        levels[size_t(r.score - 1)]++;
        sum += r.score;
        all.insert(ids[r.ticket]);
        if (r.score <= 2) {
            low.insert(ids[r.ticket]);
            byReason[reasons.value(r.ticket).trimmed()].insert(ids[r.ticket]);
        }
    }

    SatisfactionFigures f;
    QVERIFY2(SatisfactionSection::load(*db, w, ReportSettings(), f, e), qPrintable(e));
    QCOMPARE(f.responses, qint64(inDay.size()));
    QCOMPARE(f.responses, 6);
    QVERIFY(f.mean.has_value());
    QCOMPARE(*f.mean, double(sum) / double(inDay.size()));
    QCOMPARE(f.byLevel, levels);
    QCOMPARE(f.low, qint64(low.size()));
    QCOMPARE(f.trend.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto inBucket = latestIn(w.buckets[i].startMs, w.buckets[i].endMs);
        QCOMPARE(f.trend[i].responses, qint64(inBucket.size()));
        qint64 s = 0;
        for (const Revisit &r : inBucket)
            s += r.score;
        QCOMPARE(*f.trend[i].mean, double(s) / double(inBucket.size()));
        QSet<qint64> bucketIds;
        for (const Revisit &r : inBucket)
            bucketIds.insert(ids[r.ticket]);
        expectDrill<SatisfactionSection>(*db,
                                         {QStringLiteral("satisfaction"),
                                          QStringLiteral("responses"),
                                          {},
                                          {},
                                          w.buckets[i].startMs,
                                          w.buckets[i].endMs},
                                         bucketIds);
    }
    QCOMPARE(f.lowReasons.size(), byReason.size());
    for (const reportsql::KeyCount &r : f.lowReasons) {
        QCOMPARE(r.count, qint64(byReason.value(r.key).size()));
        expectDrill<SatisfactionSection>(*db,
                                         {QStringLiteral("satisfaction"),
                                          QStringLiteral("low_reason"), QStringLiteral("reason"),
                                          r.key, w.startMs, w.endMs},
                                         byReason.value(r.key));
    }
    QCOMPARE(f.lowReasons.first().key, QStringLiteral("slow")); // two tickets, most frequent
    QCOMPARE(f.lowReasons.first().count, 2);

    expectDrill<SatisfactionSection>(
        *db,
        {QStringLiteral("satisfaction"), QStringLiteral("responses"), {}, {}, w.startMs, w.endMs},
        all);
    expectDrill<SatisfactionSection>(
        *db, {QStringLiteral("satisfaction"), QStringLiteral("low"), {}, {}, w.startMs, w.endMs},
        low);
    for (int level = 1; level <= 5; ++level) {
        QSet<qint64> at;
        for (const Revisit &r : inDay)
            if (r.score == level)
                at.insert(ids[r.ticket]);
        expectDrill<SatisfactionSection>(*db,
                                         {QStringLiteral("satisfaction"), QStringLiteral("level"),
                                          QStringLiteral("score"), QString::number(level),
                                          w.startMs, w.endMs},
                                         at);
    }

    const QJsonObject json = SatisfactionSection::toJson(f);
    QCOMPARE(json.value(QStringLiteral("responses")).toInteger(), 6);
    QCOMPARE(
        json.value(QStringLiteral("by_level")).toObject().value(QStringLiteral("1")).toInteger(),
        levels[0]);
    QCOMPARE(json.value(QStringLiteral("trend")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("low_score_reasons"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("slow"));

    // A window without revisits: no mean, and an unknown drill is refused.
    ReportWindow empty = w;
    empty.startMs -= 10 * kDay;
    empty.endMs -= 10 * kDay;
    empty.buckets.clear();
    QVERIFY2(SatisfactionSection::load(*db, empty, ReportSettings(), f, e), qPrintable(e));
    QCOMPARE(f.responses, 0);
    QVERIFY(!f.mean);
    QList<qint64> none;
    bool truncated = false;
    QVERIFY(!SatisfactionSection::ticketIds(
        *db, {QStringLiteral("satisfaction"), QStringLiteral("nope"), {}, {}, 0, 1}, 10, none,
        truncated, e));
}

inline void escalation(const DatabaseUrl &url) {
    QString e;
    auto db = openMigrated(url, e);
    QVERIFY2(db, qPrintable(e));
    const qint64 t0 = day0();
    const ReportWindow w = dayWindow();
    struct Row {
        qint64 at;
        QString customer;
        QString type;
        int tier;             // support_tier now
        int dispatchedTier;   // 0: no dispatch step
        QStringList escalate; // reasons of escalate steps
        bool appeal;
    };
    const QList<Row> rows{
        {t0 - 3 * kDay,
         QStringLiteral("A"),
         QStringLiteral("login_failure"),
         1,
         0,
         {},
         false}, // outside, earlier
        {t0 + 1 * kHour,
         QStringLiteral("A"),
         QStringLiteral("login_failure"),
         2,
         0,
         {QStringLiteral("complex")},
         false}, // repeat (3 d)
        {t0 + 2 * kHour,
         QStringLiteral("B"),
         QStringLiteral("login_failure"),
         3,
         0,
         {QStringLiteral("complex"), QStringLiteral("vip ")},
         false},
        {t0 + 3 * kHour,
         QStringLiteral("B"),
         QStringLiteral("billing"),
         1,
         2,
         {},
         false}, // dispatched
                 // to 2
        {t0 + 4 * kHour,
         QStringLiteral("C"),
         QStringLiteral("billing"),
         1,
         3,
         {QStringLiteral("media")},
         false}, // re-dispatched down
        {t0 + 5 * kHour,
         QStringLiteral("B"),
         QStringLiteral("login_failure"),
         1,
         0,
         {},
         false}, // repeat (3 h)
        {t0 + 6 * kHour,
         QStringLiteral("B"),
         QStringLiteral("login_failure"),
         1,
         0,
         {},
         true}, // appeal: no repeat
        {t0 + 7 * kHour,
         QStringLiteral(""),
         QStringLiteral("login_failure"),
         1,
         0,
         {},
         false}, // no customer
        {t0 + 8 * kHour, QStringLiteral(""), QStringLiteral("login_failure"), 1, 0, {}, false},
        {t0 - 9 * kDay, QStringLiteral("D"), QStringLiteral("network"), 1, 0, {}, false}, // 9 days
                                                                                          // before
        {t0 + 9 * kHour,
         QStringLiteral("D"),
         QStringLiteral("network"),
         1,
         0,
         {},
         false}, // no repeat (7 d)
        {t0 + kDay,
         QStringLiteral("A"),
         QStringLiteral("login_failure"),
         3,
         0,
         {QStringLiteral("complex")},
         false}, // on the end
    };
    QList<qint64> ids;
    for (const Row &r : rows) {
        NewTicket t;
        t.receivedAt = r.at;
        t.customerId = r.customer;
        t.problemType = r.type;
        t.supportTier = r.tier;
        t.appealOf = r.appeal ? ids.first() : 0;
        const qint64 id = ticket(*db, t);
        ids.append(id);
        if (r.dispatchedTier > 0)
            event(*db, id, r.at + 1, QStringLiteral("dispatch"),
                  {{QStringLiteral("support_tier"), r.dispatchedTier}});
        for (const QString &reason : r.escalate)
            event(*db, id, r.at + 2, QStringLiteral("escalate"),
                  {{QStringLiteral("reason"), reason}});
    }
    // Expected, from the list.
    const ReportSettings settings;
    QSet<qint64> received, tier2, tier3, appeals, repeats;
    QMap<QString, QSet<qint64>> reasons;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        if (!w.contains(r.at))
            continue;
        received.insert(ids[i]);
        const int reached = qMax(r.tier, r.dispatchedTier);
        if (reached >= 2 || !r.escalate.isEmpty())
            tier2.insert(ids[i]);
        if (reached >= 3)
            tier3.insert(ids[i]);
        if (r.appeal)
            appeals.insert(ids[i]);
        for (const QString &reason : r.escalate)
            reasons[reason.trimmed()].insert(ids[i]);
        if (!r.appeal && !r.customer.isEmpty())
            for (int j = 0; j < rows.size(); ++j)
                if (j != i && !rows[j].appeal && rows[j].customer == r.customer &&
                    rows[j].type == r.type && rows[j].at < r.at &&
                    rows[j].at >= r.at - settings.repeatDays * kDay)
                    repeats.insert(ids[i]);
    }
    EscalationFigures f;
    QVERIFY2(EscalationSection::load(*db, w, settings, f, e), qPrintable(e));
    QCOMPARE(f.received, qint64(received.size()));
    QCOMPARE(f.received, 9);
    QCOMPARE(f.tier2, qint64(tier2.size()));
    QCOMPARE(f.tier2, 4);
    QCOMPARE(f.tier3, qint64(tier3.size()));
    QCOMPARE(f.tier3, 2);
    QCOMPARE(*f.tier2Share, double(tier2.size()) / double(received.size()));
    QCOMPARE(f.appeals, qint64(appeals.size()));
    QCOMPARE(*f.appealRate, double(appeals.size()) / double(received.size()));
    QCOMPARE(f.repeats, qint64(repeats.size()));
    QCOMPARE(f.repeats, 2);
    QCOMPARE(f.reasons.size(), reasons.size());
    QCOMPARE(f.reasons.first(), (reportsql::KeyCount{QStringLiteral("complex"), 2}));
    for (const reportsql::KeyCount &r : f.reasons) {
        QCOMPARE(r.count, qint64(reasons.value(r.key).size()));
        expectDrill<EscalationSection>(*db,
                                       {QStringLiteral("escalation"), QStringLiteral("reason"),
                                        QStringLiteral("reason"), r.key, w.startMs, w.endMs},
                                       reasons.value(r.key));
    }
    const auto drill = [&](const QString &measure, const QString &value = QString()) {
        return ReportDrill{QStringLiteral("escalation"), measure, {}, value, w.startMs, w.endMs};
    };
    expectDrill<EscalationSection>(*db, drill(QStringLiteral("received")), received);
    expectDrill<EscalationSection>(*db, drill(QStringLiteral("tier2")), tier2);
    expectDrill<EscalationSection>(*db, drill(QStringLiteral("tier3")), tier3);
    expectDrill<EscalationSection>(*db, drill(QStringLiteral("appeals")), appeals);
    expectDrill<EscalationSection>(*db, drill(QStringLiteral("repeats"), QStringLiteral("7")),
                                   repeats);

    // A longer repeat window finds customer D's complaint 9 days before.
    ReportSettings wide;
    wide.repeatDays = 10;
    QVERIFY2(EscalationSection::load(*db, w, wide, f, e), qPrintable(e));
    QCOMPARE(f.repeats, 3);
    QList<qint64> out;
    bool truncated = false;
    QVERIFY2(EscalationSection::ticketIds(
                 *db, drill(QStringLiteral("repeats"), QStringLiteral("10")), 2, out, truncated, e),
             qPrintable(e));
    QCOMPARE(out.size(), 2); // the limit
    QVERIFY(truncated);
    QCOMPARE(EscalationSection::toJson(f).value(QStringLiteral("repeat_days")).toInt(), 10);
}

} // namespace sb::test::report

#pragma once
// Report sections incidents, growth and recurring (with supervision items) against figures
// computed here from the fixture's own lists, and every count against its drill.

#include "domain/types.h"
#include "reports/growthsection.h"
#include "reports/incidentssection.h"
#include "reports/recurringsection.h"
#include "reports/supervisionstore.h"
#include "reportscorecases.h"
#include "util/clock.h"

#include <cmath>

namespace sb::test::report {

inline qint64 staffWithRole(Database &db, const QString &login, const QString &role) {
    return insertId(db,
                    QStringLiteral("INSERT INTO staff(employee_no, name, login, role_id, "
                                   "status_changed_at, created_at) VALUES (?, ?, ?, (SELECT id "
                                   "FROM roles WHERE key = ?), 0, 0)"),
                    {login.toUpper(), QString(QStringLiteral("Name ") + login), login, role});
}

inline void incidents(const DatabaseUrl &url) {
    QString e;
    auto db = openMigrated(url, e);
    QVERIFY2(db, qPrintable(e));
    const qint64 t0 = day0();
    const ReportWindow w = dayWindow();
    const qint64 owner = staffWithRole(*db, QStringLiteral("owner1"), QStringLiteral("supervisor"));
    struct Row {
        QString type;
        int grade;
        qint64 opened;
        qint64 closed; // 0: open
        bool owned;
        int postGrade; // -1: none
        int complaints;
    };
    const QList<Row> rows{
        {QStringLiteral("login_failure"), 2, t0 - 2 * kDay, t0 + 3 * kHour, true, 1, 3},
        {QStringLiteral("billing"), 3, t0 + 5 * kHour, 0, false, -1, 2},
        {QStringLiteral("network"), 0, t0 - 5 * kDay, t0 - 1, true, 0, 1}, // before
        {QStringLiteral("roaming"), 2, t0 + kDay, 0, true, -1, 1},         // after
        {QStringLiteral("outage"), 0, t0 + kHour, t0 + 2 * kHour, true, 0, 0},
        {QStringLiteral("sms"), 2, t0 - kHour, t0, false, -1, 1}, // closed on the start
    };
    QList<qint64> ids;
    QMap<qint64, QSet<qint64>> linked;
    for (const Row &r : rows) {
        const qint64 id = insertId(
            *db,
            QStringLiteral("INSERT INTO incidents(problem_type, class, state, grade, "
                           "trigger_kind, opened_at, closed_at, owner_id, post_grade) VALUES "
                           "(?, 'network', ?, ?, 'burst', ?, ?, ?, ?)"),
            {r.type, r.closed > 0 ? QStringLiteral("resolved") : QStringLiteral("open"), r.grade,
             r.opened, r.closed > 0 ? QVariant(r.closed) : QVariant(QMetaType::fromType<qint64>()),
             r.owned ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()),
             r.postGrade >= 0 ? QVariant(r.postGrade) : QVariant(QMetaType::fromType<int>())});
        ids.append(id);
        for (int i = 0; i < r.complaints; ++i) {
            NewTicket t;
            t.receivedAt = r.opened + i; // whenever: every linked ticket counts
            t.problemType = r.type;
            t.incidentId = id;
            linked[id].insert(ticket(*db, t));
        }
    }
    ticketAt(*db, t0 + kHour, QStringLiteral("billing")); // not linked

    IncidentsFigures f;
    QVERIFY2(IncidentsSection::load(*db, w, ReportSettings(), f, e), qPrintable(e));
    QMap<int, IncidentGradeTotals> byGrade;
    QMap<int, QSet<qint64>> gradeTickets;
    QSet<qint64> all;
    int expected = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        if (!(r.opened < w.endMs && (r.closed == 0 || r.closed >= w.startMs)))
            continue;
        ++expected;
        IncidentGradeTotals &g = byGrade[r.grade];
        g.incidents++;
        g.complaints += r.complaints;
        g.durationMs += (r.closed > 0 ? r.closed : w.endMs) - r.opened;
        gradeTickets[r.grade] += linked.value(ids[i]);
        all += linked.value(ids[i]);
    }
    QCOMPARE(f.incidents.size(), expected);
    QCOMPARE(expected, 4);
    for (int g = 0; g <= 3; ++g) {
        QCOMPARE(f.byGrade.value(g).incidents, byGrade.value(g).incidents);
        QCOMPARE(f.byGrade.value(g).complaints, byGrade.value(g).complaints);
        QCOMPARE(f.byGrade.value(g).durationMs, byGrade.value(g).durationMs);
        expectDrill<IncidentsSection>(*db,
                                      {QStringLiteral("incidents"), QStringLiteral("complaints"),
                                       QStringLiteral("grade"), gradeKey(Grade(g)), w.startMs,
                                       w.endMs},
                                      gradeTickets.value(g));
    }
    expectDrill<IncidentsSection>(
        *db,
        {QStringLiteral("incidents"), QStringLiteral("complaints"), {}, {}, w.startMs, w.endMs},
        all);
    // Highest grade first; each row as stored.
    QCOMPARE(f.incidents.first().problemType, QStringLiteral("billing"));
    QCOMPARE(f.incidents.first().closedAt, 0);
    QCOMPARE(f.incidents.first().durationMs, w.endMs - (t0 + 5 * kHour));
    for (const IncidentRow &r : f.incidents) {
        const Row &src = rows[ids.indexOf(r.id)];
        QCOMPARE(r.grade, src.grade);
        QCOMPARE(r.complaints, qint64(src.complaints));
        QCOMPARE(r.ownerId, src.owned ? owner : 0);
        QCOMPARE(r.ownerName, src.owned ? QStringLiteral("Name owner1") : QString());
        QCOMPARE(r.postGrade.has_value(), src.postGrade >= 0);
        expectDrill<IncidentsSection>(*db,
                                      {QStringLiteral("incidents"), QStringLiteral("complaints"),
                                       QStringLiteral("incident"), QString::number(r.id), w.startMs,
                                       w.endMs},
                                      linked.value(r.id));
    }
    const QJsonObject json = IncidentsSection::toJson(f);
    QCOMPARE(json.value(QStringLiteral("by_grade"))
                 .toObject()
                 .value(QStringLiteral("urgent"))
                 .toObject()
                 .value(QStringLiteral("incidents"))
                 .toInteger(),
             2);
    QCOMPARE(json.value(QStringLiteral("incidents"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("post_grade"))
                 .toString(),
             QStringLiteral("serious"));
}

inline void growth(const DatabaseUrl &url) {
    QString e;
    auto db = openMigrated(url, e);
    QVERIFY2(db, qPrintable(e));
    const ReportWindow w = dayWindow(1);
    // (type, tickets in the window, tickets the day before)
    const QList<std::tuple<QString, int, int>> counts{
        {QStringLiteral("type_a"), 30, 10}, {QStringLiteral("type_b"), 25, 0},
        {QStringLiteral("type_c"), 19, 0},  // below the minimum volume
        {QStringLiteral("type_d"), 40, 50}, // shrinking
        {QStringLiteral("type_e"), 20, 20}, // flat
    };
    QMap<QString, QSet<qint64>> current, previous;
    for (const auto &[type, now, before] : counts) {
        for (int i = 0; i < now; ++i)
            current[type].insert(ticketAt(*db, w.startMs + i * 60000, type));
        for (int i = 0; i < before; ++i)
            previous[type].insert(ticketAt(*db, w.earlier[0].startMs + i * 60000, type));
    }
    ReportSettings s;
    s.growthMinVolume = 20;
    GrowthFigures f;
    QVERIFY2(GrowthSection::load(*db, w, s, f, e), qPrintable(e));
    QVERIFY(f.hasPrevious);
    // Expected: c_t >= 20 and growing, by ln((c_t+1)/(c_{t-1}+1)).
    QList<std::pair<double, QString>> expected;
    for (const auto &[type, now, before] : counts) {
        const double score = std::log((now + 1.0) / (before + 1.0));
        if (now >= s.growthMinVolume && score > 0)
            expected.append({score, type});
    }
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(f.rows.size(), expected.size());
    QCOMPARE(f.rows.size(), 2);
    for (int i = 0; i < expected.size(); ++i) {
        const GrowthRow &r = f.rows[i];
        QCOMPARE(r.problemType, expected[i].second);
        QCOMPARE(r.score, expected[i].first);
        QCOMPARE(r.current, qint64(current.value(r.problemType).size()));
        QCOMPARE(r.previous, qint64(previous.value(r.problemType).size()));
        expectDrill<GrowthSection>(*db,
                                   {QStringLiteral("growth"), QStringLiteral("current"),
                                    QStringLiteral("problem_type"), r.problemType, w.startMs,
                                    w.endMs},
                                   current.value(r.problemType));
        expectDrill<GrowthSection>(*db,
                                   {QStringLiteral("growth"), QStringLiteral("previous"),
                                    QStringLiteral("problem_type"), r.problemType,
                                    w.earlier[0].startMs, w.earlier[0].endMs},
                                   previous.value(r.problemType));
    }
    QCOMPARE(f.rows.first().problemType, QStringLiteral("type_b"));
    // A lower minimum lets type_c in (ln 20 ranks it between b and a).
    s.growthMinVolume = 5;
    QVERIFY2(GrowthSection::load(*db, w, s, f, e), qPrintable(e));
    QCOMPARE(f.rows.size(), 3);
    QCOMPARE(f.rows[1].problemType, QStringLiteral("type_c"));
    // The top limit.
    s.topLimit = 1;
    QVERIFY2(GrowthSection::load(*db, w, s, f, e), qPrintable(e));
    QCOMPARE(f.rows.size(), 1);
    QCOMPARE(GrowthSection::toJson(f)
                 .value(QStringLiteral("problem_types"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("problem_type"))
                 .toString(),
             QStringLiteral("type_b"));
    // Without an earlier period there is nothing to compare.
    QVERIFY2(GrowthSection::load(*db, dayWindow(0), s, f, e), qPrintable(e));
    QVERIFY(!f.hasPrevious);
    QVERIFY(f.rows.isEmpty());
}

inline void recurringWithSupervision(const DatabaseUrl &url) {
    QString e;
    auto db = openMigrated(url, e);
    QVERIFY2(db, qPrintable(e));
    const ReportWindow w = dayWindow(3);
    // (type, category, counts in the window, earlier[0], earlier[1], earlier[2])
    struct Row {
        QString type;
        QString category;
        QList<int> counts;
    };
    const QList<Row> rows{
        {QStringLiteral("type_x"), QStringLiteral("cat_1"), {3, 4, 3, 0}},
        {QStringLiteral("type_y"), QStringLiteral("cat_1"), {5, 2, 6, 9}}, // a gap
        {QStringLiteral("type_z"), QStringLiteral("cat_2"), {3, 3, 3, 3}},
        {QStringLiteral("type_w"), QStringLiteral("cat_2"), {2, 9, 9, 9}}, // not now
    };
    QList<ReportWindow> periods{w};
    periods.append(w.earlier);
    QMap<QString, QList<QSet<qint64>>> byType, byCategory;
    for (const Row &r : rows) {
        for (int p = 0; p < r.counts.size(); ++p) {
            if (byType[r.type].size() <= p)
                byType[r.type].resize(p + 1);
            if (byCategory[r.category].size() <= p)
                byCategory[r.category].resize(p + 1);
            for (int i = 0; i < r.counts[p]; ++i) {
                const qint64 id = ticketAt(*db, periods[p].startMs + i * kHour, r.type, r.category);
                byType[r.type][p].insert(id);
                byCategory[r.category][p].insert(id);
            }
        }
    }
    ReportSettings s;
    s.recurringThreshold = 3;
    s.recurringPeriods = 3;
    // Expected: every one of the first three periods at or above the threshold.
    const auto recurring = [&](const QMap<QString, QList<QSet<qint64>>> &m) {
        QStringList keys;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            bool every = true;
            for (int p = 0; p < s.recurringPeriods; ++p)
                every = every && it.value()[p].size() >= s.recurringThreshold;
            if (every)
                keys.append(it.key());
        }
        return keys;
    };
    const QStringList types = recurring(byType);
    const QStringList categories = recurring(byCategory);
    QCOMPARE(types, (QStringList{QStringLiteral("type_x"), QStringLiteral("type_z")}));
    QCOMPARE(categories, (QStringList{QStringLiteral("cat_1"), QStringLiteral("cat_2")}));

    RecurringFigures f;
    QVERIFY2(RecurringSection::load(*db, w, s, f, e), qPrintable(e));
    QVERIFY(f.enoughPeriods);
    QCOMPARE(f.periods.size(), 3);
    QCOMPARE(f.rows.size(), types.size() + categories.size());
    for (const RecurringRow &r : f.rows) {
        const auto &m = r.dimension == QLatin1StringView("problem_type") ? byType : byCategory;
        QVERIFY((r.dimension == QLatin1StringView("problem_type") ? types : categories)
                    .contains(r.key));
        QCOMPARE(r.counts.size(), 3);
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(r.counts[p], qint64(m.value(r.key)[p].size()));
            expectDrill<RecurringSection>(*db,
                                          {QStringLiteral("recurring"), QStringLiteral("count"),
                                           r.dimension, r.key, f.periods[p].startMs,
                                           f.periods[p].endMs},
                                          m.value(r.key)[p]);
        }
        QVERIFY(!r.supervision);
    }
    QCOMPARE(f.rows.first().key, QStringLiteral("type_x")); // types first, highest count first

    // A manager opens a supervision item for type_x; the next report shows it, and its state.
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(w.endMs + kHour, Qt::UTC));
    const qint64 manager = staffWithRole(*db, QStringLiteral("boss1"), QStringLiteral("manager"));
    const qint64 owner = staffWithRole(*db, QStringLiteral("lead1"), QStringLiteral("team_lead"));
    SupervisionStore store(*db, clock);
    const ReportActor actor{manager, QStringLiteral("boss1")};
    SupervisionDraft draft{QStringLiteral("problem_type"),
                           QStringLiteral("type_x"),
                           w.startMs,
                           w.endMs,
                           owner,
                           QDate(2026, 12, 15),
                           QStringLiteral(" find the cause ")};
    SupervisionItem item;
    QVERIFY2(store.open(actor, draft, item, e), qPrintable(e));
    QCOMPARE(item.status, SupervisionStatus::Open);
    QCOMPARE(item.notes, QStringLiteral("find the cause"));
    QCOMPARE(item.ownerId, owner);
    QCOMPARE(item.version, 1);
    // One open item per key.
    SupervisionItem second;
    QVERIFY(!store.open(actor, draft, second, e));
    QVERIFY2(e.contains(QStringLiteral("still open")), qPrintable(e));
    // Missing pieces are named.
    SupervisionDraft bad = draft;
    bad.key = QStringLiteral("type_z");
    bad.due = QDate();
    QVERIFY(!store.open(actor, bad, second, e));
    QVERIFY2(e.contains(QStringLiteral("due date")), qPrintable(e));

    QVERIFY2(RecurringSection::load(*db, w, s, f, e), qPrintable(e));
    QVERIFY(f.rows.first().supervision);
    QCOMPARE(f.rows.first().supervision->id, item.id);
    QCOMPARE(f.rows.first().supervision->status, SupervisionStatus::Open);
    QCOMPARE(f.rows.first().supervision->ownerName, QStringLiteral("Name lead1"));

    SupervisionItem updated;
    QVERIFY2(store.update(actor, item.id, item.version,
                          {SupervisionStatus::InProgress, owner, QDate(2026, 12, 20),
                           QStringLiteral("vendor contacted")},
                          updated, e),
             qPrintable(e));
    QCOMPARE(updated.status, SupervisionStatus::InProgress);
    QCOMPARE(updated.due, QDate(2026, 12, 20));
    QCOMPARE(updated.version, 2);
    // An update made on the old version is refused.
    QVERIFY(!store.update(actor, item.id, item.version,
                          {SupervisionStatus::Open, owner, QDate(2026, 12, 20), QString()}, second,
                          e));
    QVERIFY2(e.contains(QStringLiteral("changed")), qPrintable(e));
    SupervisionItem closed;
    QVERIFY2(store.close(actor, item.id, updated.version, QStringLiteral("fixed"), closed, e),
             qPrintable(e));
    QCOMPARE(closed.status, SupervisionStatus::Closed);
    QVERIFY(closed.closedAt > 0);
    QCOMPARE(closed.notes, QStringLiteral("fixed"));
    QVERIFY(!store.update(actor, item.id, closed.version,
                          {SupervisionStatus::Open, owner, QDate(2026, 12, 20), QString()}, second,
                          e));
    QVERIFY2(e.contains(QStringLiteral("closed")), qPrintable(e));

    QVERIFY2(RecurringSection::load(*db, w, s, f, e), qPrintable(e));
    QCOMPARE(f.rows.first().supervision->status, SupervisionStatus::Closed);
    QCOMPARE(RecurringSection::toJson(f)
                 .value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("supervision"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("closed"));
    // Closed, the key may be supervised again.
    QVERIFY2(store.open(actor, draft, second, e), qPrintable(e));
    QVERIFY(second.id != item.id);

    // Every step was audited and reached the change feed.
    QCOMPARE(queryCount(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                            "'report_supervision' AND action LIKE "
                                            "'report.supervision.%'")),
             4);
    QCOMPARE(queryCount(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = "
                                            "'report_supervision'")),
             4);
    // Too few earlier periods: the rule cannot be checked.
    QVERIFY2(RecurringSection::load(*db, dayWindow(1), s, f, e), qPrintable(e));
    QVERIFY(!f.enoughPeriods);
    QVERIFY(f.rows.isEmpty());
}

// Writing needs reports.supervise (SQLite: checked by the store; PostgreSQL: by the server).
inline void supervisionNeedsThePermission(const DatabaseUrl &url) {
    QString e;
    auto db = openMigrated(url, e);
    QVERIFY2(db, qPrintable(e));
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(day0(), Qt::UTC));
    const qint64 agent = staffWithRole(*db, QStringLiteral("agent7"), QStringLiteral("agent"));
    SupervisionStore store(*db, clock);
    SupervisionItem item;
    QVERIFY(!store.open({agent, QStringLiteral("agent7")},
                        {QStringLiteral("category"), QStringLiteral("cat_1"), 0, 1, agent,
                         QDate(2026, 12, 15), QString()},
                        item, e));
    QVERIFY2(e.contains(QStringLiteral("reports.supervise")), qPrintable(e));
    QCOMPARE(queryCount(*db, QStringLiteral("SELECT COUNT(*) FROM report_supervision_items")), 0);
}

} // namespace sb::test::report

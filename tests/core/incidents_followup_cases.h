#pragma once
// Resolve, post-incident grade (table from settings) and knowledge-base follow-up, as
// scenarios run on SQLite (tst_incidents_followup) and PostgreSQL (tst_incidents_followup_pg).
#include "incidents/incidentfollowup.h"
#include "incidents/incidentqueries.h"
#include "incidents/postgradetable.h"
#include "incidents_fixture.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QTest>

namespace sb::test::incidents {

// `db` is migrated and seeded with seedWorld (`w`); `incident` is an open payment_failure
// incident opened an hour before the clock.
struct FollowUpCases {
    Database &db;
    ManualClock &clock;
    World w;
    qint64 incident = 0;

    static FollowUpCases make(Database &db, ManualClock &clock) {
        FollowUpCases c{db, clock, seedWorld(db), 0};
        c.incident = insertId(db,
                              QStringLiteral("INSERT INTO incidents(problem_type, class, grade, "
                                             "trigger_kind, opened_at) VALUES "
                                             "('payment_failure', 'key', 1, 'burst:normal', ?)"),
                              {clock.nowMs() - 3600 * 1000});
        return c;
    }

    void tableComesFromSettings() {
        PostGradeTable t;
        QString e;
        QVERIFY2(PostGradeTable::load(db, t, e), qPrintable(e));
        QCOMPARE(t.toJson(), PostGradeTable::defaults().toJson());
        QVERIFY2(SettingsStore(db).set(PostGradeTable::kSettingKey,
                                       QStringLiteral("{\"serious\": {\"complaints\": 3}}"),
                                       QStringLiteral("admin"), clock.nowMs(), e),
                 qPrintable(e));
        QVERIFY2(PostGradeTable::load(db, t, e), qPrintable(e));
        QCOMPARE(t.grade({0, 3, 0, 0}), Grade::Serious);
        QCOMPARE(t.grade({100000, 2, 1e12, 1 << 30}), Grade::General);
        QVERIFY2(SettingsStore(db).set(PostGradeTable::kSettingKey, QStringLiteral("{]"),
                                       QStringLiteral("admin"), clock.nowMs(), e),
                 qPrintable(e));
        QVERIFY(!PostGradeTable::load(db, t, e));
        QVERIFY2(e.contains(PostGradeTable::kSettingKey), qPrintable(e));
    }

    void resolveThenPostGrade() {
        IncidentFollowUp follow(db, clock);
        QString e;
        Grade g = Grade::General;
        // Not before it is resolved.
        QVERIFY(
            !follow.postGrade(incident, {40, 0, 0, 0}, PostGradeTable::defaults(), w.sup, g, e));
        QVERIFY2(e.contains(QStringLiteral("still open")), qPrintable(e));
        QVERIFY(!follow.resolve(incident, QStringLiteral("  "), w.sup, e));
        QVERIFY2(e.contains(QStringLiteral("summary")), qPrintable(e));

        clock.advance(60 * 1000);
        QVERIFY2(follow.resolve(incident, QStringLiteral("Channel restored at 10:01."), w.sup, e),
                 qPrintable(e));
        QVERIFY(!follow.resolve(incident, QStringLiteral("again"), w.sup, e));
        QVERIFY2(e.contains(QStringLiteral("already resolved")), qPrintable(e));

        IncidentRecord r;
        QVERIFY2(IncidentQueries(db).incident(incident, r, e), qPrintable(e));
        QCOMPARE(r.state, QStringLiteral("resolved"));
        QCOMPARE(r.closedAt, std::optional<qint64>(clock.nowMs()));
        QCOMPARE(r.summary, QStringLiteral("Channel restored at 10:01."));
        QVERIFY(!r.postGrade);

        QVERIFY(
            !follow.postGrade(incident, {-1, 0, 0, 0}, PostGradeTable::defaults(), w.sup, g, e));
        QVERIFY2(follow.postGrade(incident, {61, 150, 500.0, 20}, PostGradeTable::defaults(), w.mgr,
                                  g, e),
                 qPrintable(e));
        QCOMPARE(g, Grade::Urgent);
        QVERIFY2(IncidentQueries(db).incident(incident, r, e), qPrintable(e));
        QCOMPARE(r.postGrade, std::optional<Grade>(Grade::Urgent));

        QList<TimelineEntry> t;
        QVERIFY2(IncidentQueries(db).timeline(incident, t, e), qPrintable(e));
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0).event, QStringLiteral("resolved"));
        QCOMPARE(t.at(0).actorId, w.sup);
        QCOMPARE(t.at(0).note, QStringLiteral("Channel restored at 10:01."));
        QCOMPARE(t.at(1).event, QStringLiteral("post_graded"));
        QCOMPARE(t.at(1).actorId, w.mgr);
        QCOMPARE(t.at(1).data.value(QStringLiteral("complaints")).toInt(), 150);
        QCOMPARE(t.at(1).data.value(QStringLiteral("decided_by")).toArray().first().toString(),
                 QStringLiteral("complaints"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND "
                                       "action LIKE 'incident.%'"),
                        {incident}),
                 2);
    }

    void knowledgeEntryCreatedThenUpdated() {
        IncidentFollowUp follow(db, clock);
        QString e;
        qint64 kb = 0;
        QVERIFY(!follow.saveKnowledge(incident, QStringLiteral(" "), QStringLiteral("x"), w.sup, kb,
                                      e));
        QVERIFY2(follow.saveKnowledge(incident, QStringLiteral("Top-up failures"),
                                      QStringLiteral("Retry after 11:00."), w.sup, kb, e),
                 qPrintable(e));
        QVERIFY(kb > 0);
        IncidentRecord r;
        QVERIFY2(IncidentQueries(db).incident(incident, r, e), qPrintable(e));
        QCOMPARE(r.knownIssueId, kb);
        clock.advance(1000);
        qint64 again = 0;
        QVERIFY2(follow.saveKnowledge(incident, QStringLiteral("Top-up failures"),
                                      QStringLiteral("Fixed in release 5.2."), w.sup, again, e),
                 qPrintable(e));
        QCOMPARE(again, kb);
        KnowledgeEntry entry;
        QVERIFY2(IncidentQueries(db).knowledgeEntry(kb, entry, e), qPrintable(e));
        QCOMPARE(entry.body, QStringLiteral("Fixed in release 5.2."));
        QCOMPARE(entry.kind, QStringLiteral("known_issue"));
        QCOMPARE(entry.updatedAt, clock.nowMs());
        QList<TimelineEntry> t;
        QVERIFY2(IncidentQueries(db).timeline(incident, t, e), qPrintable(e));
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0).event, QStringLiteral("kb_created"));
        QCOMPARE(t.at(1).event, QStringLiteral("kb_updated"));
    }
};

} // namespace sb::test::incidents

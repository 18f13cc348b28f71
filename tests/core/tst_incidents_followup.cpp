// After grading: resolve with a summary, the post-incident grade against the configurable
// table (settings), and the knowledge-base entry of the incident.
#include "incidents/incidentfollowup.h"
#include "incidents/incidentqueries.h"
#include "incidents/postgradetable.h"
#include "incidents_fixture.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test::incidents;

class TestIncidentsFollowUp : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    World m_w;
    qint64 m_incident = 0;

private Q_SLOTS:
    void init() {
        QString e;
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("sb.db")));
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        m_w = seedWorld(*m_db);
        m_incident = insertId(*m_db,
                              QStringLiteral("INSERT INTO incidents(problem_type, class, grade, "
                                             "trigger_kind, opened_at) VALUES "
                                             "('payment_failure', 'key', 1, 'burst:normal', ?)"),
                              {m_clock.nowMs() - 3600 * 1000});
    }

    void tableGradesByAnyMeasure_data() {
        QTest::addColumn<qint64>("outage");
        QTest::addColumn<qint64>("complaints");
        QTest::addColumn<double>("loss");
        QTest::addColumn<qint64>("users");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("decidedBy");
        QTest::newRow("nothing") << qint64(0) << qint64(0) << 0.0 << qint64(0) << 0 << QString();
        QTest::newRow("just below serious")
            << qint64(29) << qint64(19) << 9999.99 << qint64(999) << 0 << QString();
        QTest::newRow("outage at serious")
            << qint64(30) << qint64(0) << 0.0 << qint64(0) << 1 << QStringLiteral("outage_minutes");
        QTest::newRow("complaints urgent, loss serious")
            << qint64(0) << qint64(100) << 10000.0 << qint64(0) << 2
            << QStringLiteral("complaints");
        QTest::newRow("two measures major") << qint64(480) << qint64(0) << 1e6 << qint64(5) << 3
                                            << QStringLiteral("outage_minutes,loss_money");
        QTest::newRow("users major") << qint64(0) << qint64(0) << 0.0 << qint64(100000) << 3
                                     << QStringLiteral("users_affected");
    }
    void tableGradesByAnyMeasure() {
        QFETCH(qint64, outage);
        QFETCH(qint64, complaints);
        QFETCH(double, loss);
        QFETCH(qint64, users);
        QFETCH(int, grade);
        QFETCH(QString, decidedBy);
        QStringList by;
        const Grade g = PostGradeTable::defaults().grade({outage, complaints, loss, users}, &by);
        QCOMPARE(static_cast<int>(g), grade);
        QCOMPARE(by.join(u','), decidedBy);
    }

    void tableJsonRoundTripAndErrors() {
        QString e;
        const auto back = PostGradeTable::fromJson(PostGradeTable::defaults().toJson(), e);
        QVERIFY2(back, qPrintable(e));
        QCOMPARE(back->toJson(), PostGradeTable::defaults().toJson());

        QVERIFY(!PostGradeTable::fromJson("{\"serious\": {\"downtime\": 3}}", e));
        QVERIFY2(e.contains(QStringLiteral("serious")) && e.contains(QStringLiteral("downtime")),
                 qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson("{\"general\": {}}", e));
        QVERIFY2(e.contains(QStringLiteral("general")), qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson("{\"urgent\": {\"complaints\": -1}}", e));
        QVERIFY2(e.contains(QStringLiteral("urgent / complaints")), qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson(
            "{\"serious\": {\"complaints\": 50}, \"major\": {\"complaints\": 40}}", e));
        QVERIFY2(e.contains(QStringLiteral("major / complaints")), qPrintable(e));
        QVERIFY(!PostGradeTable::fromJson("[1", e));
        QVERIFY2(e.contains(QStringLiteral("offset")), qPrintable(e));

        // A measure left out of a grade is not used for it.
        const auto partial = PostGradeTable::fromJson("{\"major\": {\"complaints\": 5}}", e);
        QVERIFY2(partial, qPrintable(e));
        QCOMPARE(partial->grade({10000, 4, 1e9, 1000000}), Grade::General);
        QCOMPARE(partial->grade({0, 5, 0, 0}), Grade::Major);
    }

    void tableComesFromSettings() {
        PostGradeTable t;
        QString e;
        QVERIFY2(PostGradeTable::load(*m_db, t, e), qPrintable(e));
        QCOMPARE(t.toJson(), PostGradeTable::defaults().toJson());
        QVERIFY2(SettingsStore(*m_db).set(PostGradeTable::kSettingKey,
                                          QStringLiteral("{\"serious\": {\"complaints\": 3}}"),
                                          QStringLiteral("admin"), m_clock.nowMs(), e),
                 qPrintable(e));
        QVERIFY2(PostGradeTable::load(*m_db, t, e), qPrintable(e));
        QCOMPARE(t.grade({0, 3, 0, 0}), Grade::Serious);
        QCOMPARE(t.grade({100000, 2, 1e12, 1 << 30}), Grade::General);
        QVERIFY2(SettingsStore(*m_db).set(PostGradeTable::kSettingKey, QStringLiteral("{]"),
                                          QStringLiteral("admin"), m_clock.nowMs(), e),
                 qPrintable(e));
        QVERIFY(!PostGradeTable::load(*m_db, t, e));
        QVERIFY2(e.contains(PostGradeTable::kSettingKey), qPrintable(e));
    }

    void resolveThenPostGrade() {
        IncidentFollowUp follow(*m_db, m_clock);
        QString e;
        Grade g = Grade::General;
        // Not before it is resolved.
        QVERIFY(!follow.postGrade(m_incident, {40, 0, 0, 0}, PostGradeTable::defaults(), m_w.sup, g,
                                  e));
        QVERIFY2(e.contains(QStringLiteral("still open")), qPrintable(e));
        QVERIFY(!follow.resolve(m_incident, QStringLiteral("  "), m_w.sup, e));
        QVERIFY2(e.contains(QStringLiteral("summary")), qPrintable(e));

        m_clock.advance(60 * 1000);
        QVERIFY2(
            follow.resolve(m_incident, QStringLiteral("Channel restored at 10:01."), m_w.sup, e),
            qPrintable(e));
        QVERIFY(!follow.resolve(m_incident, QStringLiteral("again"), m_w.sup, e));
        QVERIFY2(e.contains(QStringLiteral("already resolved")), qPrintable(e));

        IncidentRecord r;
        QVERIFY2(IncidentQueries(*m_db).incident(m_incident, r, e), qPrintable(e));
        QCOMPARE(r.state, QStringLiteral("resolved"));
        QCOMPARE(r.closedAt, std::optional<qint64>(m_clock.nowMs()));
        QCOMPARE(r.summary, QStringLiteral("Channel restored at 10:01."));
        QVERIFY(!r.postGrade);

        QVERIFY(!follow.postGrade(m_incident, {-1, 0, 0, 0}, PostGradeTable::defaults(), m_w.sup, g,
                                  e));
        QVERIFY2(follow.postGrade(m_incident, {61, 150, 500.0, 20}, PostGradeTable::defaults(),
                                  m_w.mgr, g, e),
                 qPrintable(e));
        QCOMPARE(g, Grade::Urgent);
        QVERIFY2(IncidentQueries(*m_db).incident(m_incident, r, e), qPrintable(e));
        QCOMPARE(r.postGrade, std::optional<Grade>(Grade::Urgent));

        QList<TimelineEntry> t;
        QVERIFY2(IncidentQueries(*m_db).timeline(m_incident, t, e), qPrintable(e));
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0).event, QStringLiteral("resolved"));
        QCOMPARE(t.at(0).actorId, m_w.sup);
        QCOMPARE(t.at(0).note, QStringLiteral("Channel restored at 10:01."));
        QCOMPARE(t.at(1).event, QStringLiteral("post_graded"));
        QCOMPARE(t.at(1).actorId, m_w.mgr);
        QCOMPARE(t.at(1).data.value(QStringLiteral("complaints")).toInt(), 150);
        QCOMPARE(t.at(1).data.value(QStringLiteral("decided_by")).toArray().first().toString(),
                 QStringLiteral("complaints"));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND "
                                       "action LIKE 'incident.%'"),
                        {m_incident}),
                 2);
    }

    void knowledgeEntryCreatedThenUpdated() {
        IncidentFollowUp follow(*m_db, m_clock);
        QString e;
        qint64 kb = 0;
        QVERIFY(!follow.saveKnowledge(m_incident, QStringLiteral(" "), QStringLiteral("x"), m_w.sup,
                                      kb, e));
        QVERIFY2(follow.saveKnowledge(m_incident, QStringLiteral("Top-up failures"),
                                      QStringLiteral("Retry after 11:00."), m_w.sup, kb, e),
                 qPrintable(e));
        QVERIFY(kb > 0);
        IncidentRecord r;
        QVERIFY2(IncidentQueries(*m_db).incident(m_incident, r, e), qPrintable(e));
        QCOMPARE(r.knownIssueId, kb);
        m_clock.advance(1000);
        qint64 again = 0;
        QVERIFY2(follow.saveKnowledge(m_incident, QStringLiteral("Top-up failures"),
                                      QStringLiteral("Fixed in release 5.2."), m_w.sup, again, e),
                 qPrintable(e));
        QCOMPARE(again, kb);
        KnowledgeEntry entry;
        QVERIFY2(IncidentQueries(*m_db).knowledgeEntry(kb, entry, e), qPrintable(e));
        QCOMPARE(entry.body, QStringLiteral("Fixed in release 5.2."));
        QCOMPARE(entry.kind, QStringLiteral("known_issue"));
        QCOMPARE(entry.updatedAt, m_clock.nowMs());
        QList<TimelineEntry> t;
        QVERIFY2(IncidentQueries(*m_db).timeline(m_incident, t, e), qPrintable(e));
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0).event, QStringLiteral("kb_created"));
        QCOMPARE(t.at(1).event, QStringLiteral("kb_updated"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentsFollowUp)
#include "tst_incidents_followup.moc"

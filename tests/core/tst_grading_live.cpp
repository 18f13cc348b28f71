// The live engine on SQLite: two workstations racing on one file (GradingLiveTest's case);
// and, driven directly in this thread, the decisions of liveengine.h (late writes, late
// complaints, a person's resolution, rule set versions).
#include "gradinglivetest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace sb;
using namespace sb::test;

namespace {
constexpr qint64 kMin = 60 * 1000;

QString openGrade(Database &db, const QString &type) {
    QSqlQuery q(db.db());
    QString e;
    if (!db.exec(
            q,
            QStringLiteral("SELECT grade FROM incidents WHERE problem_type = ? AND state = 'open'"),
            {type}, e) ||
        !q.next())
        return QStringLiteral("none");
    return gradeKey(static_cast<Grade>(q.value(0).toInt()));
}
} // namespace

class TestGradingLive final : public GradingLiveTest {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(kLiveNow, Qt::UTC)};

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

    // Inserts complaints and hands their change_log entries to `engine`.
    void feed(LiveEngine &engine, const QList<std::pair<qint64, QString>> &rows,
              const QString &tier = QStringLiteral("normal")) {
        QList<Change> changes;
        for (const auto &[at, type] : rows)
            changes.append(ticketInsert(insertComplaint(*m_db, at, type, tier)));
        engine.applyChanges(changes);
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_url = sqliteIn(m_dir, QStringLiteral("live%1.db").arg(++n));
        QString e;
        m_db = openMigrated(m_url, e);
        QVERIFY2(m_db, qPrintable(e));
    }

    void warmsFromTheLastHourOnly() {
        // 5 payment failures 70–62 minutes ago (outside the window) and 4 inside: no burst.
        for (int i = 0; i < 5; ++i)
            insertComplaint(*m_db, kLiveNow - (70 - 2 * i) * kMin,
                            QStringLiteral("payment_failure"));
        for (int i = 0; i < 4; ++i)
            insertComplaint(*m_db, kLiveNow - (20 - i) * kMin, QStringLiteral("payment_failure"));
        LiveEngine engine(m_url, m_clock);
        engine.start();
        QCOMPARE(engine.stats().fed, 4);
        QCOMPARE(openGrade(*m_db, QStringLiteral("payment_failure")), QStringLiteral("none"));
        feed(engine, {{kLiveNow - 5 * kMin, QStringLiteral("payment_failure")}});
        QCOMPARE(openGrade(*m_db, QStringLiteral("payment_failure")), QStringLiteral("general"));
    }

    void lateOrRepeatedWriteNeverLowersTheGrade() {
        LiveEngine engine(m_url, m_clock);
        engine.start();
        QList<std::pair<qint64, QString>> rows;
        for (int i = 0; i < 11; ++i)
            rows.append({kLiveNow - (30 - i) * kMin, QStringLiteral("site_unreachable")});
        feed(engine, rows);
        QCOMPARE(openGrade(*m_db, QStringLiteral("site_unreachable")), QStringLiteral("serious"));
        // A person (or another workstation) raised it to urgent; the engine's later events
        // (general/serious candidates) must not lower it, neither its rebuild from scratch.
        QString e;
        QVERIFY(m_db->exec(QStringLiteral("UPDATE incidents SET grade = 2 WHERE problem_type = "
                                          "'site_unreachable'"),
                           {}, e));
        feed(engine, {{kLiveNow - 10 * kMin, QStringLiteral("site_unreachable")}});
        LiveEngine second(m_url, m_clock); // a workstation starting now replays the hour
        second.start();
        QCOMPARE(second.stats().fed, 12);
        QCOMPARE(openGrade(*m_db, QStringLiteral("site_unreachable")), QStringLiteral("urgent"));
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 1);
    }

    void lateComplaintInsideTheWindowIsCounted() {
        LiveEngine engine(m_url, m_clock);
        engine.start();
        feed(engine, {{kLiveNow - 10 * kMin, QStringLiteral("order_failure")},
                      {kLiveNow - 9 * kMin, QStringLiteral("order_failure")},
                      {kLiveNow - 8 * kMin, QStringLiteral("order_failure")},
                      {kLiveNow - 7 * kMin, QStringLiteral("order_failure")}});
        QCOMPARE(openGrade(*m_db, QStringLiteral("order_failure")), QStringLiteral("none"));
        const int rebuilds = engine.stats().rebuilds;
        // Arrives late (received 20 minutes ago): the fifth within 30 minutes.
        feed(engine, {{kLiveNow - 20 * kMin, QStringLiteral("order_failure")}});
        QCOMPARE(engine.stats().rebuilds, rebuilds + 1);
        QCOMPARE(openGrade(*m_db, QStringLiteral("order_failure")), QStringLiteral("serious"));
        // Older than the grading window: ignored.
        feed(engine, {{kLiveNow - 61 * kMin, QStringLiteral("account_theft")}});
        QCOMPARE(engine.stats().ignoredLate, 1);
        QCOMPARE(openGrade(*m_db, QStringLiteral("account_theft")), QStringLiteral("none"));
    }

    void resolvedByAPersonStartsFromNothing() {
        LiveEngine engine(m_url, m_clock);
        engine.start();
        QList<std::pair<qint64, QString>> rows;
        for (int i = 0; i < 5; ++i)
            rows.append({kLiveNow - (20 - i) * kMin, QStringLiteral("login_failure")});
        feed(engine, rows);
        QCOMPARE(openGrade(*m_db, QStringLiteral("login_failure")), QStringLiteral("serious"));
        const qint64 id = liveScalar(*m_db, QStringLiteral("SELECT id FROM incidents"));
        QString e;
        QVERIFY(m_db->exec(QStringLiteral("UPDATE incidents SET state = 'resolved', closed_at = ? "
                                          "WHERE id = ?"),
                           {kLiveNow - 10 * kMin, id}, e));
        engine.applyChanges({Change{0, ChangeEntity::Incident, id, ChangeOp::Update, 0}});
        // The next complaints count from nothing: four do not reopen, the fifth does.
        for (int i = 0; i < 4; ++i)
            feed(engine, {{kLiveNow - (9 - i) * kMin, QStringLiteral("login_failure")}});
        QCOMPARE(openGrade(*m_db, QStringLiteral("login_failure")), QStringLiteral("none"));
        feed(engine, {{kLiveNow - 4 * kMin, QStringLiteral("login_failure")}});
        QCOMPARE(openGrade(*m_db, QStringLiteral("login_failure")), QStringLiteral("serious"));
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 2);
        // A workstation starting now agrees (it also skips what the resolved one held).
        LiveEngine later(m_url, m_clock);
        later.start();
        QCOMPARE(later.stats().fed, 5);
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 2);
    }

    void ruleSetVersionsAreStoredAndRecorded() {
        LiveEngine engine(m_url, m_clock);
        engine.start();
        QCOMPARE(engine.ruleSetVersion(), 1);
        QCOMPARE(
            liveScalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM rule_sets WHERE version = 1")),
            1);
        feed(engine, {{kLiveNow - 30 * kMin, QStringLiteral("data_exposure")}});
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT rule_set_version FROM incidents WHERE "
                                                  "problem_type = 'data_exposure'")),
                 1);

        // An administrator lowers the key-class normal burst threshold to 2.
        QJsonObject o = QJsonDocument::fromJson(RuleSet::defaults().toJson()).object();
        QJsonObject burst = o.value(QStringLiteral("burst_thresholds")).toObject();
        burst.insert(QStringLiteral("key"),
                     QJsonObject{{QStringLiteral("normal"), 2}, {QStringLiteral("vip"), 3}});
        o.insert(QStringLiteral("burst_thresholds"), burst);
        QString e;
        auto edited = RuleSet::fromJson(QJsonDocument(o).toJson(), e);
        QVERIFY2(edited, qPrintable(e));
        RuleSetStore store(*m_db);
        int version = 0;
        QVERIFY2(store.save(*edited, QStringLiteral("admin"), QStringLiteral("key burst 2"),
                            m_clock, version, e),
                 qPrintable(e));
        QCOMPARE(version, 2);
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                  "'rule_set.save' AND entity_id = 2")),
                 1);
        engine.applyChanges({Change{0, ChangeEntity::RuleSet, 2, ChangeOp::Insert, 0}});
        QCOMPARE(engine.ruleSetVersion(), 2);
        // An incident opened under version 1 and raised under version 2 records 2.
        feed(engine, {{kLiveNow - 29 * kMin, QStringLiteral("data_exposure")},
                      {kLiveNow - 28 * kMin, QStringLiteral("data_exposure")},
                      {kLiveNow - 27 * kMin, QStringLiteral("data_exposure")}});
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT grade FROM incidents WHERE "
                                                  "problem_type = 'data_exposure'")),
                 qint64(Grade::Major));
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT rule_set_version FROM incidents WHERE "
                                                  "problem_type = 'data_exposure'")),
                 2);
        feed(engine, {{kLiveNow - 5 * kMin, QStringLiteral("payout_delay")},
                      {kLiveNow - 4 * kMin, QStringLiteral("payout_delay")}});
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT rule_set_version FROM incidents WHERE "
                                                  "problem_type = 'payout_delay'")),
                 2);
        // The stored body says its own version and reads back equal to what was saved.
        RuleSet active;
        RuleSetVersion meta;
        QVERIFY2(store.active(active, meta, e), qPrintable(e));
        QCOMPARE(meta.version, 2);
        QCOMPARE(meta.createdBy, QStringLiteral("admin"));
        QCOMPARE(active.burstThreshold(ProblemClass::Key, GradingTier::Normal), 2);
    }

    void affectedShareOpensCoreExperienceOnly() {
        LiveEngine engine(m_url, m_clock);
        engine.start();
        engine.addAffectedShare(kLiveNow, QStringLiteral("login_failure"), 0.013);
        engine.addAffectedShare(kLiveNow, QStringLiteral("campaign_reward"), 0.5);
        engine.addAffectedShare(kLiveNow, QStringLiteral("order_failure"), 0.009);
        QCOMPARE(openGrade(*m_db, QStringLiteral("login_failure")), QStringLiteral("general"));
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 1);
        QCOMPARE(liveScalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE "
                                                  "trigger_kind = 'affected_share'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestGradingLive)
#include "moc_gradinglivetest.cpp"
#include "tst_grading_live.moc"

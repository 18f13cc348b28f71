// Report roll-ups on a shared PostgreSQL server, as staff reach them through their own logins
// with raw SQL: only a login holding admin.archive stores a roll-up (through
// sb_report_rollup_store, which stamps the server's time and the login and never replaces a
// month's roll-up); nobody inserts, changes or removes one directly; holders of reports.read
// read them, and a report of the month is then served from the roll-up; others see none.
#include "reports/reportengine.h"
#include "reports/rollupstore.h"
#include "security_pg_fixture.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace sb;

namespace {

const QTimeZone kZone("Asia/Shanghai");

ReportPeriod january() {
    ReportPeriod p;
    QString e;
    if (!ReportPeriod::parse(ReportPeriodKind::Month, QStringLiteral("2026-01"), kZone, p, e))
        qFatal("%s", qPrintable(e));
    return p;
}

} // namespace

class TestReportRollupsPg : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;         // the installer's: seeding and checks only
    std::unique_ptr<Database> m_supervisor; // reports.read, not admin.archive
    std::unique_ptr<Database> m_agent;      // neither
    std::unique_ptr<Database> m_archivist;  // admin.archive and tickets.read_all
    qint64 m_run = 0;

    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery q;
        QString e;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, e) || !q.next())
            qFatal("seed: %s", qPrintable(e));
        return q.value(0).toLongLong();
    }
    qint64 person(const QString &no, const QString &role) {
        return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {no, no, role, QString(QStringLiteral("pending_") + no)});
    }
    QVariant installer(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q;
        QString e;
        if (!m_db->exec(q, sql, values, e) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(e));
        return q.value(0);
    }
    QString storeSql() const {
        return QStringLiteral("SELECT sb_report_rollup_store(?, ?, 'Asia/Shanghai', '2026-01', "
                              "'{\"period\": {}, \"volume\": {\"total\": 9}}', 9, ?)");
    }
    QVariantList storeValues(qint64 run) const {
        return {january().startMs(), january().endMs(), run};
    }
    static ReportRollup rollup(qint64 run) {
        ReportRollup r;
        r.monthStartMs = january().startMs();
        r.monthEndMs = january().endMs();
        r.zone = QStringLiteral("Asia/Shanghai");
        r.month = QStringLiteral("2026-01");
        r.report = QJsonObject{
            {QStringLiteral("period"), QJsonObject{}},
            {QStringLiteral("volume"), QJsonObject{{QStringLiteral("total"), 9}}},
            {QStringLiteral("cutoff"),
             QJsonObject{{QStringLiteral("seq"), 77},
                         {QStringLiteral("at"), QStringLiteral("2026-02-01T00:00:00+08:00")}}}};
        r.tickets = 9;
        r.archiveRunId = run;
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (SIGNALBOARD_TEST_PG_STATE)");
        QString e;
        m_db = test::openMigrated(test::freshPgDatabase(QStringLiteral("rollups")), e);
        QVERIFY2(m_db, qPrintable(e));
        m_run = insert(QStringLiteral("INSERT INTO archive_runs(kind, started_at, actor, "
                                      "file_name) VALUES ('archive', 1, 'admin', 'a.db')"),
                       {});
        m_supervisor = test::pgLoginFor(*m_db, QStringLiteral("sb_ru_sup"),
                                        person(QStringLiteral("RU1"), QStringLiteral("supervisor")),
                                        QStringLiteral("sb_supervisor"));
        m_agent = test::pgLoginFor(*m_db, QStringLiteral("sb_ru_agent"),
                                   person(QStringLiteral("RU2"), QStringLiteral("agent")),
                                   QStringLiteral("sb_agent"));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO roles(key, name, is_super, db_group) "
                                          "VALUES ('archivist', 'Archivist', 0, 'sb_agent')"),
                           {}, e));
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) "
                                           "SELECT id, k FROM roles, (VALUES ('admin.archive'), "
                                           "('tickets.read_all')) p(k) WHERE key = 'archivist'"),
                            {}, e),
                 qPrintable(e));
        m_archivist = test::pgLoginFor(*m_db, QStringLiteral("sb_ru_arch"),
                                       person(QStringLiteral("RU3"), QStringLiteral("archivist")),
                                       QStringLiteral("sb_agent"));
        QVERIFY(m_supervisor && m_agent && m_archivist);
    }

    void cleanupTestCase() {
        if (m_db) {
            m_supervisor.reset();
            m_agent.reset();
            m_archivist.reset();
            test::dropLogins(*m_db, {QStringLiteral("sb_ru_sup"), QStringLiteral("sb_ru_agent"),
                                     QStringLiteral("sb_ru_arch")});
        }
    }

    // Without admin.archive nobody stores a roll-up, neither through the function nor
    // directly; with it nobody writes the table directly either.
    void othersAreRefusedByTheServer() {
        QVERIFY(test::refusedAs(*m_supervisor, storeSql(), storeValues(m_run),
                                QStringLiteral("admin.archive")));
        QVERIFY(test::refusedAs(*m_agent, storeSql(), storeValues(m_run),
                                QStringLiteral("admin.archive")));
        for (Database *who : {m_supervisor.get(), m_archivist.get()}) {
            QVERIFY(test::refusedAs(
                *who,
                QStringLiteral("INSERT INTO report_rollups(month_start, month_end, zone, month, "
                               "report, tickets, taken_at, taken_by) VALUES (1, 2, 'UTC', "
                               "'1970-01', '{}', 0, 0, 'me')"),
                {}, QStringLiteral("permission denied")));
            QVERIFY(test::refusedAs(*who, QStringLiteral("UPDATE report_rollups SET tickets = 0"),
                                    {}, QStringLiteral("permission denied")));
            QVERIFY(test::refusedAs(*who, QStringLiteral("DELETE FROM report_rollups"), {},
                                    QStringLiteral("permission denied")));
        }
        // Through the product's own class as well.
        bool stored = true;
        QString e;
        QVERIFY(!ReportRollupStore(*m_supervisor).store(rollup(m_run), {}, 1, stored, e));
        QVERIFY2(e.contains(QLatin1StringView("admin.archive")), qPrintable(e));
        QVERIFY(!stored);
        // A holder of admin.archive whom row security shows only some tickets would store a
        // short month: refused until the login reads every ticket.
        const QString readAll = QStringLiteral(
            "role_permissions WHERE permission_key = 'tickets.read_all' AND role_id = (SELECT id "
            "FROM roles WHERE key = 'archivist')");
        QVERIFY2(m_db->exec(QStringLiteral("DELETE FROM ") + readAll, {}, e), qPrintable(e));
        QVERIFY(test::refusedAs(*m_archivist, storeSql(), storeValues(m_run),
                                QStringLiteral("tickets.read_all")));
        QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission_key) "
                                           "SELECT id, 'tickets.read_all' FROM roles WHERE key = "
                                           "'archivist'"),
                            {}, e),
                 qPrintable(e));
        QCOMPARE(installer(QStringLiteral("SELECT COUNT(*) FROM report_rollups")).toLongLong(), 0);
    }

    // The holder stores a month's roll-up once, stamped by the server; a second store keeps
    // it; a run that is not a running archive run is refused.
    void theHolderStoresOnce() {
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 60000;
        bool stored = false;
        QString e;
        QVERIFY2(ReportRollupStore(*m_archivist)
                     .store(rollup(m_run), QStringLiteral("forged"), 1, stored, e),
                 qPrintable(e));
        QVERIFY(stored);
        QCOMPARE(installer(QStringLiteral("SELECT taken_by FROM report_rollups")).toString(),
                 QStringLiteral("sb_ru_arch"));
        QVERIFY(installer(QStringLiteral("SELECT taken_at FROM report_rollups")).toLongLong() >
                before);
        ReportRollup again = rollup(m_run);
        again.tickets = 1;
        QVERIFY2(ReportRollupStore(*m_archivist).store(again, {}, 1, stored, e), qPrintable(e));
        QVERIFY(!stored);
        QCOMPARE(installer(QStringLiteral("SELECT tickets FROM report_rollups")).toLongLong(), 9);
        QVERIFY(test::refusedAs(*m_archivist, storeSql(), storeValues(m_run + 1000),
                                QStringLiteral("archive run")));
        // Nobody changes a roll-up: the owner neither.
        QVERIFY(!m_db->exec(QStringLiteral("UPDATE report_rollups SET tickets = 0"), {}, e));
        QVERIFY2(e.contains(QLatin1StringView("never changes")), qPrintable(e));
    }

    // reports.read holders read the roll-ups, and their report of the month is the roll-up;
    // a login without it sees none.
    void readersReadTheRollups() {
        QCOMPARE(test::scalar(*m_supervisor, QStringLiteral("SELECT COUNT(*) FROM report_rollups")),
                 1);
        QCOMPARE(test::scalar(*m_agent, QStringLiteral("SELECT COUNT(*) FROM report_rollups")), 0);
        SystemClock clock;
        ReportEngine engine(*m_supervisor, clock);
        Report report;
        QString e;
        QVERIFY2(engine.build({january(), {QStringLiteral("volume")}}, report, e), qPrintable(e));
        QVERIFY(report.archived && report.archived->rollup);
        const QJsonObject json = ReportEngine::toJson(report);
        QCOMPARE(json.value(QStringLiteral("volume")).toObject().value(QStringLiteral("total")),
                 QJsonValue(9));
        QCOMPARE(report.cutoffSeq, 77);
    }
};

QTEST_GUILESS_MAIN(TestReportRollupsPg)
#include "tst_report_rollups_pg.moc"

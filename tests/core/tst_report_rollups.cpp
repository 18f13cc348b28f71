// Monthly report roll-ups on SQLite: the archive run keeps the whole month report before the
// month's first ticket leaves, so the report of that month is the same after the archive (served
// from the roll-up, and saying so); a week overlapping the archived month is counted live and
// says that some of its tickets are archived; a dry run takes no roll-up, a later run keeps
// the roll-up it finds, and a roll-up that cannot be stored stops the run before any ticket
// leaves (the batches copied meanwhile leave the archive again).
#include "archive/archiver.h"
#include "reports/reportengine.h"
#include "reports/rollupstore.h"
#include "storage/dialect.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sb;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
const QTimeZone kZone("Asia/Shanghai"); // the business calendar's default zone

qint64 at(int month, int day, int hour = 10) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), kZone).toMSecsSinceEpoch();
}

// The sections of a report's JSON: every key but the report's own metadata.
QJsonObject sectionsOf(QJsonObject json) {
    for (const char *meta : {"period", "generated_at", "cutoff", "archived", "language"})
        json.remove(QLatin1StringView(meta));
    return json;
}

} // namespace

class TestReportRollups : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNow};
    qint64 m_staff = 0;
    int m_external = 0;

    qint64 scalar(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q(m_db->db());
        QString e;
        if (!m_db->exec(q, sql, values, e) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(e));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    // A ticket received at `received` in `state`, moved there at `closedAt`.
    qint64 ticket(qint64 received, qint64 closedAt, const QString &state = QStringLiteral("closed"),
                  const QString &channel = QStringLiteral("phone")) {
        qint64 id = 0;
        QString e;
        if (!dialect::insertReturningId(
                *m_db,
                QStringLiteral("INSERT INTO tickets (source, external_id, received_at, channel, "
                               "customer_tier, problem_type, category, state, handler_id, "
                               "updated_at) VALUES ('t', ?, ?, ?, 'normal', 'billing', 'fees', ?, "
                               "?, ?)"),
                {QString::number(++m_external), received, channel, state, m_staff, closedAt}, id,
                e))
            qWarning("%s", qPrintable(e));
        if (!m_db->exec(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, "
                                       "action, from_state, to_state) VALUES (?, ?, ?, 'move', "
                                       "'registered', ?)"),
                        {id, closedAt, m_staff, state}, e))
            qWarning("%s", qPrintable(e));
        return id;
    }

    QJsonObject reportJson(const ReportPeriod &period, const QStringList &sections = {}) {
        ReportEngine engine(*m_db, m_clock);
        Report report;
        QString e;
        if (!engine.build({period, sections}, report, e))
            qWarning("report: %s", qPrintable(e));
        return ReportEngine::toJson(report);
    }

    ReportPeriod month(const QString &text) {
        ReportPeriod p;
        QString e;
        if (!ReportPeriod::parse(ReportPeriodKind::Month, text, kZone, p, e))
            qWarning("%s", qPrintable(e));
        return p;
    }

    bool archive(ArchiveReport &out, QString &e) {
        Archiver archiver(*m_db, m_clock);
        const RetentionCutoff cutoff =
            RetentionCutoff::at(RetentionRules{}, m_clock.now(), m_clock.nowMs());
        return archiver.archive(cutoff, m_clock.nowMs(), m_dir.filePath(QStringLiteral("a.db")),
                                QStringLiteral("admin"), out, e);
    }

private Q_SLOTS:
    void init() {
        QString e;
        m_db = test::openMigrated(
            test::sqliteIn(
                m_dir,
                QStringLiteral("live%1.db").arg(QLatin1StringView(QTest::currentTestFunction()))),
            e);
        QVERIFY2(m_db, qPrintable(e));
        QVERIFY(dialect::insertReturningId(
            *m_db,
            QStringLiteral("INSERT INTO staff (employee_no, name, status_changed_at, login, "
                           "password_hash, created_at) VALUES ('E1', 'Li Na', 0, 'lina', "
                           "'secret-hash', 0)"),
            {}, m_staff, e));
        QFile::remove(m_dir.filePath(QStringLiteral("a.db")));
        m_clock.set(kNow);
        // January: three closed tickets (one in the week that runs into February) and one
        // still open; February: one closed and one open.
        ticket(at(1, 10), at(1, 11));
        ticket(at(1, 20), at(1, 21), QStringLiteral("closed"), QStringLiteral("web"));
        ticket(at(1, 27), at(1, 28));
        ticket(at(1, 28), at(1, 28), QStringLiteral("in_progress"));
        ticket(at(2, 2), at(2, 3));
        ticket(at(2, 1, 9), at(2, 1, 9), QStringLiteral("in_progress"));
    }
    void cleanup() { m_db.reset(); }

    // The month report after the archive is the one before it, figure for figure, and says
    // that it is the month's roll-up; the live figures would be short.
    void archivedMonthIsServedFromItsRollup() {
        const QJsonObject before = reportJson(month(QStringLiteral("2026-01")));
        QCOMPARE(before.value(QStringLiteral("volume")).toObject().value(QStringLiteral("total")),
                 QJsonValue(4));
        QVERIFY(!before.contains(QStringLiteral("archived")));
        ArchiveReport out;
        QString e;
        QVERIFY2(archive(out, e), qPrintable(e));
        QCOMPARE(out.tickets, 4);
        QCOMPARE(out.rollups, (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE received_at >= ? AND "
                                       "received_at < ?"),
                        {month(QStringLiteral("2026-01")).startMs(),
                         month(QStringLiteral("2026-01")).endMs()}),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT tickets FROM report_rollups WHERE month = "
                                       "'2026-01'")),
                 4);
        QCOMPARE(scalar(QStringLiteral("SELECT archive_run_id FROM report_rollups WHERE month = "
                                       "'2026-01'")),
                 out.runId);

        m_clock.advance(3600000);
        const QJsonObject after = reportJson(month(QStringLiteral("2026-01")));
        QVERIFY(!sectionsOf(before).isEmpty());
        QCOMPARE(sectionsOf(after), sectionsOf(before));
        std::optional<ReportRollup> rollup;
        QVERIFY(ReportRollupStore(*m_db).find(month(QStringLiteral("2026-01")).startMs(),
                                              QStringLiteral("Asia/Shanghai"), rollup, e));
        QVERIFY(rollup);
        // The data cut-off the figures hold is the roll-up's.
        QCOMPARE(after.value(QStringLiteral("cutoff")),
                 rollup->report.value(QStringLiteral("cutoff")));
        const QJsonObject archived = after.value(QStringLiteral("archived")).toObject();
        QCOMPARE(archived.value(QStringLiteral("rollup")), QJsonValue(true));
        QCOMPARE(archived.value(QStringLiteral("taken_at")).toString(),
                 QStringLiteral("2026-06-01T20:00:00+08:00"));
        QCOMPARE(archived.value(QStringLiteral("months")).toArray(),
                 QJsonArray{QStringLiteral("2026-01")});
        QVERIFY2(
            archived.value(QStringLiteral("note")).toString().contains(QStringLiteral("roll-up")),
            qPrintable(archived.value(QStringLiteral("note")).toString()));

        // Only the sections asked for, still from the roll-up.
        const QJsonObject volumeOnly =
            reportJson(month(QStringLiteral("2026-01")), {QStringLiteral("volume")});
        QCOMPARE(sectionsOf(volumeOnly),
                 (QJsonObject{{QStringLiteral("volume"), before.value(QStringLiteral("volume"))}}));
        QVERIFY(volumeOnly.value(QStringLiteral("archived"))
                    .toObject()
                    .value(QStringLiteral("rollup"))
                    .toBool());

        // A roll-up never changes.
        QVERIFY(!m_db->exec(QStringLiteral("UPDATE report_rollups SET tickets = 0"), {}, e));
        QVERIFY2(e.contains(QStringLiteral("never changes")), qPrintable(e));
    }

    // A week reaching into the archived January is counted from the live tickets and says that
    // some of its tickets are archived, naming the month.
    void weekOverlappingAnArchivedMonthIsLive() {
        ReportPeriod week;
        QString e;
        QVERIFY(ReportPeriod::parse(ReportPeriodKind::Week, QStringLiteral("2026-W05"), kZone, week,
                                    e));
        QCOMPARE(reportJson(week)
                     .value(QStringLiteral("volume"))
                     .toObject()
                     .value(QStringLiteral("total")),
                 QJsonValue(3)); // Jan 27, Jan 28, Feb 1
        ArchiveReport out;
        QVERIFY2(archive(out, e), qPrintable(e));
        const QJsonObject after = reportJson(week);
        QCOMPARE(after.value(QStringLiteral("volume")).toObject().value(QStringLiteral("total")),
                 QJsonValue(2)); // the open ones stay live
        const QJsonObject archived = after.value(QStringLiteral("archived")).toObject();
        QCOMPARE(archived.value(QStringLiteral("rollup")), QJsonValue(false));
        QVERIFY(!archived.contains(QStringLiteral("taken_at")));
        QCOMPARE(archived.value(QStringLiteral("months")).toArray(),
                 (QJsonArray{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QVERIFY2(archived.value(QStringLiteral("note"))
                     .toString()
                     .contains(QStringLiteral("Some tickets of this period are archived")),
                 qPrintable(archived.value(QStringLiteral("note")).toString()));
        // A month with no roll-up says nothing.
        QVERIFY(!reportJson(month(QStringLiteral("2026-03"))).contains(QStringLiteral("archived")));
    }

    // The dry run changes nothing: no roll-up either.
    void dryRunTakesNoRollup() {
        Archiver archiver(*m_db, m_clock);
        ArchiveReport out;
        QString e;
        QVERIFY2(
            archiver.preview(RetentionCutoff::at(RetentionRules{}, kNow, m_clock.nowMs()), out, e),
            qPrintable(e));
        QCOMPARE(out.tickets, 4);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_rollups")), 0);
        QVERIFY(!reportJson(month(QStringLiteral("2026-01"))).contains(QStringLiteral("archived")));
    }

    // A later run archiving more tickets of January keeps the roll-up the first run took.
    // The roll-ups cannot be stored: the run fails saying which month and why, every ticket
    // is still live, the archive holds none of them, and the run is recorded as failed. Once
    // they can be stored, the rerun moves the tickets.
    void rollupFailureDeletesNothing() {
        QString e;
        QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER no_room BEFORE INSERT ON report_rollups "
                                          "BEGIN SELECT RAISE(ABORT, 'no room for roll-ups'); "
                                          "END"),
                           {}, e));
        const qint64 tickets = scalar(QStringLiteral("SELECT COUNT(*) FROM tickets"));
        const qint64 events = scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_events"));
        ArchiveReport out;
        QVERIFY(!archive(out, e));
        QVERIFY2(e.contains(QStringLiteral("roll-up of 2026-01")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("no room for roll-ups")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("Nothing was archived")), qPrintable(e));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tickets")), tickets);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_events")), events);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_rollups")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM archive_runs WHERE state = "
                                       "'failed' AND message LIKE '%no room for roll-ups%'")),
                 1);
        {
            auto file = Archiver::openArchive(m_dir.filePath(QStringLiteral("a.db")), false, e);
            QVERIFY2(file, qPrintable(e));
            QSqlQuery q(file->db());
            QVERIFY(file->exec(q, QStringLiteral("SELECT COUNT(*) FROM tickets"), {}, e));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
        }

        QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER no_room"), {}, e));
        QVERIFY2(archive(out, e), qPrintable(e));
        QCOMPARE(out.tickets, 4);
        QCOMPARE(out.rollups, (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tickets")), tickets - 4);
    }

    void laterRunKeepsTheRollup() {
        ArchiveReport first;
        QString e;
        QVERIFY2(archive(first, e), qPrintable(e));
        std::optional<ReportRollup> taken;
        QVERIFY(ReportRollupStore(*m_db).find(month(QStringLiteral("2026-01")).startMs(),
                                              QStringLiteral("Asia/Shanghai"), taken, e));
        QVERIFY(taken);
        // The open January ticket is closed; a month later it leaves too.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE tickets SET state = 'closed' WHERE state = "
                                          "'in_progress' AND received_at < ?"),
                           {month(QStringLiteral("2026-02")).startMs()}, e));
        m_clock.advance(40LL * 86400000);
        ArchiveReport second;
        QVERIFY2(archive(second, e), qPrintable(e));
        QCOMPARE(second.tickets, 1);
        QVERIFY(second.rollups.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE received_at < ?"),
                        {month(QStringLiteral("2026-02")).startMs()}),
                 0);
        std::optional<ReportRollup> kept;
        QVERIFY(ReportRollupStore(*m_db).find(month(QStringLiteral("2026-01")).startMs(),
                                              QStringLiteral("Asia/Shanghai"), kept, e));
        QVERIFY(kept);
        QCOMPARE(kept->id, taken->id);
        QCOMPARE(kept->takenAtMs, taken->takenAtMs);
        QCOMPARE(kept->archiveRunId, first.runId);
        QCOMPARE(kept->report, taken->report);
        QCOMPARE(reportJson(month(QStringLiteral("2026-01")))
                     .value(QStringLiteral("volume"))
                     .toObject()
                     .value(QStringLiteral("total")),
                 QJsonValue(4));
    }
};

QTEST_GUILESS_MAIN(TestReportRollups)
#include "tst_report_rollups.moc"

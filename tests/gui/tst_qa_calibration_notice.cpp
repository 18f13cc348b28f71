// Calibration (校准) across workstations, offscreen on a real SQLite database: inspector B's
// QA place follows the real change feed; when the QA lead, on their own connection, adds B
// to an open session, B's calibration tab shows B among its participants with the session to
// score, and B can start scoring, without reopening anything.
#include "qa/calibration.h"
#include "qa/qacalibrationpanel.h"
#include "qa/qaplace.h"
#include "security/permissions.h"
#include "sync/changefeed.h"
#include "sync/feedthread.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

qint64 staff(Database &db, const QString &login, const QString &role) {
    return insert(db,
                  QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                 "status_changed_at, login, created_at) VALUES (?, ?, (SELECT id "
                                 "FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                  {login.toUpper(), login, role, login});
}

} // namespace

class TestQaCalibrationNotice final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addedInspectorsScreenFollows() {
        QTemporaryDir dir;
        QString e;
        const DatabaseUrl url = test::sqliteIn(dir);
        auto db = test::openMigrated(url, e);
        QVERIFY2(db, qPrintable(e));
        ManualClock clock(
            QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00+08:00"), Qt::ISODate));
        const qint64 lead = staff(*db, QStringLiteral("qian_lead"), QStringLiteral("qa"));
        const qint64 b = staff(*db, QStringLiteral("zhou_qa"), QStringLiteral("qa"));
        const qint64 agent = staff(*db, QStringLiteral("wang_agent"), QStringLiteral("agent"));
        const qint64 ticket =
            insert(*db,
                   QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                  "problem_type, handler_id, state, updated_at) VALUES (1, "
                                  "'phone', 'normal', 'other', ?, 'closed', 1)"),
                   {agent});

        // The lead's workstation: its own connection.
        auto leadDb = Database::open(url, QStringLiteral("qian_lead"), e);
        QVERIFY2(leadDb, qPrintable(e));
        QaCalibrationStore store(*leadDb, clock);
        const QaActor leadActor{lead, QStringLiteral("qian_lead")};
        qint64 session = 0;
        QVERIFY2(store.create(leadActor, QStringLiteral("March calibration"), {ticket}, session, e),
                 qPrintable(e));

        // B's workstation: its own connection, QA place and change feed.
        auto bDb = Database::open(url, QStringLiteral("zhou_qa"), e);
        QVERIFY2(bDb, qPrintable(e));
        app::Workspace ws;
        ws.db = bDb.get();
        ws.clock = &clock;
        ws.user.staffId = b;
        ws.user.login = QStringLiteral("zhou_qa");
        ws.user.name = QStringLiteral("zhou_qa");
        QVERIFY2(PermissionService(*bDb).effective(b, clock.nowMs(), ws.user.permissions, e),
                 qPrintable(e));
        app::QaPlace place(ws);
        place.show();
        app::QaCalibrationPanel *panel = place.calibration();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isLoaded() && panel->sessionsModel()->rowCount() == 1);
        const QStandardItemModel *sessions = panel->sessionsModel();
        QCOMPARE(sessions->item(0, 3)->text(), QString()); // no participants yet
        QCOMPARE(sessions->item(0, 5)->text(), QStringLiteral("—"));
        QVERIFY(panel->selectSession(session));
        auto *score = panel->findChild<QPushButton *>(QStringLiteral("scoreButton"));
        QVERIFY(score);
        QVERIFY(!score->isEnabled());

        qint64 seq = 0;
        QVERIFY2(ChangeFeed::currentSeq(*db, seq, e), qPrintable(e));
        FeedThread feed(url, seq);
        connect(&feed, &FeedThread::changed, &place, &app::QaPlace::applyChanges);
        feed.start();
        QTRY_COMPARE(feed.state(), ChangeFeed::State::Live);

        // The lead adds B: B's screen follows through the feed alone.
        QVERIFY2(store.addParticipants(leadActor, session, {b}, e), qPrintable(e));
        QTRY_COMPARE(sessions->item(0, 3)->text(), QStringLiteral("zhou_qa"));
        QCOMPARE(sessions->item(0, 4)->text(), QStringLiteral("0 of 1"));
        QCOMPARE(sessions->item(0, 5)->text(), QStringLiteral("To score"));
        QTRY_VERIFY(score->isEnabled());
    }
};

QTEST_MAIN(TestQaCalibrationNotice)
#include "tst_qa_calibration_notice.moc"

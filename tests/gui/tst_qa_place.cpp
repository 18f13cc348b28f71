// The QA place and the automatic daily draw, offscreen on a real SQLite database: a drawn day
// shows its strata and tickets, "Draw now" draws a day and the table fills, a day drawn by
// another workstation appears from the change feed, a replacement needs a reason and then
// shows, a person without qa.sample sees the button disabled, and the automatic draw runs once
// after qa.draw_at however many workstations try.
#include "admin/settingstab.h"
#include "qa/qaautodraw.h"
#include "qa/qadashboard.h"
#include "qa/qaplace.h"
#include "qa/qareplacedialog.h"
#include "security/permissions.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "widgetfinders.h"

#include <QDialog>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

const QDate kDay{2026, 3, 29}; // yesterday, seen from kNow in Asia/Shanghai

qint64 ms(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

qint64 count(Database &db, const QString &sql) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql, {}, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A database with an inspector, an agent, and tickets of two channels the agent closed on
// kDay (20 phone, 10 web) and on the day before (5 phone).
struct QaWorld {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T09:00:00+08:00"), Qt::ISODate)};
    qint64 inspector = 0;
    qint64 agent = 0;

    bool open() {
        QString error;
        db = test::openMigrated(test::sqliteIn(dir), error);
        if (!db) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        inspector =
            staff(QStringLiteral("li_qa"), QStringLiteral("Li Inspector"), QStringLiteral("qa"));
        agent = staff(QStringLiteral("wang_agent"), QStringLiteral("Wang Agent"),
                      QStringLiteral("agent"));
        int minute = 0;
        for (int i = 0; i < 20; ++i)
            closed(QStringLiteral("phone"), ms("2026-03-29T10:00:00+08:00"), ++minute);
        for (int i = 0; i < 10; ++i)
            closed(QStringLiteral("web"), ms("2026-03-29T10:00:00+08:00"), ++minute);
        for (int i = 0; i < 5; ++i)
            closed(QStringLiteral("phone"), ms("2026-03-28T10:00:00+08:00"), ++minute);
        return true;
    }

    qint64 staff(const QString &login, const QString &name, const QString &role) {
        return insert(*db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), name, role, login});
    }

    void closed(const QString &channel, qint64 dayStart, int minute) {
        const qint64 id =
            insert(*db,
                   QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                  "problem_type, handler_id, state, updated_at) VALUES (?, ?, "
                                  "'normal', 'other', ?, 'closed', ?)"),
                   {dayStart, channel, agent, dayStart});
        insert(*db,
               QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                              "from_state, to_state) VALUES (?, ?, ?, 'close_satisfied', "
                              "'revisited', 'closed')"),
               {id, dayStart + 60000 * minute, agent});
    }

    app::Workspace workspace(qint64 staffId, const QString &login, Database *on = nullptr) {
        app::Workspace ws;
        ws.db = on ? on : db.get();
        ws.clock = &clock;
        ws.user.staffId = staffId;
        ws.user.login = login;
        ws.user.name = login;
        QString error;
        if (!PermissionService(*db).effective(staffId, clock.nowMs(), ws.user.permissions, error))
            qWarning("permissions: %s", qPrintable(error));
        return ws;
    }
    app::Workspace inspectorSpace(Database *on = nullptr) {
        return workspace(inspector, QStringLiteral("li_qa"), on);
    }

    bool draw(Database &on, const QDate &day, quint64 seed) {
        QaDrawRequest r;
        r.day = day;
        r.rate = QStringLiteral("0.2");
        r.stratifyBy = QaStratifyBy::Channel;
        r.seed = seed;
        r.actor = QStringLiteral("li_qa");
        r.actorId = inspector;
        QaDrawResult out;
        QString error;
        const bool ok = QaSampleStore(on, clock).draw(r, out, error);
        if (!ok)
            qWarning("draw: %s", qPrintable(error));
        return ok;
    }
};

QString cell(const QStandardItemModel *m, int row, int column, int role = Qt::DisplayRole) {
    return m->index(row, column).data(role).toString();
}

} // namespace

class TestQaPlace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Yesterday in the calendar's zone, drawn: what it was drawn with, its strata with
    // N_h / n_h and coverage, the tickets with their inspector; no "Draw now".
    void drawnDayShowsStrataAndTickets() {
        QaWorld w;
        QVERIFY(w.open());
        QVERIFY(w.draw(*w.db, kDay, 7));
        app::QaPlace place(w.inspectorSpace());
        QTRY_VERIFY(place.isLoaded());
        QCOMPARE(place.day(), kDay);
        const QStandardItemModel *strata = place.strataModel();
        QCOMPARE(strata->rowCount(), 2);
        QCOMPARE(cell(strata, 0, 0, Qt::UserRole), QStringLiteral("phone"));
        QCOMPARE(cell(strata, 0, 1), QStringLiteral("20"));
        QCOMPARE(cell(strata, 0, 2), QStringLiteral("4"));
        QCOMPARE(cell(strata, 0, 3), QStringLiteral("20.0 %"));
        QCOMPARE(cell(strata, 1, 0, Qt::UserRole), QStringLiteral("web"));
        QCOMPARE(cell(strata, 1, 1), QStringLiteral("10"));
        QCOMPARE(cell(strata, 1, 2), QStringLiteral("2"));
        const QStandardItemModel *tickets = place.ticketsModel();
        QCOMPARE(tickets->rowCount(), 6);
        for (int r = 0; r < tickets->rowCount(); ++r) {
            QVERIFY(cell(tickets, r, 0).startsWith(QLatin1StringView("CS-")));
            QCOMPARE(cell(tickets, r, 3), QStringLiteral("Li Inspector"));
            QCOMPARE(cell(tickets, r, 5), QString());
        }
        QVERIFY2(place.summaryText().contains(QLatin1StringView("seed 7")),
                 qPrintable(place.summaryText()));
        QVERIFY2(place.summaryText().contains(QLatin1StringView("6 of 30")),
                 qPrintable(place.summaryText()));
        auto *drawButton = place.findChild<QPushButton *>(QStringLiteral("drawButton"));
        QVERIFY(drawButton && drawButton->isHidden());
    }

    // The dashboard's "Export PDF…": the team-meeting summary of the week holding the first
    // day, as a PDF whose text names the reviewed agent and the ISO week.
    void dashboardExportsTheWeekAsPdf() {
        QaWorld w;
        QVERIFY(w.open());
        QVERIFY(w.draw(*w.db, kDay, 7));
        const qint64 row = count(*w.db, QStringLiteral("SELECT MIN(id) FROM qa_sample_tickets"));
        const qint64 ticket = count(*w.db, QStringLiteral("SELECT ticket_id FROM qa_sample_tickets "
                                                          "ORDER BY id LIMIT 1"));
        const qint64 version =
            count(*w.db, QStringLiteral("SELECT MIN(id) FROM qa_scorecard_versions"));
        const qint64 review = insert(
            *w.db,
            QStringLiteral("INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, "
                           "reviewer_id, scorecard_version_id, kind, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, 'sample', 0, 0)"),
            {row, ticket, w.agent, w.inspector, version});
        QString error;
        QVERIFY2(w.db->exec(QStringLiteral("UPDATE qa_reviews SET state = 'submitted', score = "
                                           "87.5, passed = 1, critical_failed = 0, submitted_at "
                                           "= ? WHERE id = ?"),
                            {ms("2026-03-29T15:00:00+08:00"), review}, error),
                 qPrintable(error));
        app::QaPlace place(w.inspectorSpace());
        app::QaDashboardView *view = place.dashboard();
        QTRY_VERIFY(view->isLoaded());
        view->setPeriod(kDay, kDay);
        auto *button = view->findChild<QPushButton *>(QStringLiteral("exportWeekPdfButton"));
        QVERIFY(button && button->isEnabled());
        QSignalSpy exported(view, &app::QaDashboardView::exported);
        const QString path = w.dir.filePath(QStringLiteral("week.pdf"));
        view->exportWeekPdf(path);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        QVERIFY(button->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the text is not checked");
        QProcess pdftotext;
        pdftotext.start(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Wang Agent")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("2026-W13")));
        QVERIFY(text.contains(QStringLiteral("87.5")));
    }

    // A day not drawn says so; "Draw now" draws it and the table fills. A day another
    // workstation draws appears from the change feed.
    void drawNowAndTheFeed() {
        QaWorld w;
        QVERIFY(w.open());
        app::QaPlace place(w.inspectorSpace());
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        QTRY_VERIFY(place.isLoaded());
        QVERIFY2(place.summaryText().contains(QLatin1StringView("has not been drawn")),
                 qPrintable(place.summaryText()));
        QCOMPARE(place.ticketsModel()->rowCount(), 0);

        // Another workstation draws the day: the feed says so, the place reads it once.
        QString error;
        auto second = Database::open(w.db->url(), QStringLiteral("second"), error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(w.draw(*second, kDay, 3));
        const qint64 dayId = count(*w.db, QStringLiteral("SELECT id FROM qa_sample_days"));
        QSignalSpy reads(&place, &app::QaPlace::loaded);
        // As the feed delivers them: a burst of notices, one read.
        place.applyChanges({{1, ChangeEntity::QaSample, dayId, ChangeOp::Insert, 0}});
        place.applyChanges({{2, ChangeEntity::QaSampleTicket, 1, ChangeOp::Insert, 0}});
        place.applyChanges({{3, ChangeEntity::Ticket, 1, ChangeOp::Update, 0},
                            {4, ChangeEntity::QaSampleTicket, 2, ChangeOp::Insert, 0}});
        QTRY_COMPARE(place.ticketsModel()->rowCount(), 6);
        QTest::qWait(400);
        QCOMPARE(reads.count(), 1); // coalesced

        // The day before is not drawn: "Draw now".
        place.setDay(kDay.addDays(-1));
        QTRY_VERIFY(place.summaryText().contains(QLatin1StringView("has not been drawn")));
        auto *drawButton = place.findChild<QPushButton *>(QStringLiteral("drawButton"));
        QVERIFY(drawButton);
        QTRY_VERIFY(drawButton->isVisible() && drawButton->isEnabled());
        QSignalSpy done(&place, &app::QaPlace::actionFinished);
        QTest::mouseClick(drawButton, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QTRY_COMPARE(place.ticketsModel()->rowCount(), 1); // ceil(0.05 × 5)
        QVERIFY(drawButton->isHidden());
        QCOMPARE(count(*w.db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days")), 2);
        QCOMPARE(count(*w.db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days WHERE day = "
                                             "'2026-03-28' AND drawn_by = 'li_qa'")),
                 1);
    }

    // "Replace…" asks for a reason (required, bounded), then the replaced ticket stays listed
    // with what replaced it and why, and the replacement is in the sample.
    void replaceNeedsAReason() {
        QaWorld w;
        QVERIFY(w.open());
        QVERIFY(w.draw(*w.db, kDay, 11));
        app::QaPlace place(w.inspectorSpace());
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        QTRY_COMPARE(place.ticketsModel()->rowCount(), 6);
        auto *replaceButton = place.findChild<QPushButton *>(QStringLiteral("replaceButton"));
        QVERIFY(replaceButton);
        QVERIFY(!replaceButton->isEnabled()); // nothing selected
        auto *view = place.findChild<QTableView *>(QStringLiteral("ticketsView"));
        view->selectRow(0);
        const QString serial = cell(place.ticketsModel(), 0, 0);
        QVERIFY(replaceButton->isEnabled());

        QDialog *dialog = test::openDialog(&place, QStringLiteral("replaceButton"),
                                           QStringLiteral("qaReplaceDialog"));
        QVERIFY(dialog);
        auto *reasonDialog = qobject_cast<app::QaReplaceDialog *>(dialog);
        QVERIFY(reasonDialog);
        test::clickOk(dialog, QStringLiteral("replaceButtons"));
        QVERIFY(dialog->isVisible());
        QVERIFY2(reasonDialog->errorText().contains(QLatin1StringView("reason")),
                 qPrintable(reasonDialog->errorText()));
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        reason->setPlainText(QString(app::QaReplaceDialog::kMaxReason + 1, QLatin1Char('x')));
        test::clickOk(dialog, QStringLiteral("replaceButtons"));
        QVERIFY(dialog->isVisible());
        QVERIFY2(reasonDialog->errorText().contains(QLatin1StringView("too long")),
                 qPrintable(reasonDialog->errorText()));
        QCOMPARE(count(*w.db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_tickets")), 6);

        QSignalSpy done(&place, &app::QaPlace::actionFinished);
        reason->setPlainText(QStringLiteral("  a test ticket  "));
        test::clickOk(dialog, QStringLiteral("replaceButtons"));
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QTRY_COMPARE(place.ticketsModel()->rowCount(), 7);
        const QStandardItemModel *tickets = place.ticketsModel();
        int replaced = -1;
        for (int r = 0; r < tickets->rowCount(); ++r) {
            if (cell(tickets, r, 0) == serial)
                replaced = r;
        }
        QVERIFY(replaced >= 0);
        QCOMPARE(cell(tickets, replaced, 5), QStringLiteral("a test ticket"));
        QVERIFY(!tickets->index(replaced, 0).data(Qt::UserRole + 1).toBool());
        QVERIFY2(cell(tickets, replaced, 4).startsWith(QLatin1StringView("Replaced by CS-")),
                 qPrintable(cell(tickets, replaced, 4)));
        QVERIFY2(place.actionText().contains(serial), qPrintable(place.actionText()));
        QCOMPARE(count(*w.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'qa.sample.replace'")),
                 1);
    }

    // An agent (no qa.sample, no qa.review) sees both buttons disabled, naming the permission.
    void withoutQaSampleTheButtonsAreDisabled() {
        QaWorld w;
        QVERIFY(w.open());
        app::QaPlace place(w.workspace(w.agent, QStringLiteral("wang_agent")));
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        QTRY_VERIFY(place.isLoaded());
        auto *drawButton = place.findChild<QPushButton *>(QStringLiteral("drawButton"));
        QVERIFY(drawButton->isVisible());
        QVERIFY(!drawButton->isEnabled());
        QVERIFY2(drawButton->toolTip().contains(perm::QaSample), qPrintable(drawButton->toolTip()));
        QVERIFY(w.draw(*w.db, kDay, 5));
        place.applyChanges({{1, ChangeEntity::QaSample, 1, ChangeOp::Insert, 0}});
        QTRY_COMPARE(place.ticketsModel()->rowCount(), 6);
        place.findChild<QTableView *>(QStringLiteral("ticketsView"))->selectRow(0);
        auto *replaceButton = place.findChild<QPushButton *>(QStringLiteral("replaceButton"));
        QVERIFY(!replaceButton->isEnabled());
        QVERIFY2(replaceButton->toolTip().contains(perm::QaReview),
                 qPrintable(replaceButton->toolTip()));
        // Nor does the agent's workstation draw by itself.
        app::MainWindow window(w.workspace(w.agent, QStringLiteral("wang_agent")));
        app::installQaFeature(window);
        QVERIFY(!window.findChild<app::QaAutoDraw *>());
    }

    // Two workstations of inspectors: before qa.draw_at nothing is drawn; after it, yesterday
    // is drawn once, a second check does nothing and the other workstation finds it drawn.
    void automaticDrawRunsOnceAfterDrawAt() {
        QaWorld w;
        QVERIFY(w.open());
        w.clock.set(
            QDateTime::fromString(QStringLiteral("2026-03-30T00:20:00+08:00"), Qt::ISODate));
        QString error;
        auto second = Database::open(w.db->url(), QStringLiteral("second"), error);
        QVERIFY2(second, qPrintable(error));
        app::MainWindow a(w.inspectorSpace());
        app::MainWindow b(w.inspectorSpace(second.get()));
        app::installQaFeature(a);
        app::installQaFeature(b);
        auto *drawA = a.findChild<app::QaAutoDraw *>();
        auto *drawB = b.findChild<app::QaAutoDraw *>();
        QVERIFY(drawA && drawB);
        QCOMPARE(app::QaAutoDraw::kCheckIntervalMs, 60 * 1000);
        QSignalSpy settledA(drawA, &app::QaAutoDraw::settled);
        QSignalSpy settledB(drawB, &app::QaAutoDraw::settled);
        QTRY_VERIFY(drawA->isReady() && drawB->isReady());
        QCOMPARE(drawA->drawAt(), QTime(0, 30));
        QTest::qWait(200);
        QCOMPARE(settledA.count() + settledB.count(), 0);
        QCOMPARE(count(*w.db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days")), 0);

        w.clock.set(
            QDateTime::fromString(QStringLiteral("2026-03-30T00:31:00+08:00"), Qt::ISODate));
        drawA->check();
        QTRY_COMPARE(settledA.count(), 1);
        QCOMPARE(settledA.at(0).at(0).toDate(), kDay);
        QVERIFY(settledA.at(0).at(1).toBool());
        QCOMPARE(settledA.at(0).at(2).toString(), QString());
        QCOMPARE(drawA->doneDay(), kDay);
        drawA->check();
        QTest::qWait(200);
        QCOMPARE(settledA.count(), 1); // done: not even read again

        drawB->check();
        QTRY_COMPARE(settledB.count(), 1);
        QCOMPARE(settledB.at(0).at(0).toDate(), kDay);
        QVERIFY(!settledB.at(0).at(1).toBool()); // found drawn: success, nothing stored
        QCOMPARE(settledB.at(0).at(2).toString(), QString());
        QCOMPARE(count(*w.db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days")), 1);
        QCOMPARE(count(*w.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'qa.sample.draw'")),
                 1);
        QCOMPARE(count(*w.db, QStringLiteral("SELECT drawn_by = 'li_qa' FROM qa_sample_days")), 1);
    }

    // The QA settings are known to the Settings tab and checked like the others.
    void qaSettingsAreChecked() {
        QStringList keys;
        for (const app::SettingSpec &s : app::knownSettings())
            keys.append(s.key);
        for (const char *key : {"qa.sample_rate", "qa.stratify_by", "qa.draw_at", "qa.pass_mark",
                                "qa.dispute_days", "qa.double_rate"})
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
        const auto problem = [](const char *key, const char *value) {
            return app::settingProblem(QString::fromLatin1(key), QString::fromUtf8(value));
        };
        QCOMPARE(problem("qa.sample_rate", "0.05"), QString());
        QVERIFY(problem("qa.sample_rate", "0").contains(QLatin1StringView("qa.sample_rate")));
        QVERIFY(!problem("qa.sample_rate", "1.5").isEmpty());
        QCOMPARE(problem("qa.stratify_by", "none"), QString());
        QVERIFY(problem("qa.stratify_by", "email").contains(QLatin1StringView("channel")));
        QCOMPARE(problem("qa.draw_at", "00:30"), QString());
        QVERIFY(problem("qa.draw_at", "24:00").contains(QLatin1StringView("qa.draw_at")));
        QCOMPARE(problem("qa.pass_mark", "80"), QString());
        QVERIFY(!problem("qa.pass_mark", "101").isEmpty());
        QVERIFY(!problem("qa.dispute_days", "0").isEmpty());
        QCOMPARE(problem("qa.double_rate", "0.10"), QString());
        QVERIFY(!problem("qa.double_rate", "2").isEmpty());
    }
};

QTEST_MAIN(TestQaPlace)
#include "tst_qa_place.moc"

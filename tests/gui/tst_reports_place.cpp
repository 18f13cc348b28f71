// The Reports place offscreen on a real SQLite database with known tickets: the default period
// is the last complete day of the test clock in the business calendar's zone; a day report
// shows the volume total of the fixture next to the previous day's; progress reaches the last
// section; a double click or Enter on a by-channel number opens exactly that channel's tickets
// through the Navigator; Cancel drops the run; exports write a PDF and a CSV with the total;
// changed tickets only mark the report as stale; a month served from its roll-up says so and
// its numbers open no (archived) tickets.
#include "reports/reportsplace.h"
#include "reports/reportview.h"
#include "security/permissions.h"
#include "shell/navigator.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

qint64 ms(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

// Records what the place asks to open.
class RecordingNavigator final : public app::Navigator {
public:
    void openTickets(const app::TicketSelection &selection) override { opened.append(selection); }
    QList<app::TicketSelection> opened;
};

struct World {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-12-05T10:00:00+08:00"), Qt::ISODate)};
    qint64 manager = 0;
    QList<qint64> phone, web; // received on 2026-12-04 (Asia/Shanghai)

    bool open() {
        QString error;
        db = test::openMigrated(test::sqliteIn(dir), error);
        if (!db) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        manager = insert(*db,
                         QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                        "status_changed_at, login, created_at) VALUES ('RM1', "
                                        "'Ma', (SELECT id FROM roles WHERE key = "
                                        "'service_manager'), 'active', 0, 'rp_ma', 0)"),
                         {});
        for (const char *at : {"2026-12-04T00:00:00+08:00", "2026-12-04T09:30:00+08:00",
                               "2026-12-04T23:59:59+08:00"})
            phone.append(ticket(ms(at), QStringLiteral("phone")));
        for (const char *at : {"2026-12-04T11:00:00+08:00", "2026-12-04T15:00:00+08:00"})
            web.append(ticket(ms(at), QStringLiteral("web")));
        // The day before (the comparison) and today (not complete: outside the report).
        ticket(ms("2026-12-03T10:00:00+08:00"), QStringLiteral("phone"));
        ticket(ms("2026-12-03T23:59:59+08:00"), QStringLiteral("web"));
        ticket(ms("2026-12-05T00:00:00+08:00"), QStringLiteral("phone"));
        return true;
    }

    qint64 ticket(qint64 at, const QString &channel) {
        return insert(*db,
                      QStringLiteral("INSERT INTO tickets(kind, received_at, channel, "
                                     "customer_tier, problem_type, category, customer_id, "
                                     "support_tier, state, updated_at) VALUES ('complaint', ?, "
                                     "?, 'normal', 'login_failure', 'service', 'C-1', 1, "
                                     "'in_progress', ?)"),
                      {at, channel, at});
    }

    app::Workspace workspace(app::Navigator *navigator) {
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = manager;
        ws.user.login = QStringLiteral("rp_ma");
        ws.navigator = navigator;
        QString error;
        if (!PermissionService(*db).effective(manager, clock.nowMs(), ws.user.permissions, error))
            qWarning("permissions: %s", qPrintable(error));
        return ws;
    }
};

// The table of `section` whose header starts with `firstColumn` and that has a row `key`.
QTableView *tableWith(app::ReportView *view, const QString &section, const QString &key, int *row) {
    for (QTableView *t : view->tables()) {
        if (view->sectionOf(t) != section)
            continue;
        for (int r = 0; r < t->model()->rowCount(); ++r)
            if (t->model()->index(r, 0).data().toString() == key) {
                *row = r;
                return t;
            }
    }
    return nullptr;
}

// The by_channel table of the volume section (its rows labelled "Phone", under "Channel").
QTableView *channelTable(app::ReportView *view) {
    for (QTableView *t : view->tables()) {
        const QModelIndex first = t->model()->index(0, 0);
        if (view->sectionOf(t) == QLatin1StringView("volume") && t->model()->columnCount() == 2 &&
            first.data().toString() == QLatin1StringView("Phone") &&
            t->model()->headerData(0, Qt::Horizontal).toString() == QLatin1StringView("Channel"))
            return t;
    }
    return nullptr;
}

int rowOf(QTableView *t, const QString &key) {
    for (int r = 0; r < t->model()->rowCount(); ++r)
        if (t->model()->index(r, 0).data().toString() == key)
            return r;
    return -1;
}

} // namespace

class TestReportsPlace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultPeriodIsYesterday();
    void dayReportShowsTheTotalsAndProgress();
    void numbersOpenExactlyTheirTickets();
    void withoutNavigatorNumbersAreNotClickable();
    void cancelDropsTheRun();
    void exportsPdfCsvAndJson();
    void changedTicketsMarkTheReportStale();
    void recurringRowsOpenASupervisionDraft();
    void rolledUpMonthSaysSoAndOpensNoTickets();

private:
    // A place on `w`, ready (its zone read); with a report of the default day when `build`.
    std::unique_ptr<app::ReportsPlace> place(World &w, app::Navigator *navigator, bool build) {
        auto p = std::make_unique<app::ReportsPlace>(w.workspace(navigator));
        p->resize(1000, 800);
        p->show();
        if (!QTest::qWaitFor([&] { return p->isReady(); }, 10000))
            return nullptr;
        if (build) {
            QSignalSpy finished(p.get(), &app::ReportsPlace::runFinished);
            p->run();
            if (!finished.wait(30000) || !finished.first().at(0).toBool()) {
                qWarning("run: %s", qPrintable(p->statusText()));
                return nullptr;
            }
        }
        return p;
    }
};

void TestReportsPlace::defaultPeriodIsYesterday() {
    World w;
    QVERIFY(w.open());
    auto p = place(w, nullptr, false);
    QVERIFY(p);
    QCOMPARE(p->zone().id(), QByteArrayLiteral("Asia/Shanghai"));
    ReportPeriod period;
    QString error;
    QVERIFY2(p->period(period, error), qPrintable(error));
    QCOMPARE(period.kind(), ReportPeriodKind::Day);
    QCOMPARE(period.at(), QStringLiteral("2026-12-04"));
    QCOMPARE(period.startMs(), ms("2026-12-04T00:00:00+08:00"));
    QCOMPARE(period.endMs(), ms("2026-12-05T00:00:00+08:00"));
    // Another kind: the last complete one of that kind.
    p->setPeriodKind(ReportPeriodKind::Month);
    QVERIFY(p->period(period, error));
    QCOMPARE(period.at(), QStringLiteral("2026-11"));
    p->setPeriodKind(ReportPeriodKind::Hour);
    QVERIFY(p->period(period, error));
    QCOMPARE(period.startMs(), ms("2026-12-05T09:00:00+08:00"));
}

void TestReportsPlace::dayReportShowsTheTotalsAndProgress() {
    World w;
    QVERIFY(w.open());
    auto p = std::make_unique<app::ReportsPlace>(w.workspace(nullptr));
    QVERIFY(QTest::qWaitFor([&] { return p->isReady(); }, 10000));
    QSignalSpy progress(p.get(), &app::ReportsPlace::progressed);
    QSignalSpy finished(p.get(), &app::ReportsPlace::runFinished);
    p->run();
    QVERIFY(p->isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(p->statusText()));
    // Progress went through every section and reached the end.
    const int sections = int(ReportEngine::sectionKeys().size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), sections);
    QCOMPARE(progress.last().at(1).toInt(), sections);
    auto *bar = p->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QCOMPARE(bar->value(), bar->maximum());

    // The figures table: the total of the fixture's day, and the previous day's next to it.
    int row = -1;
    QTableView *figures =
        tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("Total"), &row);
    QVERIFY(figures);
    QCOMPARE(figures->model()->index(row, 1).data().toString(),
             QString::number(w.phone.size() + w.web.size()));
    QVERIFY(figures->model()->index(row, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QTableView *comparison =
        tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("Tickets received"), &row);
    QVERIFY(comparison);
    QCOMPARE(comparison->model()->index(row, 1).data().toString(), QStringLiteral("5"));
    QCOMPARE(comparison->model()->index(row, 2).data().toString(), QStringLiteral("2"));
    QVERIFY(comparison->model()
                ->headerData(2, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("2026-12-03")));
    // The period and the cut-off head the report.
    QVERIFY(p->view()
                ->findChild<QLabel *>(QStringLiteral("reportPeriod"))
                ->text()
                .contains(QStringLiteral("2026-12-04")));
    QVERIFY(!p->view()->findChild<QLabel *>(QStringLiteral("reportCutoff"))->text().isEmpty());

    // The hourly series: 24 local hours, the 09:00 hour holding the 09:30 ticket.
    QTableView *series =
        tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("2026-12-04 09:00"), &row);
    QVERIFY(series);
    QCOMPARE(series->model()->rowCount(), 24);
    QCOMPARE(series->model()->index(row, 2).data().toString(), QStringLiteral("1"));
    QCOMPARE(series->model()->index(0, 2).data().toString(), QStringLiteral("1")); // 00:00:00

    // A year earlier: the fixture has no data that far back, so no number is made up.
    p->setComparison(app::ReportComparison::YearEarlier);
    comparison =
        tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("Tickets received"), &row);
    QVERIFY(comparison);
    QCOMPARE(comparison->model()->index(row, 2).data().toString(),
             QStringLiteral("no data that far back"));

    // No comparison: the compared column goes, without another run.
    p->setComparison(app::ReportComparison::None);
    QVERIFY(
        !tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("Tickets received"), &row));
}

void TestReportsPlace::numbersOpenExactlyTheirTickets() {
    World w;
    QVERIFY(w.open());
    RecordingNavigator navigator;
    auto p = place(w, &navigator, true);
    QVERIFY(p);
    QTableView *channels = channelTable(p->view());
    QVERIFY(channels);
    const int phoneRow = rowOf(channels, QStringLiteral("Phone"));
    QVERIFY(phoneRow >= 0);
    const QModelIndex phone = channels->model()->index(phoneRow, 1);
    const qint64 clicked = phone.data().toLongLong();
    QCOMPARE(clicked, qint64(w.phone.size()));
    QVERIFY(phone.data(Qt::ToolTipRole).toString().contains(QString::number(clicked)));

    QSignalSpy drilled(p.get(), &app::ReportsPlace::drillFinished);
    channels->scrollTo(phone);
    const QPoint at = channels->visualRect(phone).center();
    QTest::mouseClick(channels->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(channels->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(drilled.wait(10000));
    QVERIFY2(drilled.first().at(0).toBool(), qPrintable(p->statusText()));
    QCOMPARE(navigator.opened.size(), 1);
    QCOMPARE(navigator.opened.first().ids, w.phone);
    QCOMPARE(qint64(navigator.opened.first().ids.size()), clicked);
    QVERIFY(!navigator.opened.first().truncated);
    const QString title = navigator.opened.first().title;
    QVERIFY2(title.contains(QStringLiteral("Channel Phone")) &&
                 title.contains(QStringLiteral("Received")) &&
                 title.contains(QStringLiteral("2026-12-04")),
             qPrintable(title));

    // Enter on the web cell opens the web tickets.
    const QModelIndex web = channels->model()->index(rowOf(channels, QStringLiteral("web")), 1);
    channels->setFocus();
    channels->setCurrentIndex(web);
    QTest::keyClick(channels, Qt::Key_Return);
    QVERIFY(drilled.wait(10000));
    QCOMPARE(navigator.opened.size(), 2);
    QCOMPARE(navigator.opened.last().ids, w.web);

    // First response per channel: the received count opens that channel's tickets.
    int row = -1;
    QTableView *response =
        tableWith(p->view(), QStringLiteral("response"), QStringLiteral("Phone"), &row);
    QVERIFY(response);
    QCOMPARE(response->model()->index(row, 1).data().toString(), QStringLiteral("3"));
    QVERIFY(p->view()->activate(response, response->model()->index(row, 1)));
    QVERIFY(drilled.wait(10000));
    QCOMPARE(navigator.opened.size(), 3);
    QCOMPARE(navigator.opened.last().ids, w.phone);

    // The key column is no number: nothing opens.
    QVERIFY(!p->view()->activate(channels, channels->model()->index(phoneRow, 0)));
}

void TestReportsPlace::withoutNavigatorNumbersAreNotClickable() {
    World w;
    QVERIFY(w.open());
    auto p = place(w, nullptr, true);
    QVERIFY(p);
    QTableView *channels = channelTable(p->view());
    QVERIFY(channels);
    const QModelIndex phone = channels->model()->index(rowOf(channels, QStringLiteral("Phone")), 1);
    QVERIFY(phone.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!p->view()->activate(channels, phone));
}

void TestReportsPlace::cancelDropsTheRun() {
    World w;
    QVERIFY(w.open());
    auto p = place(w, nullptr, false);
    QVERIFY(p);
    QSignalSpy finished(p.get(), &app::ReportsPlace::runFinished);
    p->run();
    QVERIFY(p->isRunning());
    auto *cancel = p->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(!p->isRunning());
    QVERIFY(p->statusText().contains(QStringLiteral("cancelled")));
    // Whatever the cancelled run still brings back is not shown.
    QTest::qWait(1500);
    QVERIFY(!p->hasReport());
    QVERIFY(!p->view()->hasDocument());
    QCOMPARE(finished.size(), 1);
    // The next run works.
    p->run();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY(p->hasReport());
}

void TestReportsPlace::exportsPdfCsvAndJson() {
    World w;
    QVERIFY(w.open());
    auto p = place(w, nullptr, true);
    QVERIFY(p);
    QSignalSpy exported(p.get(), &app::ReportsPlace::exportFinished);
    const QString pdf = w.dir.filePath(QStringLiteral("report.pdf"));
    p->exportTo(app::ReportsPlace::Format::Pdf, pdf);
    QVERIFY(exported.wait(30000));
    QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5).startsWith("%PDF"));

    const QString csv = w.dir.filePath(QStringLiteral("report.csv"));
    p->exportTo(app::ReportsPlace::Format::Csv, csv);
    QVERIFY(exported.wait(30000));
    QVERIFY(exported.last().at(0).toBool());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    // Labels in the CSV, each labelled row with its stable key.
    QVERIFY2(csvBytes.contains("volume,total,Total,5\r\n"), csvBytes.left(400).constData());
    QVERIFY2(csvBytes.contains("volume,phone,Phone,3\r\n"), csvBytes.left(800).constData());
    QVERIFY(csvBytes.contains("By channel") && !csvBytes.contains("by_channel"));

    const QString json = w.dir.filePath(QStringLiteral("report.json"));
    p->exportTo(app::ReportsPlace::Format::Json, json);
    QVERIFY(exported.wait(30000));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("volume")).toObject().value(QStringLiteral("total")).toInt(),
             5);
    QCOMPARE(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-12-04"));
    // The machine form keeps the stable keys.
    QCOMPARE(o.value(QStringLiteral("volume"))
                 .toObject()
                 .value(QStringLiteral("by_channel"))
                 .toObject()
                 .value(QStringLiteral("phone"))
                 .toInt(),
             3);
}

void TestReportsPlace::changedTicketsMarkTheReportStale() {
    World w;
    QVERIFY(w.open());
    auto p = place(w, nullptr, true);
    QVERIFY(p);
    auto *stale = p->findChild<QLabel *>(QStringLiteral("staleLabel"));
    QVERIFY(!stale->isVisible());
    p->applyChanges({Change{1, ChangeEntity::Staff, w.manager, ChangeOp::Update, 0}});
    QVERIFY(!p->isStale());
    const qint64 id = w.ticket(ms("2026-12-04T12:00:00+08:00"), QStringLiteral("phone"));
    p->applyChanges({Change{2, ChangeEntity::Ticket, id, ChangeOp::Insert, 0}});
    QVERIFY(p->isStale());
    QVERIFY(stale->isVisible());
    // Not rebuilt: the report on screen keeps its total until Run again.
    int row = -1;
    QTableView *figures =
        tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("Total"), &row);
    QVERIFY(figures);
    QCOMPARE(figures->model()->index(row, 1).data().toString(), QStringLiteral("5"));
    QSignalSpy finished(p.get(), &app::ReportsPlace::runFinished);
    QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("rerunButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(!p->isStale());
    figures = tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("Total"), &row);
    QCOMPARE(figures->model()->index(row, 1).data().toString(), QStringLiteral("6"));
}

void TestReportsPlace::recurringRowsOpenASupervisionDraft() {
    World w;
    QVERIFY(w.open());
    // Recurring: at least 2 tickets in each of the last 2 days (login_failure: 5, then 2).
    QString error;
    for (const auto &[key, value] : {std::pair{"reports.recurring_threshold", "2"},
                                     std::pair{"reports.recurring_periods", "2"}})
        QVERIFY2(w.db->exec(QStringLiteral(
                                "INSERT INTO settings(key, version, value, changed_by, changed_at) "
                                "VALUES (?, 2, ?, 'test', 1)"),
                            {QString::fromLatin1(key), QString::fromLatin1(value)}, error),
                 qPrintable(error));
    RecordingNavigator navigator;
    auto p = place(w, &navigator, true);
    QVERIFY(p);
    QTableView *recurring = p->view()->recurringTable();
    QVERIFY(recurring);
    // Labels on screen; the draft below still gets the stable keys.
    const int row = rowOf(recurring, QStringLiteral("Problem type"));
    QVERIFY(row >= 0);
    QCOMPARE(recurring->model()->index(row, 1).data().toString(), QStringLiteral("Login failure"));
    QCOMPARE(recurring->model()->index(row, 2).data().toString(), QStringLiteral("5"));
    QCOMPARE(recurring->model()->index(row, 3).data().toString(), QStringLiteral("2"));
    QCOMPARE(recurring->model()->index(row, 4).data().toString(), QStringLiteral("none"));

    // The earlier period's count opens the earlier day's tickets.
    QSignalSpy drilled(p.get(), &app::ReportsPlace::drillFinished);
    QVERIFY(p->view()->activate(recurring, recurring->model()->index(row, 3)));
    QVERIFY(drilled.wait(10000));
    QCOMPARE(navigator.opened.last().ids.size(), 2);

    QList<SupervisionDraft> requested;
    connect(p.get(), &app::ReportsPlace::supervisionRequested, this,
            [&requested](const SupervisionDraft &d) { requested.append(d); });
    auto *open = p->findChild<QPushButton *>(QStringLiteral("openSupervisionButton"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled());
    recurring->selectRow(row);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const SupervisionDraft draft = requested.first();
    QCOMPARE(draft.dimension, QStringLiteral("problem_type"));
    QCOMPARE(draft.key, QStringLiteral("login_failure"));
    QCOMPARE(draft.periodStartMs, ms("2026-12-04T00:00:00+08:00"));
    QCOMPARE(draft.periodEndMs, ms("2026-12-05T00:00:00+08:00"));
}

void TestReportsPlace::rolledUpMonthSaysSoAndOpensNoTickets() {
    World w;
    QVERIFY(w.open());
    // November's roll-up, as an archive run keeps it: its figures, not the live tickets'.
    const QString report = QStringLiteral(
        R"({"period": {"kind": "month", "at": "2026-11"}, "generated_at": "2026-12-01T02:00:00+08:00",
            "cutoff": {"seq": 12, "at": "2026-12-01T01:59:00+08:00"},
            "volume": {"total": 42, "by_channel": {"phone": 40, "web": 2}}})");
    QString error;
    QVERIFY2(w.db->exec(QStringLiteral("INSERT INTO report_rollups(month_start, month_end, zone, "
                                       "month, report, tickets, taken_at, taken_by) VALUES (?, "
                                       "?, 'Asia/Shanghai', '2026-11', ?, 42, ?, 'admin')"),
                        {ms("2026-11-01T00:00:00+08:00"), ms("2026-12-01T00:00:00+08:00"), report,
                         ms("2026-12-01T02:00:00+08:00")},
                        error),
             qPrintable(error));
    RecordingNavigator navigator;
    auto p = place(w, &navigator, false);
    QVERIFY(p);
    p->setPeriodKind(ReportPeriodKind::Month);
    QSignalSpy finished(p.get(), &app::ReportsPlace::runFinished);
    p->run();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(p->statusText()));
    auto *note = p->view()->findChild<QLabel *>(QStringLiteral("reportArchivedNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("roll-up")), qPrintable(note->text()));
    int row = -1;
    QTableView *figures =
        tableWith(p->view(), QStringLiteral("volume"), QStringLiteral("Total"), &row);
    QVERIFY(figures);
    QCOMPARE(figures->model()->index(row, 1).data().toString(), QStringLiteral("42"));

    QTableView *channels = channelTable(p->view());
    QVERIFY(channels);
    const QModelIndex phone = channels->model()->index(rowOf(channels, QStringLiteral("Phone")), 1);
    QCOMPARE(phone.data().toString(), QStringLiteral("40"));
    QSignalSpy drilled(p.get(), &app::ReportsPlace::drillFinished);
    QVERIFY(p->view()->activate(channels, phone));
    QCOMPARE(drilled.size(), 1); // answered at once: nothing is read
    QVERIFY(!drilled.first().at(0).toBool());
    QVERIFY2(p->statusText().contains(QStringLiteral("archived tickets cannot be opened")),
             qPrintable(p->statusText()));
    QVERIFY(navigator.opened.isEmpty());

    // The day before, counted live, names no roll-up.
    p->setPeriodKind(ReportPeriodKind::Day);
    finished.clear();
    p->run();
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(!p->view()->findChild<QLabel *>(QStringLiteral("reportArchivedNote")));
}

QTEST_MAIN(TestReportsPlace)
#include "tst_reports_place.moc"

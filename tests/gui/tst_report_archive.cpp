// The report archive through its real widgets, offscreen on a real SQLite database, listing
// runs that ReportRunner made (its delivery a broadcast through MessageStore, or a refusal):
// runs newest period first with their period, schedule, state, cut-off, runner and outputs; a
// failed run in red with its error as text and tooltip; the filters by schedule, state and day;
// the broadcast's read receipts; Save as… writing the stored bytes (their SHA-256 checked), a
// corrupted output refused naming the run and the file; Open; the change feed bringing new runs.
#include "messaging/messagestore.h"
#include "reportrunner.h"
#include "reports/reportarchivepanel.h"
#include "reportschedulefixture.h"
#include "shell/queryplace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace sb;
using app::ReportArchivePanel;

namespace {

QString sha256(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Runs, schedules and deliveries: a daily schedule (CSV and JSON, a broadcast to the agent
// and the lead) and a weekly one (JSON, to the agent), run by ReportRunner.
struct Archive {
    test::ReportWorld w;
    ReportSchedule daily, weekly;
    bool refuseDelivery = false;
    QList<qint64> messages;

    bool open() {
        if (!w.open())
            return false;
        ReportSchedule d;
        d.name = QStringLiteral("Daily hotline");
        d.periodKind = ReportPeriodKind::Day;
        d.timeOfDay = QTime(7, 0);
        d.sections = {QStringLiteral("volume")};
        d.formats = {QStringLiteral("csv"), QStringLiteral("json")};
        d.audience = {Audience::staff({w.agent, w.lead})};
        daily = w.saveSchedule(d);
        ReportSchedule k = d;
        k.name = QStringLiteral("Weekly hotline");
        k.periodKind = ReportPeriodKind::Week;
        k.formats = {QStringLiteral("json")};
        k.audience = {Audience::staff({w.agent})};
        weekly = w.saveSchedule(k);
        return true;
    }

    // What run-due does now; every outcome in `out`.
    bool runDue(ReportRunSummary &out) {
        ReportRunner runner(
            *w.db, w.clock,
            [this](const ReportDeliveryRequest &r, ReportDeliveryResult &result, QString &error) {
                if (refuseDelivery) {
                    error = QStringLiteral("the mail relay is down");
                    return false;
                }
                OutgoingMessage m;
                m.subject = r.subject;
                m.body = r.summary;
                m.audience = r.audience.first();
                SendReport sent;
                if (!MessageStore(*w.db, w.clock).send(m, result.messageId, error, &sent))
                    return false;
                result.recipients = sent.recipients;
                messages << result.messageId;
                return true;
            });
        ReportRunOptions options;
        options.runner = QStringLiteral("test-runner");
        QString error;
        if (!runner.runDue({w.boss, QStringLiteral("zhao_boss")}, options, out, error)) {
            qWarning("run-due: %s", qPrintable(error));
            return false;
        }
        return true;
    }
};

QString cell(const ReportArchivePanel &panel, int row, int column) {
    return panel.runsModel()->index(row, column).data().toString();
}

int rowOf(const ReportArchivePanel &panel, const QString &periodAt) {
    for (int row = 0; row < panel.runsModel()->rowCount(); ++row)
        if (cell(panel, row, ReportArchivePanel::Period).startsWith(periodAt))
            return row;
    return -1;
}

bool reloaded(ReportArchivePanel &panel, const std::function<void()> &action) {
    QSignalSpy spy(&panel, &ReportArchivePanel::loaded);
    action();
    return spy.wait(5000);
}

} // namespace

class TestReportArchive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsRunsNewestFirst();
    void filters();
    void saveWritesStoredBytes();
    void corruptedOutputIsRefused();
    void openAndChangeFeed();

private:
    std::unique_ptr<Archive> m_archive;
    ReportRun m_done;   // the daily run of 2026-03-29, delivered
    ReportRun m_failed; // the daily run of 2026-03-30, delivery refused
};

void TestReportArchive::initTestCase() {
    m_archive = std::make_unique<Archive>();
    Archive &a = *m_archive;
    QVERIFY(a.open());
    // Monday 2026-03-30 09:00: the daily run of 03-29 and the weekly of 2026-W13 are due.
    ReportRunSummary first;
    QVERIFY(a.runDue(first));
    QCOMPARE(first.runs.size(), 2);
    QVERIFY2(!first.anyFailed(), qPrintable(first.runs.first().error));
    // A day later the delivery is refused: the daily run of 03-30 fails.
    a.w.clock.advance(24LL * 3600 * 1000);
    a.refuseDelivery = true;
    ReportRunSummary second;
    QVERIFY(a.runDue(second));
    QCOMPARE(second.runs.size(), 1);
    QCOMPARE(second.runs.first().state, ReportRunState::Failed);
    QList<ReportRun> runs;
    QString error;
    QVERIFY2(ReportScheduleStore::runs(*a.w.db, {}, runs, error), qPrintable(error));
    QCOMPARE(runs.size(), 3);
    for (const ReportRun &r : std::as_const(runs)) {
        if (r.periodAt == QStringLiteral("2026-03-29"))
            m_done = r;
        if (r.periodAt == QStringLiteral("2026-03-30"))
            m_failed = r;
    }
    QVERIFY(m_done.id > 0 && m_failed.id > 0);
    QCOMPARE(m_done.outputs.size(), 2);
    QVERIFY(m_done.messageId > 0);
    // The agent reads the broadcast; the lead does not.
    QVERIFY2(MessageStore(*a.w.db, a.w.clock).markRead(a.w.agent, m_done.messageId, error),
             qPrintable(error));
}

void TestReportArchive::listsRunsNewestFirst() {
    test::ReportStation boss(m_archive->w, m_archive->w.boss, QStringLiteral("zhao_boss"));
    ReportArchivePanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    QCOMPARE(panel.runsModel()->rowCount(), 3);
    QVERIFY(cell(panel, 0, ReportArchivePanel::Period).startsWith(QStringLiteral("2026-03-30")));
    QVERIFY(cell(panel, 1, ReportArchivePanel::Period).startsWith(QStringLiteral("2026-03-29")));
    QVERIFY(cell(panel, 2, ReportArchivePanel::Period).startsWith(QStringLiteral("2026-W13")));
    QCOMPARE(cell(panel, 2, ReportArchivePanel::Schedule), QStringLiteral("Weekly hotline"));

    // The failed run: red, its error as text and as tooltip.
    const QModelIndex state = panel.runsModel()->index(0, ReportArchivePanel::State);
    QVERIFY2(state.data().toString().contains(QStringLiteral("the mail relay is down")),
             qPrintable(state.data().toString()));
    QVERIFY(state.data().toString().startsWith(QStringLiteral("Failed")));
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("mail relay")));
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
    QCOMPARE(cell(panel, 0, ReportArchivePanel::Outputs), QStringLiteral("–"));

    // The done run: not red, its files, runner, cut-off and finish time.
    const QModelIndex doneState = panel.runsModel()->index(1, ReportArchivePanel::State);
    QCOMPARE(doneState.data().toString(), QStringLiteral("Done"));
    QVERIFY(!doneState.data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(panel, 1, ReportArchivePanel::Outputs), QStringLiteral("CSV, JSON"));
    QCOMPARE(cell(panel, 1, ReportArchivePanel::Runner), m_done.runner);
    QVERIFY(m_done.runner.contains(QStringLiteral("test-runner")));
    QCOMPARE(cell(panel, 1, ReportArchivePanel::Finished), app::formatTime(m_done.finishedAtMs));
    QCOMPARE(cell(panel, 1, ReportArchivePanel::Cutoff),
             m_done.cutoffAtMs > 0 ? app::formatTime(m_done.cutoffAtMs) : QStringLiteral("–"));

    // Its files with their SHA-256, and the broadcast's receipts.
    QSignalSpy receipts(&panel, &ReportArchivePanel::receiptsLoaded);
    QVERIFY(panel.selectRun(m_done.id));
    QTRY_VERIFY(!receipts.isEmpty());
    QCOMPARE(panel.outputsModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const ReportRunOutputInfo &o = m_done.outputs.at(row);
        QCOMPARE(panel.outputsModel()->index(row, ReportArchivePanel::File).data().toString(),
                 o.fileName);
        QCOMPARE(panel.outputsModel()->index(row, ReportArchivePanel::Sha256).data().toString(),
                 o.sha256);
    }
    QVERIFY2(panel.receiptsText().contains(QStringLiteral("read by 1 of 2")),
             qPrintable(panel.receiptsText()));
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("saveAsButton"))->isEnabled());
    receipts.clear();
    QVERIFY(panel.selectRun(m_failed.id));
    QTRY_VERIFY(!receipts.isEmpty());
    QCOMPARE(panel.outputsModel()->rowCount(), 0);
    QCOMPARE(panel.receiptsText(), QStringLiteral("Not broadcast."));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("saveAsButton"))->isEnabled());
}

void TestReportArchive::filters() {
    test::ReportStation lead(m_archive->w, m_archive->w.lead, QStringLiteral("li_lead"));
    ReportArchivePanel panel(lead.ws);
    QTRY_VERIFY(panel.isLoaded());
    QCOMPARE(panel.runsModel()->rowCount(), 3);
    auto *schedules = panel.findChild<QComboBox *>(QStringLiteral("scheduleFilter"));
    QCOMPARE(schedules->count(), 3); // all, daily, weekly

    QVERIFY(reloaded(panel, [&] { panel.setStateFilter(ReportRunState::Failed); }));
    QCOMPARE(panel.runsModel()->rowCount(), 1);
    QCOMPARE(panel.runs().first().id, m_failed.id);
    QVERIFY(reloaded(panel, [&] { panel.setStateFilter(std::nullopt); }));
    QVERIFY(reloaded(panel, [&] { panel.setScheduleFilter(m_archive->weekly.id); }));
    QCOMPARE(panel.runsModel()->rowCount(), 1);
    QCOMPARE(panel.runs().first().scheduleId, m_archive->weekly.id);
    QCOMPARE(schedules->currentText(), QStringLiteral("Weekly hotline"));
    QVERIFY(reloaded(panel, [&] { panel.setScheduleFilter(0); }));
    // The calendar's days (Asia/Shanghai): only the run of 2026-03-29 starts that day.
    QVERIFY(reloaded(panel, [&] { panel.setDateFilter(QDate(2026, 3, 29), QDate(2026, 3, 29)); }));
    QCOMPARE(panel.runsModel()->rowCount(), 1);
    QCOMPARE(panel.runs().first().id, m_done.id);
    QVERIFY(panel.findChild<QCheckBox *>(QStringLiteral("dateFilterCheck"))->isChecked());
    QVERIFY(reloaded(panel, [&] { panel.setDateFilter(QDate(2026, 3, 23), QDate(2026, 3, 29)); }));
    QCOMPARE(panel.runsModel()->rowCount(), 2);
    QVERIFY(reloaded(panel, [&] { panel.setDateFilter({}, {}); }));
    QCOMPARE(panel.runsModel()->rowCount(), 3);
}

void TestReportArchive::saveWritesStoredBytes() {
    test::ReportStation boss(m_archive->w, m_archive->w.boss, QStringLiteral("zhao_boss"));
    ReportArchivePanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    QVERIFY(panel.selectRun(m_done.id));
    QVERIFY(panel.selectOutput(QStringLiteral("csv")));
    ReportOutputFile stored;
    QString error;
    QVERIFY(ReportScheduleStore::output(*m_archive->w.db, m_done.id, QStringLiteral("csv"), stored,
                                        error));
    QVERIFY(!stored.bytes.isEmpty());

    // Save as…: the file dialog, a path chosen.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("hotline.csv"));
    QSignalSpy done(&panel, &ReportArchivePanel::actionFinished);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("saveAsButton")),
                      Qt::LeftButton);
    auto *picker = panel.findChild<QFileDialog *>(QStringLiteral("archiveSaveDialog"));
    QVERIFY(picker);
    QVERIFY(picker->selectedFiles().value(0).endsWith(stored.fileName));
    picker->selectFile(path);
    static_cast<QDialog *>(picker)->accept(); // QFileDialog::accept, through the public slot
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, stored.bytes);
    const ReportRunOutputInfo &info = m_done.outputs.at(0).format == QStringLiteral("csv")
                                          ? m_done.outputs.at(0)
                                          : m_done.outputs.at(1);
    QCOMPARE(sha256(written), info.sha256);
    QVERIFY(panel.statusText().contains(info.sha256));
}

void TestReportArchive::corruptedOutputIsRefused() {
    // A separate world: the stored bytes are damaged behind the store's back.
    Archive a;
    QVERIFY(a.open());
    ReportRunSummary summary;
    QVERIFY(a.runDue(summary));
    const qint64 runId = summary.runs.first().runId;
    QString error;
    QVERIFY2(a.w.db->exec(QStringLiteral("DROP TRIGGER report_run_outputs_u"), {}, error) &&
                 a.w.db->exec(QStringLiteral("UPDATE report_run_outputs SET bytes = ? WHERE "
                                             "run_id = ? AND format = 'json'"),
                              {QByteArray("{\"volume\": {\"total\": 99999}}"), runId}, error),
             qPrintable(error));
    test::ReportStation boss(a.w, a.w.boss, QStringLiteral("zhao_boss"));
    ReportArchivePanel panel(boss.ws);
    QTRY_VERIFY(panel.isLoaded());
    QVERIFY(panel.selectRun(runId));
    const ReportRun *run = nullptr;
    for (const ReportRun &r : panel.runs())
        if (r.id == runId)
            run = &r;
    QVERIFY(run);
    QString fileName;
    for (const ReportRunOutputInfo &o : run->outputs)
        if (o.format == QStringLiteral("json"))
            fileName = o.fileName;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.json"));
    QSignalSpy done(&panel, &ReportArchivePanel::actionFinished);
    panel.saveOutput(runId, QStringLiteral("json"), path);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(!done.first().at(0).toBool());
    const QString message = done.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("run %1").arg(runId)) && message.contains(fileName) &&
                 message.contains(QStringLiteral("SHA-256")),
             qPrintable(message));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(panel.statusText(), message);
}

void TestReportArchive::openAndChangeFeed() {
    Archive &a = *m_archive;
    test::ReportStation boss(a.w, a.w.boss, QStringLiteral("zhao_boss"));
    ReportArchivePanel panel(boss.ws);
    QList<QUrl> opened;
    panel.setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTRY_VERIFY(panel.isLoaded());
    QSignalSpy done(&panel, &ReportArchivePanel::actionFinished);
    panel.openOutput(m_done.id, QStringLiteral("json"));
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QCOMPARE(opened.size(), 1);
    QFile file(opened.first().toLocalFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    ReportOutputFile stored;
    QString error;
    QVERIFY(ReportScheduleStore::output(*a.w.db, m_done.id, QStringLiteral("json"), stored, error));
    QCOMPARE(file.readAll(), stored.bytes);
    QCOMPARE(QFileInfo(file).fileName(), stored.fileName);

    // The relay is back: the next run-due retries the failed run (attempt 2); the feed's
    // notice brings it.
    a.refuseDelivery = false;
    ReportRunSummary retry;
    QVERIFY(a.runDue(retry));
    QCOMPARE(retry.runs.size(), 1);
    QCOMPARE(retry.runs.first().state, ReportRunState::Done);
    QVERIFY(reloaded(panel, [&] {
        panel.applyChanges({Change{1, ChangeEntity::ReportRun, m_failed.id, ChangeOp::Update, 0}});
    }));
    const int row = rowOf(panel, QStringLiteral("2026-03-30"));
    QVERIFY(row >= 0);
    QVERIFY2(cell(panel, row, ReportArchivePanel::State).contains(QStringLiteral("attempt 2")),
             qPrintable(cell(panel, row, ReportArchivePanel::State)));
    QVERIFY(cell(panel, row, ReportArchivePanel::State).startsWith(QStringLiteral("Done")));
}

QTEST_MAIN(TestReportArchive)
#include "tst_report_archive.moc"

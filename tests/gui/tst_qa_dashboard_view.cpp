// The QA dashboard offscreen on a real SQLite database: each group row shows its own estimate
// with its 95 % interval, or "n too small"; the trend chart draws the estimate, the quality
// score, pass and critical-fail rates and the interval as a band, per day for a week and per
// week for a longer period, for the whole period or the group chosen in "Trend of".
#include "qa/qadashboard.h"
#include "storage/dbworker.h"
#include "testsupport.h"
#include "volume/timechart.h"

#include <QComboBox>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sb;

namespace {

const QString kDay = QStringLiteral("2026-03-23"); // a Monday

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

void exec(Database &db, const QString &sql, const QVariantList &values) {
    QString error;
    if (!db.exec(sql, values, error))
        qFatal("exec: %s", qPrintable(error));
}

// One sampled day, strata phone (N 10) and web (N 4): Wang's phone tickets scored 90 and 70,
// Zhou's phone ticket 50, Chen's web tickets 60 and 100 (every stratum has two reviews or
// more, so the day's estimate has an interval).
struct World {
    QTemporaryDir dir;
    DatabaseUrl url;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};
    qint64 wang = 0, zhou = 0, chen = 0, inspector = 0;

    bool open() {
        QString error;
        url = test::sqliteIn(dir);
        db = test::openMigrated(url, error);
        if (!db) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        wang = staff(QStringLiteral("qgd_wang"), QStringLiteral("Wang"), QStringLiteral("agent"));
        zhou = staff(QStringLiteral("qgd_zhou"), QStringLiteral("Zhou"), QStringLiteral("agent"));
        chen = staff(QStringLiteral("qgd_chen"), QStringLiteral("Chen"), QStringLiteral("agent"));
        inspector = staff(QStringLiteral("qgd_li"), QStringLiteral("Li"), QStringLiteral("qa"));
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.35', "
                            "'channel', 'Asia/Shanghai', 14, 5, 0, 'test')"),
             {kDay});
        exec(*db,
             QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 10, 3), (?, 'web', 4, 2)"),
             {kDay, kDay});
        reviewed(QStringLiteral("phone"), wang, 90);
        reviewed(QStringLiteral("phone"), wang, 70);
        reviewed(QStringLiteral("phone"), zhou, 50);
        reviewed(QStringLiteral("web"), chen, 60);
        reviewed(QStringLiteral("web"), chen, 100);
        return true;
    }

    qint64 staff(const QString &login, const QString &name, const QString &role) {
        return insert(*db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), name, role, login});
    }

    // A sampled ticket of `channel` handled by `agent`, with its submitted review.
    void reviewed(const QString &channel, qint64 agent, double score) {
        const qint64 ticket =
            insert(*db,
                   QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                  "problem_type, handler_id, state, updated_at) VALUES (1, ?, "
                                  "'normal', 'other', ?, 'closed', 1)"),
                   {channel, agent});
        const qint64 row = insert(
            *db,
            QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, rank_hash, "
                           "position, assignee_id, added_at, added_by) VALUES (?, ?, ?, 'h', 1, "
                           "?, 0, 'test')"),
            {kDay, ticket, channel, inspector});
        insert(*db,
               QStringLiteral("INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, "
                              "reviewer_id, scorecard_version_id, kind, state, score, passed, "
                              "critical_failed, created_at, updated_at, submitted_at) VALUES (?, "
                              "?, ?, ?, (SELECT MIN(id) FROM qa_scorecard_versions), 'sample', "
                              "'submitted', ?, ?, 0, 0, 0, 1774300000000)"),
               {row, ticket, agent, inspector, score, score >= 80 ? 1 : 0});
    }

    app::Workspace workspace() {
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = inspector;
        ws.user.login = QStringLiteral("qgd_li");
        ws.user.name = QStringLiteral("Li");
        return ws;
    }
};

QString interval(const StratifiedEstimate &e) {
    return QStringLiteral("%1 – %2").arg(QString::number(e.low, 'f', 1),
                                         QString::number(e.high, 'f', 1));
}

const app::ChartLine *line(const QList<app::ChartLine> &lines, const char *key) {
    for (const app::ChartLine &l : lines)
        if (l.key == QLatin1StringView(key))
            return &l;
    return nullptr;
}

} // namespace

class TestQaDashboardView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupIntervalsAndTrendChart() {
        World w;
        QVERIFY(w.open());
        DbWorker worker(w.url, QStringLiteral("test"));
        app::QaDashboardView view(w.workspace(), &worker);
        view.resize(900, 900);
        view.setGrouping(QaGrouping::Agent);
        view.setPeriod(QDate(2026, 3, 23), QDate(2026, 3, 29));
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded() && view.dashboard().from == QDate(2026, 3, 23) &&
                                     view.isTrendLoaded() &&
                                     view.trend().from == QDate(2026, 3, 23) &&
                                     !view.trend().grouping,
                                 10000);

        // The groups: Wang (2 reviews) with an interval, Chen (2) with one, Zhou (1) too small.
        QStandardItemModel *groups = view.groupsModel();
        QCOMPARE(groups->columnCount(), 7);
        QCOMPARE(groups->rowCount(), 3);
        const QaDashboard &d = view.dashboard();
        bool sawInterval = false;
        bool sawTooSmall = false;
        for (int r = 0; r < groups->rowCount(); ++r) {
            const QString name = groups->item(r, 0)->text();
            const QaGroupRow &g = d.groups.at(r);
            const QString shown = groups->item(r, 4)->text();
            if (name == QStringLiteral("Zhou")) {
                QCOMPARE(shown, QStringLiteral("n too small"));
                QCOMPARE(groups->item(r, 3)->text(), QStringLiteral("50.0"));
                sawTooSmall = true;
            } else {
                QVERIFY(g.scoreEstimate.hasInterval());
                QCOMPARE(shown, interval(g.scoreEstimate));
                sawInterval = true;
            }
            if (name == QStringLiteral("Chen")) {
                // web alone (N 4, n 2): 80 ± 1.96·√(4²·(1 − 2/4)·50/2) = 80 ± 1.96·√200.
                QCOMPARE(groups->item(r, 3)->text(), QStringLiteral("80.0"));
                QCOMPARE(shown, QStringLiteral("%1 – %2").arg(
                                    QString::number(80 - 1.96 * std::sqrt(200.0), 'f', 1),
                                    QString::number(80 + 1.96 * std::sqrt(200.0), 'f', 1)));
            }
        }
        QVERIFY(sawInterval && sawTooSmall);

        // The trend of the whole week, per day: four lines and the interval band.
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("trendGroupCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4); // the whole period, then the three agents
        app::TimeChart *chart = view.trendChart();
        QCOMPARE(chart->lines().size(), 4);
        QCOMPARE(chart->ranges().size(), 1);
        QCOMPARE(view.trend().step, QaTrendStep::Day);
        QCOMPARE(view.trend().points.size(), 7);
        const app::ChartLine *estimate = line(chart->lines(), "estimate");
        QVERIFY(estimate);
        QCOMPARE(estimate->points.size(), 1); // only the sampled day has an estimate
        // phone ȳ (90+70+50)/3 = 70 with W 10/14, web ȳ 80 with W 4/14.
        QVERIFY(std::abs(estimate->points.at(0).y() - (10.0 / 14 * 70 + 4.0 / 14 * 80)) < 1e-9);
        const StratifiedEstimate &day = view.trend().points.at(0).scoreEstimate;
        QVERIFY(day.hasInterval());
        const app::ChartRange band = chart->ranges().at(0);
        QCOMPARE(band.low.size(), 1);
        QVERIFY(std::abs(band.low.at(0).y() - day.low) < 1e-9);
        QVERIFY(std::abs(band.high.at(0).y() - day.high) < 1e-9);
        QCOMPARE(band.low.at(0).x(), estimate->points.at(0).x());
        const app::ChartLine *pass = line(chart->lines(), "pass_rate");
        QVERIFY(pass);
        QCOMPARE(pass->points.size(), 1);
        QVERIFY(std::abs(pass->points.at(0).y() - 40.0) < 1e-9); // 90 and 100 of 5 pass

        // One group: Zhou's single review gives an estimate but no band.
        const QString zhou = QString::number(w.zhou);
        QVERIFY(view.setTrendGroup(zhou));
        QTRY_VERIFY_WITH_TIMEOUT(view.trend().grouping && view.trend().groupKey == zhou, 10000);
        QCOMPARE(line(chart->lines(), "estimate")->points.size(), 1);
        QCOMPARE(line(chart->lines(), "estimate")->points.at(0).y(), 50.0);
        QCOMPARE(chart->ranges().at(0).low.size(), 0);
        // Chen's band is the group's interval.
        QVERIFY(view.setTrendGroup(QString::number(w.chen)));
        QTRY_VERIFY_WITH_TIMEOUT(view.trend().groupKey == QString::number(w.chen), 10000);
        QCOMPARE(chart->ranges().at(0).low.size(), 1);
        QVERIFY(std::abs(chart->ranges().at(0).low.at(0).y() - (80 - 1.96 * std::sqrt(200.0))) <
                1e-9);

        // A longer period goes per week and keeps the chosen group.
        view.setPeriod(QDate(2026, 3, 1), QDate(2026, 4, 15));
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(view.trend().from == QDate(2026, 3, 1) &&
                                     view.trend().groupKey == QString::number(w.chen),
                                 10000);
        QCOMPARE(view.trend().step, QaTrendStep::Week);
        QCOMPARE(view.trend().points.size(), 8);
        QCOMPARE(line(chart->lines(), "estimate")->points.size(), 1);
        auto *step = view.findChild<QLabel *>(QStringLiteral("trendStepLabel"));
        QVERIFY(step);
        QCOMPARE(step->text(), QStringLiteral("per week"));
        view.setWholePeriodTrend();
        QTRY_VERIFY_WITH_TIMEOUT(!view.trend().grouping && view.trend().from == QDate(2026, 3, 1),
                                 10000);
        QCOMPARE(line(chart->lines(), "quality_score")->points.size(), 1);
        QVERIFY(std::abs(line(chart->lines(), "quality_score")->points.at(0).y() - 74.0) < 1e-9);
        worker.drain();
    }
};

QTEST_MAIN(TestQaDashboardView)
#include "tst_qa_dashboard_view.moc"

// The agreement trend (QaAgreementTrendView), offscreen on a real SQLite database: double
// reviews over two weeks, each reviewed through QaReviewStore by the first and the blind second
// inspector; the table shows one row per week, newest first, with the tickets counted, α of
// the scores and the pass/fail agreement; the chart draws α per week with the reference lines
// at 0.8 and 0.667; the QA place shows the "Agreement" tab to inspectors (qa.read_all) and not
// to agents.
#include "qa/qaagreementtrend.h"
#include "qa/qaplace.h"
#include "qa/reviewstore.h"
#include "security/permissions.h"
#include "testsupport.h"

#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace sb;

namespace {

using Row = std::array<int, 7>; // the shipped scorecard's items in order

QList<ItemRating> ratings(const Row &row) {
    static const std::array<const char *, 7> keys{
        "timeliness", "identity_verification", "understanding", "solution_effectiveness",
        "attitude",   "record_completeness",   "satisfaction"};
    static const std::array<int, 7> passLevel{1, 1, 3, 3, 3, 1, 3};
    QList<ItemRating> out;
    for (size_t i = 0; i < row.size(); ++i) {
        ItemRating r;
        r.key = QString::fromLatin1(keys.at(i));
        r.value = row.at(i);
        if (row.at(i) < passLevel.at(i))
            r.comment = QStringLiteral("below pass");
        out.append(r);
    }
    return out;
}

qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.db());
    QString error;
    if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
        qFatal("insert: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

struct World {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{
        QDateTime::fromString(QStringLiteral("2026-04-08T10:00:00+08:00"), Qt::ISODate)};
    qint64 first = 0;
    qint64 second = 0;
    qint64 agent = 0;

    bool open() {
        QString error;
        db = test::openMigrated(test::sqliteIn(dir), error);
        if (!db) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        first = staff(QStringLiteral("qav_first"), QStringLiteral("qa"));
        second = staff(QStringLiteral("qav_second"), QStringLiteral("qa"));
        agent = staff(QStringLiteral("qav_agent"), QStringLiteral("agent"));
        return true;
    }

    qint64 staff(const QString &login, const QString &role) {
        return insert(*db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), login, role, login});
    }

    // A ticket of the sample of `day` reviewed by both inspectors.
    bool doubleReviewed(const char *day, const Row &a, const Row &b) {
        const qint64 t = insert(*db,
                                QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                               "customer_tier, problem_type, handler_id, state, "
                                               "updated_at) VALUES (1, 'phone', 'normal', "
                                               "'other', ?, 'closed', 1)"),
                                {agent});
        QString error;
        if (!db->exec(QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                     "time_zone, frame_size, sample_size, drawn_at, drawn_by, "
                                     "double_rate) VALUES (?, 1, '1', 'none', 'Asia/Shanghai', 0, "
                                     "0, 0, 'test', '1') ON CONFLICT (day) DO NOTHING"),
                      {QString::fromLatin1(day)}, error))
            return false;
        insert(*db,
               QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, rank_hash, "
                              "position, assignee_id, second_assignee_id, added_at, added_by) "
                              "VALUES (?, ?, '', 'h', 1, ?, ?, 0, 'test')"),
               {QString::fromLatin1(day), t, first, second});
        QaReviewStore store(*db, clock);
        for (const auto &[who, login, row] :
             {std::tuple{first, QStringLiteral("qav_first"), a},
              std::tuple{second, QStringLiteral("qav_second"), b}}) {
            QaReview r;
            if (!store.start({who, login}, t, r, error) ||
                !store.submit({who, login}, r.id, {ratings(row), QString(), 1000}, r, error)) {
                qWarning("review: %s", qPrintable(error));
                return false;
            }
        }
        return true;
    }

    app::Workspace workspace(qint64 staffId, const QString &login) {
        app::Workspace ws;
        ws.db = db.get();
        ws.clock = &clock;
        ws.user.staffId = staffId;
        ws.user.login = login;
        ws.user.name = login;
        QString error;
        if (!PermissionService(*db).effective(staffId, clock.nowMs(), ws.user.permissions, error))
            qWarning("permissions: %s", qPrintable(error));
        return ws;
    }
};

} // namespace

class TestQaAgreementView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tablePerWeekAndChart() {
        World w;
        QVERIFY(w.open());
        // Week of 03-23: perfect agreement on two tickets. Week of 03-30: one verdict differs.
        const Row good{2, 1, 5, 5, 5, 2, 5};
        const Row poor{0, 1, 2, 2, 2, 0, 2};
        const Row fair{1, 1, 3, 4, 3, 1, 3};
        QVERIFY(w.doubleReviewed("2026-03-24", good, good));
        QVERIFY(w.doubleReviewed("2026-03-26", poor, poor));
        QVERIFY(w.doubleReviewed("2026-03-31", good, fair));
        QVERIFY(w.doubleReviewed("2026-04-02", poor, fair));
        QVERIFY(w.doubleReviewed("2026-04-04", fair, fair));

        const app::Workspace ws = w.workspace(w.first, QStringLiteral("qav_first"));
        DbWorker worker(w.db->url(), QStringLiteral("qa-agreement-test"));
        app::QaAgreementTrendView view(ws, &worker);
        QSignalSpy loaded(&view, &app::QaAgreementTrendView::loaded);
        view.setWeeks(3);
        view.reload();
        QVERIFY(loaded.wait(5000));
        while (loaded.wait(300)) {
        }
        QCOMPARE(view.weeks().size(), 3);
        QStandardItemModel *m = view.weeksModel();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->columnCount(), 4 + 7);
        // Newest first: 04-06 (nothing yet), 03-30, 03-23.
        QVERIFY(m->item(0, 0)->text().startsWith(QStringLiteral("2026-04-06")));
        QCOMPARE(m->item(0, 1)->text(), QStringLiteral("0"));
        QCOMPARE(m->item(0, 2)->text(), QStringLiteral("–"));
        QVERIFY(m->item(1, 0)->text().startsWith(QStringLiteral("2026-03-30")));
        QCOMPARE(m->item(1, 1)->text(), QStringLiteral("3"));
        QCOMPARE(m->item(2, 1)->text(), QStringLiteral("2"));
        QCOMPARE(m->item(2, 2)->text(), QStringLiteral("1.000")); // identical scores
        QCOMPARE(m->item(2, 3)->text(), QStringLiteral("100.0 %"));
        // Week of 03-30: good (pass) vs fair, poor (fail) vs fair, fair vs fair: the verdicts of
        // fair reviews decide; at least one of the three differs in pass/fail.
        const QaAgreementWeek &mid = view.weeks().at(1);
        QCOMPARE(mid.tickets, 3);
        QVERIFY(mid.scoreAlpha.defined() && mid.scoreAlpha.alpha < 1.0);
        QCOMPARE(m->item(1, 2)->text(), QString::number(mid.scoreAlpha.alpha, 'f', 3));
        QVERIFY(m->horizontalHeaderItem(4)->text().contains(QStringLiteral("Timeliness"),
                                                            Qt::CaseInsensitive));

        // The chart: α per week (weeks with a defined α), and the two reference lines.
        const QList<QAbstractSeries *> series = view.chart()->series();
        QCOMPARE(series.size(), 3);
        auto *alpha = qobject_cast<QLineSeries *>(series.at(0));
        QVERIFY(alpha);
        QCOMPARE(alpha->count(), 2);
        QCOMPARE(alpha->at(0).y(), 1.0);
        QCOMPARE(alpha->at(1).y(), mid.scoreAlpha.alpha);
        auto *reliable = qobject_cast<QLineSeries *>(series.at(1));
        auto *tentative = qobject_cast<QLineSeries *>(series.at(2));
        QVERIFY(reliable && tentative);
        QCOMPARE(reliable->at(0).y(), 0.8);
        QCOMPARE(tentative->at(1).y(), 0.667);
        QVERIFY(reliable->name().contains(QStringLiteral("0.8")));
        QVERIFY(tentative->name().contains(QStringLiteral("0.667")));
        QVERIFY2(view.statusText().contains(QStringLiteral("5")), qPrintable(view.statusText()));

        // Fewer weeks: only the current one, with nothing in it.
        view.setWeeks(1);
        view.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(view.chart()->series().size(), 3);
        QCOMPARE(qobject_cast<QLineSeries *>(view.chart()->series().at(0))->count(), 0);
    }

    void theTabIsForInspectorsOnly() {
        World w;
        QVERIFY(w.open());
        const app::Workspace inspector = w.workspace(w.first, QStringLiteral("qav_first"));
        QVERIFY(inspector.user.permissions.has(perm::QaReadAll));
        app::QaPlace place(inspector);
        QVERIFY(place.agreement());
        auto *tabs = place.findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        QVERIFY(tabs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        QVERIFY2(titles.contains(QStringLiteral("&Agreement")),
                 qPrintable(titles.join(QLatin1Char(','))));
        const app::Workspace agent = w.workspace(w.agent, QStringLiteral("qav_agent"));
        app::QaPlace theirs(agent);
        QVERIFY(!theirs.agreement());
        auto *their = theirs.findChild<QTabWidget *>(QStringLiteral("qaTabs"));
        QVERIFY(their);
        for (int i = 0; i < their->count(); ++i)
            QVERIFY(their->tabText(i) != QStringLiteral("&Agreement"));
    }
};

QTEST_MAIN(TestQaAgreementView)
#include "tst_qa_agreement_view.moc"

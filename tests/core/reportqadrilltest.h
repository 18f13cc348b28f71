#pragma once
// The `qa` report section's drills, as one test class for tst_report_qa_drill (SQLite) and
// tst_report_qa_drill_pg (PostgreSQL): every QA figure of a day opens exactly the tickets of
// the reviews it counts. The expected tickets and counts are worked out in the test from the
// fixture's own description of each review (in the period or not, score, pass, critical,
// dispute, ratings), never from the product's SQL.
#include "databasetest.h"
#include "qa/dashboarddrill.h"
#include "qa/qadayqueries.h"
#include "reports/qasection.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <functional>

class ReportQaDrillTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    static qint64 insert(sb::Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }
    static void exec(sb::Database &db, const QString &sql, const QVariantList &values) {
        QString error;
        if (!db.exec(sql, values, error))
            qFatal("exec: %s", qPrintable(error));
    }

    // One review of the fixture as the test knows it.
    struct Spec {
        int ticket = 0;     // index into the fixture's tickets
        int sampledDay = 0; // 1: sampled on the report's day, -1: the day before, 0: extra
        const char *kind = "sample";
        bool submitted = true;
        qint64 atMinutes = 0; // submitted at, minutes from the start of the report's day
        double score = 0;
        bool critical = false;
        const char *dispute = nullptr; // its dispute's state, if any
        QList<QPair<const char *, int>> ratings;

        bool passed() const { return score >= 80; }
        // In the day's figures: submitted, not a blind second review, and sampled on the day
        // or (an extra review) submitted within it.
        bool counted() const {
            if (!submitted || QLatin1StringView(kind) == QLatin1StringView("double"))
                return false;
            if (sampledDay != 0)
                return sampledDay == 1;
            return atMinutes >= 0 && atMinutes < 24 * 60;
        }
        // Rated below pass on `key` (attitude 1–5: under 3; timeliness 0–2 and identity
        // pass/fail: under 1).
        bool fails(const QString &key) const {
            for (const auto &[k, v] : ratings)
                if (key == QLatin1StringView(k))
                    return v < (key == QLatin1StringView("attitude") ? 3 : 1);
            return false;
        }
    };

    static QList<Spec> specs() {
        return {
            // t0: sampled on the day, passed.
            {0,
             1,
             "sample",
             true,
             600,
             90,
             false,
             nullptr,
             {{"timeliness", 2}, {"attitude", 4}, {"identity_verification", 1}}},
            // t1: sampled on the day, failed, its dispute accepted.
            {1,
             1,
             "sample",
             true,
             610,
             70,
             false,
             "accepted",
             {{"timeliness", 0}, {"attitude", 2}, {"identity_verification", 1}}},
            // t2: sampled on the day, failed on a critical item; its dispute still open.
            {2,
             1,
             "sample",
             true,
             620,
             0,
             true,
             "open",
             {{"timeliness", 1}, {"attitude", 2}, {"identity_verification", 0}}},
            // t0's blind second review: for agreement only.
            {0, 1, "double", true, 630, 10, false, nullptr, {{"attitude", 1}}},
            // t3: an extra review within the day, failed, dispute partly accepted.
            {3, 0, "extra", true, 0, 60, false, "partly_accepted", {{"attitude", 1}}},
            // t1 again: an extra review in the day that passed (t1 has two counted reviews).
            {1, 0, "extra", true, 24 * 60 - 1, 85, false, "rejected", {{"attitude", 5}}},
            // t4: an extra review a minute before the day; t5: sampled the day before.
            {4, 0, "extra", true, -1, 10, true, "accepted", {{"attitude", 1}}},
            {5, -1, "sample", true, 700, 20, true, nullptr, {{"timeliness", 0}}},
            // t6: a draft on the day.
            {6, 1, "sample", false, 0, 0, false, nullptr, {{"attitude", 1}}},
        };
    }

    static inline const QDate kDay{2026, 3, 23};

    struct World {
        QList<qint64> tickets;
        sb::ReportWindow window;
    };

    static World populate(sb::Database &d) {
        QString error;
        QTimeZone zone;
        if (!sb::QaDayQueries::businessZone(d, zone, error))
            qFatal("zone: %s", qPrintable(error));
        World w;
        w.window.zone = zone;
        w.window.startMs = QDateTime(kDay, QTime(0, 0), zone).toMSecsSinceEpoch();
        w.window.endMs = QDateTime(kDay.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        const auto person = [&](const QString &login, const QString &role) {
            return insert(d,
                          QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                         "status_changed_at, login, created_at) VALUES (?, ?, "
                                         "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, "
                                         "0)"),
                          {login.toUpper(), login, role, login});
        };
        const qint64 agent = person(QStringLiteral("rqd_agent"), QStringLiteral("agent"));
        const qint64 insp = person(QStringLiteral("rqd_insp"), QStringLiteral("qa"));
        const qint64 second = person(QStringLiteral("rqd_second"), QStringLiteral("qa"));
        for (const QDate &day : {kDay, kDay.addDays(-1)}) {
            exec(d,
                 QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                "time_zone, frame_size, sample_size, drawn_at, drawn_by) VALUES "
                                "(?, 1, '0.5', 'channel', 'Asia/Shanghai', 10, 5, 0, 'test')"),
                 {day.toString(Qt::ISODate)});
            exec(d,
                 QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, "
                                "sample_size) VALUES (?, 'phone', 10, 5)"),
                 {day.toString(Qt::ISODate)});
        }
        for (int i = 0; i < 7; ++i)
            w.tickets.append(insert(d,
                                    QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                                   "customer_tier, problem_type, handler_id, "
                                                   "state, updated_at) VALUES (1, 'phone', "
                                                   "'normal', 'other', ?, 'closed', 1)"),
                                    {agent}));
        const qint64 version =
            sb::test::queryValue(d, QStringLiteral("SELECT MIN(id) FROM qa_scorecard_versions"))
                .toLongLong();
        QHash<int, qint64> sampleRows; // ticket index → its sample row
        for (const Spec &s : specs()) {
            const qint64 ticketId = w.tickets.at(s.ticket);
            QVariant row(QMetaType::fromType<qint64>());
            if (s.sampledDay != 0) {
                if (!sampleRows.contains(s.ticket))
                    sampleRows.insert(
                        s.ticket,
                        insert(d,
                               QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, "
                                              "stratum, rank_hash, position, assignee_id, "
                                              "added_at, added_by) VALUES (?, ?, 'phone', 'h', "
                                              "1, ?, 0, 'test')"),
                               {kDay.addDays(s.sampledDay == 1 ? 0 : -1).toString(Qt::ISODate),
                                ticketId, insp}));
                row = sampleRows.value(s.ticket);
            }
            const bool isDouble = QLatin1StringView(s.kind) == QLatin1StringView("double");
            const qint64 id = insert(
                d,
                QStringLiteral("INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, "
                               "reviewer_id, scorecard_version_id, kind, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)"),
                {row, ticketId, agent, isDouble ? second : insp, version,
                 QString::fromLatin1(s.kind)});
            for (const auto &[key, value] : s.ratings)
                exec(d,
                     QStringLiteral("INSERT INTO qa_review_items(review_id, item_id, value, na) "
                                    "SELECT ?, id, ?, 0 FROM qa_scorecard_items WHERE "
                                    "version_id = ? AND key = ?"),
                     {id, value, version, QString::fromLatin1(key)});
            if (!s.submitted)
                continue;
            exec(d,
                 QStringLiteral("UPDATE qa_reviews SET state = 'submitted', score = ?, passed = "
                                "?, critical_failed = ?, submitted_at = ? WHERE id = ?"),
                 {s.score, s.passed() ? 1 : 0, s.critical ? 1 : 0,
                  w.window.startMs + s.atMinutes * 60000, id});
            if (s.dispute)
                exec(d,
                     QStringLiteral("INSERT INTO qa_disputes(review_id, raised_by, raised_at, "
                                    "reason, state) VALUES (?, ?, 0, 'why', ?)"),
                     {id, agent, QString::fromLatin1(s.dispute)});
        }
        return w;
    }

    // The counted reviews matching `keep`, and their tickets.
    static qint64 countOf(const std::function<bool(const Spec &)> &keep) {
        qint64 n = 0;
        for (const Spec &s : specs())
            n += s.counted() && keep(s) ? 1 : 0;
        return n;
    }
    static QList<qint64> ticketsOf(const World &w, const std::function<bool(const Spec &)> &keep) {
        QSet<qint64> ids;
        for (const Spec &s : specs())
            if (s.counted() && keep(s))
                ids.insert(w.tickets.at(s.ticket));
        QList<qint64> out(ids.cbegin(), ids.cend());
        std::sort(out.begin(), out.end());
        return out;
    }

    static QList<qint64> drill(sb::Database &db, const World &w, const QString &measure,
                               const QString &dimension = {}, const QString &value = {}) {
        QList<qint64> out;
        bool truncated = true;
        QString error;
        if (!sb::QaSection::ticketIds(
                db,
                {QStringLiteral("qa"), measure, dimension, value, w.window.startMs, w.window.endMs},
                100, out, truncated, error))
            qWarning("drill %s: %s", qPrintable(measure), qPrintable(error));
        if (truncated)
            qWarning("drill %s: truncated", qPrintable(measure));
        return out;
    }

private Q_SLOTS:
    void everyQaFigureOpensItsReviewedTickets() {
        using namespace sb;
        QString error;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("rqd_figures")), error);
        QVERIFY2(db, qPrintable(error));
        const World w = populate(*db);
        QaFigures f;
        QVERIFY2(QaSection::load(*db, w.window, ReportSettings{}, f, error), qPrintable(error));
        const QaQualityFigures &o = f.dashboard.overall;

        const auto all = [](const Spec &) {
            return true;
        };
        const auto passed = [](const Spec &s) {
            return s.passed();
        };
        const auto failed = [](const Spec &s) {
            return !s.passed();
        };
        const auto critical = [](const Spec &s) {
            return s.critical;
        };
        const auto disputed = [](const Spec &s) {
            return s.dispute != nullptr;
        };
        const auto overturned = [](const Spec &s) {
            return s.dispute &&
                   (QLatin1StringView(s.dispute) == QLatin1StringView("accepted") ||
                    QLatin1StringView(s.dispute) == QLatin1StringView("partly_accepted"));
        };
        // The figures are the independent counts of reviews.
        QCOMPARE(o.reviews, countOf(all));
        QCOMPARE(o.reviews, 5);
        QCOMPARE(o.passed.total, countOf(all));
        QCOMPARE(o.passed.count, countOf(passed));
        QCOMPARE(o.passed.total - o.passed.count, countOf(failed));
        QCOMPARE(o.criticalFailed.count, countOf(critical));
        QCOMPARE(f.dashboard.disputes, countOf(disputed));
        QCOMPARE(f.dashboard.overturned, countOf(overturned));
        const QJsonObject json = QaSection::toJson(f);
        QCOMPARE(json.value(QStringLiteral("pass_rate"))
                     .toObject()
                     .value(QStringLiteral("failed"))
                     .toInteger(),
                 countOf(failed));

        // Each drill opens exactly the tickets of those reviews.
        QCOMPARE(drill(*db, w, QStringLiteral("reviews")), ticketsOf(w, all));
        QCOMPARE(drill(*db, w, QStringLiteral("scored")), ticketsOf(w, all));
        QCOMPARE(drill(*db, w, QStringLiteral("mean_score")), ticketsOf(w, all));
        QCOMPARE(drill(*db, w, QStringLiteral("passed")), ticketsOf(w, passed));
        QCOMPARE(drill(*db, w, QStringLiteral("failed")), ticketsOf(w, failed));
        QCOMPARE(drill(*db, w, QStringLiteral("critical_failed")), ticketsOf(w, critical));
        QCOMPARE(drill(*db, w, QStringLiteral("disputes")), ticketsOf(w, disputed));
        QCOMPARE(drill(*db, w, QStringLiteral("overturned")), ticketsOf(w, overturned));
        // t1 has two counted reviews (a failed sample review, a passed extra one): the
        // reviews figure is 5 and its drill lists four tickets, t1 once; it is in both the
        // passed and the failed drill. Where no ticket repeats, the drill is as long as the
        // figure.
        QCOMPARE(ticketsOf(w, all), QList<qint64>({w.tickets.at(0), w.tickets.at(1),
                                                   w.tickets.at(2), w.tickets.at(3)}));
        QVERIFY(drill(*db, w, QStringLiteral("passed")).contains(w.tickets.at(1)));
        QVERIFY(drill(*db, w, QStringLiteral("failed")).contains(w.tickets.at(1)));
        QCOMPARE(drill(*db, w, QStringLiteral("failed")).size(), o.passed.total - o.passed.count);
        QCOMPARE(drill(*db, w, QStringLiteral("critical_failed")).size(), o.criticalFailed.count);
        QCOMPARE(drill(*db, w, QStringLiteral("overturned")).size(), f.dashboard.overturned);

        // Every failing item listed opens the tickets rated below pass on it.
        QVERIFY(!f.dashboard.failingItems.isEmpty());
        qint64 failedRatings = 0;
        for (const QaFailingItemRow &row : std::as_const(f.dashboard.failingItems)) {
            const auto fails = [&row](const Spec &s) {
                return s.fails(row.key);
            };
            QCOMPARE(row.failed, countOf(fails));
            const QList<qint64> ids =
                drill(*db, w, QStringLiteral("top_failing_items"), QStringLiteral("item"), row.key);
            QCOMPARE(ids, ticketsOf(w, fails));
            QCOMPARE(qint64(ids.size()), row.failed); // one rating per ticket here
            failedRatings += row.failed;
        }
        QCOMPARE(failedRatings, 5); // attitude t1, t2, t3; timeliness t1; identity t2
        QCOMPARE(drill(*db, w, QStringLiteral("top_failing_items"), QStringLiteral("item"),
                       QStringLiteral("attitude")),
                 QList<qint64>({w.tickets.at(1), w.tickets.at(2), w.tickets.at(3)}));
    }

    void unknownQaDrillsAreRefused() {
        using namespace sb;
        QString error;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("rqd_unknown")), error);
        QVERIFY2(db, qPrintable(error));
        const World w = populate(*db);
        QList<qint64> out{1};
        bool truncated = true;
        for (const ReportDrill &d : {ReportDrill{QStringLiteral("qa"),
                                                 QStringLiteral("weather"),
                                                 {},
                                                 {},
                                                 w.window.startMs,
                                                 w.window.endMs},
                                     ReportDrill{QStringLiteral("qa"),
                                                 QStringLiteral("failing_item"),
                                                 {},
                                                 {},
                                                 w.window.startMs,
                                                 w.window.endMs},
                                     ReportDrill{QStringLiteral("qa"),
                                                 QStringLiteral("top_failing_items"),
                                                 QStringLiteral("item"),
                                                 {},
                                                 w.window.startMs,
                                                 w.window.endMs}}) {
            QVERIFY(!QaSection::ticketIds(*db, d, 10, out, truncated, error));
            QVERIFY(!error.isEmpty());
            QVERIFY(out.isEmpty());
        }
        // An item nobody failed opens nothing; a limit truncates.
        QVERIFY2(QaSection::ticketIds(*db,
                                      {QStringLiteral("qa"), QStringLiteral("top_failing_items"),
                                       QStringLiteral("item"), QStringLiteral("understanding"),
                                       w.window.startMs, w.window.endMs},
                                      10, out, truncated, error),
                 qPrintable(error));
        QVERIFY(out.isEmpty());
        QVERIFY2(QaSection::ticketIds(*db,
                                      {QStringLiteral("qa"),
                                       QStringLiteral("reviews"),
                                       {},
                                       {},
                                       w.window.startMs,
                                       w.window.endMs},
                                      2, out, truncated, error),
                 qPrintable(error));
        QCOMPARE(out, QList<qint64>({w.tickets.at(0), w.tickets.at(1)}));
        QVERIFY(truncated);
    }
};

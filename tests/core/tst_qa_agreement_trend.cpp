// Inter-inspector agreement trended over weeks (QaAgreementTrend), on SQLite: double-reviewed
// tickets sampled over three weeks, each reviewed through QaReviewStore by its first and its
// blind second inspector; the weekly α of the scores (interval), of each item (nominal for
// pass/fail, ordinal for graded items) and the percent agreement on pass/fail are checked
// against figures computed here from the definitions (Krippendorff 2011), not by Agreement.
#include "qa/agreementtrend.h"
#include "qa/reviewstore.h"
#include "qapeoplefixture.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace sb;

namespace {

using Row = std::array<int, 7>; // the shipped scorecard's items in order; -1: N/A

const std::array<const char *, 7> kKeys{
    "timeliness", "identity_verification", "understanding", "solution_effectiveness",
    "attitude",   "record_completeness",   "satisfaction"};
const std::array<int, 7> kPassLevel{1, 1, 3, 3, 3, 1, 3};

QList<ItemRating> ratings(const Row &row) {
    QList<ItemRating> out;
    for (size_t i = 0; i < row.size(); ++i) {
        ItemRating r;
        r.key = QString::fromLatin1(kKeys.at(i));
        if (row.at(i) < 0) {
            r.na = true;
        } else {
            r.value = row.at(i);
            if (row.at(i) < kPassLevel.at(i))
                r.comment = QStringLiteral("below pass");
        }
        out.append(r);
    }
    return out;
}

// α for two observers from its definition: over the units both rated (n = 2 × units),
// α = 1 − (n − 1) Σ_units 2δ²(a, b) / Σ_{i ≠ j} δ²(v_i, v_j), the second sum over ordered
// pairs of all pairable values. `nominal`: δ² = 0 when equal, else 1; otherwise (c − k)².
double alphaOf(const QList<std::pair<double, double>> &units, bool nominal) {
    QList<double> values;
    double within = 0;
    const auto delta = [nominal](double c, double k) {
        return nominal ? (c == k ? 0.0 : 1.0) : (c - k) * (c - k);
    };
    for (const auto &[a, b] : units) {
        values << a << b;
        within += 2 * delta(a, b);
    }
    double all = 0;
    for (qsizetype i = 0; i < values.size(); ++i)
        for (qsizetype j = 0; j < values.size(); ++j)
            if (i != j)
                all += delta(values.at(i), values.at(j));
    return 1 - double(values.size() - 1) * within / all;
}

} // namespace

class TestQaAgreementTrend final : public test::QaPeopleFixture {
    Q_OBJECT

    ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-04-10T10:00:00+08:00"), Qt::ISODate)};

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }
    Database *connectionFor(Database &db, const QString &, qint64, const QString &) override {
        return &db;
    }

    static qint64 ticket(Database &db, qint64 handler) {
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (1, "
                                     "'phone', 'normal', 'other', ?, 'closed', 1)"),
                      {handler});
    }

    static void sampled(Database &db, const QString &day, qint64 ticketId, qint64 first,
                        qint64 second) {
        QString error;
        if (!db.exec(QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                    "time_zone, frame_size, sample_size, drawn_at, drawn_by, "
                                    "double_rate) VALUES (?, 1, '1', 'none', 'Asia/Shanghai', 0, "
                                    "0, 0, 'test', '0.1') ON CONFLICT (day) DO NOTHING"),
                     {day}, error))
            qFatal("sampled: %s", qPrintable(error));
        insert(db,
               QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, rank_hash, "
                              "position, assignee_id, second_assignee_id, added_at, added_by) "
                              "VALUES (?, ?, '', 'h', 1, ?, ?, 0, 'test')"),
               {day, ticketId, first, second});
    }

    std::optional<QaReview> review(const Person &who, qint64 ticketId, const Row &row) {
        QaReviewStore store(*who.db, m_clock);
        QaReview r;
        QString error;
        if (!store.start(who.actor(), ticketId, r, error) ||
            !store.submit(who.actor(), r.id, {ratings(row), QString(), 1000}, r, error)) {
            qWarning("review: %s", qPrintable(error));
            return std::nullopt;
        }
        return r;
    }

private Q_SLOTS:
    void weeklyAgreementFromDoubleReviews() {
        auto db = open(QStringLiteral("qa_trend"));
        QVERIFY(db);
        const Person q1 = person(*db, QStringLiteral("qtr_q1"), QStringLiteral("qa"));
        const Person q2 = person(*db, QStringLiteral("qtr_q2"), QStringLiteral("qa"));
        const Person agent = person(*db, QStringLiteral("qtr_agent"), QStringLiteral("agent"));
        struct Case {
            const char *day;
            Row first;
            Row second;
        };
        // Week of Monday 2026-03-23 (its Sunday 03-29 included), then of 03-30.
        const QList<Case> cases{
            {"2026-03-23", {2, 1, 4, 4, 4, 2, -1}, {2, 1, 4, 4, 4, 2, -1}},
            {"2026-03-25", {1, 1, 3, 4, 4, 1, 4}, {2, 1, 4, 4, 3, 1, 4}},
            {"2026-03-27", {2, 0, 4, 4, 4, 2, 5}, {2, 1, 3, 4, 4, 2, 5}},
            {"2026-03-29", {1, 1, 3, 3, 3, 1, 3}, {1, 1, 3, 4, 3, 0, 3}},
            {"2026-03-30", {2, 1, 5, 5, 5, 2, 5}, {2, 1, 4, 5, 5, 2, 5}},
            {"2026-04-01", {0, 1, 3, 3, 3, 0, -1}, {1, 1, 3, 3, 4, 1, -1}},
            {"2026-04-05", {2, 1, 4, 4, 4, 2, 4}, {2, 0, 4, 4, 4, 2, 4}},
        };
        QList<std::pair<QaReview, QaReview>> done;
        for (const Case &c : cases) {
            const qint64 t = ticket(*db, agent.id);
            sampled(*db, QString::fromLatin1(c.day), t, q1.id, q2.id);
            const auto a = review(q1, t, c.first);
            const auto b = review(q2, t, c.second);
            QVERIFY(a && b);
            QCOMPARE(a->kind, QaReviewKind::Sample);
            QCOMPARE(b->kind, QaReviewKind::Double);
            done.append({*a, *b});
        }
        // Not counted: a second review still a draft, a ticket without a second inspector.
        const qint64 half = ticket(*db, agent.id);
        sampled(*db, QStringLiteral("2026-04-02"), half, q1.id, q2.id);
        QVERIFY(review(q1, half, cases.at(0).first));
        QaReview draft;
        QString error;
        QVERIFY2(QaReviewStore(*db, m_clock).start(q2.actor(), half, draft, error),
                 qPrintable(error));
        const qint64 single = ticket(*db, agent.id);
        insert(*db,
               QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, rank_hash, "
                              "position, assignee_id, added_at, added_by) VALUES ('2026-04-02', "
                              "?, '', 'h', 2, ?, 0, 'test')"),
               {single, q1.id});
        QVERIFY(review(q1, single, cases.at(1).first));

        QList<QaAgreementWeek> weeks;
        QVERIFY2(QaAgreementTrend::weeks(*db, QDate(2026, 3, 25), QDate(2026, 4, 8), weeks, error),
                 qPrintable(error));
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(0).weekStart, QDate(2026, 3, 23));
        QCOMPARE(weeks.at(1).weekStart, QDate(2026, 3, 30));
        QCOMPARE(weeks.at(2).weekStart, QDate(2026, 4, 6));
        QCOMPARE(weeks.at(0).tickets, 4);
        QCOMPARE(weeks.at(1).tickets, 3);
        QCOMPARE(weeks.at(2).tickets, 0);
        QVERIFY(!weeks.at(2).scoreAlpha.defined());
        QVERIFY(!weeks.at(2).passAgreement.defined());

        for (int w = 0; w < 2; ++w) {
            const QaAgreementWeek &week = weeks.at(w);
            const auto part = w == 0 ? done.mid(0, 4) : done.mid(4, 3);
            QList<std::pair<double, double>> scores;
            qint64 samePass = 0;
            for (const auto &[a, b] : part) {
                scores.append({*a.score, *b.score});
                samePass += a.passed == b.passed ? 1 : 0;
            }
            QVERIFY(week.scoreAlpha.defined());
            QVERIFY2(std::abs(week.scoreAlpha.alpha - alphaOf(scores, false)) < 1e-9,
                     qPrintable(QString::number(week.scoreAlpha.alpha)));
            QCOMPARE(week.passAgreement.pairs, qint64(part.size()));
            QCOMPARE(week.passAgreement.agreeingPairs, samePass);
            QCOMPARE(week.items.size(), 7);
            for (int i = 0; i < 7; ++i) {
                const QaAgreementItem &item = week.items.at(i);
                QCOMPARE(item.key, QString::fromLatin1(kKeys.at(size_t(i))));
                QCOMPARE(item.metric, i == 1 ? AlphaMetric::Nominal : AlphaMetric::Ordinal);
                QList<std::pair<double, double>> units;
                QSet<double> seen;
                qint64 same = 0;
                for (const Case &c : w == 0 ? cases.mid(0, 4) : cases.mid(4, 3)) {
                    const int a = c.first.at(size_t(i));
                    const int b = c.second.at(size_t(i));
                    if (a < 0 || b < 0)
                        continue;
                    units.append({double(a), double(b)});
                    seen << a << b;
                    same += a == b ? 1 : 0;
                }
                QCOMPARE(item.percent.pairs, qint64(units.size()));
                QCOMPARE(item.percent.agreeingPairs, same);
                if (seen.size() < 2) {
                    QVERIFY(!item.alpha.defined()); // no variation: α is 0/0
                    continue;
                }
                // With two distinct values the ordinal δ² is one constant: α as nominal.
                if (seen.size() == 2 || item.metric == AlphaMetric::Nominal) {
                    QVERIFY(item.alpha.defined());
                    QVERIFY2(std::abs(item.alpha.alpha - alphaOf(units, true)) < 1e-9,
                             qPrintable(item.key + QLatin1Char(' ') +
                                        QString::number(item.alpha.alpha)));
                }
            }
        }
        // A hand check of one week: the 0–2 timeliness item of the first week rated
        // (2,2) (1,2) (2,2) (1,1): values 2,2,1,2,2,2,1,1 — 5 twos and 3 ones; the one
        // disagreement gives Σ within = 2, Σ all = 2 × 5 × 3 = 30, α = 1 − 7 × 2 / 30.
        QVERIFY(std::abs(weeks.at(0).items.at(0).alpha.alpha - (1 - 7.0 * 2 / 30)) < 1e-9);

        QVERIFY(!QaAgreementTrend::weeks(*db, QDate(2026, 4, 8), QDate(2026, 3, 25), weeks, error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQaAgreementTrend)
#include "tst_qa_agreement_trend.moc"

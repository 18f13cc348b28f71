// The QA dashboard's period on SQLite: the shared cases, and that reading the period's
// reviews searches indexes instead of scanning every review.
#include "qadashboardperiodtest.h"

#include "qa/dashboardparts.h"

using namespace sb;

class TestQaDashboardPeriod final : public QaDashboardPeriodTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return sqliteDatabase(name); }

private Q_SLOTS:
    // A period reads its own reviews only: each half of the period's reviews searches an
    // index (the sampled days, then their reviews; the extra reviews by submission time), no
    // step scans the reviews or the sampled tickets.
    void thePeriodSearchesIndexes() {
        QString error;
        auto db = test::openMigrated(freshDatabase(QStringLiteral("qdp_plan")), error);
        QVERIFY2(db, qPrintable(error));
        const QString from = qadash::periodReviews().trimmed();
        QVERIFY(from.startsWith(QLatin1Char('(')) && from.endsWith(QStringLiteral(") r")));
        QSqlQuery q(db->db());
        QVERIFY2(db->exec(q, QStringLiteral("EXPLAIN QUERY PLAN ") + from.mid(1, from.size() - 4),
                          {QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"), 0, 1},
                          error),
                 qPrintable(error));
        QStringList searches;
        while (q.next()) {
            const QString step = q.value(3).toString();
            QVERIFY2(!step.startsWith(QStringLiteral("SCAN")), qPrintable(step));
            if (step.startsWith(QStringLiteral("SEARCH")))
                searches << step;
        }
        QCOMPARE(searches.size(), 3); // the sampled tickets, their reviews, the extra reviews
    }
};

QTEST_GUILESS_MAIN(TestQaDashboardPeriod)
#include "moc_qadashboardperiodtest.cpp"
#include "tst_qa_dashboard_period.moc"

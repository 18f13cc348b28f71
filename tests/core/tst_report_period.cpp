// Report periods: hours, days, ISO weeks, months and ranges in the business calendar's zone,
// half-open, with DST days of 23 and 25 hours.
#include "reports/reportperiod.h"

#include <QDateTime>
#include <QTest>

using namespace sb;

namespace {

const QTimeZone kNewYork("America/New_York");
const QTimeZone kShanghai("Asia/Shanghai");

qint64 utc(const QString &iso) {
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

ReportPeriod parsed(ReportPeriodKind kind, const QString &at, const QTimeZone &zone) {
    ReportPeriod p;
    QString error;
    if (!ReportPeriod::parse(kind, at, zone, p, error))
        qWarning("%s", qPrintable(error));
    return p;
}

} // namespace

class TestReportPeriod : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindsHaveStableKeys() {
        for (const ReportPeriodKind k :
             {ReportPeriodKind::Hour, ReportPeriodKind::Day, ReportPeriodKind::Week,
              ReportPeriodKind::Month, ReportPeriodKind::Range})
            QCOMPARE(reportPeriodKindFromKey(reportPeriodKindKey(k)), k);
        QVERIFY(!reportPeriodKindFromKey(QStringLiteral("fortnight")));
    }

    void dayInShanghaiWithOffsetText() {
        const ReportPeriod p =
            parsed(ReportPeriodKind::Day, QStringLiteral("2026-12-04"), kShanghai);
        QCOMPARE(p.startMs(), utc(QStringLiteral("2026-12-03T16:00:00Z")));
        QCOMPARE(p.endMs(), utc(QStringLiteral("2026-12-04T16:00:00Z")));
        QCOMPARE(p.startText(), QStringLiteral("2026-12-04T00:00:00+08:00"));
        QCOMPARE(p.endText(), QStringLiteral("2026-12-05T00:00:00+08:00"));
        QCOMPARE(p.at(), QStringLiteral("2026-12-04"));
        QCOMPARE(p.buckets().size(), 24);
    }

    void springForwardDayHas23Hours() {
        // 2026-03-08: New York goes from 02:00 EST to 03:00 EDT.
        const ReportPeriod p =
            parsed(ReportPeriodKind::Day, QStringLiteral("2026-03-08"), kNewYork);
        QCOMPARE(p.startMs(), utc(QStringLiteral("2026-03-08T05:00:00Z")));
        QCOMPARE(p.endMs(), utc(QStringLiteral("2026-03-09T04:00:00Z")));
        const QList<ReportWindow> hours = p.buckets();
        QCOMPARE(hours.size(), 23);
        QCOMPARE(hours.first().startMs, p.startMs());
        QCOMPARE(hours.last().endMs, p.endMs());
        for (qsizetype i = 1; i < hours.size(); ++i)
            QCOMPARE(hours.at(i).startMs, hours.at(i - 1).endMs);
        // The skipped hour cannot be asked for; the one after it can.
        ReportPeriod h;
        QString error;
        QVERIFY(!ReportPeriod::parse(ReportPeriodKind::Hour, QStringLiteral("2026-03-08T02"),
                                     kNewYork, h, error));
        QVERIFY2(error.contains(QStringLiteral("2026-03-08T02")), qPrintable(error));
        const ReportPeriod three =
            parsed(ReportPeriodKind::Hour, QStringLiteral("2026-03-08T03"), kNewYork);
        QCOMPARE(three.startMs(), utc(QStringLiteral("2026-03-08T07:00:00Z")));
        QCOMPARE(three.previous().at(), QStringLiteral("2026-03-08T01"));
    }

    void fallBackDayHas25Hours() {
        // 2026-11-01: New York goes from 02:00 EDT back to 01:00 EST.
        const ReportPeriod p =
            parsed(ReportPeriodKind::Day, QStringLiteral("2026-11-01"), kNewYork);
        QCOMPARE(p.startMs(), utc(QStringLiteral("2026-11-01T04:00:00Z")));
        QCOMPARE(p.endMs(), utc(QStringLiteral("2026-11-02T05:00:00Z")));
        const ReportWindow w = p.toWindow(1);
        QCOMPARE(w.buckets.size(), 25);
        QCOMPARE(w.earlier.size(), 1);
        QCOMPARE(w.earlier.first().endMs, p.startMs());
        QCOMPARE(w.earlier.first().endMs - w.earlier.first().startMs, 24 * 3600000LL);
        // Both 01:00 hours are hours of the day: the second one follows the first.
        const ReportPeriod two =
            parsed(ReportPeriodKind::Hour, QStringLiteral("2026-11-01T02"), kNewYork);
        QCOMPARE(two.startMs(), utc(QStringLiteral("2026-11-01T07:00:00Z")));
        QCOMPARE(two.previous().at(), QStringLiteral("2026-11-01T01"));
        QCOMPARE(two.previous().previous().at(), QStringLiteral("2026-11-01T01"));
        QCOMPARE(two.previous().previous().startMs(), utc(QStringLiteral("2026-11-01T05:00:00Z")));
        // The week holding both transitions' neighbours still has 7 daily buckets.
        const ReportPeriod week =
            parsed(ReportPeriodKind::Week, QStringLiteral("2026-W44"), kNewYork);
        QCOMPARE(week.buckets().size(), 7);
        QCOMPARE(week.endMs() - week.startMs(), (7 * 24 + 1) * 3600000LL);
    }

    void isoWeek53() {
        // 2026 starts on a Thursday: it has 53 ISO weeks; week 53 is 2026-12-28 … 2027-01-03.
        const ReportPeriod w =
            parsed(ReportPeriodKind::Week, QStringLiteral("2026-W53"), kShanghai);
        QCOMPARE(w.startText(), QStringLiteral("2026-12-28T00:00:00+08:00"));
        QCOMPARE(w.endText(), QStringLiteral("2027-01-04T00:00:00+08:00"));
        QCOMPARE(w.at(), QStringLiteral("2026-W53"));
        QCOMPARE(w.buckets().size(), 7);
        // 2025 has 52 weeks: week 53 is refused with the count, and a year earlier is week 52.
        ReportPeriod p;
        QString error;
        QVERIFY(!ReportPeriod::parse(ReportPeriodKind::Week, QStringLiteral("2025-W53"), kShanghai,
                                     p, error));
        QVERIFY2(error.contains(QStringLiteral("52")), qPrintable(error));
        QCOMPARE(w.yearEarlier().at(), QStringLiteral("2025-W52"));
        // The week after 2026-W53 is 2027-W01; the one before 2026-W01 is 2025-W52.
        const ReportPeriod first =
            parsed(ReportPeriodKind::Week, QStringLiteral("2027-W01"), kShanghai);
        QCOMPARE(first.previous(), w);
        QCOMPARE(
            parsed(ReportPeriodKind::Week, QStringLiteral("2026-W01"), kShanghai).previous().at(),
            QStringLiteral("2025-W52"));
        QCOMPARE(parsed(ReportPeriodKind::Week, QStringLiteral("2026-W01"), kShanghai).startText(),
                 QStringLiteral("2025-12-29T00:00:00+08:00"));
    }

    void monthEndsAndLeapDay() {
        const ReportPeriod feb =
            parsed(ReportPeriodKind::Month, QStringLiteral("2028-02"), kShanghai);
        QCOMPARE(feb.buckets().size(), 29); // 2028 is a leap year
        QCOMPARE(feb.endText(), QStringLiteral("2028-03-01T00:00:00+08:00"));
        QCOMPARE(feb.previous().at(), QStringLiteral("2028-01"));
        QCOMPARE(feb.previous().buckets().size(), 31);
        QCOMPARE(feb.yearEarlier().buckets().size(), 28);
        const ReportPeriod leap =
            parsed(ReportPeriodKind::Day, QStringLiteral("2028-02-29"), kShanghai);
        QCOMPARE(leap.yearEarlier().at(), QStringLiteral("2027-02-28"));
        QCOMPARE(leap.previous().at(), QStringLiteral("2028-02-28"));
        ReportPeriod p;
        QString error;
        QVERIFY(!ReportPeriod::parse(ReportPeriodKind::Day, QStringLiteral("2027-02-29"), kShanghai,
                                     p, error));
        QVERIFY(!ReportPeriod::parse(ReportPeriodKind::Month, QStringLiteral("2027-13"), kShanghai,
                                     p, error));
        QVERIFY2(error.contains(QStringLiteral("2027-13")), qPrintable(error));
        // March in New York holds the 23-hour day: 31 daily buckets, 743 hours.
        const ReportPeriod march =
            parsed(ReportPeriodKind::Month, QStringLiteral("2026-03"), kNewYork);
        QCOMPARE(march.buckets().size(), 31);
        QCOMPARE(march.endMs() - march.startMs(), (31 * 24 - 1) * 3600000LL);
        QCOMPARE(march.buckets().at(7).endMs - march.buckets().at(7).startMs, 23 * 3600000LL);
    }

    void halfOpenEdges() {
        const ReportPeriod d =
            parsed(ReportPeriodKind::Day, QStringLiteral("2026-12-04"), kShanghai);
        const ReportWindow w = d.toWindow(0);
        QVERIFY(w.contains(d.startMs()));
        QVERIFY(!w.contains(d.endMs()));
        QVERIFY(w.contains(d.endMs() - 1));
        QVERIFY(!w.contains(d.startMs() - 1));
        // The next day starts exactly where this one ends.
        QCOMPARE(parsed(ReportPeriodKind::Day, QStringLiteral("2026-12-05"), kShanghai).previous(),
                 d);
    }

    void lastCompleteIsTheDefault() {
        const qint64 now = utc(QStringLiteral("2026-12-05T03:20:00Z")); // 11:20 in Shanghai
        QCOMPARE(ReportPeriod::lastComplete(ReportPeriodKind::Hour, now, kShanghai).at(),
                 QStringLiteral("2026-12-05T10"));
        QCOMPARE(ReportPeriod::lastComplete(ReportPeriodKind::Day, now, kShanghai).at(),
                 QStringLiteral("2026-12-04"));
        QCOMPARE(ReportPeriod::lastComplete(ReportPeriodKind::Week, now, kShanghai).at(),
                 QStringLiteral("2026-W48"));
        QCOMPARE(ReportPeriod::lastComplete(ReportPeriodKind::Month, now, kShanghai).at(),
                 QStringLiteral("2026-11"));
        // At exactly midnight the day just ended is the last complete one.
        const qint64 midnight = utc(QStringLiteral("2026-12-04T16:00:00Z"));
        QCOMPARE(ReportPeriod::lastComplete(ReportPeriodKind::Day, midnight, kShanghai).at(),
                 QStringLiteral("2026-12-04"));
    }

    void ranges() {
        ReportPeriod r;
        QString error;
        QVERIFY2(ReportPeriod::range(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-10"),
                                     kNewYork, r, error),
                 qPrintable(error));
        QCOMPARE(r.kind(), ReportPeriodKind::Range);
        QCOMPARE(r.startText(), QStringLiteral("2026-03-01T00:00:00-05:00"));
        QCOMPARE(r.endText(), QStringLiteral("2026-03-11T00:00:00-04:00")); // "to" day included
        QCOMPARE(r.buckets().size(), 10);
        QCOMPARE(r.previous().endMs(), r.startMs());
        QCOMPARE(r.previous().endMs() - r.previous().startMs(), r.endMs() - r.startMs());
        QVERIFY2(ReportPeriod::range(QStringLiteral("2026-03-01T08:30"),
                                     QStringLiteral("2026-03-01T12:00"), kShanghai, r, error),
                 qPrintable(error));
        QCOMPARE(r.endMs() - r.startMs(), 210 * 60000LL); // a date-time "to" is excluded
        QCOMPARE(r.buckets().size(), 4);                  // hourly, the last one cut
        QCOMPARE(r.buckets().last().endMs, r.endMs());
        QVERIFY2(ReportPeriod::range(QStringLiteral("2026-03-01T00:00Z"),
                                     QStringLiteral("2026-03-02"), kShanghai, r, error),
                 qPrintable(error));
        QCOMPARE(r.startMs(), utc(QStringLiteral("2026-03-01T00:00:00Z")));
        QVERIFY(!ReportPeriod::range(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-01"),
                                     kShanghai, r, error));
        // At most 400 days: 2025-01-01 to 2026-02-04 is 400 days, one more is refused.
        QVERIFY2(ReportPeriod::range(QStringLiteral("2025-01-01"), QStringLiteral("2026-02-04"),
                                     kShanghai, r, error),
                 qPrintable(error));
        QCOMPARE(r.buckets().size(), 400);
        QVERIFY(!ReportPeriod::range(QStringLiteral("2025-01-01"), QStringLiteral("2026-02-05"),
                                     kShanghai, r, error));
        QVERIFY2(error.contains(QStringLiteral("400 days")), qPrintable(error));
        QVERIFY(!ReportPeriod::range(QStringLiteral("yesterday"), QStringLiteral("2026-03-01"),
                                     kShanghai, r, error));
        QVERIFY2(error.contains(QStringLiteral("yesterday")), qPrintable(error));
    }

    void badTextsNameTheArgument() {
        ReportPeriod p;
        QString error;
        QVERIFY(!ReportPeriod::parse(ReportPeriodKind::Week, QStringLiteral("2026-12"), kShanghai,
                                     p, error));
        QVERIFY(error.contains(QStringLiteral("2026-12")));
        QVERIFY(error.contains(QStringLiteral("YYYY-Www")));
        QVERIFY(!ReportPeriod::parse(ReportPeriodKind::Hour, QStringLiteral("2026-12-04T24"),
                                     kShanghai, p, error));
        QVERIFY(!ReportPeriod::parse(ReportPeriodKind::Day, QStringLiteral("2026-12-04T10"),
                                     kShanghai, p, error));
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_report_period.moc"

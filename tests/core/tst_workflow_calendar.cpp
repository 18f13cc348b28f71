// Business calendar: working hours, holidays, make-up days (调休), pauses, iCalendar import.
#include "storage/database.h"
#include "testsupport.h"
#include "workflow/businesscalendar.h"
#include "workflow/calendarstore.h"
#include "workflow/icalendar.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace sb;

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

// "2025-09-26 16:00" in Shanghai → ms since the epoch.
qint64 sh(const QString &text) {
    const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    Q_ASSERT(t.isValid());
    return QDateTime(t.date(), t.time(), kShanghai).toMSecsSinceEpoch();
}

QString fmt(std::optional<qint64> ms) {
    if (!ms)
        return QStringLiteral("(none)");
    return QDateTime::fromMSecsSinceEpoch(*ms, kShanghai)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

constexpr qint64 kHour = 3'600'000;

// China's 2025 National Day: 1–8 October off, Sunday 28 September and Saturday 11 October
// worked instead.
BusinessCalendar nationalDay2025() {
    BusinessCalendar c;
    for (int d = 1; d <= 8; ++d)
        c.setDay({QDate(2025, 10, d), CalendarDayKind::Holiday, QStringLiteral("国庆节")});
    c.setDay({QDate(2025, 9, 28), CalendarDayKind::Workday, QStringLiteral("国庆节补班")});
    c.setDay({QDate(2025, 10, 11), CalendarDayKind::Workday, QStringLiteral("国庆节补班")});
    return c;
}

} // namespace

class TestWorkflowCalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultWorkingHours() {
        const BusinessCalendar c;
        QCOMPARE(c.timeZone().id(), QByteArrayLiteral("Asia/Shanghai"));
        QVERIFY(c.isWorkingTime(sh(QStringLiteral("2025-09-22 09:00")))); // Monday
        QVERIFY(c.isWorkingTime(sh(QStringLiteral("2025-09-26 17:59")))); // Friday
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-09-22 08:59"))));
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-09-22 18:00")))); // end is exclusive
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-09-27 10:00")))); // Saturday
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-09-28 10:00")))); // Sunday
        // 09:00 Shanghai is 01:00 UTC: the calendar's own zone decides, not UTC.
        QVERIFY(c.isWorkingTime(
            QDateTime(QDate(2025, 9, 22), QTime(1, 30), Qt::UTC).toMSecsSinceEpoch()));
    }

    void holidaysAndMakeUpDays() {
        const BusinessCalendar c = nationalDay2025();
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-10-01 10:00")))); // Wednesday, holiday
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 8)));
        QVERIFY(c.isWorkingDay(QDate(2025, 10, 9)));
        QVERIFY(c.isWorkingTime(sh(QStringLiteral("2025-09-28 10:00")))); // Sunday, make-up
        QVERIFY(c.isWorkingTime(sh(QStringLiteral("2025-10-11 17:00")))); // Saturday, make-up
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-10-11 18:30"))));
        QCOMPARE(c.day(QDate(2025, 10, 11))->name, QStringLiteral("国庆节补班"));
    }

    void addWorkingHours() {
        const BusinessCalendar plain;
        // Friday 16:00 + 2 working hours: 2 h left on Friday … Monday 09:00 + 0 → Friday 18:00.
        QCOMPARE(fmt(plain.addWorkingTime(sh(QStringLiteral("2025-09-26 16:00")), 2 * kHour)),
                 QStringLiteral("2025-09-26 18:00:00"));
        // + 3 h crosses the weekend.
        QCOMPARE(fmt(plain.addWorkingTime(sh(QStringLiteral("2025-09-26 16:00")), 3 * kHour)),
                 QStringLiteral("2025-09-29 10:00:00"));
        // With the make-up Sunday the hour is worked on Sunday.
        const BusinessCalendar nd = nationalDay2025();
        QCOMPARE(fmt(nd.addWorkingTime(sh(QStringLiteral("2025-09-26 16:00")), 3 * kHour)),
                 QStringLiteral("2025-09-28 10:00:00"));
        // Starting outside working time counts from the next working instant.
        QCOMPARE(fmt(plain.addWorkingTime(sh(QStringLiteral("2025-09-27 23:00")), kHour)),
                 QStringLiteral("2025-09-29 10:00:00"));
        // A full day from 09:00 ends at 18:00 the same day, not 09:00 the next.
        QCOMPARE(fmt(plain.addWorkingTime(sh(QStringLiteral("2025-09-22 09:00")), 9 * kHour)),
                 QStringLiteral("2025-09-22 18:00:00"));
    }

    void deadlineSpanningWeekendAndHoliday() {
        const BusinessCalendar nd = nationalDay2025();
        // Tuesday 30 September 15:00 + 3 working days: 1–8 October are off, then Thursday 9,
        // Friday 10 and the make-up Saturday 11 October.
        QCOMPARE(fmt(nd.addWorkingDays(sh(QStringLiteral("2025-09-30 15:00")), 3)),
                 QStringLiteral("2025-10-11 15:00:00"));
        // Friday 26 September 15:00 + 7 working days: Sun 28 (make-up), Mon 29, Tue 30,
        // Thu 9, Fri 10, Sat 11 (make-up), Mon 13.
        QCOMPARE(fmt(nd.addWorkingDays(sh(QStringLiteral("2025-09-26 15:00")), 7)),
                 QStringLiteral("2025-10-13 15:00:00"));
        // Working hours over the same holiday: Tue 30 Sep 17:00 + 2 h → Thu 9 Oct 10:00.
        QCOMPARE(fmt(nd.addWorkingTime(sh(QStringLiteral("2025-09-30 17:00")), 2 * kHour)),
                 QStringLiteral("2025-10-09 10:00:00"));
        // From a Saturday: the count starts Monday 09:00.
        const BusinessCalendar plain;
        QCOMPARE(fmt(plain.addWorkingDays(sh(QStringLiteral("2025-09-20 10:00")), 1)),
                 QStringLiteral("2025-09-23 09:00:00"));
    }

    void workingTimeBetween() {
        const BusinessCalendar plain;
        QCOMPARE(plain.workingTimeBetween(sh(QStringLiteral("2025-09-26 17:00")),
                                          sh(QStringLiteral("2025-09-29 10:00"))),
                 2 * kHour);
        QCOMPARE(plain.workingTimeBetween(sh(QStringLiteral("2025-09-22 00:00")),
                                          sh(QStringLiteral("2025-09-29 00:00"))),
                 45 * kHour);
        const BusinessCalendar nd = nationalDay2025();
        QCOMPARE(nd.workingTimeBetween(sh(QStringLiteral("2025-09-30 17:00")),
                                       sh(QStringLiteral("2025-10-09 10:00"))),
                 2 * kHour);
        QCOMPARE(plain.workingTimeBetween(sh(QStringLiteral("2025-09-29 10:00")),
                                          sh(QStringLiteral("2025-09-26 17:00"))),
                 0);
    }

    void pausesDoNotCount() {
        const BusinessCalendar plain;
        const QList<TimeSpan> lunchWait{
            {sh(QStringLiteral("2025-09-22 11:00")), sh(QStringLiteral("2025-09-22 13:00"))}};
        QCOMPARE(
            fmt(plain.addWorkingTime(sh(QStringLiteral("2025-09-22 10:00")), 4 * kHour, lunchWait)),
            QStringLiteral("2025-09-22 16:00:00"));
        QCOMPARE(plain.workingTimeBetween(sh(QStringLiteral("2025-09-22 10:00")),
                                          sh(QStringLiteral("2025-09-22 16:00")), lunchWait),
                 4 * kHour);
        // Waiting for the customer from Monday 14:00 to Tuesday 11:00 moves a one-day deadline
        // (Tuesday 10:00) by the five working hours lost, counted after the wait.
        const QList<TimeSpan> wait{
            {sh(QStringLiteral("2025-09-22 14:00")), sh(QStringLiteral("2025-09-23 11:00"))}};
        QCOMPARE(fmt(plain.addWorkingDays(sh(QStringLiteral("2025-09-22 10:00")), 1, wait)),
                 QStringLiteral("2025-09-23 16:00:00"));
        // Wall clock: 30 s with a 60 s pause after 10 s → 90 s.
        const qint64 t0 = sh(QStringLiteral("2025-09-22 10:00"));
        QCOMPARE(BusinessCalendar::addWallTime(t0, 30'000, {{t0 + 10'000, t0 + 70'000}}),
                 t0 + 90'000);
        QCOMPARE(BusinessCalendar::wallTimeBetween(t0, t0 + 90'000, {{t0 + 10'000, t0 + 70'000}}),
                 30'000);
        // Overlapping pauses are merged, not counted twice.
        QCOMPARE(normalizedSpans({{5, 10}, {0, 6}, {20, 20}, {10, 12}}),
                 (QList<TimeSpan>{{0, 12}}));
    }

    void daylightSavingZone() {
        // Berlin moves to summer time on Sunday 30 March 2025: working hours stay 09:00-18:00
        // local, so Monday's 10:00 is 08:00 UTC where Friday's was 09:00 UTC.
        CalendarSettings s = CalendarSettings::defaults();
        s.timeZoneId = QByteArrayLiteral("Europe/Berlin");
        const BusinessCalendar c(s);
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const qint64 fri = QDateTime(QDate(2025, 3, 28), QTime(17, 0), berlin).toMSecsSinceEpoch();
        const auto due = c.addWorkingTime(fri, 2 * kHour);
        QVERIFY(due);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*due, berlin).toString(Qt::ISODate),
                 QStringLiteral("2025-03-31T10:00:00+02:00"));
        QCOMPARE(c.workingTimeBetween(fri, *due), 2 * kHour);
        // The wall clock counts the real hours: the Sunday had only 23.
        QCOMPARE(BusinessCalendar::wallTimeBetween(fri, *due), (3 * 24 - 7 - 1) * kHour);
    }

    // The table cacheDays() builds answers exactly as the zone conversions do, across the
    // cached range's edges, holidays, make-up days, a lunch break and both DST changes.
    void cachedDaysAnswerTheSame() {
        CalendarSettings s = CalendarSettings::defaults();
        s.timeZoneId = QByteArrayLiteral("America/New_York");
        s.week[0] = {{9 * 60, 12 * 60}, {13 * 60, 18 * 60}};
        BusinessCalendar plain(s);
        plain.setDay({QDate(2026, 3, 9), CalendarDayKind::Holiday, QStringLiteral("holiday")});
        plain.setDay({QDate(2026, 11, 1), CalendarDayKind::Workday, QStringLiteral("make-up")});
        BusinessCalendar cached = plain;
        cached.cacheDays(QDate(2026, 3, 1), QDate(2026, 11, 10));
        const QTimeZone ny(QByteArrayLiteral("America/New_York"));
        const qint64 from = QDateTime(QDate(2026, 2, 25), QTime(7, 0), ny).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 11, 15), QTime(7, 0), ny).toMSecsSinceEpoch();
        int checked = 0;
        for (qint64 at = from; at < to; at += 7 * kHour + 13 * 60000) {
            QCOMPARE(cached.localDate(at), plain.localDate(at));
            QCOMPARE(cached.isWorkingTime(at), plain.isWorkingTime(at));
            const qint64 later = at + (at % 97) * kHour;
            QCOMPARE(cached.workingTimeBetween(at, later), plain.workingTimeBetween(at, later));
            QCOMPARE(cached.addWorkingTime(at, 5 * kHour), plain.addWorkingTime(at, 5 * kHour));
            QCOMPARE(cached.addWorkingDays(at, 3), plain.addWorkingDays(at, 3));
            // Beyond the cached days, and with pauses (those the walk answers).
            QCOMPARE(cached.nextWorkingInstant(at), plain.nextWorkingInstant(at));
            QCOMPARE(cached.addWorkingTime(at, (at % 53) * kHour + 1),
                     plain.addWorkingTime(at, (at % 53) * kHour + 1));
            QCOMPARE(cached.addWorkingDays(at, 1 + int(at % 29)),
                     plain.addWorkingDays(at, 1 + int(at % 29)));
            const QList<TimeSpan> pauses{{at + kHour, at + 30 * kHour}};
            QCOMPARE(cached.workingTimeBetween(at, later, pauses),
                     plain.workingTimeBetween(at, later, pauses));
            QCOMPARE(cached.addWorkingDays(at, 3, pauses), plain.addWorkingDays(at, 3, pauses));
            ++checked;
        }
        QVERIFY(checked > 800);
        QVERIFY(cached.hasWorkingTimeTable());
        // Changing a day drops the table: the answer follows the change.
        cached.setDay({QDate(2026, 6, 3), CalendarDayKind::Holiday, QStringLiteral("new")});
        plain.setDay({QDate(2026, 6, 3), CalendarDayKind::Holiday, QStringLiteral("new")});
        const qint64 june = QDateTime(QDate(2026, 6, 3), QTime(10, 0), ny).toMSecsSinceEpoch();
        QVERIFY(!cached.isWorkingTime(june));
        QCOMPARE(cached.workingTimeBetween(june - 24 * kHour, june + 48 * kHour),
                 plain.workingTimeBetween(june - 24 * kHour, june + 48 * kHour));
    }

    // Where midnight does not exist (São Paulo began summer time at 00:00 until 2019), the
    // cached days still answer as the zone conversions do.
    void cachedDaysAcrossAMissingMidnight() {
        CalendarSettings s = CalendarSettings::defaults();
        s.timeZoneId = QByteArrayLiteral("America/Sao_Paulo");
        for (int d = 0; d < 7; ++d)
            s.week[d] = {{0, 3 * 60}, {22 * 60, 24 * 60}};
        const BusinessCalendar plain(s);
        BusinessCalendar cached = plain;
        cached.cacheDays(QDate(2018, 10, 20), QDate(2018, 11, 20));
        const QTimeZone zone(QByteArrayLiteral("America/Sao_Paulo"));
        const qint64 from = QDateTime(QDate(2018, 10, 18), QTime(1, 0), zone).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2018, 11, 24), QTime(1, 0), zone).toMSecsSinceEpoch();
        int checked = 0;
        for (qint64 at = from; at < to; at += kHour + 17 * 60000) {
            const qint64 later = at + (at % 61) * kHour;
            QCOMPARE(cached.workingTimeBetween(at, later), plain.workingTimeBetween(at, later));
            QCOMPARE(cached.nextWorkingInstant(at), plain.nextWorkingInstant(at));
            QCOMPARE(cached.addWorkingTime(at, (at % 37) * kHour + 1),
                     plain.addWorkingTime(at, (at % 37) * kHour + 1));
            QCOMPARE(cached.addWorkingDays(at, 1 + int(at % 5)),
                     plain.addWorkingDays(at, 1 + int(at % 5)));
            ++checked;
        }
        QVERIFY(checked > 600);
    }

    void lunchBreakSettings() {
        QJsonObject week;
        for (const char *d : {"mon", "tue", "wed", "thu", "fri"})
            week.insert(QLatin1StringView(d),
                        QJsonArray{QStringLiteral("09:00-12:00"), QStringLiteral("13:30-18:00")});
        week.insert(QStringLiteral("sat"), QJsonArray{});
        week.insert(QStringLiteral("sun"), QJsonArray{});
        CalendarSettings s;
        QString error;
        QVERIFY2(CalendarSettings::fromJson(
                     {{QStringLiteral("timeZone"), QStringLiteral("Asia/Shanghai")},
                      {QStringLiteral("week"), week}},
                     s, error),
                 qPrintable(error));
        const BusinessCalendar c(s);
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-09-22 12:30"))));
        QCOMPARE(fmt(c.addWorkingTime(sh(QStringLiteral("2025-09-22 11:00")), 2 * kHour)),
                 QStringLiteral("2025-09-22 14:30:00"));
        // Round trip through JSON.
        CalendarSettings back;
        QVERIFY(CalendarSettings::fromJson(s.toJson(), back, error));
        QCOMPARE(back.week[0], s.week[0]);
        QCOMPARE(back.makeUpDayHours, s.week[0]);

        week.insert(QStringLiteral("tue"), QJsonArray{QStringLiteral("18:00-09:00")});
        QVERIFY(!CalendarSettings::fromJson({{QStringLiteral("week"), week}}, s, error));
        QVERIFY2(error.contains(QStringLiteral("week.tue")), qPrintable(error));
        QVERIFY(!CalendarSettings::fromJson(
            {{QStringLiteral("timeZone"), QStringLiteral("Mars/Base")}}, s, error));
        QVERIFY(error.contains(QStringLiteral("Mars/Base")));
    }

    void calendarWithoutWorkingTime() {
        CalendarSettings s = CalendarSettings::defaults();
        for (auto &d : s.week)
            d.clear();
        s.makeUpDayHours.clear();
        const BusinessCalendar c(s);
        QVERIFY(!c.addWorkingTime(sh(QStringLiteral("2025-09-22 10:00")), kHour));
        QVERIFY(!c.addWorkingDays(sh(QStringLiteral("2025-09-22 10:00")), 1));
        QVERIFY(!c.nextWorkingInstant(sh(QStringLiteral("2025-09-22 10:00"))));
    }

    void icalendarImport() {
        // CRLF line ends, a folded SUMMARY, a nested VALARM, a VTIMEZONE, DTEND exclusive,
        // DURATION, make-up days marked by 班 / CATEGORIES / X-SIGNALBOARD-KIND.
        const QByteArray ics =
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//test//holidays//ZH\r\n"
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:nd-2025\r\n"
            "DTSTART;VALUE=DATE:20251001\r\n"
            "DTEND;VALUE=DATE:20251009\r\n"
            "SUMMARY:国庆节、\r\n"
            " 中秋节\r\n"
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nSUMMARY:上班提醒\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "DTSTART;VALUE=DATE:20250928\r\n"
            "SUMMARY:国庆节补班\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "DTSTART;TZID=\"Asia/Shanghai:odd\":20251011T000000\r\n"
            "SUMMARY:Adjusted\r\n"
            "CATEGORIES:Working Day\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "DTSTART;VALUE=DATE:20250101\r\n"
            "DURATION:P1D\r\n"
            "SUMMARY:New Year\\, 元旦\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "DTSTART;VALUE=DATE:20250208\r\n"
            "SUMMARY:Office day\r\n"
            "X-SIGNALBOARD-KIND:workday\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n";
        ICalendarImport::Result r;
        QString error;
        QVERIFY2(ICalendarImport::parse(ics, r, error), qPrintable(error));
        QCOMPARE(r.events, 5);
        QCOMPARE(r.days.size(), 8 + 1 + 1 + 1 + 1);
        BusinessCalendar c;
        for (const CalendarDay &d : std::as_const(r.days))
            c.setDay(d);
        QCOMPARE(c.day(QDate(2025, 10, 1))->kind, CalendarDayKind::Holiday);
        QCOMPARE(c.day(QDate(2025, 10, 1))->name, QStringLiteral("国庆节、中秋节"));
        QCOMPARE(c.day(QDate(2025, 10, 8))->kind, CalendarDayKind::Holiday);
        QVERIFY(!c.day(QDate(2025, 10, 9))); // DTEND is exclusive
        QCOMPARE(c.day(QDate(2025, 9, 28))->kind, CalendarDayKind::Workday);
        QCOMPARE(c.day(QDate(2025, 10, 11))->kind, CalendarDayKind::Workday);
        QCOMPARE(c.day(QDate(2025, 1, 1))->name, QStringLiteral("New Year, 元旦"));
        QCOMPARE(c.day(QDate(2025, 1, 1))->kind, CalendarDayKind::Holiday);
        QCOMPARE(c.day(QDate(2025, 2, 8))->kind, CalendarDayKind::Workday);
        QVERIFY(ICalendarImport::marksWorkingDay(QStringLiteral("Make-up working day")));
        QVERIFY(!ICalendarImport::marksWorkingDay(QStringLiteral("春节")));
    }

    void icalendarMalformed_data() {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a calendar") << QByteArray("hello\n") << QStringLiteral("line 1:");
        QTest::newRow("no colon") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE "
                                                "20251001\nEND:VEVENT\nEND:VCALENDAR\n")
                                  << QStringLiteral("line 3:");
        QTest::newRow("bad date") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n"
                                                "DTSTART;VALUE=DATE:2025-13-01\nEND:VEVENT\n"
                                                "END:VCALENDAR\n")
                                  << QStringLiteral("line 4: DTSTART");
        QTest::newRow("impossible date") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                                                       "DTSTART;VALUE=DATE:20250230\nEND:VEVENT\n"
                                                       "END:VCALENDAR\n")
                                         << QStringLiteral("line 3:");
        QTest::newRow("no dtstart") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
                                                  "SUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n")
                                    << QStringLiteral("line 3: the event has no DTSTART");
        QTest::newRow("end before start") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                                                        "DTSTART;VALUE=DATE:20251005\n"
                                                        "DTEND;VALUE=DATE:20251001\nEND:VEVENT\n"
                                                        "END:VCALENDAR\n")
                                          << QStringLiteral("line 2: DTEND");
        QTest::newRow("mismatched end") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                                                      "DTSTART:20251001\nEND:VCALENDAR\n")
                                        << QStringLiteral("line 4: END:VCALENDAR");
        QTest::newRow("truncated") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                                                 "DTSTART:20251001\nSUMMARY:long\n  folded\n")
                                   << QStringLiteral("line 4: the file ends before END:VEVENT");
        QTest::newRow("bad kind") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20251001\n"
                                                "X-SIGNALBOARD-KIND:maybe\nEND:VEVENT\n"
                                                "END:VCALENDAR\n")
                                  << QStringLiteral("line 4: X-SIGNALBOARD-KIND");
        QTest::newRow("bad duration") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
                                                    "DTSTART:20251001\nDURATION:PT3H\n"
                                                    "END:VEVENT\nEND:VCALENDAR\n")
                                      << QStringLiteral("line 4: DURATION");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1:");
    }

    void icalendarMalformed() {
        QFETCH(QByteArray, ics);
        QFETCH(QString, expected);
        ICalendarImport::Result r;
        QString error;
        QVERIFY(!ICalendarImport::parse(ics, r, error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(r.days.isEmpty());
    }

    void storeRoundTrip() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        CalendarStore store(*db);
        BusinessCalendar c;
        QVERIFY2(store.load(c, error), qPrintable(error));
        QCOMPARE(c.settings().week[0], (QList<WorkingPeriod>{{9 * 60, 18 * 60}}));
        QVERIFY(c.settings().week[5].isEmpty());
        QCOMPARE(c.timeZone().id(), QByteArrayLiteral("Asia/Shanghai"));

        int imported = 0;
        const QByteArray ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251001\n"
                               "DTEND;VALUE=DATE:20251003\nSUMMARY:国庆节\nEND:VEVENT\n"
                               "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20251011\nSUMMARY:补班\n"
                               "END:VEVENT\nEND:VCALENDAR\n";
        QVERIFY2(store.importICalendar(ics, QStringLiteral("admin"), 1000, imported, error),
                 qPrintable(error));
        QCOMPARE(imported, 3);
        // A malformed file stores nothing.
        const QByteArray bad = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251201\n"
                               "END:VEVENT\nBEGIN:VEVENT\nDTSTART:nonsense\nEND:VEVENT\n"
                               "END:VCALENDAR\n";
        QVERIFY(!store.importICalendar(bad, QStringLiteral("admin"), 2000, imported, error));
        QVERIFY2(error.startsWith(QStringLiteral("line 6:")), qPrintable(error));

        CalendarSettings s = CalendarSettings::defaults();
        s.week[5] = {{9 * 60, 12 * 60}}; // Saturday mornings
        QVERIFY2(store.saveSettings(s, QStringLiteral("admin"), 3000, error), qPrintable(error));
        QVERIFY2(store.load(c, error), qPrintable(error));
        QCOMPARE(c.days().size(), 3);
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 2)));
        QVERIFY(c.isWorkingDay(QDate(2025, 10, 11)));
        QVERIFY(!c.day(QDate(2025, 12, 1)));
        QCOMPARE(c.settings().week[5], (QList<WorkingPeriod>{{9 * 60, 12 * 60}}));
        QVERIFY(c.isWorkingTime(sh(QStringLiteral("2025-09-27 10:00"))));

        QSqlQuery q;
        QVERIFY(db->exec(q, QStringLiteral("SELECT MAX(version) FROM settings WHERE key = ?"),
                         {QStringLiteral("workflow.calendar")}, error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2); // versioned, the seed is version 1
        QVERIFY(db->exec(q,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'calendar'"),
                         {}, error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        // Removing several days is all or nothing: the second day's delete fails (a trigger
        // stands in for any database error), so the first is still there afterwards.
        QVERIFY2(db->exec(QStringLiteral(
                              "CREATE TEMP TRIGGER refuse_oct2 BEFORE DELETE ON calendar_days "
                              "WHEN old.date = '2025-10-02' BEGIN SELECT RAISE(ABORT, 'refused'); "
                              "END"),
                          {}, error),
                 qPrintable(error));
        QVERIFY(!store.removeDays({QDate(2025, 10, 11), QDate(2025, 10, 2)},
                                  QStringLiteral("admin"), 3500, error));
        QVERIFY2(error.startsWith(QStringLiteral("2025-10-02 was not removed:")),
                 qPrintable(error));
        QVERIFY(store.load(c, error));
        QCOMPARE(c.days().size(), 3);
        QVERIFY(db->exec(q,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'calendar'"),
                         {}, error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        QVERIFY(db->exec(QStringLiteral("DROP TRIGGER refuse_oct2"), {}, error));

        QVERIFY(store.removeDays({QDate(2025, 10, 11), QDate(2025, 10, 2)}, QStringLiteral("admin"),
                                 4000, error));
        QVERIFY(store.load(c, error));
        QVERIFY(!c.day(QDate(2025, 10, 11)));
        QVERIFY(!c.day(QDate(2025, 10, 2)));
        QCOMPARE(c.days().size(), 1);
        // Saturday again, worked in the morning only by the new weekly pattern.
        QVERIFY(!c.isWorkingTime(sh(QStringLiteral("2025-10-11 15:00"))));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCalendar)
#include "tst_workflow_calendar.moc"

// What the QA place and the automatic daily draw read: a day's stored sample with the
// inspectors' names and the serial of each replacement, "not drawn" for a day without a
// sample, the setting qa.draw_at and the day the automatic draw is due for in the business
// calendar's zone.
#include "qa/qadayqueries.h"
#include "storage/settingsstore.h"
#include "testsupport.h"
#include "workflow/calendarstore.h"
#include "workflowfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestQaDayQueries : public QObject {
    Q_OBJECT

    static inline const QDate kDay{2026, 3, 29};

    static qint64 ms(const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    }

    static qint64 insert(Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

    static qint64 staff(Database &db, const QString &login, const QString &name,
                        const QString &role) {
        return insert(db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), name, role, login});
    }

    // A phone ticket handled by `handler`, closed on kDay (Shanghai).
    static qint64 closedTicket(Database &db, qint64 handler, int minute) {
        const qint64 id =
            insert(db,
                   QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                  "customer_tier, problem_type, handler_id, state, "
                                  "updated_at) VALUES (?, 'phone', 'normal', "
                                  "'other', ?, 'closed', ?)"),
                   {ms("2026-03-29T08:00:00+08:00"), handler, ms("2026-03-29T08:00:00+08:00")});
        insert(db,
               QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                              "from_state, to_state) VALUES (?, ?, ?, 'close_satisfied', "
                              "'revisited', 'closed')"),
               {id, ms("2026-03-29T10:00:00+08:00") + 60000 * minute, handler});
        return id;
    }

private Q_SLOTS:
    // A drawn day: every ticket with its inspector's name; a replaced one names the serial
    // that took its place. A day not drawn has no sample and no rows.
    void overviewWithNamesAndReplacements() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(
            QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00+08:00"), Qt::ISODate));
        const qint64 agent = staff(*db, QStringLiteral("qd_agent"), QStringLiteral("Wang Agent"),
                                   QStringLiteral("agent"));
        const qint64 inspector = staff(*db, QStringLiteral("qd_insp"),
                                       QStringLiteral("Li Inspector"), QStringLiteral("qa"));
        for (int i = 0; i < 10; ++i)
            closedTicket(*db, agent, i);

        QaDayOverview day;
        QVERIFY2(QaDayQueries::overview(*db, clock, kDay, day, error), qPrintable(error));
        QCOMPARE(day.day, kDay);
        QVERIFY(!day.sample);
        QVERIFY(day.tickets.isEmpty());

        QaSampleStore store(*db, clock);
        QaDrawRequest request;
        request.day = kDay;
        request.rate = QStringLiteral("0.2");
        request.seed = 42;
        request.actor = QStringLiteral("qd_insp");
        request.actorId = inspector;
        QaDrawResult drawn;
        QVERIFY2(store.draw(request, drawn, error), qPrintable(error));
        QVERIFY2(QaDayQueries::overview(*db, clock, kDay, day, error), qPrintable(error));
        QVERIFY(day.sample);
        QCOMPARE(day.sample->seed, quint64(42));
        QCOMPARE(day.tickets.size(), 2);
        for (const QaDayTicketRow &r : std::as_const(day.tickets)) {
            QCOMPARE(r.ticket.assigneeId, inspector);
            QCOMPARE(r.assigneeName, QStringLiteral("Li Inspector"));
            QVERIFY(r.replacedBySerial.isEmpty());
        }

        const QaDayTicketRow first = day.tickets.first();
        QaSampledTicket replacement;
        QVERIFY2(store.replace(kDay, first.ticket.ticketId, QStringLiteral("a test ticket"),
                               QStringLiteral("qd_insp"), inspector, replacement, error),
                 qPrintable(error));
        QVERIFY2(QaDayQueries::overview(*db, clock, kDay, day, error), qPrintable(error));
        QCOMPARE(day.tickets.size(), 3);
        int replaced = 0;
        for (const QaDayTicketRow &r : std::as_const(day.tickets)) {
            if (r.ticket.ticketId != first.ticket.ticketId)
                continue;
            ++replaced;
            QVERIFY(!r.ticket.inSample());
            QCOMPARE(r.ticket.replaceReason, QStringLiteral("a test ticket"));
            QCOMPARE(r.replacedBySerial, replacement.serial);
            QVERIFY(!r.replacedBySerial.isEmpty());
        }
        QCOMPARE(replaced, 1);
        QCOMPARE(day.sample->inSample().size(), 2);
    }

    // The draw is due for yesterday from qa.draw_at on, local time of the calendar's zone.
    void dueDayInTheCalendarsZone() {
        const QTimeZone shanghai("Asia/Shanghai");
        const QTime at(0, 30);
        const auto utc = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
        };
        // 00:29:59 on the 30th in Shanghai: not yet.
        QVERIFY(!QaDayQueries::dueDay(utc("2026-03-29T16:29:59Z"), shanghai, at).isValid());
        QCOMPARE(QaDayQueries::dueDay(utc("2026-03-29T16:30:00Z"), shanghai, at), kDay);
        QCOMPARE(QaDayQueries::dueDay(utc("2026-03-30T15:59:59Z"), shanghai, at), kDay);
        QCOMPARE(QaDayQueries::yesterday(utc("2026-03-29T16:00:00Z"), shanghai), kDay);
        // 23:59 on the 29th in Shanghai is still the 29th: yesterday is the 28th.
        QCOMPARE(QaDayQueries::yesterday(utc("2026-03-29T15:59:00Z"), shanghai), kDay.addDays(-1));
        // Berlin on the day clocks go forward: 00:30 CET is 23:30 UTC the day before.
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(QaDayQueries::dueDay(utc("2026-03-28T23:30:00Z"), berlin, at), QDate(2026, 3, 28));
        QVERIFY(!QaDayQueries::dueDay(utc("2026-03-28T23:29:00Z"), berlin, at).isValid());
    }

    void drawAtSetting() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        QTime at;
        QVERIFY2(QaDayQueries::drawAt(*db, at, error), qPrintable(error));
        QCOMPARE(at, QTime(0, 30));
        SettingsStore settings(*db);
        QVERIFY2(settings.set(QStringLiteral("qa.draw_at"), QStringLiteral("7:05"),
                              QStringLiteral("test"), 1, error),
                 qPrintable(error));
        QVERIFY2(QaDayQueries::drawAt(*db, at, error), qPrintable(error));
        QCOMPARE(at, QTime(7, 5));
        QVERIFY2(settings.set(QStringLiteral("qa.draw_at"), QStringLiteral("24:00"),
                              QStringLiteral("test"), 2, error),
                 qPrintable(error));
        QVERIFY(!QaDayQueries::drawAt(*db, at, error));
        QVERIFY2(error.contains(QLatin1StringView("qa.draw_at")), qPrintable(error));
        QCOMPARE(QaDayQueries::parseDrawAt(QStringLiteral(" 23:59 ")), QTime(23, 59));
        for (const char *bad : {"", "0030", "12:60", "1:2", "-1:00", "00:30:00"})
            QVERIFY2(!QaDayQueries::parseDrawAt(QString::fromLatin1(bad)), bad);
        // The business calendar's zone (Asia/Shanghai unless changed).
        QTimeZone zone;
        QVERIFY2(QaDayQueries::businessZone(*db, zone, error), qPrintable(error));
        QCOMPARE(zone.id(), QByteArray("Asia/Shanghai"));
    }
};

QTEST_GUILESS_MAIN(TestQaDayQueries)
#include "tst_qa_day_queries.moc"

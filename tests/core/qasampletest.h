#pragma once
// The daily QA spot check (抽检), as one test class for tst_qa_sample (SQLite) and
// tst_qa_sample_pg (PostgreSQL, as the installer: there sb_qa_draw_sample draws every sample
// these cases draw on the server, so each case also proves the server computes the same): the frame
// at the edges of a day in a non-UTC zone and across a daylight-saving change, exact sample sizes,
// largest-remainder ties, the ranking recomputed independently, a second draw that stores
// nothing, replacement within the stratum, assignment never to a ticket's handler, and the
// CLI's JSON Lines.
#include "databasetest.h"
#include "qa/qasamplestore.h"
#include "testsupport.h"
#include "workflow/calendarstore.h"
#include "workflowfixture.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

class QaSampleTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    // The day drawn, and "now" a little after it ended (Asia/Shanghai).
    static inline const QDate kDay{2026, 3, 29};
    sb::ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00+08:00"), Qt::ISODate)};

    std::unique_ptr<sb::Database> open(const QString &name) {
        QString error;
        auto db = sb::test::openMigrated(freshDatabase(name), error);
        if (!db)
            qWarning("open: %s", qPrintable(error));
        return db;
    }

    static qint64 ms(const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    }

    static qint64 insert(sb::Database &db, const QString &sql, const QVariantList &values) {
        QSqlQuery q(db.db());
        QString error;
        if (!db.exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

    static qint64 count(sb::Database &db, const QString &sql, const QVariantList &values = {}) {
        return sb::test::queryValue(db, sql, values).toLongLong();
    }

    static qint64 staff(sb::Database &db, const QString &login, const QString &role,
                        const QString &status = QStringLiteral("active")) {
        return insert(db,
                      QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), ?, 0, ?, 0)"),
                      {login.toUpper(), login, role, status, login});
    }

    // A ticket (closed now), handled by `handler` (0: nobody).
    static qint64 ticket(sb::Database &db, const QString &channel, qint64 handler = 0,
                         const QString &problemType = QStringLiteral("other")) {
        const QVariant h =
            handler > 0 ? QVariant(handler) : QVariant(QMetaType::fromType<qint64>());
        return insert(db,
                      QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (?, ?, "
                                     "'normal', ?, ?, 'closed', ?)"),
                      {ms("2026-03-20T09:00:00+08:00"), channel, problemType, h,
                       ms("2026-03-20T09:00:00+08:00")});
    }

    // A timeline line moving `ticketId` from `from` to `to` at `at`, by `actor` (0: nobody).
    static void event(sb::Database &db, qint64 ticketId, qint64 at, qint64 actor = 0,
                      const QString &from = QStringLiteral("revisited"),
                      const QString &to = QStringLiteral("closed")) {
        const QVariant a = actor > 0 ? QVariant(actor) : QVariant(QMetaType::fromType<qint64>());
        insert(db,
               QStringLiteral("INSERT INTO ticket_events(ticket_id, at, actor_id, action, "
                              "from_state, to_state) VALUES (?, ?, ?, 'close_satisfied', ?, ?)"),
               {ticketId, at, a, from, to});
    }

    // `n` tickets of `channel` closed on kDay (Shanghai), a minute apart.
    static QList<qint64> closedOnTheDay(sb::Database &db, const QString &channel, int n,
                                        qint64 handler = 0) {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            ids.append(ticket(db, channel, handler));
            event(db, ids.last(), ms("2026-03-29T10:00:00+08:00") + 60000 * ids.last());
        }
        return ids;
    }

    static bool setZone(sb::Database &db, const char *zone, qint64 now) {
        sb::CalendarSettings settings = sb::CalendarSettings::defaults();
        settings.timeZoneId = zone;
        QString error;
        const bool ok =
            sb::CalendarStore(db).saveSettings(settings, QStringLiteral("test"), now, error);
        if (!ok)
            qWarning("setZone: %s", qPrintable(error));
        return ok;
    }

    QList<qint64> frameIds(sb::Database &db, const QDate &day, const QTimeZone &zone) {
        QList<sb::QaFrameTicket> frame;
        QString error;
        if (!sb::QaSampleStore(db, m_clock).frame(day, sb::QaStratifyBy::None, zone, frame, error))
            qWarning("frame: %s", qPrintable(error));
        QList<qint64> ids;
        for (const sb::QaFrameTicket &t : frame)
            ids.append(t.ticketId);
        return ids;
    }

    std::optional<sb::QaDrawResult> draw(sb::Database &db, const QDate &day, const char *rate,
                                         sb::QaStratifyBy by, quint64 seed,
                                         const char *doubleRate = nullptr) {
        sb::QaDrawRequest r;
        r.day = day;
        if (doubleRate)
            r.doubleRate = QString::fromLatin1(doubleRate);
        r.rate = QString::fromLatin1(rate);
        r.stratifyBy = by;
        r.seed = seed;
        r.actor = QStringLiteral("qa_test");
        sb::QaDrawResult out;
        QString error;
        if (!sb::QaSampleStore(db, m_clock).draw(r, out, error)) {
            qWarning("draw: %s", qPrintable(error));
            return std::nullopt;
        }
        return out;
    }

    static QList<qint64> ticketsOf(const sb::QaSampleDay &s) {
        QList<qint64> ids;
        for (const sb::QaSampledTicket &t : s.inSample())
            ids.append(t.ticketId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // The test's own ranking: SHA-256 of "<seed>:<day>:<id>", by hash.
    static QList<std::pair<QString, qint64>> ranked(quint64 seed, const QList<qint64> &ids) {
        QList<std::pair<QString, qint64>> out;
        for (const qint64 id : ids) {
            const QByteArray text = QStringLiteral("%1:2026-03-29:%2").arg(seed).arg(id).toUtf8();
            out.append({QString::fromLatin1(
                            QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()),
                        id});
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    static QString cliUrl(const sb::DatabaseUrl &url) {
        if (url.dialect == sb::Dialect::SQLite)
            return QStringLiteral("sqlite://") + url.path;
        QString admin = sb::test::pgAdminUrl();
        admin.replace(QStringLiteral("/postgres"), QLatin1Char('/') + url.database);
        return admin;
    }

private Q_SLOTS:
    // n = ceil(rate × N) exactly: 0.05 × 20 is 1, not 2.
    void sampleSizeIsExact() {
        using namespace sb;
        QString error;
        const auto five = QaRate::parse(QStringLiteral("0.05"), error);
        QVERIFY2(five, qPrintable(error));
        QCOMPARE(five->sampleSize(20), 1);
        QCOMPARE(five->sampleSize(21), 2);
        QCOMPARE(five->sampleSize(1), 1);
        QCOMPARE(five->sampleSize(0), 0);
        QCOMPARE(five->sampleSize(1000000000), 50000000);
        QCOMPARE(five->text(), QStringLiteral("0.05"));
        for (int k = 1; k <= 100; ++k) {
            const auto r =
                QaRate::parse(k == 100 ? QStringLiteral("1")
                                       : QStringLiteral("0.%1").arg(k, 2, 10, QLatin1Char('0')),
                              error);
            QVERIFY2(r, qPrintable(error));
            for (qint64 n = 0; n <= 200; ++n)
                QCOMPARE(r->sampleSize(n), (k * n + 99) / 100);
        }
        QCOMPARE(QaRate::parse(QStringLiteral("0.10"), error)->text(), QStringLiteral("0.1"));
        QCOMPARE(QaRate::parse(QStringLiteral(".5"), error)->text(), QStringLiteral("0.5"));
        QCOMPARE(QaRate::parse(QStringLiteral("1.0"), error)->text(), QStringLiteral("1"));
        QCOMPARE(QaRate::parse(QStringLiteral("1"), error)->sampleSize(7), 7);
        QCOMPARE(QaRate::parse(QStringLiteral("0.000000001"), error)->sampleSize(3), 1);
        for (const char *bad : {"0", "0.0", "1.5", "2", "abc", "", "-0.1", "0.0000000001", "5%"}) {
            error.clear();
            QVERIFY2(!QaRate::parse(QString::fromLatin1(bad), error), bad);
            QVERIFY2(error.contains(QString::fromLatin1(bad)), qPrintable(error));
        }
    }

    // Largest remainder; equal remainders go by the key in ascending text (byte) order.
    void largestRemainderTies() {
        using namespace sb;
        const auto sizes = [](qint64 n, const QList<QaStratum> &in) {
            QStringList out;
            for (const QaStratum &s : QaSampling::allocate(n, in))
                out.append(QStringLiteral("%1=%2").arg(s.key).arg(s.sampleSize));
            return out.join(QLatin1Char(' '));
        };
        const auto s = [](const char *key, qint64 n) {
            return QaStratum{QString::fromUtf8(key), n, 0};
        };
        QCOMPARE(sizes(2, {s("c", 1), s("b", 1), s("a", 1)}), QStringLiteral("a=1 b=1 c=0"));
        // x: 35/10 = 3 r 5, y: 10/10 = 1 r 0, z: 5/10 = 0 r 5; the one left goes to x.
        QCOMPARE(sizes(5, {s("z", 1), s("y", 2), s("x", 7)}), QStringLiteral("x=4 y=1 z=0"));
        QCOMPARE(sizes(1, {s("a", 1), s("Z", 1)}), QStringLiteral("Z=1 a=0"));
        QCOMPARE(sizes(1, {s("z", 1), s("é", 1)}), QStringLiteral("z=1 é=0"));
        QCOMPARE(sizes(3, {s("1", 4), s("", 2)}), QStringLiteral("=1 1=2"));
        QCOMPARE(sizes(0, {s("a", 4)}), QStringLiteral("a=0"));

        // The same through a stored draw: 3 channels of 1, rate 0.5: n = 2, email and phone.
        auto db = open(QStringLiteral("qas_ties"));
        QVERIFY(db);
        for (const char *channel : {"web", "phone", "email"})
            closedOnTheDay(*db, QString::fromLatin1(channel), 1);
        const auto r = draw(*db, kDay, "0.5", QaStratifyBy::Channel, 5);
        QVERIFY(r);
        QCOMPARE(r->sample.strata, (QList<QaStratum>{{QStringLiteral("email"), 1, 1},
                                                     {QStringLiteral("phone"), 1, 1},
                                                     {QStringLiteral("web"), 1, 0}}));
    }

    // The frame of a day in Asia/Shanghai: closing times at the day's edges, a ticket closed
    // twice that day counted once, a note on a ticket closed before not counted.
    void frameAtTheEdgesOfTheDayInItsZone() {
        using namespace sb;
        auto db = open(QStringLiteral("qas_edges"));
        QVERIFY(db);
        QList<qint64> t;
        for (int i = 0; i < 7; ++i)
            t.append(ticket(*db, QStringLiteral("phone")));
        event(*db, t[0], ms("2026-03-28T23:59:59.999+08:00"));
        event(*db, t[1], ms("2026-03-29T00:00:00.000+08:00"));
        event(*db, t[2], ms("2026-03-29T23:59:59.999+08:00"));
        event(*db, t[3], ms("2026-03-30T00:00:00.000+08:00"));
        event(*db, t[4], ms("2026-03-29T09:00:00+08:00"));
        event(*db, t[4], ms("2026-03-29T10:00:00+08:00"), 0, QStringLiteral("closed"),
              QStringLiteral("appeal_registered"));
        event(*db, t[4], ms("2026-03-29T11:00:00+08:00"));
        event(*db, t[5], ms("2026-03-28T12:00:00+08:00"));
        event(*db, t[5], ms("2026-03-29T12:00:00+08:00"), 0, QStringLiteral("closed"),
              QStringLiteral("closed"));
        event(*db, t[6], ms("2026-03-29T12:00:00+08:00"), 0, QStringLiteral("replied"));
        const QTimeZone shanghai("Asia/Shanghai");
        QCOMPARE(frameIds(*db, kDay, shanghai), (QList<qint64>{t[1], t[2], t[4], t[6]}));
        QCOMPARE(frameIds(*db, kDay.addDays(-1), shanghai), (QList<qint64>{t[0], t[5]}));
        QCOMPARE(frameIds(*db, kDay.addDays(1), shanghai), (QList<qint64>{t[3]}));
        // The whole frame at rate 1, in the calendar's zone (the server agrees on PostgreSQL).
        const auto r = draw(*db, kDay, "1", QaStratifyBy::None, 1);
        QVERIFY(r);
        QCOMPARE(ticketsOf(r->sample), (QList<qint64>{t[1], t[2], t[4], t[6]}));
        QCOMPARE(r->sample.timeZone, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(r->sample.strata, (QList<QaStratum>{{QString(), 4, 4}}));
    }

    // Europe/Berlin, 2026-03-29: clocks go from 02:00 to 03:00, the day has 23 hours.
    void frameAcrossTheDaylightSavingChange() {
        using namespace sb;
        auto db = open(QStringLiteral("qas_dst"));
        QVERIFY(db);
        QVERIFY(setZone(*db, "Europe/Berlin", m_clock.nowMs()));
        QList<qint64> t;
        for (int i = 0; i < 6; ++i)
            t.append(ticket(*db, QStringLiteral("web")));
        event(*db, t[0], ms("2026-03-28T22:59:59.999Z")); // 23:59:59.999 CET, the 28th
        event(*db, t[1], ms("2026-03-28T23:00:00.000Z")); // 00:00 CET
        event(*db, t[2], ms("2026-03-29T00:59:59.999Z")); // 01:59:59.999 CET
        event(*db, t[3], ms("2026-03-29T01:00:00.000Z")); // 03:00 CEST
        event(*db, t[4], ms("2026-03-29T21:59:59.999Z")); // 23:59:59.999 CEST
        event(*db, t[5], ms("2026-03-29T22:00:00.000Z")); // 00:00 CEST, the 30th
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(frameIds(*db, kDay, berlin), (QList<qint64>{t[1], t[2], t[3], t[4]}));
        QCOMPARE(frameIds(*db, kDay.addDays(-1), berlin), (QList<qint64>{t[0]}));
        QCOMPARE(frameIds(*db, kDay.addDays(1), berlin), (QList<qint64>{t[5]}));
        const auto r = draw(*db, kDay, "1", QaStratifyBy::Channel, 2);
        QVERIFY(r);
        QCOMPARE(ticketsOf(r->sample), (QList<qint64>{t[1], t[2], t[3], t[4]}));
        QCOMPARE(r->sample.timeZone, QStringLiteral("Europe/Berlin"));
    }

    // Every stored rank is SHA-256 of "<seed>:<day>:<id>"; the first n_h by rank are drawn.
    void rankingCanBeRecomputed() {
        using namespace sb;
        QCOMPARE(
            QaSampling::rankHash(42, kDay, 1),
            QStringLiteral("39298642c0653e3e8e20223f53e72bcba7c80669b02ccfc673ce09ca5cce2287"));
        QCOMPARE(
            QaSampling::rankHash(QaSampling::kMaxSeed, kDay, 17),
            QStringLiteral("dbff9b5e3f9d4309eb10932855c695aacce72ad0c87f6d126ea4f686b75d6603"));
        auto db = open(QStringLiteral("qas_rank"));
        QVERIFY(db);
        QHash<QString, QList<qint64>> byChannel;
        byChannel[QStringLiteral("phone")] = closedOnTheDay(*db, QStringLiteral("phone"), 15);
        byChannel[QStringLiteral("web")] = closedOnTheDay(*db, QStringLiteral("web"), 10);
        byChannel[QStringLiteral("email")] = closedOnTheDay(*db, QStringLiteral("email"), 5);
        const quint64 seed = 123456789012345ULL;
        const auto r = draw(*db, kDay, "0.2", QaStratifyBy::Channel, seed);
        QVERIFY(r);
        const QaSampleDay &s = r->sample;
        QVERIFY(r->drawnNow);
        QCOMPARE(s.seed, seed);
        QCOMPARE(s.rate, QStringLiteral("0.2"));
        QCOMPARE(s.stratifyBy, QaStratifyBy::Channel);
        QCOMPARE(s.frameSize, 30);
        QCOMPARE(s.sampleSize, 6);
        QCOMPARE(s.strata, (QList<QaStratum>{{QStringLiteral("email"), 5, 1},
                                             {QStringLiteral("phone"), 15, 3},
                                             {QStringLiteral("web"), 10, 2}}));
        QList<QaSampledTicket> expected;
        for (const QaStratum &st : s.strata) {
            const auto mine = ranked(seed, byChannel.value(st.key));
            for (qint64 i = 0; i < st.sampleSize; ++i) {
                QaSampledTicket t;
                t.ticketId = mine.at(i).second;
                t.rankHash = mine.at(i).first;
                t.stratum = st.key;
                t.position = i + 1;
                expected.append(t);
            }
        }
        QCOMPARE(s.tickets.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(s.tickets.at(i).ticketId, expected.at(i).ticketId);
            QCOMPARE(s.tickets.at(i).rankHash, expected.at(i).rankHash);
            QCOMPARE(s.tickets.at(i).stratum, expected.at(i).stratum);
            QCOMPARE(s.tickets.at(i).position, expected.at(i).position);
            QVERIFY(s.tickets.at(i).serial.startsWith(QLatin1StringView("CS-20260320-")));
        }
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.sample.draw' AND entity_id = ?"),
                       {s.id}),
                 1);
    }

    // Drawing a stored day again returns it, stores nothing, and says what it ignored.
    void secondDrawStoresNothing() {
        using namespace sb;
        auto db = open(QStringLiteral("qas_twice"));
        QVERIFY(db);
        closedOnTheDay(*db, QStringLiteral("phone"), 12);
        closedOnTheDay(*db, QStringLiteral("web"), 8);
        const auto first = draw(*db, kDay, "0.25", QaStratifyBy::Channel, 1);
        QVERIFY(first && first->drawnNow);
        const auto counts = [&] {
            QStringList out;
            for (const char *t : {"qa_sample_days", "qa_sample_strata", "qa_sample_tickets",
                                  "audit_log", "change_log"})
                out.append(QString::number(count(
                    *db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(t)))));
            return out.join(QLatin1Char(','));
        };
        const QString before = counts();
        const auto again = draw(*db, kDay, "0.5", QaStratifyBy::None, 2);
        QVERIFY(again);
        QVERIFY(!again->drawnNow);
        QVERIFY(again->seedIgnored);
        QVERIFY(again->settingsIgnored);
        QCOMPARE(again->sample.seed, 1);
        QCOMPARE(again->sample.rate, QStringLiteral("0.25"));
        QCOMPARE(ticketsOf(again->sample), ticketsOf(first->sample));
        QCOMPARE(again->sample.strata, first->sample.strata);
        QCOMPARE(counts(), before);
        const auto same = draw(*db, kDay, "0.25", QaStratifyBy::Channel, 1);
        QVERIFY(same && !same->drawnNow && !same->seedIgnored && !same->settingsIgnored);
        QCOMPARE(counts(), before);
    }

    // A replacement is the next-ranked undrawn ticket of the same stratum; the swap is kept
    // and audited.
    void replacementStaysInTheStratum() {
        using namespace sb;
        auto db = open(QStringLiteral("qas_replace"));
        QVERIFY(db);
        const QList<qint64> phone = closedOnTheDay(*db, QStringLiteral("phone"), 10);
        closedOnTheDay(*db, QStringLiteral("web"), 10);
        const quint64 seed = 99;
        const auto r = draw(*db, kDay, "0.2", QaStratifyBy::Channel, seed);
        QVERIFY(r);
        const auto order = ranked(seed, phone);
        QCOMPARE(r->sample.tickets.at(0).ticketId, order.at(0).second);
        QaSampleStore store(*db, m_clock);
        QaSampledTicket swapped;
        QString error;
        QVERIFY2(store.replace(kDay, order.at(0).second, QStringLiteral(" a test ticket "),
                               QStringLiteral("qa_test"), 0, swapped, error),
                 qPrintable(error));
        QCOMPARE(swapped.ticketId, order.at(2).second);
        QCOMPARE(swapped.stratum, QStringLiteral("phone"));
        QCOMPARE(swapped.position, 3);
        QCOMPARE(swapped.rankHash, order.at(2).first);
        std::optional<QaSampleDay> s;
        QVERIFY(store.load(kDay, s, error) && s);
        const auto row = [&](qint64 ticketId) {
            for (const QaSampledTicket &t : s->tickets) {
                if (t.ticketId == ticketId)
                    return t;
            }
            return QaSampledTicket{};
        };
        const QaSampledTicket old = row(order.at(0).second);
        QCOMPARE(old.replacementRowId, swapped.rowId);
        QCOMPARE(old.replaceReason, QStringLiteral("a test ticket"));
        QVERIFY(!old.replacedBy.isEmpty() && old.replacedAt > 0);
        QCOMPARE(s->inSample().size(), 4);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'qa.sample.replace' AND entity_id = ?"),
                       {old.rowId}),
                 1);
        // Replacing the replacement takes the next one again.
        QVERIFY2(store.replace(kDay, swapped.ticketId, QStringLiteral("duplicate"),
                               QStringLiteral("qa_test"), 0, swapped, error),
                 qPrintable(error));
        QCOMPARE(swapped.ticketId, order.at(3).second);
        QCOMPARE(swapped.position, 4);
        // Refused: no reason, a ticket not in the sample, a day not drawn.
        QVERIFY(
            !store.replace(kDay, order.at(1).second, QStringLiteral("  "), {}, 0, swapped, error));
        QVERIFY2(error.contains(QLatin1StringView("reason")), qPrintable(error));
        QVERIFY(
            !store.replace(kDay, order.at(9).second, QStringLiteral("x"), {}, 0, swapped, error));
        QVERIFY2(error.contains(QString::number(order.at(9).second)), qPrintable(error));
        QVERIFY(!store.replace(kDay.addDays(1), order.at(1).second, QStringLiteral("x"), {}, 0,
                               swapped, error));
        QVERIFY2(error.contains(QLatin1StringView("2026-03-30")), qPrintable(error));
        QVERIFY(store.load(kDay, s, error) && s);
        QCOMPARE(s->inSample().size(), 4);
    }

    // Reviews go to active holders of qa.review (by role or unexpired temporary grant; not the
    // super role), evenly, never to someone who handled the ticket.
    void assignmentSpreadsAndSkipsHandlers() {
        using namespace sb;
        auto db = open(QStringLiteral("qas_assign"));
        QVERIFY(db);
        const qint64 q1 = staff(*db, QStringLiteral("qas_q1"), QStringLiteral("qa"));
        const qint64 q2 = staff(*db, QStringLiteral("qas_q2"), QStringLiteral("qa"));
        const qint64 q3 = staff(*db, QStringLiteral("qas_q3"), QStringLiteral("qa"));
        staff(*db, QStringLiteral("qas_gone"), QStringLiteral("qa"), QStringLiteral("disabled"));
        staff(*db, QStringLiteral("qas_admin"), QStringLiteral("admin"));
        const qint64 temp = staff(*db, QStringLiteral("qas_temp"), QStringLiteral("agent"));
        const qint64 expired = staff(*db, QStringLiteral("qas_expired"), QStringLiteral("agent"));
        for (const auto &[who, until] : {std::pair{temp, ms("2100-01-01T00:00:00Z")},
                                         std::pair{expired, ms("2000-01-01T00:00:00Z")}})
            insert(*db,
                   QStringLiteral("INSERT INTO temp_permissions(staff_id, permission_key, "
                                  "expires_at) VALUES (?, 'qa.review', ?)"),
                   {who, until});
        QList<QaInspector> found;
        QString error;
        QVERIFY2(QaSampleStore(*db, m_clock).inspectors(found, error), qPrintable(error));
        QList<qint64> ids;
        for (const QaInspector &i : found)
            ids.append(i.staffId);
        QCOMPARE(ids, (QList<qint64>{q1, q2, q3, temp}));

        // Without handlers: 12 reviews, 3 each.
        closedOnTheDay(*db, QStringLiteral("phone"), 12);
        auto r = draw(*db, kDay, "1", QaStratifyBy::None, 3);
        QVERIFY(r);
        QHash<qint64, int> load;
        for (const QaSampledTicket &t : r->sample.inSample())
            ++load[t.assigneeId];
        QCOMPARE(load, (QHash<qint64, int>{{q1, 3}, {q2, 3}, {q3, 3}, {temp, 3}}));

        // The next day: q1 handled four tickets, q2 wrote a line on one of q3's.
        QList<qint64> handled;
        for (int i = 0; i < 4; ++i) {
            handled.append(ticket(*db, QStringLiteral("phone"), q1));
            event(*db, handled.last(), ms("2026-03-30T10:00:00+08:00"), q1);
        }
        const qint64 touched = ticket(*db, QStringLiteral("web"), q3);
        event(*db, touched, ms("2026-03-30T09:00:00+08:00"), q2, QStringLiteral("in_progress"),
              QStringLiteral("in_progress"));
        event(*db, touched, ms("2026-03-30T11:00:00+08:00"), q3);
        r = draw(*db, kDay.addDays(1), "1", QaStratifyBy::Channel, 4);
        QVERIFY(r);
        QCOMPARE(r->sample.inSample().size(), 5);
        for (const QaSampledTicket &t : r->sample.inSample()) {
            QVERIFY(t.assigneeId > 0);
            if (handled.contains(t.ticketId))
                QVERIFY(t.assigneeId != q1);
            if (t.ticketId == touched)
                QVERIFY(t.assigneeId != q2 && t.assigneeId != q3);
        }
    }

    // signalboard-cli qa sample: JSON Lines, the stored sample again with a note for a
    // different seed, and bad arguments named.
    void cliPrintsJsonLines() {
        using namespace sb;
        const DatabaseUrl url = freshDatabase(QStringLiteral("qas_cli"));
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const qint64 q1 = staff(*db, QStringLiteral("qas_cli_q1"), QStringLiteral("qa"));
        closedOnTheDay(*db, QStringLiteral("phone"), 6);
        closedOnTheDay(*db, QStringLiteral("web"), 4);
        const QStringList args{QStringLiteral("qa"),     QStringLiteral("sample"),
                               QStringLiteral("--db"),   cliUrl(url),
                               QStringLiteral("--date"), QStringLiteral("2026-03-29")};
        const test::CliRun run =
            test::runCli(args + QStringList{QStringLiteral("--rate"), QStringLiteral("0.5"),
                                            QStringLiteral("--by"), QStringLiteral("channel"),
                                            QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        std::optional<QaSampleDay> stored;
        QVERIFY(QaSampleStore(*db, m_clock).load(kDay, stored, error) && stored);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
            const QaSampledTicket &t = stored->tickets.at(i);
            QCOMPARE(o.value(QStringLiteral("ticket_id")).toInteger(), t.ticketId);
            QCOMPARE(o.value(QStringLiteral("serial")).toString(), t.serial);
            QCOMPARE(o.value(QStringLiteral("stratum")).toString(), t.stratum);
            QCOMPARE(o.value(QStringLiteral("assignee")).toString(), QStringLiteral("qas_cli_q1"));
            QCOMPARE(o.value(QStringLiteral("rank")).toInteger(), t.position);
            // One inspector: nobody else may take a second review.
            QVERIFY(o.contains(QStringLiteral("second_assignee")));
            QVERIFY(o.value(QStringLiteral("second_assignee")).isNull());
        }
        QCOMPARE(stored->tickets.at(0).assigneeId, q1);
        const test::CliRun again =
            test::runCli(args + QStringList{QStringLiteral("--seed"), QStringLiteral("8")});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, run.out);
        QVERIFY2(again.err.contains(QLatin1StringView("--seed 8 was ignored")),
                 qPrintable(again.err));
        const QList<std::pair<QStringList, QString>> bad{
            {{QStringLiteral("--date"), QStringLiteral("2026-02-30")}, QStringLiteral("--date")},
            {{QStringLiteral("--rate"), QStringLiteral("0")}, QStringLiteral("--rate")},
            {{QStringLiteral("--by"), QStringLiteral("region")}, QStringLiteral("--by")},
            {{QStringLiteral("--seed"), QStringLiteral("x")}, QStringLiteral("--seed")},
            {{QStringLiteral("--colour"), QStringLiteral("red")}, QStringLiteral("--colour")}};
        for (const auto &[extra, named] : bad) {
            QStringList a = args;
            if (extra.first() == QLatin1StringView("--date"))
                a[5] = extra.last();
            else
                a += extra;
            const test::CliRun r = test::runCli(a);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days")), 1);
    }
};

// The daily QA spot check on PostgreSQL: the shared cases (as the installer; the server draws
// each day itself), the same sample and the same first and second inspectors from the same data
// as on SQLite, and the server's guard as real logins with raw SQL: only holders of qa.sample
// draw a day, once; the server never gives a review to the ticket's handler nor a second review
// to the first inspector, and refuses a replacement that is not the next-ranked ticket; staff
// write none of the tables directly and agents read none of them.
#include "qasampletest.h"

using namespace sb;

class TestQaSamplePg final : public QaSampleTest {
    Q_OBJECT

    DatabaseUrl freshDatabase(const QString &name) override { return test::freshPgDatabase(name); }

    // People and tickets, identical on both databases: two inspectors, three agents who handle
    // tickets (and some none), three channels, closing times over the whole day and its edges.
    static void build(Database &db) {
        const qint64 q1 = staff(db, QStringLiteral("qas_same_q1"), QStringLiteral("qa"));
        staff(db, QStringLiteral("qas_same_q2"), QStringLiteral("qa"));
        staff(db, QStringLiteral("qas_same_q3"), QStringLiteral("qa"));
        QList<qint64> agents;
        for (const char *login : {"qas_same_a1", "qas_same_a2", "qas_same_a3"})
            agents.append(staff(db, QString::fromLatin1(login), QStringLiteral("agent")));
        const QStringList channels{QStringLiteral("phone"), QStringLiteral("web"),
                                   QStringLiteral("email")};
        const qint64 start = ms("2026-03-29T00:00:00.000+08:00");
        for (int i = 0; i < 41; ++i) {
            const qint64 t = ticket(db, channels.at(i % 3), i % 4 == 3 ? 0 : agents.at(i % 4));
            const qint64 at = i == 40 ? ms("2026-03-29T23:59:59.999+08:00") : start + i * 1800000;
            event(db, t, at, i % 5 == 0 ? q1 : 0);
        }
        const qint64 late = ticket(db, QStringLiteral("web"), agents.at(0));
        event(db, late, ms("2026-03-30T00:00:00.000+08:00"));
    }

    static bool refused(Database &who, const QString &sql, const QVariantList &values,
                        const QString &because) {
        return test::refusedAs(who, sql, values, because);
    }

private Q_SLOTS:
    void sameSampleOnBothDatabases() {
        auto pg = open(QStringLiteral("qas_same"));
        QVERIFY(pg);
        QString error;
        auto lite = test::openMigrated(sqliteDatabase(QStringLiteral("qas_same")), error);
        QVERIFY2(lite, qPrintable(error));
        build(*pg);
        build(*lite);
        const auto a = draw(*pg, kDay, "0.3", QaStratifyBy::Handler, 77, "0.5");
        const auto b = draw(*lite, kDay, "0.3", QaStratifyBy::Handler, 77, "0.5");
        QVERIFY(a && b);
        QCOMPARE(a->sample.frameSize, 41);
        QCOMPARE(a->sample.strata.size(), 4); // three agents and no handler
        QCOMPARE(a->sample.strata, b->sample.strata);
        QCOMPARE(a->sample.tickets.size(), b->sample.tickets.size());
        QCOMPARE(a->sample.doubleRate, QStringLiteral("0.5"));
        QCOMPARE(a->sample.doubleRate, b->sample.doubleRate);
        qsizetype seconds = 0;
        for (qsizetype i = 0; i < a->sample.tickets.size(); ++i) {
            const QaSampledTicket &x = a->sample.tickets.at(i);
            const QaSampledTicket &y = b->sample.tickets.at(i);
            QCOMPARE(x.ticketId, y.ticketId);
            QCOMPARE(x.stratum, y.stratum);
            QCOMPARE(x.rankHash, y.rankHash);
            QCOMPARE(x.position, y.position);
            QCOMPARE(x.assigneeLogin, y.assigneeLogin);
            QCOMPARE(x.secondAssigneeLogin, y.secondAssigneeLogin);
            if (!x.secondAssigneeLogin.isEmpty())
                ++seconds;
            QCOMPARE(x.serial, y.serial);
        }
        // ceil(0.5 × 13) = 7 tickets with a second inspector (each has a first).
        QCOMPARE(a->sample.tickets.size(), 13);
        QCOMPARE(seconds, 7);
    }

    void serverGuardsTheSample() {
        auto db = open(QStringLiteral("qas_guard"));
        QVERIFY(db);
        const qint64 agentId = staff(*db, QStringLiteral("qasg_agent"), QStringLiteral("agent"));
        const qint64 inspId = staff(*db, QStringLiteral("qasg_insp"), QStringLiteral("qa"));
        const qint64 otherId = staff(*db, QStringLiteral("qasg_other"), QStringLiteral("qa"));
        const QList<qint64> phone = closedOnTheDay(*db, QStringLiteral("phone"), 10);
        closedOnTheDay(*db, QStringLiteral("web"), 10);
        // The next day: six tickets, two of them handled by the other inspector.
        QList<qint64> next;
        for (int i = 0; i < 6; ++i) {
            next.append(ticket(*db, QStringLiteral("web"), i < 2 ? otherId : 0));
            event(*db, next.last(), ms("2026-03-30T10:00:00+08:00") + i);
        }
        auto agent = test::pgLoginFor(*db, QStringLiteral("sb_qas_agent"), agentId,
                                      QStringLiteral("sb_agent"));
        auto insp =
            test::pgLoginFor(*db, QStringLiteral("sb_qas_insp"), inspId, QStringLiteral("sb_qa"));
        QVERIFY(agent && insp);

        // An agent writes nothing and draws nothing, by SQL or through the workstation's code.
        QVERIFY(refused(*agent,
                        QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, "
                                       "time_zone, frame_size, sample_size, drawn_at, drawn_by) "
                                       "VALUES ('2026-03-29', 1, '1', 'none', 'Asia/Shanghai', "
                                       "0, 0, 0, 'x')"),
                        {}, QStringLiteral("permission denied")));
        QVERIFY(refused(*agent,
                        QStringLiteral("SELECT sb_qa_draw_sample('2026-03-29', 1, '0.2', "
                                       "'channel', '0.1')"),
                        {}, QStringLiteral("qa.sample")));
        QaDrawRequest request;
        request.day = kDay;
        request.rate = QStringLiteral("0.2");
        request.stratifyBy = QaStratifyBy::Channel;
        request.seed = 5;
        QaDrawResult result;
        QString error;
        QVERIFY(!QaSampleStore(*agent, m_clock).draw(request, result, error));
        QVERIFY2(error.contains(QLatin1StringView("qa.sample")), qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM qa_sample_days")), 0);

        // The inspector draws through the workstation's code, in their own name.
        QVERIFY2(QaSampleStore(*insp, m_clock).draw(request, result, error), qPrintable(error));
        QVERIFY(result.drawnNow);
        QCOMPARE(result.sample.drawnBy, QStringLiteral("sb_qas_insp"));
        QCOMPARE(result.sample.inSample().size(), 4);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                           "'qa.sample.draw' AND actor = 'sb_qas_insp'")),
                 1);
        QCOMPARE(count(*insp, QStringLiteral("SELECT COUNT(*) FROM qa_sample_tickets")), 4);
        for (const char *table : {"qa_sample_days", "qa_sample_strata", "qa_sample_tickets"})
            QCOMPARE(count(*agent,
                           QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))),
                     0);
        QVERIFY(refused(*insp, QStringLiteral("UPDATE qa_sample_tickets SET assignee_id = NULL"),
                        {}, QStringLiteral("permission denied")));
        QVERIFY(refused(*insp, QStringLiteral("DELETE FROM qa_sample_days"), {},
                        QStringLiteral("permission denied")));

        // A day is stored once, whatever the client sends.
        QVERIFY(refused(*insp,
                        QStringLiteral("SELECT sb_qa_draw_sample('2026-03-29', 6, '0.2', "
                                       "'channel', '0.1')"),
                        {}, QStringLiteral("drawn already")));
        QaDrawResult again;
        request.seed = 6;
        QVERIFY2(QaSampleStore(*insp, m_clock).draw(request, again, error), qPrintable(error));
        QVERIFY(!again.drawnNow && again.seedIgnored);

        // The server draws the whole day itself: never a review for the ticket's handler, a
        // second inspector who is not the first, and rates it checks.
        QVERIFY(refused(*insp,
                        QStringLiteral("SELECT sb_qa_draw_sample('2026-03-30', 9, '1', 'none', "
                                       "'0')"),
                        {}, QStringLiteral("double review rate")));
        QVERIFY2(insp->exec(QStringLiteral("SELECT sb_qa_draw_sample('2026-03-30', 9, '1', "
                                           "'none', '1')"),
                            {}, error),
                 qPrintable(error));
        const QString day2 = QStringLiteral(" FROM qa_sample_tickets WHERE day = '2026-03-30'");
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*)") + day2), 6);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*)") + day2 +
                           QStringLiteral(" AND ticket_id IN (?, ?) AND (assignee_id = ? OR "
                                          "second_assignee_id IS NOT NULL)"),
                       {next.at(0), next.at(1), otherId}),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*)") + day2 +
                                QStringLiteral(" AND second_assignee_id IS NOT NULL AND "
                                               "second_assignee_id <> assignee_id")),
                 4);

        // Replacement: only the next-ranked undrawn ticket of the stratum, with a reason.
        const auto order = ranked(5, phone);
        const QString replace =
            QStringLiteral("SELECT sb_qa_replace_sampled('2026-03-29', ?, ?, NULL, NULL, ?)");
        const QString because = QStringLiteral("test ticket");
        QVERIFY(refused(*insp, replace, {order.at(0).second, order.at(3).second, because},
                        QStringLiteral("next-ranked")));
        QVERIFY(refused(*insp, replace, {order.at(0).second, order.at(2).second, QString()},
                        QStringLiteral("reason")));
        QVERIFY(refused(*agent, replace, {order.at(0).second, order.at(2).second, because},
                        QStringLiteral("qa.review")));
        QaSampledTicket swapped;
        QVERIFY2(QaSampleStore(*insp, m_clock)
                     .replace(kDay, order.at(0).second, because, {}, 0, swapped, error),
                 qPrintable(error));
        QCOMPARE(swapped.ticketId, order.at(2).second);
        QCOMPARE(swapped.addedBy, QStringLiteral("sb_qas_insp"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                           "'qa.sample.replace' AND actor = 'sb_qas_insp'")),
                 1);
        QVERIFY(refused(*insp, replace, {order.at(0).second, order.at(3).second, because},
                        QStringLiteral("not in the QA sample")));
    }
};

QTEST_GUILESS_MAIN(TestQaSamplePg)
#include "moc_qasampletest.cpp"
#include "tst_qa_sample_pg.moc"

// Deadline rules (seeded defaults of docs/spec/DOMAIN.md §2), most-specific matching, due times in
// working or wall-clock time, pauses, and the ok / warning / overdue status.
#include "testsupport.h"
#include "workflow/deadlines.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

qint64 sh(const QString &text) {
    const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    Q_ASSERT(t.isValid());
    return QDateTime(t.date(), t.time(), kShanghai).toMSecsSinceEpoch();
}

QString fmt(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, kShanghai)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QHash<QString, MilestoneDeadline> byMilestone(const QList<MilestoneDeadline> &list) {
    QHash<QString, MilestoneDeadline> out;
    for (const MilestoneDeadline &d : list)
        out.insert(d.milestone, d);
    return out;
}

DeadlineSubject subject(const QString &channel, const QString &received,
                        const QString &tier = QStringLiteral("normal"),
                        const QString &kind = QStringLiteral("complaint")) {
    DeadlineSubject s;
    s.kind = kind;
    s.channel = channel;
    s.category = QStringLiteral("service");
    s.tier = tier;
    s.receivedAt = sh(received);
    return s;
}

BusinessCalendar nationalDay2025() {
    BusinessCalendar c;
    for (int d = 1; d <= 8; ++d)
        c.setDay({QDate(2025, 10, d), CalendarDayKind::Holiday, QStringLiteral("国庆节")});
    c.setDay({QDate(2025, 9, 28), CalendarDayKind::Workday, QStringLiteral("补班")});
    c.setDay({QDate(2025, 10, 11), CalendarDayKind::Workday, QStringLiteral("补班")});
    return c;
}

} // namespace

class TestWorkflowDeadlines : public QObject {
    Q_OBJECT
    QList<DeadlineRule> m_rules;
    BusinessCalendar m_cal = nationalDay2025();

private Q_SLOTS:
    void initTestCase() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(DeadlineRuleStore::load(*db, m_rules, error), qPrintable(error));
        QCOMPARE(m_rules.size(), 10);
    }

    void chatComplaint() {
        const DeadlineSubject s =
            subject(QStringLiteral("chat"), QStringLiteral("2025-09-22 10:00:00"));
        const auto d = byMilestone(computeDeadlines(m_rules, s, m_cal));
        QCOMPARE(QSet<QString>(d.keyBegin(), d.keyEnd()),
                 (QSet<QString>{
                     QStringLiteral("first_response"), QStringLiteral("investigation_started"),
                     QStringLiteral("investigation_done"), QStringLiteral("final_reply")}));
        // The chat rule (channel) beats the complaint rule (kind) for the first response.
        QCOMPARE(fmt(d[QStringLiteral("first_response")].dueAt),
                 QStringLiteral("2025-09-22 10:00:30"));
        QCOMPARE(fmt(d[QStringLiteral("investigation_started")].dueAt),
                 QStringLiteral("2025-09-23 10:00:00"));
        QCOMPARE(fmt(d[QStringLiteral("investigation_done")].dueAt),
                 QStringLiteral("2025-09-25 10:00:00"));
        // 7 working days: 23, 24, 25, 26, Sunday 28 (make-up), 29, 30.
        QCOMPARE(fmt(d[QStringLiteral("final_reply")].dueAt),
                 QStringLiteral("2025-09-30 10:00:00"));

        const MilestoneDeadline fr = d[QStringLiteral("first_response")];
        const auto at = [&](int seconds) {
            return s.receivedAt + seconds * 1000;
        };
        QCOMPARE(deadlineStatus(fr, at(5), m_cal, {}).state, DeadlineState::Ok);
        const DeadlineStatus warn = deadlineStatus(fr, at(25), m_cal, {});
        QCOMPARE(warn.state, DeadlineState::Warning);
        QCOMPARE(warn.remainingMs, 5000);
        const DeadlineStatus late = deadlineStatus(fr, at(31), m_cal, {});
        QCOMPARE(late.state, DeadlineState::Overdue);
        QCOMPARE(late.remainingMs, -1000);

        DeadlineSubject answered = s;
        answered.firstActionAt.insert(QStringLiteral("respond"), at(20));
        const auto met = byMilestone(computeDeadlines(m_rules, answered, m_cal));
        QCOMPARE(deadlineStatus(met[QStringLiteral("first_response")], at(3600), m_cal, {}).state,
                 DeadlineState::Met);
        answered.firstActionAt.insert(QStringLiteral("respond"), at(45));
        const auto metLate = byMilestone(computeDeadlines(m_rules, answered, m_cal));
        QCOMPARE(
            deadlineStatus(metLate[QStringLiteral("first_response")], at(3600), m_cal, {}).state,
            DeadlineState::MetLate);
    }

    void emailAcknowledgedInWorkingHours() {
        // Friday 17:00 + 2 working hours → Sunday 28 September is a make-up day: 10:00 there.
        const DeadlineSubject s =
            subject(QStringLiteral("email"), QStringLiteral("2025-09-26 17:00:00"));
        const auto d = byMilestone(computeDeadlines(m_rules, s, m_cal));
        const MilestoneDeadline ack = d[QStringLiteral("acknowledged")];
        QCOMPARE(fmt(ack.dueAt), QStringLiteral("2025-09-28 10:00:00"));
        QCOMPARE(ack.clock, DeadlineClock::Working);
        // Saturday noon: one working hour left however long the weekend is; lead is 30 min.
        const DeadlineStatus sat =
            deadlineStatus(ack, sh(QStringLiteral("2025-09-27 12:00:00")), m_cal, {});
        QCOMPARE(sat.state, DeadlineState::Ok);
        QCOMPARE(sat.remainingMs, 3'600'000);
        QCOMPARE(deadlineStatus(ack, sh(QStringLiteral("2025-09-28 09:31:00")), m_cal, {}).state,
                 DeadlineState::Warning);
        const DeadlineStatus over =
            deadlineStatus(ack, sh(QStringLiteral("2025-09-29 09:15:00")), m_cal, {});
        QCOMPARE(over.state, DeadlineState::Overdue);
        QCOMPARE(over.remainingMs, -(8 * 3'600'000 + 15 * 60'000)); // rest of Sunday + 15 min
    }

    void complaintOverNationalDay() {
        const DeadlineSubject s =
            subject(QStringLiteral("letter"), QStringLiteral("2025-09-30 15:00:00"));
        const auto d = byMilestone(computeDeadlines(m_rules, s, m_cal));
        QCOMPARE(fmt(d[QStringLiteral("investigation_done")].dueAt),
                 QStringLiteral("2025-10-11 15:00:00"));
        QCOMPARE(fmt(d[QStringLiteral("final_reply")].dueAt),
                 QStringLiteral("2025-10-16 15:00:00"));
        // Wall-clock milestones ignore the holiday.
        QCOMPARE(fmt(d[QStringLiteral("first_response")].dueAt),
                 QStringLiteral("2025-10-02 15:00:00"));
        QVERIFY(!d.contains(QStringLiteral("callback")));
    }

    void pausesFromEvents() {
        DeadlineSubject s =
            subject(QStringLiteral("letter"), QStringLiteral("2025-09-22 10:00:00"));
        // Waiting for the customer Monday 14:00 → Tuesday 11:00 (six working hours).
        const QList<TicketEventTimes> events{
            {sh(QStringLiteral("2025-09-22 11:00:00")), QStringLiteral("accept"),
             QStringLiteral("in_progress")},
            {sh(QStringLiteral("2025-09-22 14:00:00")), QStringLiteral("wait_customer"),
             QStringLiteral("waiting_customer")},
            {sh(QStringLiteral("2025-09-22 16:00:00")), QStringLiteral("urge"),
             QStringLiteral("waiting_customer")},
            {sh(QStringLiteral("2025-09-23 11:00:00")), QStringLiteral("customer_replied"),
             QStringLiteral("in_progress")}};
        applyEvents(s, events, {QStringLiteral("waiting_customer")},
                    sh(QStringLiteral("2025-09-24 09:00:00")));
        QCOMPARE(s.pauses.size(), 1);
        QCOMPARE(fmt(s.pauses.first().from), QStringLiteral("2025-09-22 14:00:00"));
        QCOMPARE(fmt(s.pauses.first().to), QStringLiteral("2025-09-23 11:00:00"));
        QCOMPARE(s.firstActionAt.value(QStringLiteral("accept")),
                 sh(QStringLiteral("2025-09-22 11:00:00")));
        const auto d = byMilestone(computeDeadlines(m_rules, s, m_cal));
        // 3 working days → Thursday 10:00, plus six paused working hours → Thursday 16:00.
        QCOMPARE(fmt(d[QStringLiteral("investigation_done")].dueAt),
                 QStringLiteral("2025-09-25 16:00:00"));
        // 48 wall hours + 21 paused hours.
        QCOMPARE(fmt(d[QStringLiteral("first_response")].dueAt),
                 QStringLiteral("2025-09-25 07:00:00"));
        // investigation_started was met by accept.
        QCOMPARE(deadlineStatus(d[QStringLiteral("investigation_started")], s.receivedAt, m_cal,
                                s.pauses)
                     .state,
                 DeadlineState::Met);

        // A pause still open runs until now: the remaining time stands still.
        DeadlineSubject waiting =
            subject(QStringLiteral("letter"), QStringLiteral("2025-09-22 10:00:00"));
        const QList<TicketEventTimes> open{{sh(QStringLiteral("2025-09-22 10:30:00")),
                                            QStringLiteral("wait_customer"),
                                            QStringLiteral("waiting_customer")}};
        QList<qint64> remaining;
        for (const QString &now :
             {QStringLiteral("2025-09-23 10:00:00"), QStringLiteral("2025-09-26 10:00:00")}) {
            DeadlineSubject w = waiting;
            applyEvents(w, open, {QStringLiteral("waiting_customer")}, sh(now));
            const auto dd = byMilestone(computeDeadlines(m_rules, w, m_cal));
            const DeadlineStatus st =
                deadlineStatus(dd[QStringLiteral("investigation_done")], sh(now), m_cal, w.pauses);
            QCOMPARE(st.state, DeadlineState::Ok);
            remaining.append(st.remainingMs);
        }
        QCOMPARE(remaining.at(0), remaining.at(1));
        QCOMPARE(remaining.at(0), 27 * 3'600'000 - 30 * 60'000);
    }

    void mostSpecificRuleWins() {
        QList<DeadlineRule> rules = m_rules;
        DeadlineRule vip;
        vip.id = 100;
        vip.ticketKind = QStringLiteral("complaint");
        vip.tier = QStringLiteral("vip");
        vip.milestone = QStringLiteral("first_response");
        vip.duration = 4;
        vip.unit = DeadlineUnit::Hour;
        vip.clock = DeadlineClock::Working;
        vip.metBy = {QStringLiteral("respond")};
        rules.append(vip);
        DeadlineRule noCallback;
        noCallback.id = 101;
        noCallback.channel = QStringLiteral("phone");
        noCallback.tier = QStringLiteral("key_account");
        noCallback.milestone = QStringLiteral("callback");
        noCallback.duration = 1;
        noCallback.enabled = false;
        rules.append(noCallback);

        // VIP chat complaint: (kind, tier) is more specific than (channel) → 4 working hours.
        auto d = byMilestone(
            computeDeadlines(rules,
                             subject(QStringLiteral("chat"), QStringLiteral("2025-09-22 16:00:00"),
                                     QStringLiteral("vip")),
                             m_cal));
        QCOMPARE(fmt(d[QStringLiteral("first_response")].dueAt),
                 QStringLiteral("2025-09-23 11:00:00"));
        // Normal chat complaint keeps 30 s.
        d = byMilestone(computeDeadlines(
            rules, subject(QStringLiteral("chat"), QStringLiteral("2025-09-22 16:00:00")), m_cal));
        QCOMPARE(fmt(d[QStringLiteral("first_response")].dueAt),
                 QStringLiteral("2025-09-22 16:00:30"));
        // A disabled most-specific rule switches the milestone off for key accounts only.
        QVERIFY(!byMilestone(computeDeadlines(rules,
                                              subject(QStringLiteral("phone"),
                                                      QStringLiteral("2025-09-22 16:00:00"),
                                                      QStringLiteral("key_account")),
                                              m_cal))
                     .contains(QStringLiteral("callback")));
        QVERIFY(byMilestone(computeDeadlines(rules,
                                             subject(QStringLiteral("phone"),
                                                     QStringLiteral("2025-09-22 16:00:00")),
                                             m_cal))
                    .contains(QStringLiteral("callback")));
    }

    void resultOfSimpleChannelsAnchoredAtResolution() {
        DeadlineSubject s = subject(QStringLiteral("phone"), QStringLiteral("2025-09-22 10:00:00"),
                                    QStringLiteral("normal"), QStringLiteral("suggestion"));
        auto d = byMilestone(computeDeadlines(m_rules, s, m_cal));
        QVERIFY(!d.contains(QStringLiteral("result_sent"))); // not resolved yet
        QVERIFY(!d.contains(QStringLiteral("final_reply"))); // complaint-only rule
        QCOMPARE(fmt(d[QStringLiteral("callback")].dueAt), QStringLiteral("2025-09-23 10:00:00"));
        s.firstActionAt.insert(QStringLiteral("conclude"),
                               sh(QStringLiteral("2025-09-24 17:00:00")));
        d = byMilestone(computeDeadlines(m_rules, s, m_cal));
        QCOMPARE(fmt(d[QStringLiteral("result_sent")].dueAt),
                 QStringLiteral("2025-09-25 17:00:00"));
    }

    void rulesAreEditedWithAudit() {
        QTemporaryDir dir;
        QString error;
        auto db = test::openMigrated(test::sqliteIn(dir), error);
        QVERIFY2(db, qPrintable(error));
        DeadlineRule vip;
        vip.ticketKind = QStringLiteral("complaint");
        vip.tier = QStringLiteral("vip");
        vip.milestone = QStringLiteral("first_response");
        vip.duration = 4;
        vip.unit = DeadlineUnit::Hour;
        vip.clock = DeadlineClock::Working;
        vip.warnLeadSeconds = 1800;
        vip.metBy = {QStringLiteral("respond"), QStringLiteral("reply")};
        QVERIFY2(DeadlineRuleStore::save(*db, vip, QStringLiteral("admin"), 1000, error),
                 qPrintable(error));
        QVERIFY(vip.id > 10);
        vip.duration = 2;
        QVERIFY2(DeadlineRuleStore::save(*db, vip, QStringLiteral("admin"), 2000, error),
                 qPrintable(error));
        QList<DeadlineRule> rules;
        QVERIFY(DeadlineRuleStore::load(*db, rules, error));
        QCOMPARE(rules.size(), 11);
        const auto d = byMilestone(
            computeDeadlines(rules,
                             subject(QStringLiteral("letter"),
                                     QStringLiteral("2025-09-22 17:00:00"), QStringLiteral("vip")),
                             m_cal));
        QCOMPARE(fmt(d[QStringLiteral("first_response")].dueAt),
                 QStringLiteral("2025-09-23 10:00:00"));

        // The same match and milestone twice is refused by the database (unique).
        DeadlineRule dup = vip;
        dup.id = 0;
        QVERIFY(!DeadlineRuleStore::save(*db, dup, QStringLiteral("admin"), 2500, error));
        // Bad fields are named.
        DeadlineRule bad = vip;
        bad.channel = QStringLiteral("Fax Machine");
        QVERIFY(!DeadlineRuleStore::save(*db, bad, QStringLiteral("admin"), 3000, error));
        QVERIFY2(error.contains(QStringLiteral("field channel")), qPrintable(error));
        bad = vip;
        bad.warnLeadSeconds = 3 * 3600;
        QVERIFY(!DeadlineRuleStore::save(*db, bad, QStringLiteral("admin"), 3000, error));
        QVERIFY2(error.contains(QStringLiteral("warn_lead")), qPrintable(error));
        bad = vip;
        bad.metBy.clear();
        QVERIFY(!DeadlineRuleStore::save(*db, bad, QStringLiteral("admin"), 3000, error));
        QVERIFY2(error.contains(QStringLiteral("met_by")), qPrintable(error));

        QVERIFY2(DeadlineRuleStore::remove(*db, vip.id, QStringLiteral("admin"), 4000, error),
                 qPrintable(error));
        QVERIFY(!DeadlineRuleStore::remove(*db, vip.id, QStringLiteral("admin"), 5000, error));
        QVERIFY(DeadlineRuleStore::load(*db, rules, error));
        QCOMPARE(rules.size(), 10);
        QSqlQuery q;
        QVERIFY(db->exec(
            q, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'deadline_rule'"), {},
            error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3); // two saves and one removal; refusals leave nothing
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDeadlines)
#include "tst_workflow_deadlines.moc"

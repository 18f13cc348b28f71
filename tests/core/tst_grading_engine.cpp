// Incident engine: burst opening per class and tier, window edges (half-open on the left),
// ties, grade from the higher tier and only rising, quiet close including the exact
// boundary, affected-share opening, tier folding (key account = VIP, distributor = normal).
#include "grading/engine.h"
#include "grading/ruleset.h"

#include <QTest>

using namespace sb;

namespace {
constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 T0 = 1772330400000; // 2026-03-01T02:00:00Z

int type(const char16_t *key) {
    return RuleSet::typeIndex(QStringView(key));
}

struct Harness {
    RuleSet rules = RuleSet::defaults();
    std::vector<IncidentEvent> events;
    IncidentEngine engine;
    explicit Harness(IncidentEngine::QuietClose q = IncidentEngine::QuietClose::On)
        : engine(
              rules, [this](const IncidentEvent &e) { events.push_back(e); }, q) {}
    void add(qint64 at, int t, Tier tier = Tier::Normal, qint32 tag = 0) {
        engine.addComplaint(at, t, gradingTier(tier), tag);
    }
};
} // namespace

class TestGradingEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // For every type, tier and count around the boundaries: n complaints within a minute
    // open an incident exactly when n reaches the class's burst threshold, and the grade
    // is the table grade of n (at least general).
    void burstAndGrade_data() {
        QTest::addColumn<int>("t");
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("n");
        for (int t = 0; t < problemTypes().size(); ++t) {
            for (const int tier : {0, 1}) {
                for (const int n : {1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 20, 21, 22, 50, 51, 52}) {
                    QTest::addRow("%s/%s/%d", qPrintable(problemTypes().at(t).key),
                                  tier ? "vip" : "normal", n)
                        << t << tier << n;
                }
            }
        }
    }
    void burstAndGrade() {
        QFETCH(int, t);
        QFETCH(int, tier);
        QFETCH(int, n);
        Harness h;
        const auto gt = static_cast<GradingTier>(tier);
        for (int i = 0; i < n; ++i)
            h.engine.addComplaint(T0 + i * 1000, t, gt);
        const int threshold = h.rules.burstThreshold(t, gt);
        QCOMPARE(h.engine.isOpen(t), n >= threshold);
        if (n < threshold) {
            QVERIFY(h.events.empty());
            return;
        }
        const IncidentEvent &opened = h.events.front();
        QCOMPARE(opened.kind, IncidentEventKind::Opened);
        QCOMPARE(opened.atMs, T0 + (threshold - 1) * 1000);
        QCOMPARE(opened.trigger,
                 gt == GradingTier::Vip ? IncidentTrigger::BurstVip : IncidentTrigger::BurstNormal);
        const int expected = std::max(0, h.rules.tableGrade(t, gt, n));
        QCOMPARE(int(h.engine.grade(t)), expected);
        // Every later event is a rise by one step or more, never a fall.
        Grade last = opened.grade;
        for (std::size_t i = 1; i < h.events.size(); ++i) {
            QCOMPARE(h.events[i].kind, IncidentEventKind::Regraded);
            QCOMPARE(h.events[i].from, last);
            QVERIFY(h.events[i].grade > last);
            last = h.events[i].grade;
        }
    }

    void burstWindowIsHalfOpen() {
        const int login = type(u"login_failure");
        {
            Harness h;
            h.add(T0, login);
            for (int i = 0; i < 4; ++i)
                h.add(T0 + 30 * kMin, login); // T0 is exactly 30 min back: outside
            QVERIFY(h.events.empty());
            QCOMPARE(h.engine.counts(login, T0 + 30 * kMin).normal30, 4);
        }
        {
            Harness h;
            h.add(T0, login);
            for (int i = 0; i < 4; ++i)
                h.add(T0 + 30 * kMin - 1, login); // one millisecond inside
            QCOMPARE(h.events.size(), 1u);
            QCOMPARE(h.events[0].counts, (WindowCounts{5, 0, 5, 0}));
        }
    }

    void gradingWindowIsHalfOpen() {
        const int pay = type(u"payment_failure");
        Harness h;
        // 5 at T0 open general; 6 more just before T0+60min would make 11 (serious) —
        // but at exactly T0+60min the first 5 have left the grading window.
        for (int i = 0; i < 5; ++i)
            h.add(T0, pay);
        QCOMPARE(h.events.size(), 1u);
        QCOMPARE(h.events[0].grade, Grade::General);
        for (int i = 0; i < 6; ++i)
            h.add(T0 + 60 * kMin, pay);
        QCOMPARE(h.events.size(), 1u);
        QCOMPARE(h.engine.counts(pay, T0 + 60 * kMin), (WindowCounts{6, 0, 6, 0}));

        Harness h2;
        for (int i = 0; i < 5; ++i)
            h2.add(T0, pay);
        for (int i = 0; i < 6; ++i)
            h2.add(T0 + 60 * kMin - 1, pay);
        QCOMPARE(h2.events.size(), 2u);
        QCOMPARE(h2.events[1].kind, IncidentEventKind::Regraded);
        QCOMPARE(h2.events[1].grade, Grade::Serious);
        QCOMPARE(h2.events[1].counts, (WindowCounts{6, 0, 11, 0}));
    }

    void tiesAllCountAndFirstTieOpens() {
        const int mix = type(u"account_mixup");
        Harness h;
        h.add(T0, mix, Tier::Normal, 111);
        h.add(T0, mix, Tier::Normal, 222);
        QCOMPARE(h.events.size(), 1u);
        QCOMPARE(h.events[0].offsetTag, 111); // the complaint that reached the threshold
        QCOMPARE(h.events[0].counts.normal30, 1);
        QCOMPARE(h.engine.counts(mix, T0).normal30, 2);
    }

    void tiersCountSeparatelyHigherWins() {
        const int login = type(u"login_failure");
        Harness h;
        // 4 normal (below 5) + 3 VIP (VIP threshold 3) -> opens by burst:vip, serious (VIP 3–5).
        for (int i = 0; i < 4; ++i)
            h.add(T0 + i, login, Tier::Normal);
        QVERIFY(h.events.empty());
        h.add(T0 + 10, login, Tier::KeyAccount);
        h.add(T0 + 11, login, Tier::Vip);
        h.add(T0 + 12, login, Tier::KeyAccount);
        QCOMPARE(h.events.size(), 1u);
        QCOMPARE(h.events[0].trigger, IncidentTrigger::BurstVip);
        QCOMPARE(h.events[0].grade, Grade::Serious);
        QCOMPARE(h.events[0].counts, (WindowCounts{4, 3, 4, 3}));
        // Distributors count as normal: 7 more normal-tier -> 11 normal -> urgent (>10).
        for (int i = 0; i < 7; ++i)
            h.add(T0 + 20 + i, login, Tier::Distributor);
        QCOMPARE(h.events.back().kind, IncidentEventKind::Regraded);
        QCOMPARE(h.events.back().grade, Grade::Urgent);
        QCOMPARE(h.events.back().counts, (WindowCounts{11, 3, 11, 3}));
    }

    void gradeNeverFalls() {
        const int pay = type(u"payment_failure");
        Harness h;
        for (int i = 0; i < 21; ++i)
            h.add(T0 + i * 1000, pay);
        QCOMPARE(h.engine.grade(pay), Grade::Urgent);
        // Two hours later the window holds one complaint; the grade stays urgent.
        h.add(T0 + 2 * kHour, pay);
        QCOMPARE(h.engine.grade(pay), Grade::Urgent);
        QCOMPARE(h.events.size(), 3u); // opened general, serious, urgent
    }

    void quietClose() {
        const int theft = type(u"account_theft");
        Harness h;
        h.add(T0, theft, Tier::Normal, 8 * 3600);
        h.add(T0 + kHour, theft, Tier::Normal, -5 * 3600);
        QCOMPARE(h.events.size(), 1u);
        // One millisecond before last + 6 h: still open.
        h.add(T0 + 7 * kHour - 1, type(u"other"));
        QVERIFY(h.engine.isOpen(theft));
        // At exactly last + 6 h the incident is already closed; the complaint there opens a
        // new one from nothing.
        h.add(T0 + 7 * kHour, theft, Tier::Normal, 0);
        QCOMPARE(h.events.size(), 3u);
        QCOMPARE(h.events[1].kind, IncidentEventKind::Closed);
        QCOMPARE(h.events[1].atMs, T0 + 7 * kHour);
        QCOMPARE(h.events[1].offsetTag, -5 * 3600); // offset of the last complaint
        QCOMPARE(h.events[1].grade, Grade::Urgent);
        QCOMPARE(h.events[1].counts, (WindowCounts{}));
        QCOMPARE(h.events[2].kind, IncidentEventKind::Opened);
        QCOMPARE(h.events[2].counts, (WindowCounts{1, 0, 1, 0}));
        QVERIFY(h.engine.isOpen(theft));
    }

    void quietCloseOrderAcrossTypes() {
        Harness h;
        const int a = type(u"account_theft"), b = type(u"data_exposure");
        h.add(T0, b);
        h.add(T0 + 1000, a);
        h.add(T0 + 10 * kHour, type(u"other"));
        QCOMPARE(h.events.size(), 4u);
        QCOMPARE(h.events[2].problemType, b);
        QCOMPARE(h.events[2].atMs, T0 + 6 * kHour);
        QCOMPARE(h.events[3].problemType, a);
        QCOMPARE(h.events[3].atMs, T0 + 6 * kHour + 1000);
        h.engine.advanceTo(T0 + 100 * kHour);
        QCOMPARE(h.events.size(), 4u);
    }

    void liveModeHasNoQuietClose() {
        Harness h(IncidentEngine::QuietClose::Off);
        const int theft = type(u"account_theft");
        h.add(T0, theft);
        h.add(T0 + 100 * kHour, type(u"other"));
        QVERIFY(h.engine.isOpen(theft));
        h.engine.resolve(T0 + 101 * kHour, theft, 7);
        QCOMPARE(h.events.back().kind, IncidentEventKind::Closed);
        QCOMPARE(h.events.back().offsetTag, 7);
        QVERIFY(!h.engine.isOpen(theft));
    }

    void affectedShare() {
        Harness h;
        const int login = type(u"login_failure"), reward = type(u"campaign_reward");
        h.engine.addAffectedShare(T0, login, 0.0099);
        QVERIFY(h.events.empty());
        h.engine.addAffectedShare(T0, reward, 0.5); // not a core experience
        QVERIFY(h.events.empty());
        h.add(T0 + 1, login);
        h.engine.addAffectedShare(T0 + 2, login, 0.01);
        QCOMPARE(h.events.size(), 1u);
        QCOMPARE(h.events[0].trigger, IncidentTrigger::AffectedShare);
        QCOMPARE(h.events[0].grade, Grade::General);
        QCOMPARE(h.events[0].counts, (WindowCounts{1, 0, 1, 0}));
        // Later complaints regrade as usual; a second sample changes nothing.
        for (int i = 0; i < 4; ++i)
            h.add(T0 + 10 + i, login);
        QCOMPARE(h.events.back().grade, Grade::Serious);
        h.engine.addAffectedShare(T0 + 20, login, 0.5);
        QCOMPARE(h.events.size(), 2u);
        // Quiet close counts from the last complaint.
        h.add(T0 + 6 * kHour + 13, type(u"other"));
        QCOMPARE(h.events.back().kind, IncidentEventKind::Closed);
        QCOMPARE(h.events.back().atMs, T0 + 13 + 6 * kHour);
    }

    void shareOpenedIncidentClosesSixHoursAfterOpening() {
        Harness h;
        const int login = type(u"login_failure");
        h.add(T0, login);
        h.engine.addAffectedShare(T0 + kHour, login, 0.02, 99);
        h.engine.advanceTo(T0 + 7 * kHour);
        QCOMPARE(h.events.size(), 2u);
        QCOMPARE(h.events[1].kind, IncidentEventKind::Closed);
        QCOMPARE(h.events[1].atMs, T0 + 7 * kHour);
        QCOMPARE(h.events[1].offsetTag, 99);
    }

    void bigBurstGrowsBuffers() {
        Harness h;
        const int pay = type(u"payment_failure");
        for (int i = 0; i < 100000; ++i)
            h.add(T0 + i, pay);
        QCOMPARE(h.engine.counts(pay, T0 + 100000).normal60, 100000);
        QCOMPARE(h.engine.grade(pay), Grade::Major);
        QCOMPARE(h.engine.counts(pay, T0 + kHour + 50000).normal60, 49999);
    }

    void ownerAndWarning() {
        QCOMPARE(ownerRoleKey(Grade::General), QStringLiteral("team_lead"));
        QCOMPARE(ownerRoleKey(Grade::Serious), QStringLiteral("supervisor"));
        QCOMPARE(ownerRoleKey(Grade::Urgent), QStringLiteral("service_manager"));
        QCOMPARE(ownerRoleKey(Grade::Major), QStringLiteral("service_manager"));
        QCOMPARE(warningColourKey(Grade::Major), QStringLiteral("black"));
    }
};

QTEST_GUILESS_MAIN(TestGradingEngine)
#include "tst_grading_engine.moc"

// The data-driven lifecycle as shipped in migration 003: allowed actions and validation.
#include "testsupport.h"
#include "workflow/workflow.h"

#include <QLocale>
#include <QTest>

using namespace sb;

namespace {

QStringList keys(const QList<WorkflowAction> &actions) {
    QStringList out;
    for (const WorkflowAction &a : actions)
        out.append(a.key);
    return out;
}

TicketSnapshot ticketIn(const QString &state, int tier = 1,
                        const QString &kind = QStringLiteral("complaint")) {
    TicketSnapshot t;
    t.id = 1;
    t.kind = kind;
    t.state = state;
    t.supportTier = tier;
    t.version = 1;
    return t;
}

ActionRequest req(const QString &action, const QJsonObject &fields = {}) {
    return {action, fields, {}};
}

} // namespace

class TestWorkflowRules : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Workflow m_wf;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = test::openMigrated(test::sqliteIn(m_dir), error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(m_wf.load(*m_db, error), qPrintable(error));
    }

    void statesLoaded() {
        QCOMPARE(m_wf.states(QStringLiteral("complaint")).size(), 10);
        QCOMPARE(m_wf.states(QStringLiteral("suggestion")).size(), 4);
        QCOMPARE(m_wf.initialState(QStringLiteral("complaint"), QStringLiteral("new"))->key,
                 QStringLiteral("registered"));
        QCOMPARE(m_wf.initialState(QStringLiteral("complaint"), QStringLiteral("appeal"))->key,
                 QStringLiteral("appeal_registered"));
        QCOMPARE(m_wf.finalStateKeys(), QStringList{QStringLiteral("closed")});
        QCOMPARE(m_wf.pausingStateKeys(QStringLiteral("complaint")),
                 QSet<QString>{QStringLiteral("waiting_customer")});
        QCOMPARE(m_wf.maxSupportTier(), 3);
        QCOMPARE(m_wf.state(QStringLiteral("complaint"), QStringLiteral("dispatched"))->nameZh,
                 QStringLiteral("已派单"));
    }

    void allowedActionsDependOnStateAndPermissions() {
        const QString c = QStringLiteral("complaint");
        QCOMPARE(keys(m_wf.allowedActions(c, QStringLiteral("registered"),
                                          {QStringLiteral("tickets.review")})),
                 (QStringList{QStringLiteral("review_valid"), QStringLiteral("review_invalid")}));
        QCOMPARE(keys(m_wf.allowedActions(c, QStringLiteral("registered"),
                                          {QStringLiteral("tickets.handle")})),
                 QStringList{QStringLiteral("respond")});
        QVERIFY(m_wf.allowedActions(c, QStringLiteral("registered"), {}).isEmpty());
        QCOMPARE(keys(m_wf.allowedActions(
                     c, QStringLiteral("in_progress"),
                     {QStringLiteral("tickets.handle"), QStringLiteral("tickets.reply")})),
                 (QStringList{QStringLiteral("record"), QStringLiteral("conclude"),
                              QStringLiteral("overdue_reason"), QStringLiteral("wait_customer"),
                              QStringLiteral("respond"), QStringLiteral("reply")}));
        // The super role and the parent permission "tickets" hold every ticket action.
        const QStringList all =
            keys(m_wf.allowedActions(c, QStringLiteral("in_progress"), {QStringLiteral("*")}));
        QVERIFY(all.contains(QStringLiteral("escalate")) && all.contains(QStringLiteral("urge")));
        QCOMPARE(keys(m_wf.allowedActions(c, QStringLiteral("in_progress"),
                                          {QStringLiteral("tickets")})),
                 all);
        QVERIFY(m_wf.allowedActions(c, QStringLiteral("closed"), {QStringLiteral("*")}).size() ==
                1);
        QCOMPARE(keys(m_wf.allowedActions(QStringLiteral("suggestion"),
                                          QStringLiteral("registered"), {QStringLiteral("*")})),
                 (QStringList{QStringLiteral("review_invalid"), QStringLiteral("dispatch"),
                              QStringLiteral("respond")}));
    }

    void validateRefusals_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("tier");
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("inMessage");
        using C = ValidationResult::Code;
        const QStringList all{QStringLiteral("*")};
        QTest::newRow("unknown action") << "registered" << 1 << all << "teleport" << QJsonObject{}
                                        << int(C::UnknownAction) << ""
                                        << "teleport";
        QTest::newRow("dispatch before review")
            << "registered" << 1 << all << "dispatch"
            << QJsonObject{{QStringLiteral("dispatch_opinion"), QStringLiteral("x")},
                           {QStringLiteral("department"), QStringLiteral("billing")}}
            << int(C::WrongState) << ""
            << "Reviewed or Appeal verified";
        QTest::newRow("reply while dispatched")
            << "dispatched" << 1 << all << "reply" << QJsonObject{} << int(C::WrongState) << ""
            << "Dispatched";
        QTest::newRow("no permission")
            << "registered" << 1 << QStringList{QStringLiteral("tickets.handle")} << "review_valid"
            << QJsonObject{} << int(C::MissingPermission) << ""
            << "tickets.review";
        QTest::newRow("invalid without reason") << "registered" << 1 << all << "review_invalid"
                                                << QJsonObject{} << int(C::MissingField) << "reason"
                                                << "reason";
        QTest::newRow("blank reason")
            << "registered" << 1 << all << "review_invalid"
            << QJsonObject{{QStringLiteral("reason"), QStringLiteral("  ")}} << int(C::MissingField)
            << "reason"
            << "reason";
        QTest::newRow("dispatch without department")
            << "reviewed" << 1 << all << "dispatch"
            << QJsonObject{{QStringLiteral("dispatch_opinion"), QStringLiteral("please")}}
            << int(C::MissingField) << "department"
            << "department";
        QTest::newRow("dispatch to tier 4")
            << "reviewed" << 1 << all << "dispatch"
            << QJsonObject{{QStringLiteral("dispatch_opinion"), QStringLiteral("please")},
                           {QStringLiteral("department"), QStringLiteral("net")},
                           {QStringLiteral("support_tier"), 4}}
            << int(C::InvalidField) << "support_tier"
            << "between 1 and 3";
        QTest::newRow("satisfaction not a level")
            << "replied" << 1 << all << "revisit"
            << QJsonObject{{QStringLiteral("satisfaction"), QStringLiteral("thrilled")},
                           {QStringLiteral("score"), 5}}
            << int(C::InvalidField) << "satisfaction"
            << "very_satisfied";
        QTest::newRow("score 6") << "replied" << 1 << all << "revisit"
                                 << QJsonObject{{QStringLiteral("satisfaction"),
                                                 QStringLiteral("satisfied")},
                                                {QStringLiteral("score"), 6}}
                                 << int(C::InvalidField) << "score"
                                 << "between 1 and 5";
        QTest::newRow("score not a number")
            << "replied" << 1 << all << "revisit"
            << QJsonObject{{QStringLiteral("satisfaction"), QStringLiteral("satisfied")},
                           {QStringLiteral("score"), QStringLiteral("four")}}
            << int(C::InvalidField) << "score"
            << "whole number";
        QTest::newRow("escalate above tier 3")
            << "in_progress" << 3 << all << "escalate"
            << QJsonObject{{QStringLiteral("reason"), QStringLiteral("needs experts")}}
            << int(C::TierLimit) << ""
            << "tier 3";
        QTest::newRow("unsatisfied close without reason")
            << "revisited" << 1 << all << "close_unsatisfied" << QJsonObject{}
            << int(C::MissingField) << "reason"
            << "reason";
        QTest::newRow("appeal of an open ticket")
            << "in_progress" << 1 << all << "appeal"
            << QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad")}} << int(C::WrongState)
            << ""
            << "Closed";
    }

    void validateRefusals() {
        QFETCH(QString, state);
        QFETCH(int, tier);
        QFETCH(QStringList, permissions);
        QFETCH(QString, action);
        QFETCH(QJsonObject, fields);
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(QString, inMessage);
        const ValidationResult r = m_wf.validate(
            ticketIn(state, tier), WorkflowPermissions(permissions.cbegin(), permissions.cend()),
            req(action, fields));
        QCOMPARE(int(r.code), code);
        QCOMPARE(r.field, field);
        QVERIFY2(r.message.contains(inMessage), qPrintable(r.message));
    }

    void chineseNamesInMessages() {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const ValidationResult r =
            m_wf.validate(ticketIn(QStringLiteral("registered")), {QStringLiteral("*")},
                          req(QStringLiteral("reply")));
        QLocale::setDefault(QLocale::c());
        QVERIFY2(r.message.contains(QStringLiteral("已受理")) &&
                     r.message.contains(QStringLiteral("处理中")) &&
                     r.message.contains(QStringLiteral("回复")),
                 qPrintable(r.message));
    }

    void validateAccepts() {
        const WorkflowPermissions all{QStringLiteral("*")};
        QVERIFY(m_wf.validate(ticketIn(QStringLiteral("in_progress"), 2), all,
                              req(QStringLiteral("escalate"),
                                  {{QStringLiteral("reason"), QStringLiteral("complex")}}))
                    .ok());
        QVERIFY(m_wf.validate(ticketIn(QStringLiteral("replied")), all,
                              req(QStringLiteral("revisit"),
                                  {{QStringLiteral("satisfaction"), QStringLiteral("neutral")},
                                   {QStringLiteral("score"), QStringLiteral("3")}}))
                    .ok());
        QVERIFY(m_wf.validate(ticketIn(QStringLiteral("in_progress")),
                              {QStringLiteral("tickets.urge")}, req(QStringLiteral("urge")))
                    .ok());
        // Escalation may be refused above a lower limit when the setting says so.
        Workflow two = m_wf;
        two.setMaxSupportTier(2);
        QCOMPARE(two.validate(ticketIn(QStringLiteral("in_progress"), 2), all,
                              req(QStringLiteral("escalate"),
                                  {{QStringLiteral("reason"), QStringLiteral("complex")}}))
                     .code,
                 ValidationResult::Code::TierLimit);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRules)
#include "tst_workflow_rules.moc"

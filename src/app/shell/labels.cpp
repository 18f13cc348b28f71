#include "shell/labels.h"

#include <QHash>

namespace sb::app {

namespace {
QString lookup(const QHash<QString, QString> &table, const QString &key) {
    const auto it = table.constFind(key);
    return it == table.cend() ? key : *it;
}
} // namespace

QString Labels::channel(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("chat"), tr("Online chat")},
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("social"), tr("Social media")},
        {QStringLiteral("letter"), tr("Letter")},
        {QStringLiteral("walk_in"), tr("Walk-in")},
        {QStringLiteral("hotline"), tr("Supervision hotline")},
        {QStringLiteral("media"), tr("Media")},
        {QStringLiteral("consumer_association"), tr("Consumer association")},
        {QStringLiteral("headquarters"), tr("Headquarters")},
        {QStringLiteral("transfer"), tr("Transfer from another province/city")},
        {QStringLiteral("other"), tr("Other")},
    };
    return lookup(t, key);
}

QString Labels::tier(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("normal"), tr("Normal")},
        {QStringLiteral("vip"), tr("VIP")},
        {QStringLiteral("key_account"), tr("Key account")},
        {QStringLiteral("distributor"), tr("Agent/distributor")},
    };
    return lookup(t, key);
}

QString Labels::problemType(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("account_mixup"), tr("Account mix-up")},
        {QStringLiteral("account_theft"), tr("Account theft / phishing")},
        {QStringLiteral("data_exposure"), tr("Personal data exposed")},
        {QStringLiteral("reputation"), tr("Reputation damage")},
        {QStringLiteral("hacker_outage"), tr("Hacker attack outage")},
        {QStringLiteral("purchase_funds"), tr("Purchase anomaly (funds)")},
        {QStringLiteral("login_failure"), tr("Login failure")},
        {QStringLiteral("order_failure"), tr("Order/betting failure")},
        {QStringLiteral("campaign_reward"), tr("Campaign reward not received")},
        {QStringLiteral("payment_failure"), tr("Payment failure")},
        {QStringLiteral("site_unreachable"), tr("Site unreachable")},
        {QStringLiteral("payout_delay"), tr("Payout delayed")},
        {QStringLiteral("login_page_fault"), tr("Login page fault")},
        {QStringLiteral("product_fault"), tr("Product fault")},
        {QStringLiteral("client_fault"), tr("Client software fault")},
        {QStringLiteral("other"), tr("Other")},
    };
    return lookup(t, key);
}

QString Labels::problemClass(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("security"), tr("Security-sensitive")},
        {QStringLiteral("key"), tr("Key problem")},
        {QStringLiteral("routine"), tr("Routine problem")},
    };
    return lookup(t, key);
}

QString Labels::queue(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("mine"), tr("My work")},
        {QStringLiteral("team"), tr("My team")},
        {QStringLiteral("due_soon"), tr("Due soon")},
        {QStringLiteral("overdue"), tr("Overdue")},
        {QStringLiteral("green"), tr("Green channel")},
        {QStringLiteral("appeals"), tr("Appeals")},
        {QStringLiteral("unassigned"), tr("Unassigned")},
        {QStringLiteral("all"), tr("All")},
    };
    return lookup(t, key);
}

QString Labels::satisfaction(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("very_satisfied"), tr("Very satisfied")},
        {QStringLiteral("satisfied"), tr("Satisfied")},
        {QStringLiteral("neutral"), tr("Neutral")},
        {QStringLiteral("unsatisfied"), tr("Unsatisfied")},
        {QStringLiteral("very_unsatisfied"), tr("Very unsatisfied")},
    };
    return lookup(t, key);
}

QString Labels::validity(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("valid"), tr("Valid")},
        {QStringLiteral("invalid"), tr("Invalid")},
    };
    return lookup(t, key);
}

QString Labels::staffStatus(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("active"), tr("Active")},
        {QStringLiteral("disabled"), tr("Disabled")},
        {QStringLiteral("expired"), tr("Expired")},
        {QStringLiteral("left"), tr("Left")},
    };
    return lookup(t, key);
}

QString Labels::gender(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("female"), tr("Female")}, {QStringLiteral("F"), tr("Female")},
        {QStringLiteral("male"), tr("Male")},     {QStringLiteral("M"), tr("Male")},
        {QStringLiteral("other"), tr("Other")},
    };
    return lookup(t, key);
}

QString Labels::choice(const QString &field, const QString &key) {
    if (field == QLatin1StringView("channel"))
        return channel(key);
    if (field == QLatin1StringView("satisfaction"))
        return satisfaction(key);
    if (field == QLatin1StringView("validity"))
        return validity(key);
    return key;
}

QString Labels::field(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("dispatch_opinion"), tr("Dispatch opinion")},
        {QStringLiteral("department"), tr("Department")},
        {QStringLiteral("team_id"), tr("Team")},
        {QStringLiteral("handler_id"), tr("Handler")},
        {QStringLiteral("support_tier"), tr("Support tier")},
        {QStringLiteral("reason"), tr("Reason")},
        {QStringLiteral("opinion"), tr("Opinion")},
        {QStringLiteral("findings"), tr("Findings")},
        {QStringLiteral("message"), tr("Message")},
        {QStringLiteral("problem_summary"), tr("Problem summary")},
        {QStringLiteral("solution"), tr("Solution")},
        {QStringLiteral("follow_up"), tr("Follow-up")},
        {QStringLiteral("service_staff"), tr("Service staff")},
        {QStringLiteral("service_time"), tr("Service time")},
        {QStringLiteral("satisfaction"), tr("Satisfaction")},
        {QStringLiteral("score"), tr("Score")},
        {QStringLiteral("channel"), tr("Channel")},
        {QStringLiteral("skip_level"), tr("Skip level")},
        {QStringLiteral("reply"), tr("Reply")},
        {QStringLiteral("priority"), tr("Priority")},
        {QStringLiteral("green_channel"), tr("Green channel")},
        {QStringLiteral("milestone"), tr("Milestone")},
        {QStringLiteral("due_at"), tr("Due at")},
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("automatic"), tr("Automatic")},
        {QStringLiteral("appeal_of"), tr("Appeal of")},
        {QStringLiteral("appeal_ticket"), tr("Appeal ticket")},
        {QStringLiteral("article_id"), tr("Article")},
    };
    const auto it = t.find(key);
    if (it != t.end())
        return it.value();
    QString s = key;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (s.endsWith(QLatin1String(" id")))
        s.chop(3);
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString Labels::milestone(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("first_response"), tr("First response")},
        {QStringLiteral("acknowledged"), tr("Acknowledged")},
        {QStringLiteral("callback"), tr("Call back")},
        {QStringLiteral("investigation_started"), tr("Investigation started")},
        {QStringLiteral("investigation_done"), tr("Investigation done")},
        {QStringLiteral("final_reply"), tr("Final reply")},
        {QStringLiteral("result_sent"), tr("Result sent")},
    };
    return lookup(t, key);
}

QString Labels::state(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("registered"), tr("Registered")},
        {QStringLiteral("reviewed"), tr("Reviewed")},
        {QStringLiteral("dispatched"), tr("Dispatched")},
        {QStringLiteral("in_progress"), tr("In progress")},
        {QStringLiteral("replied"), tr("Replied")},
        {QStringLiteral("revisited"), tr("Revisited")},
        {QStringLiteral("closed"), tr("Closed")},
        {QStringLiteral("open"), tr("Open")},
        {QStringLiteral("resolved"), tr("Resolved")},
    };
    return lookup(t, key);
}

QString Labels::grade(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("general"), tr("General")},
        {QStringLiteral("serious"), tr("Serious")},
        {QStringLiteral("urgent"), tr("Urgent")},
        {QStringLiteral("major"), tr("Major")},
    };
    return lookup(t, key);
}

QString Labels::role(const QString &key) {
    static const QHash<QString, QString> t{
        {QStringLiteral("agent"), tr("Agent")},
        {QStringLiteral("tier2"), tr("Technical support")},
        {QStringLiteral("tier3"), tr("Expert")},
        {QStringLiteral("team_lead"), tr("Team lead")},
        {QStringLiteral("supervisor"), tr("Supervisor")},
        {QStringLiteral("service_manager"), tr("Service manager")},
        {QStringLiteral("coordinator"), tr("Coordinator")},
        {QStringLiteral("relationship_manager"), tr("Relationship manager")},
        {QStringLiteral("qa"), tr("QA inspector")},
        {QStringLiteral("manager"), tr("Manager")},
        {QStringLiteral("admin"), tr("Administrator")},
    };
    return lookup(t, key);
}

} // namespace sb::app

#include "domain/labels.h"

#include <QHash>

namespace sb {

// The tables hold source texts: each lookup translates them in the language asked for (by
// default the interface's translators), so the report runner labels each schedule's documents
// in the schedule's language without touching the interface's.
QString Labels::lookup(const Table &table, const QString &key, const Translation &language) {
    const auto it = table.constFind(key);
    return it == table.cend() ? key : language.text("Labels", *it);
}

QString Labels::channel(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("chat"), QT_TR_NOOP("Online chat")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("social"), QT_TR_NOOP("Social media")},
        {QStringLiteral("letter"), QT_TR_NOOP("Letter")},
        {QStringLiteral("walk_in"), QT_TR_NOOP("Walk-in")},
        {QStringLiteral("hotline"), QT_TR_NOOP("Supervision hotline")},
        {QStringLiteral("media"), QT_TR_NOOP("Media")},
        {QStringLiteral("consumer_association"), QT_TR_NOOP("Consumer association")},
        {QStringLiteral("headquarters"), QT_TR_NOOP("Headquarters")},
        {QStringLiteral("transfer"), QT_TR_NOOP("Transfer from another province/city")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    return lookup(t, key, language);
}

QString Labels::tier(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("normal"), QT_TR_NOOP("Normal")},
        {QStringLiteral("vip"), QT_TR_NOOP("VIP")},
        {QStringLiteral("key_account"), QT_TR_NOOP("Key account")},
        {QStringLiteral("distributor"), QT_TR_NOOP("Agent/distributor")},
    };
    return lookup(t, key, language);
}

QString Labels::problemType(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("account_mixup"), QT_TR_NOOP("Account mix-up")},
        {QStringLiteral("account_theft"), QT_TR_NOOP("Account theft / phishing")},
        {QStringLiteral("data_exposure"), QT_TR_NOOP("Personal data exposed")},
        {QStringLiteral("reputation"), QT_TR_NOOP("Reputation damage")},
        {QStringLiteral("hacker_outage"), QT_TR_NOOP("Hacker attack outage")},
        {QStringLiteral("purchase_funds"), QT_TR_NOOP("Purchase anomaly (funds)")},
        {QStringLiteral("login_failure"), QT_TR_NOOP("Login failure")},
        {QStringLiteral("order_failure"), QT_TR_NOOP("Order/betting failure")},
        {QStringLiteral("campaign_reward"), QT_TR_NOOP("Campaign reward not received")},
        {QStringLiteral("payment_failure"), QT_TR_NOOP("Payment failure")},
        {QStringLiteral("site_unreachable"), QT_TR_NOOP("Site unreachable")},
        {QStringLiteral("payout_delay"), QT_TR_NOOP("Payout delayed")},
        {QStringLiteral("login_page_fault"), QT_TR_NOOP("Login page fault")},
        {QStringLiteral("product_fault"), QT_TR_NOOP("Product fault")},
        {QStringLiteral("client_fault"), QT_TR_NOOP("Client software fault")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    return lookup(t, key, language);
}

QString Labels::problemClass(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("security"), QT_TR_NOOP("Security-sensitive")},
        {QStringLiteral("key"), QT_TR_NOOP("Key problem")},
        {QStringLiteral("routine"), QT_TR_NOOP("Routine problem")},
    };
    return lookup(t, key, language);
}

QString Labels::queue(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("mine"), QT_TR_NOOP("My work")},
        {QStringLiteral("team"), QT_TR_NOOP("My team")},
        {QStringLiteral("due_soon"), QT_TR_NOOP("Due soon")},
        {QStringLiteral("overdue"), QT_TR_NOOP("Overdue")},
        {QStringLiteral("green"), QT_TR_NOOP("Green channel")},
        {QStringLiteral("appeals"), QT_TR_NOOP("Appeals")},
        {QStringLiteral("unassigned"), QT_TR_NOOP("Unassigned")},
        {QStringLiteral("all"), QT_TR_NOOP("All")},
    };
    return lookup(t, key, language);
}

QString Labels::satisfaction(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("very_satisfied"), QT_TR_NOOP("Very satisfied")},
        {QStringLiteral("satisfied"), QT_TR_NOOP("Satisfied")},
        {QStringLiteral("neutral"), QT_TR_NOOP("Neutral")},
        {QStringLiteral("unsatisfied"), QT_TR_NOOP("Unsatisfied")},
        {QStringLiteral("very_unsatisfied"), QT_TR_NOOP("Very unsatisfied")},
    };
    return lookup(t, key, language);
}

QString Labels::validity(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("valid"), QT_TR_NOOP("Valid")},
        {QStringLiteral("invalid"), QT_TR_NOOP("Invalid")},
    };
    return lookup(t, key, language);
}

QString Labels::staffStatus(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("expired"), QT_TR_NOOP("Expired")},
        {QStringLiteral("left"), QT_TR_NOOP("Left")},
    };
    return lookup(t, key, language);
}

QString Labels::gender(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("female"), QT_TR_NOOP("Female")},
        {QStringLiteral("F"), QT_TR_NOOP("Female")},
        {QStringLiteral("male"), QT_TR_NOOP("Male")},
        {QStringLiteral("M"), QT_TR_NOOP("Male")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    return lookup(t, key, language);
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
    static const Table t{
        {QStringLiteral("dispatch_opinion"), QT_TR_NOOP("Dispatch opinion")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("team_id"), QT_TR_NOOP("Team")},
        {QStringLiteral("handler_id"), QT_TR_NOOP("Handler")},
        {QStringLiteral("support_tier"), QT_TR_NOOP("Support tier")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("opinion"), QT_TR_NOOP("Opinion")},
        {QStringLiteral("findings"), QT_TR_NOOP("Findings")},
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("problem_summary"), QT_TR_NOOP("Problem summary")},
        {QStringLiteral("solution"), QT_TR_NOOP("Solution")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("service_staff"), QT_TR_NOOP("Service staff")},
        {QStringLiteral("service_time"), QT_TR_NOOP("Service time")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("skip_level"), QT_TR_NOOP("Skip level")},
        {QStringLiteral("reply"), QT_TR_NOOP("Reply")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("green_channel"), QT_TR_NOOP("Green channel")},
        {QStringLiteral("milestone"), QT_TR_NOOP("Milestone")},
        {QStringLiteral("due_at"), QT_TR_NOOP("Due at")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("automatic"), QT_TR_NOOP("Automatic")},
        {QStringLiteral("appeal_of"), QT_TR_NOOP("Appeal of")},
        {QStringLiteral("appeal_ticket"), QT_TR_NOOP("Appeal ticket")},
        {QStringLiteral("article_id"), QT_TR_NOOP("Article")},
    };
    const auto it = t.constFind(key);
    if (it != t.cend())
        return tr(*it);
    QString s = key;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (s.endsWith(QLatin1String(" id")))
        s.chop(3);
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString Labels::milestone(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("first_response"), QT_TR_NOOP("First response")},
        {QStringLiteral("acknowledged"), QT_TR_NOOP("Acknowledged")},
        {QStringLiteral("callback"), QT_TR_NOOP("Call back")},
        {QStringLiteral("investigation_started"), QT_TR_NOOP("Investigation started")},
        {QStringLiteral("investigation_done"), QT_TR_NOOP("Investigation done")},
        {QStringLiteral("final_reply"), QT_TR_NOOP("Final reply")},
        {QStringLiteral("result_sent"), QT_TR_NOOP("Result sent")},
    };
    return lookup(t, key, language);
}

QString Labels::state(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("registered"), QT_TR_NOOP("Registered")},
        {QStringLiteral("reviewed"), QT_TR_NOOP("Reviewed")},
        {QStringLiteral("dispatched"), QT_TR_NOOP("Dispatched")},
        {QStringLiteral("in_progress"), QT_TR_NOOP("In progress")},
        {QStringLiteral("replied"), QT_TR_NOOP("Replied")},
        {QStringLiteral("revisited"), QT_TR_NOOP("Revisited")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("open"), QT_TR_NOOP("Open")},
        {QStringLiteral("resolved"), QT_TR_NOOP("Resolved")},
    };
    return lookup(t, key, language);
}

QString Labels::grade(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("general"), QT_TR_NOOP("General")},
        {QStringLiteral("serious"), QT_TR_NOOP("Serious")},
        {QStringLiteral("urgent"), QT_TR_NOOP("Urgent")},
        {QStringLiteral("major"), QT_TR_NOOP("Major")},
    };
    return lookup(t, key, language);
}

QString Labels::role(const QString &key, const Translation &language) {
    static const Table t{
        {QStringLiteral("agent"), QT_TR_NOOP("Agent")},
        {QStringLiteral("tier2"), QT_TR_NOOP("Technical support")},
        {QStringLiteral("tier3"), QT_TR_NOOP("Expert")},
        {QStringLiteral("team_lead"), QT_TR_NOOP("Team lead")},
        {QStringLiteral("supervisor"), QT_TR_NOOP("Supervisor")},
        {QStringLiteral("service_manager"), QT_TR_NOOP("Service manager")},
        {QStringLiteral("coordinator"), QT_TR_NOOP("Coordinator")},
        {QStringLiteral("relationship_manager"), QT_TR_NOOP("Relationship manager")},
        {QStringLiteral("qa"), QT_TR_NOOP("QA inspector")},
        {QStringLiteral("manager"), QT_TR_NOOP("Manager")},
        {QStringLiteral("admin"), QT_TR_NOOP("Administrator")},
    };
    return lookup(t, key, language);
}

} // namespace sb

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

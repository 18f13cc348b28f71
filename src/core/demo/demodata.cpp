#include "demo/demodata.h"

#include <array>

namespace sb::demo {

namespace {
template <typename T, std::size_t N>
const T &weighted(QRandomGenerator &rng, const std::array<std::pair<T, int>, N> &table) {
    int total = 0;
    for (const auto &e : table)
        total += e.second;
    int pick = int(rng.bounded(total));
    for (const auto &e : table) {
        if (pick < e.second)
            return e.first;
        pick -= e.second;
    }
    return table.back().first;
}

// Out of 1,000. Security-sensitive problems open an incident at the first complaint (the
// threshold is 1), so they are kept rare, as they are in a real centre.
const std::array<std::pair<const char *, int>, 16> kTypes{{
    {"account_mixup", 2},
    {"account_theft", 3},
    {"data_exposure", 1},
    {"reputation", 2},
    {"hacker_outage", 1},
    {"purchase_funds", 3},
    {"login_failure", 140},
    {"order_failure", 100},
    {"campaign_reward", 80},
    {"payment_failure", 120},
    {"site_unreachable", 60},
    {"payout_delay", 70},
    {"login_page_fault", 50},
    {"product_fault", 120},
    {"client_fault", 80},
    {"other", 168},
}};
const std::array<std::pair<Channel, int>, 12> kChannelWeights{{
    {Channel::Phone, 40},
    {Channel::Chat, 25},
    {Channel::Email, 10},
    {Channel::Social, 8},
    {Channel::Letter, 1},
    {Channel::WalkIn, 2},
    {Channel::Hotline, 3},
    {Channel::Media, 1},
    {Channel::ConsumerAssociation, 2},
    {Channel::Headquarters, 2},
    {Channel::Transfer, 4},
    {Channel::Other, 2},
}};
const std::array<std::pair<Tier, int>, 4> kTierWeights{{
    {Tier::Normal, 80},
    {Tier::Vip, 12},
    {Tier::KeyAccount, 4},
    {Tier::Distributor, 4},
}};
const std::array<const char *, 8> kRegions{
    {"Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou", "Wuhan", "Xi'an"}};

QString subjectFor(const QString &type) {
    static const QHash<QString, QString> subjects{
        {QStringLiteral("account_mixup"), QStringLiteral("Top-up credited to another account")},
        {QStringLiteral("account_theft"), QStringLiteral("Account taken over after phishing SMS")},
        {QStringLiteral("data_exposure"), QStringLiteral("My order data is visible to others")},
        {QStringLiteral("reputation"), QStringLiteral("Threatens to go to the press")},
        {QStringLiteral("hacker_outage"), QStringLiteral("Site down, attack suspected")},
        {QStringLiteral("purchase_funds"), QStringLiteral("Charged but order not fulfilled")},
        {QStringLiteral("login_failure"), QStringLiteral("Cannot log in: session not recognised")},
        {QStringLiteral("order_failure"), QStringLiteral("Order button does nothing")},
        {QStringLiteral("campaign_reward"), QStringLiteral("Campaign reward not received")},
        {QStringLiteral("payment_failure"), QStringLiteral("Top-up failed, money deducted")},
        {QStringLiteral("site_unreachable"), QStringLiteral("Site unreachable from my province")},
        {QStringLiteral("payout_delay"), QStringLiteral("Payout delayed for three days")},
        {QStringLiteral("login_page_fault"), QStringLiteral("Login page shows an error")},
        {QStringLiteral("product_fault"), QStringLiteral("Registration form rejects valid phone")},
        {QStringLiteral("client_fault"), QStringLiteral("App crashes on start")},
        {QStringLiteral("other"), QStringLiteral("General complaint about service")},
    };
    return subjects.value(type);
}
} // namespace

Complaint ComplaintDraw::drawOfType(const QDateTime &at, const QString &problemType) {
    Complaint c;
    c.receivedAt = at;
    c.problemType = problemType;
    c.channel = weighted(m_rng, kChannelWeights);
    c.tier = weighted(m_rng, kTierWeights);
    c.customerId = QStringLiteral("C%1").arg(m_rng.bounded(1, 200000), 6, 10, QLatin1Char('0'));
    c.serviceNumber =
        QStringLiteral("1%1%2").arg(m_rng.bounded(30, 99)).arg(m_rng.bounded(10000000, 99999999));
    c.region = QString::fromLatin1(kRegions.at(m_rng.bounded(int(kRegions.size()))));
    c.subject = subjectFor(problemType);
    c.description = QStringLiteral("Customer reports: %1. Reference %2.")
                        .arg(c.subject.toLower())
                        .arg(++m_serial);
    c.category = problemType.section(QLatin1Char('_'), 0, 0);
    return c;
}

Complaint ComplaintDraw::draw(const QDateTime &at) {
    return drawOfType(at, QString::fromLatin1(weighted(m_rng, kTypes)));
}

} // namespace sb::demo

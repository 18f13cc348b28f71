#include "domain/types.h"

#include <array>

namespace sb {

namespace {
template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char *>, N> &table,
                        const QString &key) {
    for (const auto &[value, name] : table) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}
template <typename E, std::size_t N>
QString name(const std::array<std::pair<E, const char *>, N> &table, E value) {
    for (const auto &[v, n] : table) {
        if (v == value)
            return QString::fromLatin1(n);
    }
    return {};
}

constexpr std::array<std::pair<Channel, const char *>, 12> kChannels{{
    {Channel::Phone, "phone"},
    {Channel::Chat, "chat"},
    {Channel::Email, "email"},
    {Channel::Social, "social"},
    {Channel::Letter, "letter"},
    {Channel::WalkIn, "walk_in"},
    {Channel::Hotline, "hotline"},
    {Channel::Media, "media"},
    {Channel::ConsumerAssociation, "consumer_association"},
    {Channel::Headquarters, "headquarters"},
    {Channel::Transfer, "transfer"},
    {Channel::Other, "other"},
}};
constexpr std::array<std::pair<Tier, const char *>, 4> kTiers{{
    {Tier::Normal, "normal"},
    {Tier::Vip, "vip"},
    {Tier::KeyAccount, "key_account"},
    {Tier::Distributor, "distributor"},
}};
constexpr std::array<std::pair<ProblemClass, const char *>, 3> kClasses{{
    {ProblemClass::Security, "security"},
    {ProblemClass::Key, "key"},
    {ProblemClass::Routine, "routine"},
}};
constexpr std::array<std::pair<Grade, const char *>, 4> kGrades{{
    {Grade::General, "general"},
    {Grade::Serious, "serious"},
    {Grade::Urgent, "urgent"},
    {Grade::Major, "major"},
}};
constexpr std::array<std::pair<Grade, const char *>, 4> kColours{{
    {Grade::General, "yellow"},
    {Grade::Serious, "orange"},
    {Grade::Urgent, "red"},
    {Grade::Major, "black"},
}};
} // namespace

const QList<ProblemTypeInfo> &problemTypes() {
    static const QList<ProblemTypeInfo> types{
        {QStringLiteral("account_mixup"), ProblemClass::Security, true},
        {QStringLiteral("account_theft"), ProblemClass::Security, true},
        {QStringLiteral("data_exposure"), ProblemClass::Security, false},
        {QStringLiteral("reputation"), ProblemClass::Security, false},
        {QStringLiteral("hacker_outage"), ProblemClass::Security, true},
        {QStringLiteral("purchase_funds"), ProblemClass::Security, true},
        {QStringLiteral("login_failure"), ProblemClass::Key, true},
        {QStringLiteral("order_failure"), ProblemClass::Key, true},
        {QStringLiteral("campaign_reward"), ProblemClass::Key, false},
        {QStringLiteral("payment_failure"), ProblemClass::Key, true},
        {QStringLiteral("site_unreachable"), ProblemClass::Key, true},
        {QStringLiteral("payout_delay"), ProblemClass::Key, true},
        {QStringLiteral("login_page_fault"), ProblemClass::Key, true},
        {QStringLiteral("product_fault"), ProblemClass::Routine, false},
        {QStringLiteral("client_fault"), ProblemClass::Routine, false},
        {QStringLiteral("other"), ProblemClass::Routine, false},
    };
    return types;
}

std::optional<ProblemTypeInfo> problemType(const QString &key) {
    for (const auto &t : problemTypes()) {
        if (t.key == key)
            return t;
    }
    return std::nullopt;
}

const QList<Channel> &allChannels() {
    static const QList<Channel> list = [] {
        QList<Channel> l;
        for (const auto &[c, n] : kChannels)
            l.append(c);
        return l;
    }();
    return list;
}
QString channelKey(Channel c) {
    return name(kChannels, c);
}
std::optional<Channel> channelFromKey(const QString &key) {
    return lookup(kChannels, key);
}

const QList<Tier> &allTiers() {
    static const QList<Tier> list{Tier::Normal, Tier::Vip, Tier::KeyAccount, Tier::Distributor};
    return list;
}
QString tierKey(Tier t) {
    return name(kTiers, t);
}
std::optional<Tier> tierFromKey(const QString &key) {
    return lookup(kTiers, key);
}
GradingTier gradingTier(Tier t) {
    return (t == Tier::Vip || t == Tier::KeyAccount) ? GradingTier::Vip : GradingTier::Normal;
}

QString problemClassKey(ProblemClass c) {
    return name(kClasses, c);
}
std::optional<ProblemClass> problemClassFromKey(const QString &key) {
    return lookup(kClasses, key);
}

QString gradeKey(Grade g) {
    return name(kGrades, g);
}
std::optional<Grade> gradeFromKey(const QString &key) {
    return lookup(kGrades, key);
}
QString warningColourKey(Grade g) {
    return name(kColours, g);
}

} // namespace sb

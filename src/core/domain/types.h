#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sb {

// Stable keys are the wire format (CSV, JSON, database); labels are translated in the GUI.

enum class Tier { Normal, Vip, KeyAccount, Distributor };
enum class GradingTier { Normal, Vip }; // key accounts count as VIP, distributors as normal
enum class Channel {
    Phone,
    Chat,
    Email,
    Social,
    Letter,
    WalkIn,
    Hotline,
    Media,
    ConsumerAssociation,
    Headquarters,
    Transfer,
    Other
};
enum class ProblemClass { Security, Key, Routine };
enum class Grade { General = 0, Serious = 1, Urgent = 2, Major = 3 };

struct ProblemTypeInfo {
    QString key;
    ProblemClass problemClass;
    bool coreExperience;
};

const QList<ProblemTypeInfo> &problemTypes();
std::optional<ProblemTypeInfo> problemType(const QString &key);

const QList<Channel> &allChannels();
QString channelKey(Channel c);
std::optional<Channel> channelFromKey(const QString &key);

const QList<Tier> &allTiers();
QString tierKey(Tier t);
std::optional<Tier> tierFromKey(const QString &key);
GradingTier gradingTier(Tier t);

QString problemClassKey(ProblemClass c);
std::optional<ProblemClass> problemClassFromKey(const QString &key);

QString gradeKey(Grade g);
std::optional<Grade> gradeFromKey(const QString &key);
QString warningColourKey(Grade g); // yellow, orange, red, black

} // namespace sb

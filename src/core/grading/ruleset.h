#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <climits>
#include <optional>
#include <vector>

namespace sb {

// An inclusive count range from a grading-table cell: "5–10" (or "5-10"), ">10", "≥10"
// (">=10"), "≤10" ("<=10"), "<10", or a single number "1". `hi` is INT_MAX when open.
struct CountRange {
    int lo = 0;
    int hi = INT_MAX;
    bool contains(int n) const { return n >= lo && n <= hi; }
    bool overlaps(const CountRange &o) const { return lo <= o.hi && o.lo <= hi; }
};

struct GradeCell {
    Grade grade;
    CountRange range;
    QString text; // as written, for messages and for writing the rule set back
};

// The editable, versioned rule set of docs/spec/GRADING.md / docs/spec/DOMAIN.md §3: problem types
// with their class and core-experience flag, burst thresholds per class and grading tier, the
// initial grading table per problem type and tier, windows, the affected-share threshold and the
// replay quiet-close duration. Problem types are addressed by their index in
// sb::problemTypes(); every known type must be present.
class RuleSet {
    Q_DECLARE_TR_FUNCTIONS(sb::RuleSet)

public:
    static constexpr int kTiers = 2; // GradingTier::Normal, GradingTier::Vip

    // Parses and validates. On failure returns nullopt and sets `error` to a sentence
    // naming the exact place, e.g. "payment_failure / normal / urgent: range 21–50
    // overlaps serious 11–20".
    static std::optional<RuleSet> fromJson(const QByteArray &json, QString &error);
    static std::optional<RuleSet> fromFile(const QString &path, QString &error);
    // The shipped default (resources/rules/default.json).
    static RuleSet defaults();
    static std::optional<CountRange> parseRange(const QString &text);

    QByteArray toJson() const;

    int version() const { return m_version; }
    qint64 burstWindowMs() const { return m_burstWindowMs; }
    qint64 gradingWindowMs() const { return m_gradingWindowMs; }
    qint64 quietCloseMs() const { return m_quietCloseMs; }
    double affectedShareThreshold() const { return m_affectedShare; }

    int typeCount() const { return static_cast<int>(m_types.size()); }
    QString typeKey(int type) const { return m_types[static_cast<std::size_t>(type)].key; }
    // Index in sb::problemTypes() of `key`, or -1.
    static int typeIndex(QStringView key);
    static int typeIndex(QByteArrayView key);
    ProblemClass typeClass(int type) const {
        return m_types[static_cast<std::size_t>(type)].problemClass;
    }
    bool coreExperience(int type) const { return m_types[static_cast<std::size_t>(type)].core; }
    int burstThreshold(ProblemClass c, GradingTier t) const {
        return m_burst[static_cast<std::size_t>(c)][static_cast<std::size_t>(t)];
    }
    int burstThreshold(int type, GradingTier t) const { return burstThreshold(typeClass(type), t); }
    const QList<GradeCell> &cells(int type, GradingTier t) const {
        return m_types[static_cast<std::size_t>(type)].cells[static_cast<std::size_t>(t)];
    }
    // The table grade for `count` complaints in the grading window, or -1 for a blank.
    int tableGrade(int type, GradingTier t, int count) const {
        const auto &lut =
            m_types[static_cast<std::size_t>(type)].lookup[static_cast<std::size_t>(t)];
        const std::size_t i = count < 0 ? 0 : static_cast<std::size_t>(count);
        return lut[i < lut.size() ? i : lut.size() - 1];
    }

private:
    struct TypeRules {
        QString key;
        ProblemClass problemClass = ProblemClass::Routine;
        bool core = false;
        std::array<QList<GradeCell>, kTiers> cells;
        std::array<std::vector<signed char>, kTiers> lookup; // count -> grade or -1
    };
    void buildLookups();

    int m_version = 0;
    qint64 m_burstWindowMs = 30 * 60 * 1000;
    qint64 m_gradingWindowMs = 60 * 60 * 1000;
    qint64 m_quietCloseMs = 6 * 60 * 60 * 1000;
    double m_affectedShare = 0.01;
    std::array<std::array<int, kTiers>, 3> m_burst{};
    std::vector<TypeRules> m_types;
};

// "PT6H", "PT30M", "PT1H30M", "PT45S", "P1D" -> milliseconds; -1 when not such a duration.
qint64 parseIsoDuration(const QString &text);
QString formatIsoDuration(qint64 ms);

} // namespace sb

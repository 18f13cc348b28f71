#pragma once

#include "domain/types.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace sb {

// What the post-incident grade (事后定级, docs/spec/DOMAIN.md §3) is given from.
struct PostIncidentFacts {
    qint64 outageMinutes = 0;
    qint64 complaints = 0;
    double lossMoney = 0; // in the centre's currency
    qint64 usersAffected = 0;
};

// The configurable table of the post-incident grade: for each grade above general, the
// threshold of each measure; a grade is reached when ANY measure reaches (≥) its threshold,
// and the result is the highest grade reached (general when none). A measure may be left out
// of a grade (not used for it). The documents give no numbers; the shipped defaults are ours
// (docs/incidents.md):
//   serious: outage ≥ 30 min, complaints ≥ 20,  loss ≥ 10 000,    users ≥ 1 000
//   urgent:  outage ≥ 120 min, complaints ≥ 100, loss ≥ 100 000,  users ≥ 10 000
//   major:   outage ≥ 480 min, complaints ≥ 500, loss ≥ 1 000 000, users ≥ 100 000
// Stored as JSON in the setting "incidents.post_grade_table":
//   {"serious": {"outage_minutes": 30, "complaints": 20, "loss_money": 10000,
//                "users_affected": 1000}, "urgent": {...}, "major": {...}}
class PostGradeTable {
    Q_DECLARE_TR_FUNCTIONS(sb::PostGradeTable)
public:
    static constexpr int kMeasures = 4; // outage_minutes, complaints, loss_money, users_affected
    static inline const QString kSettingKey = QStringLiteral("incidents.post_grade_table");

    static PostGradeTable defaults();
    // Validates: known grades and measures only, numbers ≥ 0, and each measure's thresholds
    // not falling from serious to urgent to major. `error` names the grade and the measure.
    static std::optional<PostGradeTable> fromJson(const QByteArray &json, QString &error);
    QByteArray toJson() const;
    // The table in settings, or the defaults when the setting was never made.
    static bool load(Database &db, PostGradeTable &out, QString &error);

    static QString measureKey(int measure);
    // Threshold of `measure` for grade serious (0), urgent (1), major (2); none: not used.
    std::optional<double> threshold(int gradeIndex, int measure) const {
        return m_thresholds[static_cast<std::size_t>(gradeIndex)]
                           [static_cast<std::size_t>(measure)];
    }
    void setThreshold(int gradeIndex, int measure, std::optional<double> value) {
        m_thresholds[static_cast<std::size_t>(gradeIndex)][static_cast<std::size_t>(measure)] =
            value;
    }

    // The grade the facts give; `decidedBy` gets the measure keys that reached it.
    Grade grade(const PostIncidentFacts &f, QStringList *decidedBy = nullptr) const;

private:
    // [serious, urgent, major][measure]
    std::array<std::array<std::optional<double>, kMeasures>, 3> m_thresholds{};
};

} // namespace sb

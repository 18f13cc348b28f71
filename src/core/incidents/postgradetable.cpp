#include "incidents/postgradetable.h"

#include "storage/settingsstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {
constexpr std::array<const char *, PostGradeTable::kMeasures> kMeasureKeys{
    "outage_minutes", "complaints", "loss_money", "users_affected"};
constexpr std::array<Grade, 3> kGrades{Grade::Serious, Grade::Urgent, Grade::Major};
} // namespace

QString PostGradeTable::measureKey(int measure) {
    return QString::fromLatin1(kMeasureKeys[static_cast<std::size_t>(measure)]);
}

PostGradeTable PostGradeTable::defaults() {
    PostGradeTable t;
    const double values[3][kMeasures] = {
        {30, 20, 10000, 1000}, {120, 100, 100000, 10000}, {480, 500, 1000000, 100000}};
    for (int g = 0; g < 3; ++g)
        for (int m = 0; m < kMeasures; ++m)
            t.setThreshold(g, m, values[g][m]);
    return t;
}

std::optional<PostGradeTable> PostGradeTable::fromJson(const QByteArray &json, QString &error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error = tr("Post-incident grade table: not JSON at offset %1: %2")
                    .arg(pe.offset)
                    .arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = tr("Post-incident grade table: expected an object of grades.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const auto g = gradeFromKey(it.key());
        if (!g || *g == Grade::General) {
            error = tr("Post-incident grade table: \"%1\" is not serious, urgent or major.")
                        .arg(it.key());
            return std::nullopt;
        }
    }
    PostGradeTable t;
    for (int g = 0; g < 3; ++g) {
        const QString gKey = gradeKey(kGrades[static_cast<std::size_t>(g)]);
        const QJsonValue gv = root.value(gKey);
        if (gv.isUndefined())
            continue;
        if (!gv.isObject()) {
            error = tr("Post-incident grade table / %1: expected an object of measures.").arg(gKey);
            return std::nullopt;
        }
        const QJsonObject row = gv.toObject();
        for (auto it = row.begin(); it != row.end(); ++it) {
            const auto found =
                std::find(kMeasureKeys.cbegin(), kMeasureKeys.cend(), it.key().toLatin1());
            if (found == kMeasureKeys.cend()) {
                error = tr("Post-incident grade table / %1: \"%2\" is not a measure (outage_"
                           "minutes, complaints, loss_money, users_affected).")
                            .arg(gKey, it.key());
                return std::nullopt;
            }
            const int m = static_cast<int>(found - kMeasureKeys.cbegin());
            if (it->isNull())
                continue;
            if (!it->isDouble() || it->toDouble() < 0 || !std::isfinite(it->toDouble())) {
                error = tr("Post-incident grade table / %1 / %2: expected a number ≥ 0.")
                            .arg(gKey, it.key());
                return std::nullopt;
            }
            t.setThreshold(g, m, it->toDouble());
        }
    }
    for (int m = 0; m < kMeasures; ++m) {
        std::optional<double> lower;
        int lowerGrade = 0;
        for (int g = 0; g < 3; ++g) {
            const auto v = t.threshold(g, m);
            if (!v)
                continue;
            if (lower && *v < *lower) {
                error = tr("Post-incident grade table / %1 / %2: %3 is below the %4 threshold "
                           "%5.")
                            .arg(gradeKey(kGrades[static_cast<std::size_t>(g)]), measureKey(m))
                            .arg(*v)
                            .arg(gradeKey(kGrades[static_cast<std::size_t>(lowerGrade)]))
                            .arg(*lower);
                return std::nullopt;
            }
            lower = v;
            lowerGrade = g;
        }
    }
    return t;
}

QByteArray PostGradeTable::toJson() const {
    QJsonObject root;
    for (int g = 0; g < 3; ++g) {
        QJsonObject row;
        for (int m = 0; m < kMeasures; ++m)
            if (const auto v = threshold(g, m))
                row.insert(measureKey(m), *v);
        root.insert(gradeKey(kGrades[static_cast<std::size_t>(g)]), row);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool PostGradeTable::load(Database &db, PostGradeTable &out, QString &error) {
    QString text;
    if (!SettingsStore(db).value(kSettingKey, QString(), text, error))
        return false;
    if (text.isEmpty()) {
        out = defaults();
        return true;
    }
    QString why;
    auto t = fromJson(text.toUtf8(), why);
    if (!t) {
        error = tr("Setting %1: %2").arg(kSettingKey, why);
        return false;
    }
    out = *t;
    return true;
}

Grade PostGradeTable::grade(const PostIncidentFacts &f, QStringList *decidedBy) const {
    const double values[kMeasures] = {static_cast<double>(f.outageMinutes),
                                      static_cast<double>(f.complaints), f.lossMoney,
                                      static_cast<double>(f.usersAffected)};
    for (int g = 2; g >= 0; --g) {
        QStringList reached;
        for (int m = 0; m < kMeasures; ++m) {
            const auto v = threshold(g, m);
            if (v && values[m] >= *v)
                reached.append(measureKey(m));
        }
        if (!reached.isEmpty()) {
            if (decidedBy)
                *decidedBy = reached;
            return kGrades[static_cast<std::size_t>(g)];
        }
    }
    if (decidedBy)
        decidedBy->clear();
    return Grade::General;
}

} // namespace sb

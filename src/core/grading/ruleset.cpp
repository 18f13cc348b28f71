#include "grading/ruleset.h"

#include "io/keyindex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtNumeric>

#include <algorithm>

namespace sb {

namespace {

constexpr std::array<const char *, 2> kTierKeys{"normal", "vip"};

QString trimmedDigits(const QString &s) {
    return s.trimmed();
}

bool toCount(const QString &text, int &out) {
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    const QString t = trimmedDigits(text);
    if (!digits.match(t).hasMatch())
        return false;
    out = t.toInt();
    return true;
}

} // namespace

std::optional<CountRange> RuleSet::parseRange(const QString &input) {
    QString t = input.trimmed();
    int n = 0;
    const auto after = [&](int len) {
        return t.mid(len);
    };
    if (t.startsWith(QStringLiteral(">=")) || t.startsWith(QChar(0x2265))) {
        if (!toCount(after(t.startsWith(QChar(0x2265)) ? 1 : 2), n))
            return std::nullopt;
        return CountRange{n, INT_MAX};
    }
    if (t.startsWith(QStringLiteral("<=")) || t.startsWith(QChar(0x2264))) {
        if (!toCount(after(t.startsWith(QChar(0x2264)) ? 1 : 2), n))
            return std::nullopt;
        return CountRange{0, n};
    }
    if (t.startsWith(QLatin1Char('>'))) {
        if (!toCount(after(1), n) || n == INT_MAX)
            return std::nullopt;
        return CountRange{n + 1, INT_MAX};
    }
    if (t.startsWith(QLatin1Char('<'))) {
        if (!toCount(after(1), n))
            return std::nullopt;
        return CountRange{0, n - 1}; // "<0" yields an inverted range, refused by validation
    }
    for (const QChar dash : {QChar(0x2013), QChar(0x2014), QChar(u'-')}) {
        const qsizetype at = t.indexOf(dash, 1);
        if (at > 0) {
            int a = 0, b = 0;
            if (!toCount(t.left(at), a) || !toCount(t.mid(at + 1), b))
                return std::nullopt;
            return CountRange{a, b};
        }
    }
    if (!toCount(t, n))
        return std::nullopt;
    return CountRange{n, n};
}

qint64 parseIsoDuration(const QString &text) {
    static const QRegularExpression re(
        QStringLiteral("^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || text.trimmed() == QStringLiteral("P") ||
        text.trimmed().endsWith(QLatin1Char('T')))
        return -1;
    // Each part in milliseconds; a duration too long for a qint64 is not one.
    constexpr qint64 kUnitMs[] = {24 * 60 * 60 * 1000, 60 * 60 * 1000, 60 * 1000, 1000};
    qint64 total = 0;
    for (int i = 0; i < 4; ++i) {
        const QString digits = m.captured(i + 1);
        if (digits.isEmpty())
            continue;
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        qint64 ms = 0;
        if (!ok || qMulOverflow(n, kUnitMs[i], &ms) || qAddOverflow(total, ms, &total))
            return -1;
    }
    return total;
}

QString formatIsoDuration(qint64 ms) {
    qint64 s = ms / 1000;
    const qint64 h = s / 3600;
    const qint64 m = (s % 3600) / 60;
    s %= 60;
    QString out = QStringLiteral("PT");
    if (h)
        out += QString::number(h) + QLatin1Char('H');
    if (m)
        out += QString::number(m) + QLatin1Char('M');
    if (s || (!h && !m))
        out += QString::number(s) + QLatin1Char('S');
    return out;
}

int RuleSet::typeIndex(QStringView key) {
    const auto &types = problemTypes();
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (types.at(i).key == key)
            return static_cast<int>(i);
    }
    return -1;
}

int RuleSet::typeIndex(QByteArrayView key) {
    // Replay looks up one key per row.
    static const KeyIndex index = [] {
        std::vector<QByteArray> keys;
        for (const ProblemTypeInfo &t : problemTypes())
            keys.push_back(t.key.toLatin1());
        return KeyIndex(std::move(keys));
    }();
    return index.find(key);
}

std::optional<RuleSet> RuleSet::fromFile(const QString &path, QString &error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot read the rule set: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

RuleSet RuleSet::defaults() {
    QString error;
    auto rules = fromFile(QStringLiteral(":/rules/default.json"), error);
    Q_ASSERT_X(rules, "RuleSet::defaults", qPrintable(error));
    return rules ? *rules : RuleSet{};
}

std::optional<RuleSet> RuleSet::fromJson(const QByteArray &json, QString &error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error =
            tr("rule set: not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = tr("rule set: the document must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    static const QStringList topKeys{
        QStringLiteral("version"),          QStringLiteral("notes"),
        QStringLiteral("burst_window"),     QStringLiteral("grading_window"),
        QStringLiteral("quiet_close"),      QStringLiteral("affected_share_threshold"),
        QStringLiteral("burst_thresholds"), QStringLiteral("problem_types")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!topKeys.contains(it.key())) {
            error = tr("rule set: unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }

    RuleSet rs;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt()) {
        error = tr("version: must be a whole number of at least 1");
        return std::nullopt;
    }
    rs.m_version = version.toInt();

    const auto duration = [&](const char *key, qint64 &out) {
        const QJsonValue v = root.value(QLatin1StringView(key));
        if (v.isUndefined())
            return true; // keep the default
        const qint64 ms = v.isString() ? parseIsoDuration(v.toString()) : -1;
        if (ms <= 0) {
            error = tr("%1: \"%2\" is not a positive ISO 8601 duration such as PT30M")
                        .arg(QLatin1StringView(key), v.toVariant().toString());
            return false;
        }
        out = ms;
        return true;
    };
    if (!duration("burst_window", rs.m_burstWindowMs) ||
        !duration("grading_window", rs.m_gradingWindowMs) ||
        !duration("quiet_close", rs.m_quietCloseMs))
        return std::nullopt;
    if (rs.m_burstWindowMs > rs.m_gradingWindowMs) {
        error = tr("burst_window: must not be longer than grading_window");
        return std::nullopt;
    }
    if (root.contains(QStringLiteral("affected_share_threshold"))) {
        const QJsonValue v = root.value(QStringLiteral("affected_share_threshold"));
        if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1) {
            error = tr("affected_share_threshold: must be a fraction above 0 and at most 1");
            return std::nullopt;
        }
        rs.m_affectedShare = v.toDouble();
    }

    // Burst thresholds: every class, both tiers, positive whole numbers.
    const QJsonObject burst = root.value(QStringLiteral("burst_thresholds")).toObject();
    for (auto it = burst.begin(); it != burst.end(); ++it) {
        if (!problemClassFromKey(it.key())) {
            error = tr("burst_thresholds / %1: unknown problem class").arg(it.key());
            return std::nullopt;
        }
    }
    for (const ProblemClass c :
         {ProblemClass::Security, ProblemClass::Key, ProblemClass::Routine}) {
        const QString ck = problemClassKey(c);
        const QJsonValue cv = burst.value(ck);
        if (!cv.isObject()) {
            error = tr("burst_thresholds / %1: missing").arg(ck);
            return std::nullopt;
        }
        const QJsonObject co = cv.toObject();
        for (auto it = co.begin(); it != co.end(); ++it) {
            if (it.key() != QLatin1StringView(kTierKeys[0]) &&
                it.key() != QLatin1StringView(kTierKeys[1])) {
                error = tr("burst_thresholds / %1 / %2: unknown tier (normal or vip)")
                            .arg(ck, it.key());
                return std::nullopt;
            }
        }
        for (std::size_t t = 0; t < kTiers; ++t) {
            const QJsonValue v = co.value(QLatin1StringView(kTierKeys[t]));
            if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != v.toInt()) {
                error = tr("burst_thresholds / %1 / %2: must be a whole number of at least 1")
                            .arg(ck, QLatin1StringView(kTierKeys[t]));
                return std::nullopt;
            }
            rs.m_burst[static_cast<std::size_t>(c)][t] = v.toInt();
        }
    }

    // Problem types: each known type exactly once, nothing unknown.
    const QJsonObject types = root.value(QStringLiteral("problem_types")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        if (typeIndex(QStringView(it.key())) < 0) {
            error = tr("problem_types / %1: unknown problem type").arg(it.key());
            return std::nullopt;
        }
    }
    for (const ProblemTypeInfo &info : problemTypes()) {
        TypeRules tr_;
        tr_.key = info.key;
        const QJsonValue tv = types.value(info.key);
        if (!tv.isObject()) {
            error = tr("problem_types / %1: missing").arg(info.key);
            return std::nullopt;
        }
        const QJsonObject to = tv.toObject();
        for (auto it = to.begin(); it != to.end(); ++it) {
            if (it.key() != QLatin1StringView("class") &&
                it.key() != QLatin1StringView("core_experience") &&
                it.key() != QLatin1StringView("grading") &&
                it.key() != QLatin1StringView("notes")) {
                error = tr("%1: unknown key \"%2\"").arg(info.key, it.key());
                return std::nullopt;
            }
        }
        const auto cls = problemClassFromKey(to.value(QStringLiteral("class")).toString());
        if (!cls) {
            error = tr("%1 / class: unknown problem class \"%2\"")
                        .arg(info.key, to.value(QStringLiteral("class")).toVariant().toString());
            return std::nullopt;
        }
        tr_.problemClass = *cls;
        const QJsonValue core = to.value(QStringLiteral("core_experience"));
        if (!core.isUndefined() && !core.isBool()) {
            error = tr("%1 / core_experience: must be true or false").arg(info.key);
            return std::nullopt;
        }
        tr_.core = core.isUndefined() ? info.coreExperience : core.toBool();

        const QJsonObject grading = to.value(QStringLiteral("grading")).toObject();
        for (auto it = grading.begin(); it != grading.end(); ++it) {
            if (it.key() != QLatin1StringView(kTierKeys[0]) &&
                it.key() != QLatin1StringView(kTierKeys[1])) {
                error = tr("%1 / %2: unknown tier (normal or vip)").arg(info.key, it.key());
                return std::nullopt;
            }
        }
        for (std::size_t t = 0; t < kTiers; ++t) {
            const QString tierName = QLatin1StringView(kTierKeys[t]);
            const QJsonObject cells = grading.value(tierName).toObject();
            for (auto it = cells.begin(); it != cells.end(); ++it) {
                const QString where =
                    info.key + QStringLiteral(" / ") + tierName + QStringLiteral(" / ") + it.key();
                if (!gradeFromKey(it.key())) {
                    error = tr("%1: unknown grade (general, serious, urgent or major)").arg(where);
                    return std::nullopt;
                }
                if (!it.value().isString()) {
                    error = tr("%1: the cell must be a string such as \"5–10\", \">10\" or \"\"")
                                .arg(where);
                    return std::nullopt;
                }
            }
            // In grade order, so an overlap names the higher cell and the lower one.
            for (const Grade g : {Grade::General, Grade::Serious, Grade::Urgent, Grade::Major}) {
                const QString text = cells.value(gradeKey(g)).toString().trimmed();
                if (text.isEmpty())
                    continue; // blank: this grade is not reached through this tier
                const QString where = info.key + QStringLiteral(" / ") + tierName +
                                      QStringLiteral(" / ") + gradeKey(g);
                const auto range = parseRange(text);
                if (!range) {
                    error = tr("%1: \"%2\" is not a count range (a–b, >n, ≥n, ≤n or n)")
                                .arg(where, text);
                    return std::nullopt;
                }
                if (range->lo > range->hi || range->lo < 0) {
                    error = tr("%1: range %2 is inverted").arg(where, text);
                    return std::nullopt;
                }
                for (const GradeCell &other : std::as_const(tr_.cells[t])) {
                    if (other.range.overlaps(*range)) {
                        error = tr("%1: range %2 overlaps %3 %4")
                                    .arg(where, text, gradeKey(other.grade), other.text);
                        return std::nullopt;
                    }
                }
                tr_.cells[t].append(GradeCell{g, *range, text});
            }
        }
        rs.m_types.push_back(std::move(tr_));
    }
    rs.buildLookups();
    return rs;
}

void RuleSet::buildLookups() {
    for (TypeRules &t : m_types) {
        for (std::size_t tier = 0; tier < kTiers; ++tier) {
            // Every range either ends below `limit` or is open-ended, so all counts at or
            // above `limit` share one answer.
            int limit = 0;
            for (const GradeCell &c : std::as_const(t.cells[tier])) {
                limit = std::max(limit, c.range.lo);
                if (c.range.hi != INT_MAX)
                    limit = std::max(limit, c.range.hi + 1);
            }
            auto &lut = t.lookup[tier];
            lut.assign(static_cast<std::size_t>(limit) + 1, -1);
            for (int n = 0; n <= limit; ++n) {
                for (const GradeCell &c : std::as_const(t.cells[tier])) {
                    if (c.range.contains(n))
                        lut[static_cast<std::size_t>(n)] = static_cast<signed char>(c.grade);
                }
            }
        }
    }
}

QByteArray RuleSet::toJson() const {
    QJsonObject root;
    root.insert(QStringLiteral("version"), m_version);
    root.insert(QStringLiteral("burst_window"), formatIsoDuration(m_burstWindowMs));
    root.insert(QStringLiteral("grading_window"), formatIsoDuration(m_gradingWindowMs));
    root.insert(QStringLiteral("quiet_close"), formatIsoDuration(m_quietCloseMs));
    root.insert(QStringLiteral("affected_share_threshold"), m_affectedShare);
    QJsonObject burst;
    for (const ProblemClass c :
         {ProblemClass::Security, ProblemClass::Key, ProblemClass::Routine}) {
        QJsonObject o;
        for (std::size_t t = 0; t < kTiers; ++t)
            o.insert(QLatin1StringView(kTierKeys[t]), m_burst[static_cast<std::size_t>(c)][t]);
        burst.insert(problemClassKey(c), o);
    }
    root.insert(QStringLiteral("burst_thresholds"), burst);
    QJsonObject types;
    for (const TypeRules &t : m_types) {
        QJsonObject o;
        o.insert(QStringLiteral("class"), problemClassKey(t.problemClass));
        o.insert(QStringLiteral("core_experience"), t.core);
        QJsonObject grading;
        for (std::size_t tier = 0; tier < kTiers; ++tier) {
            QJsonObject cells;
            for (const GradeCell &c : t.cells[tier])
                cells.insert(gradeKey(c.grade), c.text);
            grading.insert(QLatin1StringView(kTierKeys[tier]), cells);
        }
        o.insert(QStringLiteral("grading"), grading);
        types.insert(t.key, o);
    }
    root.insert(QStringLiteral("problem_types"), types);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sb

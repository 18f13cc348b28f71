#include "qa/qasample.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace sb {

namespace {

constexpr std::array<std::pair<QaStratifyBy, const char *>, 5> kStratifyKeys{{
    {QaStratifyBy::None, "none"},
    {QaStratifyBy::Channel, "channel"},
    {QaStratifyBy::ProblemType, "problem_type"},
    {QaStratifyBy::Handler, "handler_id"},
    {QaStratifyBy::Team, "team_id"},
}};

constexpr int kMaxDecimals = 9;

// A stratum's tickets, ranked.
struct Ranked {
    qint64 ticketId = 0;
    QString hash;
};

QHash<QString, QList<Ranked>> rankedStrata(const QList<QaFrameTicket> &frame, quint64 seed,
                                           const QDate &day) {
    QHash<QString, QList<Ranked>> out;
    for (const QaFrameTicket &t : frame)
        out[t.stratum].append({t.ticketId, QaSampling::rankHash(seed, day, t.ticketId)});
    for (auto it = out.begin(); it != out.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Ranked &a, const Ranked &b) {
            return a.hash != b.hash ? a.hash < b.hash : a.ticketId < b.ticketId;
        });
    }
    return out;
}

} // namespace

QString qaStratifyByKey(QaStratifyBy by) {
    for (const auto &[value, key] : kStratifyKeys) {
        if (value == by)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("none");
}

std::optional<QaStratifyBy> qaStratifyByFromKey(QStringView key) {
    for (const auto &[value, name] : kStratifyKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

QStringList qaStratifyByKeys() {
    QStringList out;
    for (const auto &[value, key] : kStratifyKeys)
        out.append(QString::fromLatin1(key));
    return out;
}

std::optional<QaRate> QaRate::parse(const QString &text, QString &error) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*([01]?)(?:\.([0-9]*))?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    QString decimals = m.hasMatch() ? m.captured(2) : QString();
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    const bool hasDigits = m.hasMatch() && (!m.captured(1).isEmpty() || !m.captured(2).isEmpty());
    if (!hasDigits || decimals.size() > kMaxDecimals) {
        error = tr("The sampling rate “%1” is not a decimal fraction above 0 and at most 1 "
                   "with at most %2 decimals, such as 0.05.")
                    .arg(text.left(40))
                    .arg(kMaxDecimals);
        return std::nullopt;
    }
    QaRate r;
    r.m_denominator = 1;
    for (qsizetype i = 0; i < decimals.size(); ++i)
        r.m_denominator *= 10;
    const qint64 whole = m.captured(1) == QLatin1StringView("1") ? 1 : 0;
    r.m_numerator = whole * r.m_denominator + (decimals.isEmpty() ? 0 : decimals.toLongLong());
    if (r.m_numerator <= 0 || r.m_numerator > r.m_denominator) {
        error = tr("The sampling rate “%1” must be above 0 and at most 1.").arg(text.left(40));
        return std::nullopt;
    }
    return r;
}

QString QaRate::text() const {
    if (m_numerator == m_denominator)
        return QStringLiteral("1");
    int decimals = 0;
    for (qint64 d = m_denominator; d > 1; d /= 10)
        ++decimals;
    return QStringLiteral("0.") + QString::number(m_numerator).rightJustified(decimals, u'0');
}

qint64 QaRate::sampleSize(qint64 frameSize) const {
    if (frameSize <= 0)
        return 0;
    return (m_numerator * frameSize + m_denominator - 1) / m_denominator;
}

qint64 QaDraw::frameSize() const {
    qint64 n = 0;
    for (const QaStratum &s : strata)
        n += s.frameSize;
    return n;
}

qint64 QaDraw::sampleSize() const {
    qint64 n = 0;
    for (const QaStratum &s : strata)
        n += s.sampleSize;
    return n;
}

QString QaSampling::rankHash(quint64 seed, const QDate &day, qint64 ticketId) {
    const QString text = QString::number(seed) + QLatin1Char(':') +
                         day.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(':') +
                         QString::number(ticketId);
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool QaSampling::keyLess(const QString &a, const QString &b) {
    return a.toUtf8() < b.toUtf8();
}

QList<QaStratum> QaSampling::allocate(qint64 n, QList<QaStratum> strata) {
    std::sort(strata.begin(), strata.end(),
              [](const QaStratum &a, const QaStratum &b) { return keyLess(a.key, b.key); });
    qint64 total = 0;
    for (const QaStratum &s : std::as_const(strata))
        total += s.frameSize;
    if (total <= 0 || n <= 0) {
        for (QaStratum &s : strata)
            s.sampleSize = 0;
        return strata;
    }
    n = std::min(n, total);
    qint64 left = n;
    QList<std::pair<qint64, qsizetype>> remainders; // (n × N_h mod N, index in key order)
    for (qsizetype i = 0; i < strata.size(); ++i) {
        strata[i].sampleSize = n * strata[i].frameSize / total;
        left -= strata[i].sampleSize;
        remainders.append({n * strata[i].frameSize % total, i});
    }
    // Largest remainder first; equal ones in key order (the list is in key order already).
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < remainders.size() && left > 0; ++i, --left)
        ++strata[remainders.at(i).second].sampleSize;
    return strata;
}

QaDraw QaSampling::draw(const QList<QaFrameTicket> &frame, quint64 seed, const QDate &day,
                        const QaRate &rate) {
    const QHash<QString, QList<Ranked>> ranked = rankedStrata(frame, seed, day);
    QList<QaStratum> strata;
    for (auto it = ranked.cbegin(); it != ranked.cend(); ++it)
        strata.append({it.key(), it->size(), 0});
    QaDraw out;
    out.strata = allocate(rate.sampleSize(frame.size()), strata);
    for (const QaStratum &s : std::as_const(out.strata)) {
        const QList<Ranked> &tickets = ranked[s.key];
        for (qint64 i = 0; i < s.sampleSize; ++i)
            out.picks.append({tickets.at(i).ticketId, s.key, tickets.at(i).hash, i + 1});
    }
    return out;
}

std::optional<QaPick> QaSampling::next(const QList<QaFrameTicket> &frame, quint64 seed,
                                       const QDate &day, const QString &stratum,
                                       const QSet<qint64> &drawn) {
    QList<QaFrameTicket> own;
    for (const QaFrameTicket &t : frame) {
        if (t.stratum == stratum)
            own.append(t);
    }
    const QList<Ranked> tickets = rankedStrata(own, seed, day).value(stratum);
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        if (!drawn.contains(tickets.at(i).ticketId))
            return QaPick{tickets.at(i).ticketId, stratum, tickets.at(i).hash, i + 1};
    }
    return std::nullopt;
}

QList<qint64> QaSampling::assign(const QList<qint64> &tickets, QList<qint64> inspectors,
                                 const QHash<qint64, QSet<qint64>> &handledBy,
                                 QHash<qint64, qint64> load) {
    std::sort(inspectors.begin(), inspectors.end());
    inspectors.erase(std::unique(inspectors.begin(), inspectors.end()), inspectors.end());
    QList<qint64> out;
    out.reserve(tickets.size());
    for (const qint64 ticket : tickets) {
        const QSet<qint64> handled = handledBy.value(ticket);
        qint64 chosen = 0;
        for (const qint64 inspector : std::as_const(inspectors)) {
            if (handled.contains(inspector))
                continue;
            if (chosen == 0 || load.value(inspector) < load.value(chosen))
                chosen = inspector;
        }
        if (chosen != 0)
            ++load[chosen];
        out.append(chosen);
    }
    return out;
}

QList<qint64> QaSampling::assignSecond(const QList<QaPick> &picks, const QList<qint64> &first,
                                       QList<qint64> inspectors,
                                       const QHash<qint64, QSet<qint64>> &handledBy, qint64 count,
                                       QHash<qint64, qint64> load) {
    std::sort(inspectors.begin(), inspectors.end());
    inspectors.erase(std::unique(inspectors.begin(), inspectors.end()), inspectors.end());
    for (const qint64 f : first) {
        if (f > 0)
            ++load[f];
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < picks.size(); ++i)
        order.append(i);
    // Rank hashes are lowercase hex: their text order is their byte order ("C" collation).
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const QaPick &x = picks.at(a);
        const QaPick &y = picks.at(b);
        return x.rankHash != y.rankHash ? x.rankHash < y.rankHash : x.ticketId < y.ticketId;
    });
    QList<qint64> out(picks.size(), 0);
    for (qsizetype k = 0; k < order.size() && k < count; ++k) {
        const qsizetype i = order.at(k);
        const qint64 firstInspector = first.value(i);
        if (firstInspector <= 0)
            continue;
        const QSet<qint64> handled = handledBy.value(picks.at(i).ticketId);
        qint64 chosen = 0;
        for (const qint64 inspector : std::as_const(inspectors)) {
            if (inspector == firstInspector || handled.contains(inspector))
                continue;
            if (chosen == 0 || load.value(inspector) < load.value(chosen))
                chosen = inspector;
        }
        if (chosen != 0)
            ++load[chosen];
        out[i] = chosen;
    }
    return out;
}

quint64 QaSampling::randomSeed() {
    QRandomGenerator generator = QRandomGenerator::securelySeeded();
    return generator.generate64() & kMaxSeed;
}

} // namespace sb

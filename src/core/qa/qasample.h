#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>

namespace sb {

// The daily spot check (抽检) as arithmetic, without a database (docs/spec/DOMAIN.md §6):
// the same data gives the same sample here and on the server (sb_qa_draw_sample, migration
// 031), and anyone can re-check it from the seed.

// The ticket column a day's sample is stratified by (setting qa.stratify_by). Only these
// fixed columns are ever named in SQL.
enum class QaStratifyBy { None, Channel, ProblemType, Handler, Team };
// "none", "channel", "problem_type", "handler_id", "team_id"
QString qaStratifyByKey(QaStratifyBy by);
std::optional<QaStratifyBy> qaStratifyByFromKey(QStringView key);
QStringList qaStratifyByKeys();

// A sampling rate (settings qa.sample_rate, qa.double_rate): a decimal fraction above 0 and
// at most 1 with at most 9 decimals. It is kept exactly, as numerator / 10^decimals, so the
// sample size is integer arithmetic: 0.05 × 20 is exactly 1 (in binary floating point
// 0.05 * 20 is 1.0000000000000002, and its ceiling 2). The server computes the same in
// NUMERIC.
class QaRate {
    Q_DECLARE_TR_FUNCTIONS(QaRate)
public:
    // Accepts "0.05", "0.050", ".05", "1", "1.0"; an error names what is wrong.
    static std::optional<QaRate> parse(const QString &text, QString &error);
    // The normal form stored with a sample: "0.05", "0.1", "1" (no trailing zeros).
    QString text() const;
    // ceil(rate × frameSize), exactly (frameSize up to 10^9).
    qint64 sampleSize(qint64 frameSize) const;

private:
    qint64 m_numerator = 1;
    qint64 m_denominator = 1;
};

// A ticket of a day's frame and the text of its stratum column ('' for none or NULL; an id
// as its decimal digits).
struct QaFrameTicket {
    qint64 ticketId = 0;
    QString stratum;
};

// A stratum: N_h tickets in the frame, n_h of them drawn.
struct QaStratum {
    QString key;
    qint64 frameSize = 0;
    qint64 sampleSize = 0;
    friend bool operator==(const QaStratum &, const QaStratum &) = default;
};

// A drawn ticket: its rank hash and its position (1 = lowest hash) within its stratum.
struct QaPick {
    qint64 ticketId = 0;
    QString stratum;
    QString rankHash;
    qint64 position = 0;
    friend bool operator==(const QaPick &, const QaPick &) = default;
};

struct QaDraw {
    QList<QaStratum> strata; // in key order
    QList<QaPick> picks;     // by stratum key, then position
    qint64 frameSize() const;
    qint64 sampleSize() const;
};

class QaSampling {
public:
    // The rank of a ticket: the lowercase hex SHA-256 of the UTF-8 text
    // "<seed>:<YYYY-MM-DD>:<ticket id>".
    static QString rankHash(quint64 seed, const QDate &day, qint64 ticketId);
    // Stratum keys in ascending text order: by the bytes of their UTF-8 form (code point
    // order; PostgreSQL's COLLATE "C"), the same on every machine and in every locale.
    static bool keyLess(const QString &a, const QString &b);
    // Largest remainder: n over the strata in proportion to their frame sizes. Each first
    // gets floor(n × N_h / N); the tickets still unallocated go one each to the largest
    // remainders (n × N_h mod N), ties broken by the key in ascending text order. Returns the
    // strata in key order with sampleSize set.
    static QList<QaStratum> allocate(qint64 n, QList<QaStratum> strata);
    // The day's sample: n = ceil(rate × N), allocated by largest remainder; within each
    // stratum the tickets ranked by rankHash (then id), the first n_h taken.
    static QaDraw draw(const QList<QaFrameTicket> &frame, quint64 seed, const QDate &day,
                       const QaRate &rate);
    // The next-ranked ticket of `stratum` that is not in `drawn` (a replacement), with its
    // position in the stratum; nullopt when none is left.
    static std::optional<QaPick> next(const QList<QaFrameTicket> &frame, quint64 seed,
                                      const QDate &day, const QString &stratum,
                                      const QSet<qint64> &drawn);
    // Spreads `tickets` evenly over `inspectors`: each, in order, goes to the inspector with
    // the fewest reviews so far (counting `load`), ties to the lowest staff id, never to one
    // who handled it (`handledBy`: ticket → staff ids). 0 where nobody may take it.
    static QList<qint64> assign(const QList<qint64> &tickets, QList<qint64> inspectors,
                                const QHash<qint64, QSet<qint64>> &handledBy,
                                QHash<qint64, qint64> load = {});
    // The continuous double review: the `count` sampled tickets with the lowest rank hashes
    // over the whole sample (ties by ticket id) get a second inspector, taken in that order,
    // each the inspector with the fewest reviews so far (first reviews of `first` and second
    // reviews given so far, counting `load`), ties to the lowest staff id, never the ticket's
    // first inspector nor one who handled it. Per pick: the second inspector, 0 where none
    // (not among the `count`, no first inspector, or nobody else may take it).
    static QList<qint64> assignSecond(const QList<QaPick> &picks, const QList<qint64> &first,
                                      QList<qint64> inspectors,
                                      const QHash<qint64, QSet<qint64>> &handledBy, qint64 count,
                                      QHash<qint64, qint64> load = {});
    // A random seed of 63 bits, when none is given.
    static quint64 randomSeed();
    static constexpr quint64 kMaxSeed = 0x7fffffffffffffffULL;
};

} // namespace sb

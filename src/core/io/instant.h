#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <limits>

namespace sb {

// An instant as it travels through import and replay: milliseconds since the epoch (UTC)
// plus the way its offset was written, so output can use the offset of the input row.
// `offsetTag` is the offset in seconds east of UTC, or kOffsetZulu when the text said `Z`.
inline constexpr qint32 kOffsetZulu = std::numeric_limits<qint32>::min();

struct Instant {
    qint64 ms = 0;
    qint32 offsetTag = kOffsetZulu;
    qint32 offsetSeconds() const { return offsetTag == kOffsetZulu ? 0 : offsetTag; }
};

// Fast strict parser for `YYYY-MM-DDTHH:MM[:SS[.f{1,9}]](Z|±HH:MM|±HHMM)`, the same
// language as parseInstant() in domain/complaint.h, without regular expressions or
// QDateTime (replay parses a million of these). Returns false on anything else, including
// impossible dates (2026-02-30) and times (24:00, 10:60).
bool parseIsoInstant(QByteArrayView text, Instant &out);
bool parseIsoInstant(QStringView text, Instant &out);

// `2026-03-01T10:41:00+08:00` (or `…Z`); milliseconds are written only when non-zero.
QString formatInstant(const Instant &instant);
QString formatInstant(qint64 ms, qint32 offsetTag);

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
constexpr qint64 daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<qint64>(era) * 146097 + static_cast<qint64>(doe) - 719468;
}

} // namespace sb

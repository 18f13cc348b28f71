#include "io/instant.h"

#include <QDateTime>

namespace sb {

namespace {

template <typename Char> struct Cursor {
    const Char *p;
    const Char *end;

    bool digits(int n, int &value) {
        if (end - p < n)
            return false;
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const auto c = static_cast<unsigned>(p[i]);
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + static_cast<int>(c - '0');
        }
        p += n;
        value = v;
        return true;
    }
    bool expect(char c) {
        if (p == end || static_cast<unsigned>(*p) != static_cast<unsigned char>(c))
            return false;
        ++p;
        return true;
    }
    bool at(char c) const {
        return p != end && static_cast<unsigned>(*p) == static_cast<unsigned char>(c);
    }
};

constexpr bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
constexpr int daysInMonth(int y, int m) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

template <typename Char> bool parse(const Char *begin, const Char *end, Instant &out) {
    Cursor<Char> c{begin, end};
    int y, mo, d, h, mi, s = 0, ms = 0;
    if (!c.digits(4, y) || !c.expect('-') || !c.digits(2, mo) || !c.expect('-') ||
        !c.digits(2, d) || !c.expect('T') || !c.digits(2, h) || !c.expect(':') || !c.digits(2, mi))
        return false;
    if (c.at(':')) {
        ++c.p;
        if (!c.digits(2, s))
            return false;
        if (c.at('.')) {
            ++c.p;
            // Round to the millisecond like QDateTime does (.2505 -> 251 ms).
            int n = 0;
            int frac = 0;
            while (c.p != c.end && static_cast<unsigned>(*c.p) >= '0' &&
                   static_cast<unsigned>(*c.p) <= '9') {
                if (n < 4)
                    frac = frac * 10 + static_cast<int>(static_cast<unsigned>(*c.p) - '0');
                ++n;
                ++c.p;
            }
            if (n < 1 || n > 9)
                return false;
            for (int i = n; i < 4; ++i)
                frac *= 10;
            ms = (frac + 5) / 10; // may be 1000: carries into the next second below
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return false;
    qint32 tag;
    if (c.at('Z')) {
        ++c.p;
        tag = kOffsetZulu;
    } else if (c.at('+') || c.at('-')) {
        const bool negative = c.at('-');
        ++c.p;
        int oh, om;
        if (!c.digits(2, oh))
            return false;
        if (c.at(':'))
            ++c.p;
        if (!c.digits(2, om) || oh > 23 || om > 59)
            return false;
        tag = (oh * 3600 + om * 60) * (negative ? -1 : 1);
    } else {
        return false;
    }
    if (c.p != c.end)
        return false;
    const qint64 local =
        (daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
         mi * 60 + s) *
            1000 +
        ms;
    out.ms = local - static_cast<qint64>(tag == kOffsetZulu ? 0 : tag) * 1000;
    out.offsetTag = tag;
    return true;
}

} // namespace

bool parseIsoInstant(QByteArrayView text, Instant &out) {
    return parse(text.data(), text.data() + text.size(), out);
}

bool parseIsoInstant(QStringView text, Instant &out) {
    return parse(text.utf16(), text.utf16() + text.size(), out);
}

QString formatInstant(qint64 ms, qint32 offsetTag) {
    const qint32 offset = offsetTag == kOffsetZulu ? 0 : offsetTag;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms + qint64(offset) * 1000, Qt::UTC);
    QString text =
        local.toString(local.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offsetTag == kOffsetZulu) {
        text += QLatin1Char('Z');
    } else {
        const int a = offset < 0 ? -offset : offset;
        text += QLatin1Char(offset < 0 ? '-' : '+') +
                QStringLiteral("%1:%2")
                    .arg(a / 3600, 2, 10, QLatin1Char('0'))
                    .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

QString formatInstant(const Instant &instant) {
    return formatInstant(instant.ms, instant.offsetTag);
}

} // namespace sb

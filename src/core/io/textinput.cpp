#include "io/textinput.h"

#include <cstring>

namespace sb {

qsizetype TextInput::firstInvalidUtf8(QByteArrayView bytes) {
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // allowed range of the second byte
        unsigned char high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                low = 0xa0; // overlong
            else if (c == 0xed)
                high = 0x9f; // surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                low = 0x90; // overlong
            else if (c == 0xf4)
                high = 0x8f; // above U+10FFFF
        } else {
            return i; // a continuation byte on its own, C0/C1 (overlong) or F5–FF
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

QString TextInput::foreignByteOrderMark(QByteArrayView head) {
    const auto starts = [head](const char *bom, qsizetype size) {
        return head.size() >= size && std::memcmp(head.data(), bom, std::size_t(size)) == 0;
    };
    if (starts("\xFF\xFE\x00\x00", 4) || starts("\x00\x00\xFE\xFF", 4))
        return QStringLiteral("UTF-32");
    if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2))
        return QStringLiteral("UTF-16");
    return {};
}

QString TextInput::foreignEncodingMessage(const QString &encoding) {
    return tr("line 1: the file is %1 (byte-order mark); save it as UTF-8").arg(encoding);
}

QString TextInput::invalidUtf8Message(qint64 line, qint64 column, uchar byte) {
    return tr("line %1, column %2: not valid UTF-8 (byte 0x%3); the file must be UTF-8")
        .arg(line)
        .arg(column)
        .arg(uint(byte), 2, 16, QLatin1Char('0'));
}

bool TextInput::parseByteCount(const QString &text, qsizetype &out) {
    QString t = text.trimmed();
    qint64 unit = 1;
    if (!t.isEmpty()) {
        switch (t.back().toUpper().unicode()) {
        case 'K':
            unit = qint64(1) << 10;
            break;
        case 'M':
            unit = qint64(1) << 20;
            break;
        case 'G':
            unit = qint64(1) << 30;
            break;
        default:
            break;
        }
        if (unit > 1)
            t.chop(1);
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n < 1 || n > TextInputOptions::kLargestMaxRecordBytes / unit)
        return false;
    out = qsizetype(n * unit);
    return true;
}

} // namespace sb

#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sb {

// Limits and checks for text read from files and pipes (complaint CSV, JSON Lines): input
// must be UTF-8, byte for byte, and no record may grow without bound.
struct TextInputOptions {
    static constexpr qsizetype kDefaultMaxRecordBytes = qsizetype(16) << 20; // 16 MiB
    static constexpr qsizetype kLargestMaxRecordBytes = qsizetype(1) << 30;  // 1 GiB
    static constexpr int kDefaultMaxFields = 10000;

    // A CSV record or a JSON line longer than this (its line break not counted) stops the
    // input with "line N: … longer than the limit of X bytes"; the rest is not read.
    qsizetype maxRecordBytes = kDefaultMaxRecordBytes;
    // A CSV record with more fields than this stops the input.
    int maxFields = kDefaultMaxFields;
    // Invalid UTF-8 is refused (naming line and column) unless this is set: then each bad
    // sequence becomes U+FFFD.
    bool replaceInvalidUtf8 = false;
};

class TextInput {
    Q_DECLARE_TR_FUNCTIONS(sb::TextInput)

public:
    // The offset of the first byte that does not belong to valid UTF-8 (RFC 3629: no overlong
    // forms, no surrogates, nothing above U+10FFFF, no sequence cut short), or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    // "UTF-16" or "UTF-32" when `head` starts with that encoding's byte-order mark (either
    // byte order); empty otherwise (UTF-8, with or without its BOM, or no BOM at all).
    static QString foreignByteOrderMark(QByteArrayView head);

    // "line N: the file is UTF-16 (byte-order mark); save it as UTF-8"
    static QString foreignEncodingMessage(const QString &encoding);
    // "line N, column C: not valid UTF-8 (byte 0xFF)"; the column counts bytes from 1.
    static QString invalidUtf8Message(qint64 line, qint64 column, uchar byte);

    // Parses a byte count for a command-line option: "16777216", "64k", "16M", "1G" (binary
    // multiples); from 1 byte to kLargestMaxRecordBytes.
    static bool parseByteCount(const QString &text, qsizetype &out);
};

} // namespace sb

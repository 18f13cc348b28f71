#pragma once

#include "domain/complaint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sb {

// One line of a JSON Lines complaint stream (signalboard-cli ingest): a JSON object with
// docs/spec/INTERCHANGE.md's field names. The line comes without its '\n' (and, on the first
// line, without the UTF-8 byte-order mark); surrounding white space is ignored.
class ComplaintJsonLine {
    Q_DECLARE_TR_FUNCTIONS(sb::ComplaintJsonLine)

public:
    enum class Result {
        Blank,     // nothing but white space: not a record
        Complaint, // `out` holds the complaint
        Bad        // `error` says why, naming the line
    };
    // Invalid UTF-8 makes the line bad ("line N, column C: not valid UTF-8 …") unless
    // `replaceInvalidUtf8`, when each bad sequence becomes U+FFFD. Any other bad line gives
    // "line N: <reason>".
    static Result parse(const QByteArray &line, qint64 lineNo, bool replaceInvalidUtf8,
                        Complaint &out, QString &error);
};

} // namespace sb

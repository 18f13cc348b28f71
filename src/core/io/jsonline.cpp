#include "io/jsonline.h"

#include "io/textinput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sb {

ComplaintJsonLine::Result ComplaintJsonLine::parse(const QByteArray &line, qint64 lineNo,
                                                   bool replaceInvalidUtf8, Complaint &out,
                                                   QString &error) {
    QByteArray bytes = line.trimmed();
    if (replaceInvalidUtf8) {
        bytes = QString::fromUtf8(bytes).toUtf8(); // each bad sequence becomes U+FFFD
    } else if (const qsizetype at = TextInput::firstInvalidUtf8(line); at >= 0) {
        error = TextInput::invalidUtf8Message(lineNo, at + 1, uchar(line.at(at)));
        return Result::Bad;
    }
    if (bytes.isEmpty())
        return Result::Blank;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    QString reason;
    if (perr.error != QJsonParseError::NoError)
        reason = QStringLiteral("not valid JSON (%1 at column %2)")
                     .arg(perr.errorString())
                     .arg(perr.offset + 1);
    else if (!doc.isObject())
        reason = QStringLiteral("not a JSON object");
    else if (complaintFromJson(doc.object(), out, reason))
        return Result::Complaint;
    error = QStringLiteral("line %1: %2").arg(lineNo).arg(reason);
    return Result::Bad;
}

} // namespace sb

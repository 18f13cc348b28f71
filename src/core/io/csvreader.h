#pragma once

#include "io/textinput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace sb {

// RFC 4180 reader: UTF-8 (a leading BOM is skipped), fields separated by commas, records by
// CRLF or LF (a lone CR also ends a record), quoted fields may hold commas, doubled quotes
// and line breaks. Completely empty lines are skipped. A quote inside an unquoted field, a
// character after a closing quote, and a quote left open at the end of the input are
// errors naming the line.
//
// Input checks (TextInputOptions): a UTF-16 or UTF-32 byte-order mark is refused; a record
// with invalid UTF-8 is refused naming line and column (unless replaceInvalidUtf8, when
// field() turns each bad sequence into U+FFFD); a record longer than maxRecordBytes or with
// more than maxFields fields stops the reader without reading further, so memory stays
// bounded whatever the input (e.g. /dev/zero).
//
// The reader works on bytes read from the device in large chunks; a record's fields are
// views into that buffer (doubled quotes are undone in a side buffer) and stay valid until
// the next readRecord(). Only the fields a caller asks for become QStrings.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(sb::CsvReader)

public:
    explicit CsvReader(QIODevice *device, qsizetype chunkSize = 1 << 20);
    // Before the first readRecord().
    void setInputOptions(const TextInputOptions &options) { m_options = options; }

    // Reads the next record. Returns false at the end of the input or on an error
    // (check hasError()).
    bool readRecord();

    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    QByteArrayView fieldBytes(int i) const {
        if (i < 0 || i >= fieldCount())
            return {};
        const Span &s = m_fields[static_cast<std::size_t>(i)];
        return QByteArrayView((s.scratch ? m_scratch : m_buf).constData() + s.offset, s.length);
    }
    QString field(int i) const { return QString::fromUtf8(fieldBytes(i)); }
    QStringList fields() const;
    // 1-based line number at which the current record starts.
    qint64 recordLine() const { return m_recordLine; }

    bool hasError() const { return !m_error.isEmpty(); }
    // "line N: reason"
    QString errorString() const { return m_error; }

private:
    struct Span {
        qsizetype offset;
        qsizetype length;
        bool scratch;
    };
    enum class Parse { Record, NeedMore, Error };
    Parse parseRecord(qsizetype &pos, qint64 &lines);
    bool fill(qsizetype atLeast = 0);
    bool checkRecord(qsizetype end);

    QIODevice *m_device;
    qsizetype m_chunkSize;
    TextInputOptions m_options;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    QByteArray m_scratch;
    std::vector<Span> m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_error;
};

} // namespace sb

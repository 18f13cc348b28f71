#include "io/csvreader.h"

#include <QIODevice>

#include <cstring>

namespace sb {

CsvReader::CsvReader(QIODevice *device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize > 0 ? chunkSize : 1 << 20) {
    m_fields.reserve(64);
}

QStringList CsvReader::fields() const {
    QStringList list;
    list.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        list.append(field(i));
    return list;
}

// Moves the unread tail to the front and appends one more chunk, or `atLeast` bytes when
// larger. False when nothing more could be read.
bool CsvReader::fill(qsizetype atLeast) {
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype want = qMax(m_chunkSize, atLeast);
    const qsizetype old = m_buf.size();
    m_buf.resize(old + want);
    const qint64 got = m_device->read(m_buf.data() + old, want);
    m_buf.resize(old + (got > 0 ? got : 0));
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    return true;
}

// Parses one record starting at `pos`. On Record, `pos` is past the record's terminator
// and `lines` counts the line breaks consumed. NeedMore means the buffer ended inside the
// record (and the input may have more); the caller fills and parses again from the start.
CsvReader::Parse CsvReader::parseRecord(qsizetype &pos, qint64 &lines) {
    const char *const base = m_buf.constData();
    const qsizetype size = m_buf.size();
    qsizetype i = pos;
    m_fields.clear();
    if (!m_scratch.isEmpty())
        m_scratch.truncate(0); // keeps the buffer (clear() would free it)
    lines = 0;
    for (;;) {
        // One field starts at i.
        if (m_fields.size() >= static_cast<std::size_t>(m_options.maxFields)) {
            m_error = tr("line %1: the record has more than %2 fields")
                          .arg(m_line)
                          .arg(m_options.maxFields);
            return Parse::Error;
        }
        if (i < size && base[i] == '"') {
            const qsizetype start = i + 1;
            qsizetype j = start;
            bool doubled = false;
            for (;;) {
                const void *q = j < size
                                    ? std::memchr(base + j, '"', static_cast<std::size_t>(size - j))
                                    : nullptr;
                if (!q) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    for (qsizetype k = start; k < size; ++k)
                        lines += base[k] == '\n';
                    m_error = tr("line %1: a quoted field is not closed before the end of the file")
                                  .arg(m_line);
                    return Parse::Error;
                }
                j = static_cast<const char *>(q) - base;
                if (j + 1 >= size && !m_eof)
                    return Parse::NeedMore; // cannot tell "" from " yet
                if (j + 1 < size && base[j + 1] == '"') {
                    doubled = true;
                    j += 2;
                    continue;
                }
                break;
            }
            // base[j] is the closing quote.
            for (qsizetype k = start; k < j; ++k)
                lines += base[k] == '\n';
            if (doubled) {
                // Undo doubled quotes: copy the runs between them.
                const qsizetype off = m_scratch.size();
                qsizetype k = start;
                while (k < j) {
                    const void *q = std::memchr(base + k, '"', static_cast<std::size_t>(j - k));
                    const qsizetype e = q ? static_cast<const char *>(q) - base + 1 : j;
                    m_scratch.append(base + k, e - k);
                    k = e + (q ? 1 : 0); // skip the second quote of the pair
                }
                m_fields.push_back({off, m_scratch.size() - off, true});
            } else {
                m_fields.push_back({start, j - start, false});
            }
            i = j + 1;
            if (i >= size) {
                if (!m_eof)
                    return Parse::NeedMore;
                pos = i;
                return Parse::Record;
            }
            const char c = base[i];
            if (c == ',') {
                ++i;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (i + 1 >= size && !m_eof)
                        return Parse::NeedMore;
                    if (i + 1 < size && base[i + 1] == '\n')
                        ++i;
                }
                pos = i + 1;
                ++lines;
                return Parse::Record;
            }
            m_error = tr("line %1: field %2: unexpected character after a closing quote")
                          .arg(m_line + lines)
                          .arg(m_fields.size());
            return Parse::Error;
        }
        // Unquoted field.
        const qsizetype start = i;
        while (i < size) {
            const char c = base[i];
            if (c == ',' || c == '\n' || c == '\r' || c == '"')
                break;
            ++i;
        }
        if (i >= size) {
            if (!m_eof)
                return Parse::NeedMore;
            m_fields.push_back({start, i - start, false});
            pos = i;
            return Parse::Record;
        }
        const char c = base[i];
        if (c == '"') {
            m_error = tr("line %1: field %2: a quote inside a field that does not start with a "
                         "quote")
                          .arg(m_line + lines)
                          .arg(m_fields.size() + 1);
            return Parse::Error;
        }
        m_fields.push_back({start, i - start, false});
        if (c == ',') {
            ++i;
            continue;
        }
        if (c == '\r') {
            if (i + 1 >= size && !m_eof)
                return Parse::NeedMore;
            if (i + 1 < size && base[i + 1] == '\n')
                ++i;
        }
        pos = i + 1;
        ++lines;
        return Parse::Record;
    }
}

// The record just parsed spans m_buf[m_pos, end): refuses it when it is longer than the
// limit or (unless replacing) not UTF-8, naming its line and the column (in bytes).
bool CsvReader::checkRecord(qsizetype end) {
    const char *const start = m_buf.constData() + m_pos;
    qsizetype length = end - m_pos;
    if (length > 0 && start[length - 1] == '\n')
        --length;
    if (length > 0 && start[length - 1] == '\r')
        --length;
    if (length > m_options.maxRecordBytes) {
        m_error = tr("line %1: the record is longer than the limit of %2 bytes")
                      .arg(m_line)
                      .arg(m_options.maxRecordBytes);
        return false;
    }
    if (m_options.replaceInvalidUtf8)
        return true;
    const qsizetype bad = TextInput::firstInvalidUtf8(QByteArrayView(start, length));
    if (bad < 0)
        return true;
    qint64 line = m_line;
    qsizetype lineStart = 0;
    for (qsizetype k = 0; k < bad; ++k) {
        if (start[k] == '\n') {
            ++line;
            lineStart = k + 1;
        }
    }
    m_error =
        TextInput::invalidUtf8Message(line, bad - lineStart + 1, static_cast<uchar>(start[bad]));
    return false;
}

bool CsvReader::readRecord() {
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buf.size() - m_pos < 4 && fill()) {
        }
        const QByteArrayView head(m_buf.constData() + m_pos, m_buf.size() - m_pos);
        if (const QString encoding = TextInput::foreignByteOrderMark(head); !encoding.isEmpty()) {
            m_error = TextInput::foreignEncodingMessage(encoding);
            m_fields.clear();
            return false;
        }
        if (head.size() >= 3 && std::memcmp(head.data(), "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
    }
    for (;;) {
        // Skip completely empty lines.
        for (;;) {
            if (m_pos >= m_buf.size() && !fill()) {
                m_fields.clear();
                return false;
            }
            const char c = m_buf.at(m_pos);
            if (c == '\n') {
                ++m_pos;
                ++m_line;
            } else if (c == '\r') {
                if (m_pos + 1 >= m_buf.size() && fill())
                    continue;
                m_pos += (m_pos + 1 < m_buf.size() && m_buf.at(m_pos + 1) == '\n') ? 2 : 1;
                ++m_line;
            } else {
                break;
            }
        }
        qsizetype pos = m_pos;
        qint64 lines = 0;
        const Parse p = parseRecord(pos, lines);
        if (p == Parse::Error) {
            m_fields.clear();
            return false;
        }
        if (p == Parse::NeedMore) {
            // Already past the limit (a CR may still wait for its LF): stop reading here.
            if (m_buf.size() - m_pos > m_options.maxRecordBytes + 2) {
                m_error = tr("line %1: the record is longer than the limit of %2 bytes")
                              .arg(m_line)
                              .arg(m_options.maxRecordBytes);
                m_fields.clear();
                return false;
            }
            // Keep the record's start; read more and parse it again from the beginning. Read as
            // much again as is buffered, so that a long record is parsed O(length) times in
            // all, not once per chunk.
            if (!fill(m_buf.size() - m_pos))
                m_eof = true;
            continue;
        }
        if (!checkRecord(pos)) {
            m_fields.clear();
            return false;
        }
        m_recordLine = m_line;
        m_line += lines;
        m_pos = pos;
        return true;
    }
}

} // namespace sb

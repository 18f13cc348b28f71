#pragma once

#include "io/csvreader.h"

#include <QByteArrayView>

#include <string>
#include <vector>

namespace sb {

class RawRecordBatch;

// One record of a RawRecordBatch, with the reader's interface (fieldBytes, fieldCount,
// recordLine) so ColumnMapping can read it like a CsvReader.
struct RawRecord {
    const RawRecordBatch *batch;
    int row;
    QByteArrayView fieldBytes(int column) const;
    int fieldCount() const;
    qint64 recordLine() const;
};

// Copies of the few columns a mapping reads from each record, so that parsing (one thread)
// and mapping plus grading (another) can overlap. Buffers keep their capacity across
// clear(), so a reused batch does not allocate.
class RawRecordBatch {
public:
    explicit RawRecordBatch(std::vector<int> columns)
        : m_columns(std::move(columns)) {}

    void clear() {
        m_bytes.clear();
        m_spans.clear();
        m_lines.clear();
        m_widths.clear();
    }
    void add(const CsvReader &r) {
        m_lines.push_back(r.recordLine());
        m_widths.push_back(r.fieldCount());
        for (const int c : m_columns) {
            const QByteArrayView v = r.fieldBytes(c);
            m_spans.push_back({m_bytes.size(), static_cast<std::size_t>(v.size())});
            m_bytes.append(v.data(), static_cast<std::size_t>(v.size()));
        }
    }
    int size() const { return static_cast<int>(m_lines.size()); }
    RawRecord record(int row) const { return {this, row}; }

    QByteArrayView field(int row, int column) const {
        const std::size_t k = m_columns.size();
        for (std::size_t i = 0; i < k; ++i) {
            if (m_columns[i] == column) {
                const Span &s = m_spans[static_cast<std::size_t>(row) * k + i];
                return QByteArrayView(m_bytes.data() + s.offset, static_cast<qsizetype>(s.length));
            }
        }
        return {};
    }
    int width(int row) const { return m_widths[static_cast<std::size_t>(row)]; }
    qint64 line(int row) const { return m_lines[static_cast<std::size_t>(row)]; }

private:
    struct Span {
        std::size_t offset;
        std::size_t length;
    };
    std::vector<int> m_columns;
    std::string m_bytes;
    std::vector<Span> m_spans;
    std::vector<qint64> m_lines;
    std::vector<int> m_widths;
};

inline QByteArrayView RawRecord::fieldBytes(int column) const {
    return batch->field(row, column);
}
inline int RawRecord::fieldCount() const {
    return batch->width(row);
}
inline qint64 RawRecord::recordLine() const {
    return batch->line(row);
}

} // namespace sb

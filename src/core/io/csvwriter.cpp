#include "io/csvwriter.h"

#include <QIODevice>

namespace sb {

QByteArray CsvWriter::escape(const QString &field) {
    QByteArray utf8 = field.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') ||
                       utf8.contains('\r') || utf8.startsWith(' ') || utf8.endsWith(' ');
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::writeRecord(const QStringList &fields) {
    if (fields.size() == 1 && fields.first().isEmpty()) {
        m_pending.append("\"\"\r\n"); // a bare empty line would read back as no record
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_pending.append(',');
        m_pending.append(escape(fields.at(i)));
    }
    m_pending.append("\r\n");
    if (m_pending.size() >= (1 << 20))
        flush();
}

bool CsvWriter::flush() {
    if (!m_pending.isEmpty() && !m_failed) {
        if (m_device->write(m_pending) != m_pending.size())
            m_failed = true;
        m_pending.clear();
    }
    return !m_failed;
}

} // namespace sb

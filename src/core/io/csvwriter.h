#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace sb {

// RFC 4180 writer: UTF-8 without BOM, CRLF between records; a field is quoted when it holds
// a comma, a quote, CR or LF, or starts or ends with a space (doubling inner quotes).
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device)
        : m_device(device) {}
    ~CsvWriter() { flush(); }
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRecord(const QStringList &fields);
    // False when the device refused the bytes.
    bool flush();

    static QByteArray escape(const QString &field);

private:
    QIODevice *m_device;
    QByteArray m_pending;
    bool m_failed = false;
};

} // namespace sb

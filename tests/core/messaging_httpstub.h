#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1:<free port> for the webhook outbox tests: it records
// every request and answers from a script of (status, body) replies; the last reply repeats.
// With hold() it records requests and never answers (a receiver that hangs).

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace sb::test {

struct StubRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// No Q_OBJECT: it needs no signals of its own (and headers here are not moc'ed).
class HttpStub : public QObject {
public:
    struct Reply {
        int status = 200;
        QByteArray body;
    };

    explicit HttpStub(QObject *parent = nullptr)
        : QObject(parent) {
        connect(&m_server, &QTcpServer::newConnection, this, &HttpStub::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    ~HttpStub() override {
        // Sockets report "disconnected" while they are destroyed: drop them before members go.
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
            if (s) {
                disconnect(s, nullptr, this, nullptr);
                delete s.data();
            }
        }
    }

    bool isListening() const { return m_server.isListening(); }
    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    void setScript(QList<Reply> replies) {
        m_script = std::move(replies);
        m_next = 0;
    }
    void hold(bool on) { m_hold = on; }
    const QList<StubRequest> &requests() const { return m_requests; }
    // Requests answered with a 2xx.
    int acknowledged() const { return m_acknowledged; }

private:
    void accept() {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            m_sockets.append(s);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                s->deleteLater();
            });
        }
    }

    void read(QTcpSocket *s) {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            StubRequest r;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                     lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length", "0").toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            r.body = buf.mid(end + 4, length);
            buf.remove(0, end + 4 + length);
            m_requests.append(r);
            if (m_hold)
                continue;
            const Reply reply =
                m_script.isEmpty()
                    ? Reply{}
                    : m_script.at(std::min<qsizetype>(m_next++, m_script.size() - 1));
            if (reply.status >= 200 && reply.status < 300)
                ++m_acknowledged;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n" +
                             "Content-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(reply.body.size()) +
                             "\r\nConnection: close\r\n\r\n" + reply.body;
            s->write(out);
            s->disconnectFromHost();
            return;
        }
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Reply> m_script;
    qsizetype m_next = 0;
    bool m_hold = false;
    QList<StubRequest> m_requests;
    int m_acknowledged = 0;
};

} // namespace sb::test

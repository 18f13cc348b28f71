// MetricsSource against a local HTTP server started here (QTcpServer on 127.0.0.1:0):
// a good answer, no answer in time, HTTP 500, malformed JSON, status:error, a bad element.
#include "grading/metricssource.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace sb;

namespace {
const QByteArray kGood =
    "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
    "{\"metric\":{\"problem_type\":\"login_failure\"},\"value\":[1700000000.123,\"0.013\"]},"
    "{\"metric\":{\"problem_type\":\"order_failure\"},\"value\":[1700000000.5,\"0\"]}]}}";
}

class TestGradingMetrics : public QObject {
    Q_OBJECT

    QTcpServer m_server;
    int m_status = 200;
    QByteArray m_body;
    bool m_silent = false;
    QByteArray m_lastRequest;

    void serve(QTcpSocket *s) {
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            m_lastRequest += s->readAll();
            if (!m_lastRequest.contains("\r\n\r\n") || m_silent)
                return;
            const QByteArray reason = m_status == 200 ? "OK" : "Internal Server Error";
            s->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason +
                     "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
            s->disconnectFromHost();
        });
    }

    // Runs one poll and returns the state it ends in.
    MetricsSource::State pollOnce(MetricsSource &source, QList<QVariantList> *samples = nullptr,
                                  int timeoutMs = 3000) {
        MetricsSettings s;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(m_server.serverPort()));
        s.timeoutMs = timeoutMs;
        s.intervalMs = 3600000;
        source.configure(s);
        QSignalSpy polled(&source, &MetricsSource::polled);
        QSignalSpy got(&source, &MetricsSource::sample);
        m_lastRequest.clear();
        source.start();
        if (!polled.wait(10000))
            qWarning("no poll finished");
        source.stop();
        if (samples)
            for (const auto &args : got)
                samples->append(args);
        return source.state();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    void init() {
        m_status = 200;
        m_body = kGood;
        m_silent = false;
    }

    void goodAnswerGivesSamples() {
        MetricsSource source;
        QList<QVariantList> samples;
        QCOMPARE(pollOnce(source, &samples), MetricsSource::State::Ok);
        QVERIFY(m_lastRequest.startsWith("GET /api/v1/query?query=signalboard_affected_share "));
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.at(0).at(0).toLongLong(), 1700000000123LL);
        QCOMPARE(samples.at(0).at(1).toString(), QStringLiteral("login_failure"));
        QCOMPARE(samples.at(0).at(2).toDouble(), 0.013);
        QCOMPARE(samples.at(1).at(2).toDouble(), 0.0);
    }

    void noAnswerInTimeIsAnError() {
        m_silent = true;
        MetricsSource source;
        QList<QVariantList> samples;
        QCOMPARE(pollOnce(source, &samples, 200), MetricsSource::State::Error);
        QVERIFY2(source.message().contains(QLatin1StringView("no answer within 200 ms")),
                 qPrintable(source.message()));
        QVERIFY(samples.isEmpty());
    }

    void http500IsAnError() {
        m_status = 500;
        m_body = "oops";
        MetricsSource source;
        QSignalSpy state(&source, &MetricsSource::stateChanged);
        QCOMPARE(pollOnce(source), MetricsSource::State::Error);
        QVERIFY2(source.message().contains(QLatin1StringView("HTTP 500")),
                 qPrintable(source.message()));
        QCOMPARE(state.last().at(0).value<MetricsSource::State>(), MetricsSource::State::Error);
    }

    void malformedJsonIsAnError() {
        m_body = "{\"status\":\"success\",\"data\":";
        MetricsSource source;
        QCOMPARE(pollOnce(source), MetricsSource::State::Error);
        QVERIFY2(source.message().contains(QLatin1StringView("not JSON")),
                 qPrintable(source.message()));
    }

    void statusErrorIsAnError() {
        m_body =
            "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 3\"}";
        MetricsSource source;
        QCOMPARE(pollOnce(source), MetricsSource::State::Error);
        QVERIFY2(source.message().contains(QLatin1StringView("bad_data: parse error at char 3")),
                 qPrintable(source.message()));
    }

    void badElementIsNamedAndNothingIsApplied() {
        QList<AffectedShareSample> out;
        QString error;
        QVERIFY(!MetricsSource::parse(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
            "{\"metric\":{\"problem_type\":\"login_failure\"},\"value\":[1,\"0.5\"]},"
            "{\"metric\":{\"problem_type\":\"nope\"},\"value\":[1,\"0.5\"]}]}}",
            out, error));
        QCOMPARE(error, QStringLiteral(
                            "data.result[1].metric.problem_type: unknown problem type \"nope\""));
        QVERIFY(!MetricsSource::parse(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
            "{\"metric\":{\"problem_type\":\"login_failure\"},\"value\":[1,\"1.5\"]}]}}",
            out, error));
        QVERIFY(error.startsWith(QLatin1StringView("data.result[0].value")));
        QVERIFY(out.isEmpty());
        m_body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}";
        MetricsSource source;
        QCOMPARE(pollOnce(source), MetricsSource::State::Error);
        QVERIFY(source.message().contains(QLatin1StringView("resultType")));
    }

    void noUrlMeansOff() {
        MetricsSource source;
        source.configure(MetricsSettings{});
        QSignalSpy state(&source, &MetricsSource::stateChanged);
        source.start();
        QCOMPARE(source.state(), MetricsSource::State::Off);
        QCOMPARE(state.size(), 1);
        QVERIFY(source.message().contains(QLatin1StringView("metrics.url")));
    }
};

QTEST_GUILESS_MAIN(TestGradingMetrics)
#include "tst_grading_metrics.moc"

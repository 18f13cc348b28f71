#pragma once

#include "storage/settingsstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace sb {

// Where the affected-share samples of docs/spec/GRADING.md opening rule 2 come from (shared
// settings):
//   metrics.url          the Prometheus query endpoint, e.g. http://prom:9090/api/v1/query
//                        (empty: the source is off)
//   metrics.query        PromQL giving one sample per problem type, labelled problem_type,
//                        valued as a fraction 0..1 (default signalboard_affected_share)
//   metrics.interval_ms  poll interval (default 15000)
//   metrics.timeout_ms   answer deadline of one poll (default 5000)
struct MetricsSettings {
    QUrl url;
    QString query = QStringLiteral("signalboard_affected_share");
    int intervalMs = 15000;
    int timeoutMs = 5000;

    static bool load(const SettingsStore &settings, MetricsSettings &out, QString &error);
};

struct AffectedShareSample {
    qint64 atMs = 0;
    QString problemType;
    double share = 0;
};

// Polls a Prometheus-compatible /api/v1/query endpoint (instant vector) and hands each
// sample to the live engine. The state (off, ok, error) and a sentence saying what went
// wrong (no answer in time, HTTP status, not JSON, status:error, a bad element named by its
// index) are signalled; one bad element rejects the whole answer (no half-applied poll).
class MetricsSource : public QObject {
    Q_OBJECT
public:
    enum class State { Off, Ok, Error };
    Q_ENUM(State)

    explicit MetricsSource(QObject *parent = nullptr);
    ~MetricsSource() override;

    void configure(const MetricsSettings &settings);
    const MetricsSettings &settings() const { return m_settings; }
    State state() const { return m_state; }
    QString message() const { return m_message; }

    // Parses one answer; `error` names the place.
    static bool parse(const QByteArray &body, QList<AffectedShareSample> &out, QString &error);

public Q_SLOTS:
    void start(); // polls at once, then every interval
    void stop();
    void pollNow();

Q_SIGNALS:
    void sample(qint64 atMs, const QString &problemType, double share);
    void stateChanged(sb::MetricsSource::State state, const QString &message);
    void polled(); // after each poll, whatever its outcome

private:
    void finished();
    void timedOut();
    void setState(State s, const QString &message);

    MetricsSettings m_settings;
    QNetworkAccessManager m_nam;
    QTimer m_interval;
    QTimer m_deadline;
    QPointer<QNetworkReply> m_reply;
    bool m_timedOut = false;
    State m_state = State::Off;
    QString m_message;
};

} // namespace sb

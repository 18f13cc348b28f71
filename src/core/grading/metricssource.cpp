#include "grading/metricssource.h"

#include "grading/ruleset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

#include <cmath>

namespace sb {

bool MetricsSettings::load(const SettingsStore &settings, MetricsSettings &out, QString &error) {
    QString url;
    QString query;
    qint64 interval = 0;
    qint64 timeout = 0;
    if (!settings.value(QStringLiteral("metrics.url"), QString(), url, error) ||
        !settings.value(QStringLiteral("metrics.query"),
                        QStringLiteral("signalboard_affected_share"), query, error) ||
        !settings.integer(QStringLiteral("metrics.interval_ms"), 15000, 1000, 3600000, interval,
                          error) ||
        !settings.integer(QStringLiteral("metrics.timeout_ms"), 5000, 100, 60000, timeout, error))
        return false;
    out.url = url.trimmed().isEmpty() ? QUrl() : QUrl(url.trimmed(), QUrl::StrictMode);
    if (!url.trimmed().isEmpty() &&
        (!out.url.isValid() || (out.url.scheme() != QLatin1StringView("http") &&
                                out.url.scheme() != QLatin1StringView("https")))) {
        error = MetricsSource::tr("metrics.url: \"%1\" is not an http or https address").arg(url);
        return false;
    }
    out.query = query;
    out.intervalMs = static_cast<int>(interval);
    out.timeoutMs = static_cast<int>(timeout);
    return true;
}

MetricsSource::MetricsSource(QObject *parent)
    : QObject(parent) {
    m_interval.setObjectName(QStringLiteral("metricsInterval"));
    m_deadline.setSingleShot(true);
    connect(&m_interval, &QTimer::timeout, this, &MetricsSource::pollNow);
    connect(&m_deadline, &QTimer::timeout, this, &MetricsSource::timedOut);
}

MetricsSource::~MetricsSource() {
    if (m_reply)
        m_reply->abort();
}

void MetricsSource::configure(const MetricsSettings &settings) {
    m_settings = settings;
}

void MetricsSource::start() {
    if (m_settings.url.isEmpty()) {
        setState(State::Off, tr("No metrics endpoint is set (setting metrics.url)."));
        return;
    }
    m_interval.start(m_settings.intervalMs);
    pollNow();
}

void MetricsSource::stop() {
    m_interval.stop();
    m_deadline.stop();
    if (m_reply)
        m_reply->abort();
}

void MetricsSource::pollNow() {
    if (m_reply || m_settings.url.isEmpty())
        return; // one poll at a time
    QUrl url = m_settings.url;
    if (!m_settings.query.isEmpty()) {
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("query"), m_settings.query);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
    m_reply = m_nam.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &MetricsSource::finished);
    m_deadline.start(m_settings.timeoutMs);
}

void MetricsSource::timedOut() {
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows
}

void MetricsSource::finished() {
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_deadline.stop();
    if (!reply)
        return;
    reply->deleteLater();
    const QString where = m_settings.url.toDisplayString(QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut) {
        setState(State::Error,
                 tr("%1: no answer within %2 ms").arg(where).arg(m_settings.timeoutMs));
    } else if (status != 0 && status != 200) {
        setState(State::Error,
                 tr("%1: HTTP %2 %3")
                     .arg(where)
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    } else if (reply->error() != QNetworkReply::NoError) {
        setState(State::Error, tr("%1: %2").arg(where, reply->errorString()));
    } else {
        QList<AffectedShareSample> samples;
        QString error;
        if (!parse(reply->readAll(), samples, error)) {
            setState(State::Error, tr("%1: %2").arg(where, error));
        } else {
            setState(State::Ok,
                     tr("%n sample(s) from %1", nullptr, int(samples.size())).arg(where));
            for (const AffectedShareSample &s : std::as_const(samples))
                Q_EMIT sample(s.atMs, s.problemType, s.share);
        }
    }
    Q_EMIT polled();
}

bool MetricsSource::parse(const QByteArray &body, QList<AffectedShareSample> &out, QString &error) {
    out.clear();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        error =
            pe.error != QJsonParseError::NoError
                ? tr("the answer is not JSON (offset %1: %2)").arg(pe.offset).arg(pe.errorString())
                : tr("the answer is not a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == QLatin1StringView("error")) {
        error = tr("the query failed: %1: %2")
                    .arg(root.value(QStringLiteral("errorType")).toString(),
                         root.value(QStringLiteral("error")).toString());
        return false;
    }
    if (status != QLatin1StringView("success")) {
        error = tr("status: expected \"success\", found \"%1\"").arg(status);
        return false;
    }
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("resultType")).toString() != QLatin1StringView("vector")) {
        error = tr("data.resultType: expected \"vector\", found \"%1\"")
                    .arg(data.value(QStringLiteral("resultType")).toString());
        return false;
    }
    const QJsonValue result = data.value(QStringLiteral("result"));
    if (!result.isArray()) {
        error = tr("data.result: expected an array");
        return false;
    }
    const QJsonArray items = result.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("data.result[%1]").arg(i);
        const QJsonObject item = items.at(i).toObject();
        const QString type = item.value(QStringLiteral("metric"))
                                 .toObject()
                                 .value(QStringLiteral("problem_type"))
                                 .toString();
        if (RuleSet::typeIndex(QStringView(type)) < 0) {
            error = tr("%1.metric.problem_type: unknown problem type \"%2\"").arg(at, type);
            return false;
        }
        const QJsonArray value = item.value(QStringLiteral("value")).toArray();
        bool ok = false;
        const double share = value.size() == 2 ? value.at(1).toString().toDouble(&ok) : 0;
        if (value.size() != 2 || !value.at(0).isDouble() || !ok || !std::isfinite(share) ||
            share < 0 || share > 1) {
            error = tr("%1.value: expected [unix seconds, \"fraction 0..1\"]").arg(at);
            return false;
        }
        out.append(AffectedShareSample{std::llround(value.at(0).toDouble() * 1000.0), type, share});
    }
    return true;
}

void MetricsSource::setState(State s, const QString &message) {
    const bool changed = s != m_state || message != m_message;
    m_state = s;
    m_message = message;
    if (changed)
        Q_EMIT stateChanged(s, message);
}

} // namespace sb

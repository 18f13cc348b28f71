#include "messaging/webhook.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {
struct KindKey {
    WebhookKind kind;
    const char *key;
};
constexpr KindKey kKinds[] = {
    {WebhookKind::WeCom, "wecom"},
    {WebhookKind::DingTalk, "dingtalk"},
    {WebhookKind::Feishu, "feishu"},
    {WebhookKind::Slack, "slack"},
};
} // namespace

QString webhookKindKey(WebhookKind kind) {
    for (const KindKey &k : kKinds) {
        if (k.kind == kind)
            return QLatin1StringView(k.key);
    }
    return {};
}

bool webhookKindFromKey(const QString &key, WebhookKind &out) {
    for (const KindKey &k : kKinds) {
        if (key == QLatin1StringView(k.key)) {
            out = k.kind;
            return true;
        }
    }
    return false;
}

QByteArray webhookBody(WebhookKind kind, const QString &text) {
    QJsonObject o;
    switch (kind) {
    case WebhookKind::WeCom:
    case WebhookKind::DingTalk:
        o.insert(QStringLiteral("msgtype"), QStringLiteral("text"));
        o.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("content"), text}});
        break;
    case WebhookKind::Feishu:
        o.insert(QStringLiteral("msg_type"), QStringLiteral("text"));
        o.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), text}});
        break;
    case WebhookKind::Slack:
        o.insert(QStringLiteral("text"), text);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool webhookAccepted(const QString &kindKey, int httpStatus, const QByteArray &reply,
                     QString &why) {
    const QString snippet = QString::fromUtf8(reply.left(300)).simplified();
    if (httpStatus < 200 || httpStatus > 299) {
        why = QCoreApplication::translate("Webhook", "HTTP status %1: %2")
                  .arg(httpStatus)
                  .arg(snippet);
        return false;
    }
    WebhookKind kind;
    if (!webhookKindFromKey(kindKey, kind) || kind == WebhookKind::Slack)
        return true;
    const QJsonDocument doc = QJsonDocument::fromJson(reply);
    if (!doc.isObject())
        return true; // a 2xx without the usual JSON still took the message
    const QJsonObject o = doc.object();
    const QStringList codeFields =
        kind == WebhookKind::Feishu
            ? QStringList{QStringLiteral("code"), QStringLiteral("StatusCode")}
            : QStringList{QStringLiteral("errcode")};
    for (const QString &f : codeFields) {
        if (o.contains(f) && o.value(f).toInteger(-1) != 0) {
            why = QCoreApplication::translate("Webhook",
                                              "The service refused the message (%1 %2): %3")
                      .arg(f)
                      .arg(o.value(f).toInteger(-1))
                      .arg(snippet);
            return false;
        }
    }
    return true;
}

QString webhookText(const QString &subject, const QString &body, const QString &script) {
    QString text;
    if (!subject.isEmpty())
        text = subject + QLatin1Char('\n');
    text += body;
    if (!script.isEmpty())
        text += QLatin1Char('\n') +
                QCoreApplication::translate("Webhook", "Answer script: %1").arg(script);
    return text;
}

} // namespace sb

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sb {

// External chat groups a notice can be pushed to through the outbox.
enum class WebhookKind { WeCom, DingTalk, Feishu, Slack };

QString webhookKindKey(WebhookKind kind); // "wecom", "dingtalk", "feishu", "slack"
bool webhookKindFromKey(const QString &key, WebhookKind &out);

// The JSON body each service expects for a plain text message (UTF-8, compact):
//   WeCom 企业微信 / DingTalk 钉钉: {"msgtype":"text","text":{"content":…}}
//   Feishu 飞书:                   {"msg_type":"text","content":{"text":…}}
//   Slack-style:                  {"text":…}
QByteArray webhookBody(WebhookKind kind, const QString &text);

// Whether a reply acknowledges the message. Needs a 2xx status; WeCom and DingTalk also
// answer 200 with {"errcode":n} and Feishu with {"code":n} (or {"StatusCode":n}) when they
// refuse (bad key, rate limit): a non-zero code is not an acknowledgement. On false `why`
// says what the server answered.
bool webhookAccepted(const QString &kindKey, int httpStatus, const QByteArray &reply, QString &why);

// The text pushed for a message: subject, body and answer script on separate lines.
QString webhookText(const QString &subject, const QString &body, const QString &script);

} // namespace sb

#include "reports/reportdelivery.h"

#include "messaging/audience.h"
#include "messaging/messageattachments.h"
#include "messaging/messagestore.h"
#include "messaging/webhookoutbox.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace sb {

namespace {

QString mimeFor(const ReportOutputFile &f) {
    const QString format = f.format.toLower();
    if (format == QStringLiteral("pdf"))
        return QStringLiteral("application/pdf");
    if (format == QStringLiteral("csv"))
        return QStringLiteral("text/csv");
    if (format == QStringLiteral("xlsx"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    if (format == QStringLiteral("json"))
        return QStringLiteral("application/json");
    return QStringLiteral("application/octet-stream");
}

} // namespace

ReportDelivery::ReportDelivery(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool ReportDelivery::deliver(const ReportDeliveryRequest &request, ReportDeliveryResult &result,
                             QString &error) {
    result = {};
    int attempted = 0;

    // The broadcast: one message to the union of the audiences, the files attached.
    if (!request.audience.isEmpty()) {
        ++attempted;
        QList<qint64> staff;
        QStringList audienceErrors;
        for (const Audience &a : request.audience) {
            QList<qint64> ids;
            QString e;
            if (AudienceResolver(m_db).resolve(a, ids, e))
                staff += ids;
            else
                audienceErrors.append(e);
        }
        std::sort(staff.begin(), staff.end());
        staff.erase(std::unique(staff.begin(), staff.end()), staff.end());
        for (const QString &e : std::as_const(audienceErrors))
            result.errors.append(tr("Broadcast audience: %1").arg(e));
        if (!staff.isEmpty()) {
            OutgoingMessage m;
            m.senderId = request.senderId;
            m.subject = request.subject;
            m.body = request.summary;
            if (m.body.trimmed().isEmpty())
                m.body = request.subject.trimmed().isEmpty() ? tr("A report has been delivered.")
                                                             : request.subject;
            // One audience keeps its own description (a team, a role); several become the
            // people they name, each once.
            m.audience =
                request.audience.size() == 1 ? request.audience.first() : Audience::staff(staff);
            for (const ReportOutputFile &f : request.attachments) {
                MessageAttachment a;
                a.fileName = f.fileName;
                a.mime = mimeFor(f);
                a.bytes = f.bytes;
                m.attachments.append(a);
            }
            SendReport report;
            QString e;
            if (MessageStore(m_db, m_clock).send(m, result.messageId, e, &report)) {
                result.recipients = report.recipients;
            } else {
                result.messageId = 0;
                result.errors.append(tr("Broadcast: %1").arg(e));
            }
        } else if (audienceErrors.isEmpty()) {
            result.errors.append(tr("Broadcast: the audience has nobody in it."));
        }
    }

    // The folder: every file written whole (QSaveFile) or not at all.
    if (!request.folder.isEmpty()) {
        ++attempted;
        const QString folder = QDir::cleanPath(QDir(request.folder).absolutePath());
        if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir()) {
            result.errors.append(
                tr("Folder %1: it does not exist and cannot be created.").arg(folder));
        } else {
            for (const ReportOutputFile &f : request.folderFiles) {
                const QString problem = MessageAttachmentStore::fileNameProblem(f.fileName);
                if (!problem.isEmpty()) {
                    result.errors.append(tr("Folder %1: %2").arg(folder, problem));
                    continue;
                }
                const QString path = QDir(folder).filePath(f.fileName);
                QSaveFile out(path);
                if (!out.open(QIODevice::WriteOnly) || out.write(f.bytes) != f.bytes.size() ||
                    !out.commit()) {
                    result.errors.append(tr("Folder %1: cannot write %2: %3")
                                             .arg(folder, f.fileName, out.errorString()));
                    out.cancelWriting();
                    continue;
                }
                result.writtenFiles.append(path);
            }
        }
    }

    // The chat webhooks: the summary, queued in the outbox, one target at a time.
    if (request.webhooks) {
        ++attempted;
        WebhookOutbox outbox(m_db);
        QList<WebhookTarget> enabled;
        QString e;
        if (!outbox.targets(enabled, true, e)) {
            result.errors.append(tr("Webhooks: %1").arg(e));
        } else {
            QList<qint64> ids = request.webhookTargetIds;
            if (ids.isEmpty()) {
                for (const WebhookTarget &t : std::as_const(enabled))
                    ids.append(t.id);
            }
            const QString text = webhookText(request.subject, request.summary, QString());
            const qint64 now = m_clock.nowMs();
            for (qint64 id : std::as_const(ids)) {
                const auto it = std::find_if(enabled.cbegin(), enabled.cend(),
                                             [id](const WebhookTarget &t) { return t.id == id; });
                if (it == enabled.cend()) {
                    result.errors.append(
                        tr("Webhook target %1 does not exist or is disabled.").arg(id));
                    continue;
                }
                qint64 outboxId = 0;
                if (!outbox.enqueue(it->kind, it->url, text, now, result.messageId, outboxId, e)) {
                    result.errors.append(tr("Webhook target \"%1\": %2").arg(it->name, e));
                    continue;
                }
                ++result.webhooksQueued;
            }
            if (ids.isEmpty())
                result.errors.append(tr("Webhooks: no webhook target is enabled."));
        }
    }

    // False only when something was asked and nothing at all went out.
    if (attempted > 0 && result.messageId == 0 && result.writtenFiles.isEmpty() &&
        result.webhooksQueued == 0) {
        error = result.errors.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

} // namespace sb

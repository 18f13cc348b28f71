#pragma once

#include "messaging/message.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb {

// One finished output of a report run: what the archive stores and what delivery hands out.
struct ReportOutputFile {
    QString format;   // "pdf", "csv", "xlsx", "json"
    QString fileName; // e.g. "weekly-report-2026-W49.pdf": no directory part
    QByteArray bytes;
    QString sha256; // lowercase hex of `bytes`
};

// Where a finished run goes. Every target is optional; an empty request delivers nothing.
struct ReportDeliveryRequest {
    qint64 runId = 0;         // the report run being delivered (0: not from a stored run)
    qint64 senderId = 0;      // 0: the system
    QString subject;          // the broadcast's subject, already in the report's language
    QString summary;          // plain-text summary: the broadcast's body and the webhook text
    QList<Audience> audience; // the broadcast's recipients (their union); empty: no broadcast
    QList<ReportOutputFile> attachments; // attached to the broadcast (the PDF, usually)
    QString folder;                      // a directory (a file share) to write every file to
    QList<ReportOutputFile> folderFiles; // what goes to the folder
    bool webhooks = false;               // post the summary to the chat webhooks
    QList<qint64> webhookTargetIds;      // with webhooks: only these; empty: every enabled one
};

// What happened; each target reports on its own, so one failing target loses nothing of the
// others.
struct ReportDeliveryResult {
    qint64 messageId = 0;     // the broadcast (0: none sent)
    int recipients = 0;       // its recipients, for read receipts
    QStringList writtenFiles; // absolute paths written to the folder
    int webhooksQueued = 0;   // webhook deliveries queued
    QStringList errors;       // one line per failed target, saying which and why
};

// Delivers a finished report: a broadcast with the files attached (read receipts as for every
// broadcast), files written to a folder, a summary posted to the chat webhooks. Runs on the
// caller's connection; on PostgreSQL through the messaging functions, as the caller's login.
class ReportDelivery {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportDelivery)
public:
    ReportDelivery(Database &db, const Clock &clock);

    // False only when nothing could be delivered at all; `result.errors` names every target
    // that failed.
    bool deliver(const ReportDeliveryRequest &request, ReportDeliveryResult &result,
                 QString &error);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

#pragma once
// Delivering a finished report: a broadcast with the PDF attached (read receipts as for every
// broadcast), files written to a folder, the summary queued for the chat webhooks. One test
// class for tst_report_delivery (SQLite) and tst_report_delivery_pg (PostgreSQL).
#include "databasetest.h"
#include "messaging/messageattachments.h"
#include "messaging/webhookoutbox.h"
#include "messaging_fixture.h"
#include "reports/reportdelivery.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class ReportDeliveryTest : public sb::test::DatabaseTest {
    Q_OBJECT

protected:
    std::unique_ptr<sb::Database> m_db;
    sb::ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC)};
    sb::test::Seed m_seed;

    void openSeeded() {
        QString error;
        m_db = sb::test::openMigrated(
            freshDatabase(QStringLiteral("sb_rdeliver_%1").arg(++m_counter)), error);
        QVERIFY2(m_db, qPrintable(error));
        m_seed = sb::test::seedPeople(*m_db);
    }

    // A PDF-like file with every byte value (NULs included), so a text round trip would show.
    static sb::ReportOutputFile pdf(const QString &name = QStringLiteral("weekly-report.pdf")) {
        sb::ReportOutputFile f;
        f.format = QStringLiteral("pdf");
        f.fileName = name;
        f.bytes = QByteArray("%PDF-1.7\n");
        for (int i = 0; i < 3000; ++i)
            f.bytes.append(char(i % 256));
        f.bytes.append("\n%%EOF\n");
        f.sha256 = sb::MessageAttachmentStore::sha256Hex(f.bytes);
        return f;
    }
    static sb::ReportOutputFile csv() {
        sb::ReportOutputFile f;
        f.format = QStringLiteral("csv");
        f.fileName = QStringLiteral("weekly-report.csv");
        f.bytes = QByteArrayLiteral("\xEF\xBB\xBFkey,total\r\nphone,12\r\n");
        f.sha256 = sb::MessageAttachmentStore::sha256Hex(f.bytes);
        return f;
    }
    static QByteArray readFile(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    qint64 addTarget(const QString &name, bool enabled) {
        sb::WebhookOutbox outbox(*m_db);
        QString error;
        qint64 id = 0;
        if (!outbox.addTarget({0, name, sb::WebhookKind::Feishu,
                               QStringLiteral("https://hooks.example/") + name, true},
                              m_clock.nowMs(), QStringLiteral("erin"), id, error) ||
            (!enabled &&
             !outbox.setTargetEnabled(id, false, m_clock.nowMs(), QStringLiteral("erin"), error)))
            qFatal("addTarget: %s", qPrintable(error));
        return id;
    }

private:
    int m_counter = 0;

private Q_SLOTS:
    void cleanup() { m_db.reset(); }

    void broadcastToTeamsWithThePdf() {
        using namespace sb;
        ReportDeliveryRequest request;
        request.senderId = m_seed.erin;
        request.subject = QStringLiteral("Weekly report 2026-W49");
        request.summary = QStringLiteral("Received 2389 tickets (+4%).\n<b>not html</b>");
        // Team A (alice, bob; frank has left) and dave by name: three people, once each.
        request.audience = {Audience::team(m_seed.teamA), Audience::staff({m_seed.dave}),
                            Audience::staff({m_seed.bob})};
        request.attachments = {pdf()};
        ReportDeliveryResult result;
        QString error;
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.messageId > 0);
        QCOMPARE(result.recipients, 3);
        QCOMPARE(test::recipientsOf(*m_db, result.messageId),
                 (QList<qint64>{m_seed.alice, m_seed.bob, m_seed.dave}));

        MessageStore store(*m_db, m_clock);
        for (qint64 person : {m_seed.alice, m_seed.bob, m_seed.dave}) {
            QList<StoredMessage> inbox;
            QVERIFY2(store.pending(person, inbox, error), qPrintable(error));
            QCOMPARE(test::idsOf(inbox), QList<qint64>{result.messageId});
            QCOMPARE(inbox.first().subject, request.subject);
            QCOMPARE(inbox.first().body, request.summary);
            QCOMPARE(inbox.first().attachmentNames,
                     QStringList{QStringLiteral("weekly-report.pdf")});
            QList<MessageAttachment> files;
            QVERIFY2(store.attachments(result.messageId, files, error), qPrintable(error));
            QCOMPARE(files.size(), 1);
            QCOMPARE(files.first().fileName, QStringLiteral("weekly-report.pdf"));
            QCOMPARE(files.first().mime, QStringLiteral("application/pdf"));
            QCOMPARE(files.first().size, qint64(pdf().bytes.size()));
            QCOMPARE(files.first().sha256, pdf().sha256);
            QVERIFY(files.first().bytes.isEmpty()); // lists carry no bytes
            MessageAttachment one;
            QVERIFY2(store.attachment(files.first().id, one, error), qPrintable(error));
            QCOMPARE(MessageAttachmentStore::sha256Hex(one.bytes), pdf().sha256);
            QCOMPARE(one.bytes, pdf().bytes);
        }
        // Read receipts as for every broadcast.
        ReceiptSummary sum;
        QVERIFY2(store.summary(result.messageId, sum, error), qPrintable(error));
        QCOMPARE(sum.recipients, 3);
        QCOMPARE(sum.read, 0);
        QVERIFY2(store.markRead(m_seed.bob, result.messageId, error), qPrintable(error));
        QVERIFY2(store.summary(result.messageId, sum, error), qPrintable(error));
        QCOMPARE(sum.read, 1);

        // Re-sent to those who have not read it: with the same file.
        qint64 again = 0;
        QVERIFY2(store.resendToUnread(result.messageId, m_seed.erin, again, error),
                 qPrintable(error));
        QCOMPARE(test::recipientsOf(*m_db, again), (QList<qint64>{m_seed.alice, m_seed.dave}));
        QList<MessageAttachment> files;
        QVERIFY2(store.attachments(again, files, error), qPrintable(error));
        QCOMPARE(files.size(), 1);
        MessageAttachment copy;
        QVERIFY2(store.attachment(files.first().id, copy, error), qPrintable(error));
        QCOMPARE(copy.fileName, QStringLiteral("weekly-report.pdf"));
        QCOMPARE(copy.mime, QStringLiteral("application/pdf"));
        QCOMPARE(copy.bytes, pdf().bytes);
    }

    void folderGetsIdenticalFiles() {
        using namespace sb;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportDeliveryRequest request;
        request.subject = QStringLiteral("Weekly report");
        request.summary = QStringLiteral("2389 tickets");
        request.folder = dir.filePath(QStringLiteral("share/reports/2026")); // created
        request.folderFiles = {pdf(), csv()};
        ReportDeliveryResult result;
        QString error;
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.messageId, 0); // no audience: no broadcast
        QCOMPARE(result.writtenFiles.size(), 2);
        const QDir out(request.folder);
        QCOMPARE(readFile(out.filePath(QStringLiteral("weekly-report.pdf"))), pdf().bytes);
        QCOMPARE(readFile(out.filePath(QStringLiteral("weekly-report.csv"))), csv().bytes);
        QCOMPARE(result.writtenFiles.first(),
                 out.absoluteFilePath(QStringLiteral("weekly-report.pdf")));
        // Delivered again: the files are replaced whole.
        request.folderFiles = {csv()};
        request.folderFiles.first().bytes = QByteArrayLiteral("key,total\r\nphone,13\r\n");
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QCOMPARE(readFile(out.filePath(QStringLiteral("weekly-report.csv"))),
                 QByteArrayLiteral("key,total\r\nphone,13\r\n"));
    }

    void badFolderStillBroadcasts() {
        using namespace sb;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ReportDeliveryRequest request;
        request.senderId = m_seed.erin;
        request.subject = QStringLiteral("Weekly report");
        request.summary = QStringLiteral("2389 tickets");
        request.audience = {Audience::team(m_seed.teamB)};
        request.attachments = {pdf()};
        request.folder = dir.filePath(QStringLiteral("blocker/reports")); // under a file
        request.folderFiles = {pdf()};
        ReportDeliveryResult result;
        QString error;
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QVERIFY(result.messageId > 0);
        QCOMPARE(result.recipients, 2); // carol and dave
        QVERIFY(result.writtenFiles.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(QStringLiteral("blocker/reports")),
                 qPrintable(result.errors.first()));

        // A file name never leaves the folder; the good file is still written.
        request.audience.clear();
        request.folder = dir.filePath(QStringLiteral("out"));
        request.folderFiles = {pdf(QStringLiteral("../escape.pdf")), csv(),
                               pdf(QStringLiteral("sub\\x.pdf"))};
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QCOMPARE(result.errors.size(), 2);
        QVERIFY2(result.errors.first().contains(QStringLiteral("../escape.pdf")),
                 qPrintable(result.errors.first()));
        QCOMPARE(result.writtenFiles.size(), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.pdf"))));
        QCOMPARE(QDir(request.folder).entryList(QDir::Files),
                 QStringList{QStringLiteral("weekly-report.csv")});

        // Nothing at all delivered: false, and the error names the target.
        request.folder = dir.filePath(QStringLiteral("blocker/x"));
        request.folderFiles = {csv()};
        QVERIFY(!ReportDelivery(*m_db, m_clock).deliver(request, result, error));
        QVERIFY2(error.contains(QStringLiteral("blocker/x")), qPrintable(error));
    }

    void webhooksGetTheSummary() {
        using namespace sb;
        const qint64 ops = addTarget(QStringLiteral("ops"), true);
        const qint64 leads = addTarget(QStringLiteral("leads"), true);
        const qint64 old = addTarget(QStringLiteral("old"), false);
        ReportDeliveryRequest request;
        request.senderId = m_seed.erin;
        request.subject = QStringLiteral("Weekly report 2026-W49");
        request.summary = QStringLiteral("Received 2389 tickets.");
        request.audience = {Audience::staff({m_seed.alice})};
        request.attachments = {pdf()};
        request.webhooks = true; // every enabled target
        ReportDeliveryResult result;
        QString error;
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.webhooksQueued, 2);
        QList<OutboxEntry> entries;
        QVERIFY2(WebhookOutbox(*m_db).entries(entries, error, result.messageId), qPrintable(error));
        QCOMPARE(entries.size(), 2);
        QStringList targets;
        for (const OutboxEntry &e : std::as_const(entries)) {
            QCOMPARE(e.state, QStringLiteral("pending"));
            QVERIFY2(QString::fromUtf8(e.payload).contains(request.summary), e.payload.constData());
            QVERIFY(QString::fromUtf8(e.payload).contains(request.subject));
            targets.append(e.target);
        }
        targets.sort();
        QCOMPARE(targets, (QStringList{QStringLiteral("https://hooks.example/leads"),
                                       QStringLiteral("https://hooks.example/ops")}));

        // Named targets: the disabled one fails on its own, the others are queued.
        request.audience.clear();
        request.webhookTargetIds = {old, ops};
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QCOMPARE(result.webhooksQueued, 1);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(QString::number(old)),
                 qPrintable(result.errors.first()));
        Q_UNUSED(leads);
    }

    void oversizeAttachmentIsRefused() {
        using namespace sb;
        QString error;
        QVERIFY2(SettingsStore(*m_db).set(QStringLiteral("messaging.attachment_max_bytes"),
                                          QStringLiteral("1000"), QStringLiteral("erin"),
                                          m_clock.nowMs(), error),
                 qPrintable(error));
        const qint64 before = test::countRows(*m_db, QStringLiteral("messages"));
        QTemporaryDir dir;
        ReportDeliveryRequest request;
        request.senderId = m_seed.erin;
        request.subject = QStringLiteral("Weekly report");
        request.summary = QStringLiteral("2389 tickets");
        request.audience = {Audience::team(m_seed.teamA)};
        request.attachments = {pdf(QStringLiteral("big.pdf"))};
        request.folder = dir.path();
        request.folderFiles = {pdf(QStringLiteral("big.pdf"))};
        ReportDeliveryResult result;
        QVERIFY2(ReportDelivery(*m_db, m_clock).deliver(request, result, error), qPrintable(error));
        QCOMPARE(result.messageId, 0);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(QStringLiteral("big.pdf")) &&
                     result.errors.first().contains(QStringLiteral("1000")),
                 qPrintable(result.errors.first()));
        QCOMPARE(test::countRows(*m_db, QStringLiteral("messages")), before); // nothing half-sent
        QCOMPARE(test::countRows(*m_db, QStringLiteral("message_attachments")), 0);
        QCOMPARE(result.writtenFiles.size(), 1); // the folder still got the file
    }

    void attachmentsNeverChange() {
        using namespace sb;
        OutgoingMessage m = test::simple(m_seed.erin, Audience::staff({m_seed.alice}),
                                         QStringLiteral("see the file"));
        MessageAttachment a;
        a.fileName = QStringLiteral("notes.txt");
        a.bytes = QByteArrayLiteral("hello");
        m.attachments = {a};
        qint64 id = 0;
        QString error;
        QVERIFY2(MessageStore(*m_db, m_clock).send(m, id, error), qPrintable(error));
        QVERIFY(!m_db->exec(QStringLiteral("UPDATE message_attachments SET bytes = ?"),
                            {QByteArrayLiteral("other")}, error));
        QVERIFY2(error.contains(QStringLiteral("never change")), qPrintable(error));
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM message_attachments"), {}, error));
        QVERIFY2(error.contains(QStringLiteral("never change")), qPrintable(error));
        QList<MessageAttachment> files;
        QVERIFY2(MessageStore(*m_db, m_clock).attachments(id, files, error), qPrintable(error));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().mime, QStringLiteral("application/octet-stream"));
        QCOMPARE(files.first().sha256, MessageAttachmentStore::sha256Hex("hello"));
        // A name with a folder part is refused before anything is written.
        m.attachments.first().fileName = QStringLiteral("../../etc/passwd");
        QVERIFY(!MessageStore(*m_db, m_clock).send(m, id, error));
        QVERIFY2(error.contains(QStringLiteral("../../etc/passwd")), qPrintable(error));
        QCOMPARE(test::countRows(*m_db, QStringLiteral("message_attachments")), 1);
    }
};

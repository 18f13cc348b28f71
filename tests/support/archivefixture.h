#pragma once
// Shared by the archive reader's tests (core and GUI): a live SQLite database with closed
// tickets old enough to leave, and recent and open ones that stay, archived with Archiver
// into an .sbarchive file. The archived tickets carry a timeline, an attachment and a
// knowledge-base link.

#include "archive/archiver.h"
#include "storage/dialect.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace sb::test {

struct ArchiveFixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> live;
    ManualClock clock{QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)};
    qint64 staff = 0;
    qint64 article = 0;
    QList<qint64> archived; // ids, ascending
    QList<qint64> staying;
    int external = 0;

    qint64 monthsAgo(int months) const {
        return clock.now().addMonths(-months).toMSecsSinceEpoch();
    }

    bool run(const QString &sql, const QVariantList &values, QString &e) const {
        return live->exec(sql, values, e);
    }

    // A ticket of `channel` in `state`, closed (its last move into the state) at `closedAt`,
    // with a timeline of two events.
    qint64 ticket(const QString &state, qint64 closedAt, const QString &channel, QString &e) {
        qint64 id = 0;
        const qint64 received = closedAt - 86400000;
        if (!dialect::insertReturningId(
                *live,
                QStringLiteral("INSERT INTO tickets (source, external_id, received_at, channel, "
                               "customer_tier, problem_type, category, state, subject, "
                               "handler_id, updated_at) VALUES ('t', ?, ?, ?, 'normal', "
                               "'billing', 'fees', ?, ?, ?, ?)"),
                {QString::number(++external), received, channel, state,
                 QStringLiteral("Complaint %1").arg(external), staff, closedAt},
                id, e))
            return 0;
        if (!run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, action, "
                                "to_state, note) VALUES (?, ?, ?, 'register', 'registered', "
                                "'first call')"),
                 {id, received, staff}, e) ||
            !run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, action, "
                                "from_state, to_state, note) VALUES (?, ?, ?, 'move', "
                                "'registered', ?, 'answered by letter')"),
                 {id, closedAt, staff, state}, e))
            return 0;
        return id;
    }

    // The live database, and `archived` moved into `file` (3 tickets: two by phone, one by
    // e-mail); two tickets stay (closed last month, and open).
    bool setUp(const QString &file, QString &e) {
        live = openMigrated(sqliteIn(dir, QStringLiteral("live.db")), e);
        if (!live ||
            !dialect::insertReturningId(
                *live,
                QStringLiteral("INSERT INTO staff (employee_no, name, status_changed_at, login, "
                               "password_hash, created_at) VALUES ('E1', 'Li Na', 0, 'lina', "
                               "'secret-hash', 0)"),
                {}, staff, e) ||
            !dialect::insertReturningId(*live,
                                        QStringLiteral("INSERT INTO kb_articles (title, body, "
                                                       "created_at, updated_at) VALUES ('Fees', "
                                                       "'How fees work', 0, 0)"),
                                        {}, article, e))
            return false;
        for (const QString &channel :
             {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("phone")}) {
            const qint64 id = ticket(QStringLiteral("closed"), monthsAgo(5), channel, e);
            if (id == 0)
                return false;
            archived.append(id);
        }
        staying.append(ticket(QStringLiteral("closed"), monthsAgo(1), QStringLiteral("phone"), e));
        staying.append(
            ticket(QStringLiteral("in_progress"), monthsAgo(8), QStringLiteral("phone"), e));
        if (staying.contains(0) ||
            !run(QStringLiteral("INSERT INTO attachments (ticket_id, name, mime, data, "
                                "created_at) VALUES (?, 'letter.txt', 'text/plain', ?, ?)"),
                 {archived.first(), QByteArray("Dear customer"), monthsAgo(5)}, e) ||
            !run(QStringLiteral("INSERT INTO ticket_kb_links (ticket_id, article_id, linked_by, "
                                "linked_at) VALUES (?, ?, ?, ?)"),
                 {archived.first(), article, staff, monthsAgo(5)}, e))
            return false;
        Archiver archiver(*live, clock);
        ArchiveReport report;
        if (!archiver.archive(RetentionCutoff::at(RetentionRules{}, clock.now(), clock.nowMs()),
                              clock.nowMs(), file, QStringLiteral("admin"), report, e))
            return false;
        if (report.tickets != archived.size()) {
            e = QStringLiteral("archived %1 tickets, expected %2")
                    .arg(report.tickets)
                    .arg(archived.size());
            return false;
        }
        return true;
    }
};

inline QByteArray sha256Of(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace sb::test

#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sb {

// Supervision items (督办): a manager opens one from a report's recurring problem type or
// category, names an owner and a due date, and tracks it to closure; the next reports show
// its state (RecurringSection).

enum class SupervisionStatus { Open, InProgress, Closed };
// "open", "in_progress", "closed" (report_supervision_items.status).
QString supervisionStatusKey(SupervisionStatus status);
std::optional<SupervisionStatus> supervisionStatusFromKey(const QString &key);

// Who writes: a staff member and their login (audit rows and "…_by" columns name the login).
// On PostgreSQL the server takes both from the connection's login.
struct ReportActor {
    qint64 staffId = 0;
    QString login;
};

struct SupervisionItem {
    qint64 id = 0;
    QString dimension;        // "problem_type" or "category"
    QString key;              // the stable key supervised
    qint64 periodStartMs = 0; // the report period it was opened from, [start, end)
    qint64 periodEndMs = 0;
    qint64 ownerId = 0;
    QString ownerName;
    QDate due;
    SupervisionStatus status = SupervisionStatus::Open;
    QString notes;
    QString createdBy;
    qint64 createdAt = 0;
    QString updatedBy;
    qint64 updatedAt = 0;
    qint64 closedAt = 0; // 0: not closed
    qint64 version = 0;
};

// What a manager gives when opening an item.
struct SupervisionDraft {
    QString dimension;
    QString key;
    qint64 periodStartMs = 0;
    qint64 periodEndMs = 0;
    qint64 ownerId = 0;
    QDate due;
    QString notes;
};

// What an update sets (all of it, as the form shows it).
struct SupervisionChange {
    SupervisionStatus status = SupervisionStatus::Open;
    qint64 ownerId = 0;
    QDate due;
    QString notes;
};

// The items, with the same rules on both databases. Writing needs reports.supervise. One item
// not yet closed per (dimension, key); a closed item never changes; an update names the
// version it was made on (a changed item is refused). Every write is audited
// (report.supervision.open, .update, .close) and reaches the change feed
// (ChangeEntity::ReportSupervision). On SQLite the checks are made here; on PostgreSQL every
// write goes through the server's functions (resources/sql/postgresql/
// 033_report_supervision.sql), which check the login and stamp it and the server's time.
class SupervisionStore {
    Q_DECLARE_TR_FUNCTIONS(sb::SupervisionStore)
public:
    SupervisionStore(Database &db, const Clock &clock);

    bool open(const ReportActor &actor, const SupervisionDraft &draft, SupervisionItem &out,
              QString &error);
    bool update(const ReportActor &actor, qint64 itemId, qint64 expectedVersion,
                const SupervisionChange &change, SupervisionItem &out, QString &error);
    // Closes the item, keeping owner and due date; `notes` replaces the notes when not null.
    bool close(const ReportActor &actor, qint64 itemId, qint64 expectedVersion,
               const QString &notes, SupervisionItem &out, QString &error);

    // An item the connection may read; nullopt when there is none.
    static bool load(const Database &db, qint64 itemId, std::optional<SupervisionItem> &out,
                     QString &error);
    // Items not closed, and with `withClosed` the closed ones too; newest first.
    static bool list(const Database &db, bool withClosed, QList<SupervisionItem> &out,
                     QString &error);
    // The latest item (open or not) of each of `keys` in `dimension`, by key.
    static bool latestFor(const Database &db, const QString &dimension, const QStringList &keys,
                          QMap<QString, SupervisionItem> &out, QString &error);

    // What a draft or change lacks, in the person's words; empty when complete.
    static QStringList issues(const QString &dimension, const QString &key, qint64 ownerId,
                              const QDate &due, const QString &notes);

    static constexpr qsizetype kMaxNotes = 4000;
    static constexpr qsizetype kMaxKey = 200;

private:
    bool writeLocally(const ReportActor &actor, const std::function<bool(QString &)> &work,
                      QString &error);
    bool ownerIsActive(qint64 ownerId, bool &out, QString &error) const;
    QString actorName(const ReportActor &actor) const;
    bool reload(qint64 id, SupervisionItem &out, QString &error) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

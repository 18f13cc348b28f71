#include "writersrun.h"

#include "testsupport.h"
#include "workflowfixture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace sb::test::writers {

namespace {

QString idsText(const QList<qint64> &ids) {
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// What the ticket row says after the run.
struct FinalRow {
    QString state;
    qint64 version = 0;
    qint64 priority = 0;
    qint64 greenChannel = 0;
    qint64 handler = 0;
};

} // namespace

Result run(Database &db, const QString &urlText, const Setup &setup) {
    Result r;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> handlers;
    for (int i = 0; i < 3; ++i)
        handlers.append(insertStaff(db, QStringLiteral("Handler %1").arg(i),
                                    QStringLiteral("wr_handler_%1").arg(i)));
    QList<qint64> actors;
    for (int i = 0; i < setup.workers; ++i)
        actors.append(insertStaff(db, QStringLiteral("Workstation %1").arg(i),
                                  QStringLiteral("wr_desk_%1").arg(i)));
    QList<qint64> tickets;
    QHash<qint64, qint64> initialVersion;
    for (int i = 0; i < setup.tickets; ++i) {
        const qint64 id = insertTicket(db, now, QStringLiteral("phone"),
                                       QStringLiteral("complaint"), QStringLiteral("in_progress"));
        tickets.append(id);
        initialVersion.insert(id, queryValue(db,
                                             QStringLiteral("SELECT version FROM tickets "
                                                            "WHERE id = ?"),
                                             {id})
                                      .toLongLong());
    }

    // The workstations, all started before any is waited for.
    std::vector<std::unique_ptr<QProcess>> procs;
    QElapsedTimer wall;
    wall.start();
    for (int w = 0; w < setup.workers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::SeparateChannels);
        const QString text = setup.workerUrl ? setup.workerUrl(w, actors.at(w)) : urlText;
        p->start(toolPath(QStringLiteral("sb_writer_worker")),
                 {QStringLiteral("--db"), text, QStringLiteral("--worker"), QString::number(w),
                  QStringLiteral("--seed"), QString::number(1000 + w), QStringLiteral("--ops"),
                  QString::number(setup.opsPerWorker), QStringLiteral("--actor"),
                  QString::number(actors.at(w)), QStringLiteral("--tickets"), idsText(tickets),
                  QStringLiteral("--handlers"), idsText(handlers), QStringLiteral("--think-us"),
                  QString::number(setup.thinkUs)});
        procs.push_back(std::move(p));
    }
    QList<QJsonObject> attempts;
    for (int w = 0; w < setup.workers; ++w) {
        QProcess &p = *procs[size_t(w)];
        if (!p.waitForStarted(10000)) {
            r.problems << QStringLiteral("worker %1 did not start: %2").arg(w).arg(p.errorString());
            continue;
        }
        const qint64 left = qMax<qint64>(1000, setup.timeoutMs - wall.elapsed());
        if (!p.waitForFinished(int(left))) {
            p.kill();
            p.waitForFinished();
            r.problems << QStringLiteral("worker %1 timed out").arg(w);
        } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            r.problems << QStringLiteral("worker %1 exited with %2: %3")
                              .arg(w)
                              .arg(p.exitCode())
                              .arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
        }
        bool done = false;
        int lines = 0;
        const QList<QByteArray> out = p.readAllStandardOutput().split('\n');
        for (const QByteArray &line : out) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("done")).toBool()) {
                done = true;
                continue;
            }
            ++lines;
            attempts.append(o);
        }
        if (!done || lines != setup.opsPerWorker)
            r.problems << QStringLiteral("worker %1 reported %2 of %3 attempts%4")
                              .arg(w)
                              .arg(lines)
                              .arg(setup.opsPerWorker)
                              .arg(done ? QString() : QStringLiteral(" and no end line"));
    }
    r.wallMs = wall.elapsed();

    // What the workers claim, per ticket, keyed by the version each accepted change made.
    QHash<qint64, QMap<qint64, QJsonObject>> acceptedByTicket;
    QHash<QString, QJsonObject> acceptedByNote;
    QSet<QString> refusedNotes;
    for (const QJsonObject &o : std::as_const(attempts)) {
        ++r.attempts;
        const QString result = o.value(QStringLiteral("result")).toString();
        const QString note = o.value(QStringLiteral("note")).toString();
        const qint64 ticket = o.value(QStringLiteral("ticket")).toInteger();
        if (result == QLatin1StringView("conflict")) {
            ++r.conflicts;
            refusedNotes.insert(note);
            continue;
        }
        if (result != QLatin1StringView("accepted")) {
            r.problems << QStringLiteral("%1 on ticket %2 was refused, not as a conflict: %3")
                              .arg(note)
                              .arg(ticket)
                              .arg(o.value(QStringLiteral("error")).toString());
            refusedNotes.insert(note);
            continue;
        }
        ++r.accepted;
        acceptedByNote.insert(note, o);
        const qint64 version = o.value(QStringLiteral("version")).toInteger();
        QMap<qint64, QJsonObject> &mine = acceptedByTicket[ticket];
        if (mine.contains(version))
            r.problems << QStringLiteral("lost update: %1 and %2 both made version %3 of ticket %4")
                              .arg(mine.value(version).value(QStringLiteral("note")).toString(),
                                   note)
                              .arg(version)
                              .arg(ticket);
        mine.insert(version, o);
    }

    // The timeline: every accepted change exactly once, with its action; no refused one.
    QString error;
    QSqlQuery q;
    QHash<QString, int> seen;
    QHash<qint64, qint64> eventsPerTicket;
    if (!db.exec(q, QStringLiteral("SELECT ticket_id, note, action FROM ticket_events"), {},
                 error)) {
        r.problems << error;
        return r;
    }
    while (q.next()) {
        const qint64 ticket = q.value(0).toLongLong();
        const QString note = q.value(1).toString();
        ++eventsPerTicket[ticket];
        if (++seen[note] == 2)
            r.problems
                << QStringLiteral("%1 is twice in the timeline of ticket %2").arg(note).arg(ticket);
        if (refusedNotes.contains(note))
            r.problems << QStringLiteral("refused %1 is in the timeline of ticket %2")
                              .arg(note)
                              .arg(ticket);
        const auto it = acceptedByNote.constFind(note);
        if (it == acceptedByNote.cend()) {
            if (!refusedNotes.contains(note))
                r.problems << QStringLiteral("event \"%1\" on ticket %2 was reported by no worker")
                                  .arg(note)
                                  .arg(ticket);
            continue;
        }
        if (it->value(QStringLiteral("ticket")).toInteger() != ticket ||
            it->value(QStringLiteral("key")).toString() != q.value(2).toString())
            r.problems << QStringLiteral("%1 is in the timeline as %2 on ticket %3, not as "
                                         "reported")
                              .arg(note, q.value(2).toString())
                              .arg(ticket);
    }
    for (auto it = acceptedByNote.cbegin(); it != acceptedByNote.cend(); ++it) {
        if (!seen.contains(it.key()))
            r.problems << QStringLiteral("accepted %1 is missing from the timeline of ticket %2")
                              .arg(it.key())
                              .arg(it->value(QStringLiteral("ticket")).toInteger());
    }

    // Each ticket: its version counts exactly its accepted changes (versions initial+1 …
    // initial+n, none twice), and its fields are those of the last change of each kind.
    for (const qint64 ticket : std::as_const(tickets)) {
        FinalRow row;
        if (!db.exec(q,
                     QStringLiteral("SELECT state, version, priority, green_channel, "
                                    "COALESCE(handler_id, 0) FROM tickets WHERE id = ?"),
                     {ticket}, error) ||
            !q.next()) {
            r.problems << QStringLiteral("ticket %1 cannot be read: %2").arg(ticket).arg(error);
            continue;
        }
        row = {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
               q.value(3).toLongLong(), q.value(4).toLongLong()};
        const QMap<qint64, QJsonObject> mine = acceptedByTicket.value(ticket);
        const qint64 first = initialVersion.value(ticket);
        if (row.version != first + mine.size())
            r.problems << QStringLiteral("ticket %1 is at version %2 after %3 accepted changes "
                                         "from version %4")
                              .arg(ticket)
                              .arg(row.version)
                              .arg(mine.size())
                              .arg(first);
        if (eventsPerTicket.value(ticket) != mine.size())
            r.problems << QStringLiteral("ticket %1 has %2 events for %3 accepted changes")
                              .arg(ticket)
                              .arg(eventsPerTicket.value(ticket))
                              .arg(mine.size());
        if (!mine.isEmpty() &&
            (mine.firstKey() != first + 1 || mine.lastKey() != first + mine.size()))
            r.problems << QStringLiteral("ticket %1: accepted versions run %2…%3, expected "
                                         "%4…%5")
                              .arg(ticket)
                              .arg(mine.firstKey())
                              .arg(mine.lastKey())
                              .arg(first + 1)
                              .arg(first + mine.size());
        FinalRow expected{QStringLiteral("in_progress"), row.version, 0, 0, 0};
        for (const QJsonObject &o : mine) {
            const QString key = o.value(QStringLiteral("key")).toString();
            const qint64 value = o.value(QStringLiteral("value")).toInteger();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1StringView("action"))
                expected.state = o.value(QStringLiteral("to_state")).toString();
            else if (key == QLatin1StringView("priority"))
                expected.priority = value;
            else if (key == QLatin1StringView("green_channel"))
                expected.greenChannel = value;
            else if (key == QLatin1StringView("reassign"))
                expected.handler = value;
        }
        if (row.state != expected.state || row.priority != expected.priority ||
            row.greenChannel != expected.greenChannel || row.handler != expected.handler)
            r.problems << QStringLiteral("ticket %1 holds state %2, priority %3, green %4, "
                                         "handler %5; its last accepted changes say %6, %7, %8, "
                                         "%9")
                              .arg(ticket)
                              .arg(row.state)
                              .arg(row.priority)
                              .arg(row.greenChannel)
                              .arg(row.handler)
                              .arg(expected.state)
                              .arg(expected.priority)
                              .arg(expected.greenChannel)
                              .arg(expected.handler);
    }
    return r;
}

} // namespace sb::test::writers

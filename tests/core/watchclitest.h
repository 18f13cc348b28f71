#pragma once
// signalboard-cli watch, as one test class for tst_cli_watch (SQLite) and tst_cli_watch_pg:
// the command runs as a separate process on the test's database while another connection
// writes tickets and incidents; its standard output must be exactly one JSON line per change
// (the extra fields of tickets and incidents included), filtered by --entities, replayed by
// --since, and it must stop cleanly (exit 0) on SIGTERM.
#include "databasetest.h"
#include "testsupport.h"

#include "domain/complaint.h"
#include "grading/ruleset.h"
#include "incidents/incidentstore.h"
#include "tickets/ticketstore.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <optional>

namespace sb::test::watch {

// A running `signalboard-cli watch`.
class WatchProcess {
public:
    ~WatchProcess() {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished();
        }
    }

    // Starts it on `url` (the password, if any, through PGPASSWORD) and waits until it says it
    // follows the feed: every change committed after that is printed.
    bool start(const DatabaseUrl &url, const QStringList &extra) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!url.password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), url.password);
        m_p.setProcessEnvironment(env);
        m_p.start(
            toolPath(QStringLiteral("signalboard-cli")),
            QStringList{QStringLiteral("watch"), QStringLiteral("--db"), url.toDisplayString()} +
                extra);
        if (!m_p.waitForStarted())
            return false;
        const QDeadlineTimer deadline(30000);
        while (!m_err.contains(QLatin1StringView("watch: following "))) {
            if (deadline.hasExpired() || m_p.state() == QProcess::NotRunning)
                return false;
            m_p.waitForReadyRead(100);
            read();
        }
        return true;
    }

    // Waits until `n` lines in all have been printed (false after 30 s).
    bool waitForLines(qsizetype n) {
        const QDeadlineTimer deadline(30000);
        read();
        while (m_lines.size() < n) {
            if (deadline.hasExpired() || m_p.state() == QProcess::NotRunning)
                return false;
            m_p.waitForReadyRead(100);
            read();
        }
        return true;
    }

    // SIGTERM; the exit code (-1 when it crashed or did not stop within 30 s).
    int terminate() {
        m_p.terminate();
        if (!m_p.waitForFinished(30000))
            return -1;
        read();
        return m_p.exitStatus() == QProcess::NormalExit ? m_p.exitCode() : -1;
    }

    const QStringList &lines() const { return m_lines; }
    const QString &err() const { return m_err; }

private:
    void read() {
        m_out += m_p.readAllStandardOutput();
        m_err += QString::fromUtf8(m_p.readAllStandardError());
        for (qsizetype nl = m_out.indexOf('\n'); nl >= 0; nl = m_out.indexOf('\n')) {
            m_lines.append(QString::fromUtf8(m_out.left(nl)));
            m_out.remove(0, nl + 1);
        }
    }

    QProcess m_p;
    QByteArray m_out; // an unfinished line
    QStringList m_lines;
    QString m_err;
};

struct Origin {
    QString source;
    std::optional<QString> externalId;
};

// What watch must print for the change_log rows after `after`, in seq order: only `entities`
// (all when empty); a ticket with its origin from `tickets`, an incident with its grade key
// from `incidents`, null where the map has none (a deleted row).
struct Expected {
    QHash<qint64, Origin> tickets;
    QHash<qint64, QString> incidents;
};

inline QString jsonText(const QString &s) {
    return QLatin1Char('"') + s + QLatin1Char('"'); // the test's values need no escaping
}

inline QStringList expectedLines(Database &db, qint64 after, const QSet<QString> &entities,
                                 const Expected &e) {
    QSqlQuery q;
    QString error;
    if (!db.exec(q,
                 QStringLiteral("SELECT seq, entity, entity_id, op, at FROM change_log WHERE seq "
                                "> ? ORDER BY seq"),
                 {after}, error))
        qFatal("change_log: %s", qPrintable(error));
    QStringList out;
    while (q.next()) {
        const QString entity = q.value(1).toString();
        if (!entities.isEmpty() && !entities.contains(entity))
            continue;
        const qint64 id = q.value(2).toLongLong();
        const QString op = q.value(3).toString();
        QString line =
            QStringLiteral("{\"seq\":%1,\"entity\":\"%2\",\"entity_id\":%3,\"op\":\"%4\","
                           "\"at\":\"%5\"")
                .arg(q.value(0).toLongLong())
                .arg(entity)
                .arg(id)
                .arg(op, QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong())
                             .toUTC()
                             .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
        if (entity == QLatin1StringView("ticket")) {
            const auto it = e.tickets.constFind(id);
            if (it == e.tickets.cend())
                line += QStringLiteral(",\"source\":null,\"external_id\":null");
            else
                line += QStringLiteral(",\"source\":%1,\"external_id\":%2")
                            .arg(jsonText(it->source), it->externalId ? jsonText(*it->externalId)
                                                                      : QStringLiteral("null"));
        } else if (entity == QLatin1StringView("incident")) {
            const auto it = e.incidents.constFind(id);
            line += QStringLiteral(",\"grade\":") +
                    (it == e.incidents.cend() ? QStringLiteral("null") : jsonText(*it));
        }
        out.append(line + QLatin1Char('}'));
    }
    return out;
}

inline qint64 lastSeq(Database &db) {
    QSqlQuery q;
    QString error;
    if (!db.exec(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"), {}, error) ||
        !q.next())
        qFatal("change_log: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline Complaint complaint(const QString &source, const QString &externalId) {
    Complaint c;
    c.receivedAt = QDateTime::currentDateTimeUtc();
    c.channel = Channel::Phone;
    c.tier = Tier::Vip;
    c.problemType = QStringLiteral("payment_failure");
    c.source = source;
    c.externalId = externalId;
    return c;
}

// Stores the complaints and gives the new tickets' ids, in order.
inline QList<qint64> insertTickets(Database &db, const QList<Complaint> &complaints) {
    QString error;
    InsertResult r;
    TicketStore store(db);
    if (!store.insert(complaints, QDateTime::currentMSecsSinceEpoch(), r, error))
        qFatal("insert: %s", qPrintable(error));
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT id FROM tickets ORDER BY id DESC LIMIT %1")
                     .arg(complaints.size()),
                 {}, error))
        qFatal("tickets: %s", qPrintable(error));
    QList<qint64> ids;
    while (q.next())
        ids.prepend(q.value(0).toLongLong());
    return ids;
}

// Opens (or regrades) the payment_failure incident at `grade`; its id.
inline qint64 gradeIncident(Database &db, IncidentEventKind kind, Grade grade, Grade from) {
    const RuleSet rules = RuleSet::defaults();
    IncidentStore store(db, rules);
    IncidentEvent e;
    e.kind = kind;
    e.problemType = RuleSet::typeIndex(QStringView(u"payment_failure"));
    e.grade = grade;
    e.from = from;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.trigger =
        kind == IncidentEventKind::Opened ? IncidentTrigger::BurstNormal : IncidentTrigger::None;
    e.counts = {5, 0, 5, 0};
    IncidentStore::Result r;
    QString error;
    if (!store.apply(e, r, error))
        qFatal("incident: %s", qPrintable(error));
    return r.incidentId;
}

inline bool linesAreJson(const QStringList &lines) {
    for (const QString &l : lines) {
        QJsonParseError err;
        if (!QJsonDocument::fromJson(l.toUtf8(), &err).isObject()) {
            qWarning("not a JSON object: %s", qPrintable(l));
            return false;
        }
    }
    return true;
}

// One run of watch that is expected to end by itself (a refusal).
inline CliRun runWatch(const DatabaseUrl &url, const QStringList &extra) {
    CliRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), url.password);
    p.setProcessEnvironment(env);
    p.start(toolPath(QStringLiteral("signalboard-cli")),
            QStringList{QStringLiteral("watch"), QStringLiteral("--db"), url.toDisplayString()} +
                extra);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace sb::test::watch

class WatchCliTest : public sb::test::DatabaseTest {
    Q_OBJECT

private Q_SLOTS:
    // Live: each write is printed as it commits, with the ticket's origin and the incident's
    // grade at that moment.
    void printsChangesAsTheyCommit() {
        using namespace sb;
        using namespace sb::test::watch;
        const DatabaseUrl url = freshDatabase(QStringLiteral("sb_watch_live"));
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const qint64 start = lastSeq(*db);
        WatchProcess watch;
        QVERIFY2(watch.start(url, {}), qPrintable(watch.err()));
        QVERIFY2(watch.err().contains(QStringLiteral("after seq %1").arg(start)),
                 qPrintable(watch.err()));

        Expected expected;
        const QList<qint64> t =
            insertTickets(*db, {complaint(QStringLiteral("crm"), QStringLiteral("A-1")),
                                complaint(QStringLiteral("crm"), QString())});
        QCOMPARE(t.size(), 2);
        expected.tickets.insert(t.at(0), {QStringLiteral("crm"), QStringLiteral("A-1")});
        expected.tickets.insert(t.at(1), {QStringLiteral("crm"), std::nullopt});
        QStringList want = expectedLines(*db, start, {}, expected);
        QVERIFY(want.size() >= 2);
        QVERIFY2(watch.waitForLines(want.size()), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), want);
        // The form itself, as an integration reads it.
        const QRegularExpression ticketLine(
            QStringLiteral(
                R"(^\{"seq":\d+,"entity":"ticket","entity_id":%1,"op":"insert","at":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","source":"crm","external_id":"A-1"\}$)")
                .arg(t.at(0)));
        QVERIFY2(!watch.lines().filter(ticketLine).isEmpty(),
                 qPrintable(watch.lines().join(QLatin1Char('\n'))));

        // An incident opens at "general", and is seen so before it is raised to "urgent".
        const qint64 incident =
            gradeIncident(*db, IncidentEventKind::Opened, Grade::General, Grade::General);
        QVERIFY(incident > 0);
        expected.incidents.insert(incident, QStringLiteral("general"));
        want = expectedLines(*db, start, {}, expected);
        QVERIFY2(watch.waitForLines(want.size()), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), want);
        QVERIFY(!watch.lines().filter(QStringLiteral("\"entity\":\"incident_event\"")).isEmpty());

        QCOMPARE(gradeIncident(*db, IncidentEventKind::Regraded, Grade::Urgent, Grade::General),
                 incident);
        const qint64 printed = watch.lines().size();
        expected.incidents.insert(incident, QStringLiteral("urgent"));
        want.append(expectedLines(*db, lastSeqBefore(want), {}, expected));
        QVERIFY2(watch.waitForLines(want.size()), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), want);
        QVERIFY(!watch.lines()
                     .mid(printed)
                     .filter(QRegularExpression(
                         QStringLiteral("\"entity_id\":%1,\"op\":\"update\".*\"grade\":\"urgent\"")
                             .arg(incident)))
                     .isEmpty());
        QVERIFY(test::watch::linesAreJson(watch.lines()));

        QCOMPARE(watch.terminate(), 0);
        QCOMPARE(watch.lines(), want); // nothing more, nothing half-written
    }

    // --since replays from after that seq; --entities keeps only the named entities; a deleted
    // ticket's lines carry null details.
    void replaysAndFilters() {
        using namespace sb;
        using namespace sb::test::watch;
        const DatabaseUrl url = freshDatabase(QStringLiteral("sb_watch_replay"));
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const qint64 before = lastSeq(*db);
        const QList<qint64> t =
            insertTickets(*db, {complaint(QStringLiteral("hotline"), QStringLiteral("R-1")),
                                complaint(QStringLiteral("hotline"), QStringLiteral("R-2"))});
        QVERIFY(db->exec(QStringLiteral("DELETE FROM tickets WHERE id = ?"), {t.at(1)}, error));
        const qint64 incident =
            gradeIncident(*db, IncidentEventKind::Opened, Grade::Serious, Grade::General);
        Expected expected;
        expected.tickets.insert(t.at(0), {QStringLiteral("hotline"), QStringLiteral("R-1")});
        expected.incidents.insert(incident, QStringLiteral("serious"));
        const QSet<QString> both{QStringLiteral("ticket"), QStringLiteral("incident")};
        const QStringList want = expectedLines(*db, before, both, expected);
        // Two inserts, the deletion, the incident.
        QCOMPARE(want.size(), 4);
        QVERIFY2(want.at(2).contains(QStringLiteral("\"op\":\"delete\",")) &&
                     want.at(2).endsWith(QStringLiteral("\"source\":null,\"external_id\":null}")),
                 qPrintable(want.at(2)));

        WatchProcess watch;
        QVERIFY2(
            watch.start(url, {QStringLiteral("--since"), QString::number(before),
                              QStringLiteral("--entities"), QStringLiteral("ticket, incident")}),
            qPrintable(watch.err()));
        QVERIFY2(watch.waitForLines(want.size()), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), want);
        // Live after the replay, still filtered: an event-only change prints nothing, the
        // next ticket does.
        const QList<qint64> later =
            insertTickets(*db, {complaint(QStringLiteral("hotline"), QStringLiteral("R-3"))});
        expected.tickets.insert(later.at(0), {QStringLiteral("hotline"), QStringLiteral("R-3")});
        const QStringList wantAll = expectedLines(*db, before, both, expected);
        QCOMPARE(wantAll.size(), 5);
        QVERIFY2(watch.waitForLines(wantAll.size()), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), wantAll);
        QCOMPARE(watch.terminate(), 0);
        QCOMPARE(watch.lines(), wantAll);

        // Only incident events, from the beginning.
        WatchProcess events;
        QVERIFY2(
            events.start(url, {QStringLiteral("--since"), QStringLiteral("0"),
                               QStringLiteral("--entities"), QStringLiteral("incident_event")}),
            qPrintable(events.err()));
        const QStringList wantEvents =
            expectedLines(*db, 0, {QStringLiteral("incident_event")}, expected);
        QVERIFY(!wantEvents.isEmpty());
        QVERIFY2(events.waitForLines(wantEvents.size()), qPrintable(events.err()));
        QCOMPARE(events.lines(), wantEvents);
        QCOMPARE(events.terminate(), 0);
    }

    // A --since ahead of the log is refused; one older than its oldest entry is said on
    // standard error, then the replay starts at that entry.
    void saysWhatTheLogNoLongerHolds() {
        using namespace sb;
        using namespace sb::test::watch;
        const DatabaseUrl url = freshDatabase(QStringLiteral("sb_watch_pruned"));
        QString error;
        auto db = test::openMigrated(url, error);
        QVERIFY2(db, qPrintable(error));
        const QList<qint64> t =
            insertTickets(*db, {complaint(QStringLiteral("crm"), QStringLiteral("P-1"))});
        const qint64 last = lastSeq(*db);
        QVERIFY(last > 3);
        const test::CliRun r =
            runWatch(url, {QStringLiteral("--since"), QString::number(last + 100)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--since %1 is ahead of the change log, whose "
                                               "newest seq is %2")
                                    .arg(last + 100)
                                    .arg(last)),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(db->exec(QStringLiteral("DELETE FROM change_log WHERE seq < ?"), {last}, error),
                 qPrintable(error));
        Expected expected;
        expected.tickets.insert(t.at(0), {QStringLiteral("crm"), QStringLiteral("P-1")});
        const QStringList want = expectedLines(*db, 0, {}, expected);
        QCOMPARE(want.size(), 1);
        WatchProcess watch;
        QVERIFY2(watch.start(url, {QStringLiteral("--since"), QStringLiteral("2")}),
                 qPrintable(watch.err()));
        QVERIFY2(watch.err().contains(QStringLiteral("the change log starts at seq %1; seqs 3 to "
                                                     "%2 are not in it")
                                          .arg(last)
                                          .arg(last - 1)),
                 qPrintable(watch.err()));
        QVERIFY2(watch.waitForLines(1), qPrintable(watch.err()));
        QCOMPARE(watch.lines(), want);
        QCOMPARE(watch.terminate(), 0);
    }

    // Bad input is refused before anything is printed, naming what is wrong.
    void refusesBadArguments() {
        using namespace sb;
        // Refused before the database is opened: it need not hold anything.
        const DatabaseUrl url = freshDatabase(QStringLiteral("sb_watch_refuse"));
        const auto run = [&](const QStringList &extra) {
            return test::watch::runWatch(url, extra);
        };
        test::CliRun r = run({QStringLiteral("--entities"), QStringLiteral("ticket,tickets")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("unknown entity \"tickets\"")),
                 qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1StringView("ticket, ticket_event, incident, incident_event")),
            qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = run({QStringLiteral("--entities"), QStringLiteral(",")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("--since"), QStringLiteral("-4")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("--since")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

private:
    static qint64 lastSeqBefore(const QStringList &lines) {
        const QJsonDocument d = QJsonDocument::fromJson(lines.last().toUtf8());
        return d.object().value(QStringLiteral("seq")).toInteger();
    }
};

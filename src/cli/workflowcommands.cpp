#include "commands.h"
#include "options.h"

#include "storage/migrations.h"
#include "util/clock.h"
#include "workflow/calendarstore.h"
#include "workflow/deadlines.h"
#include "workflow/deadlineurger.h"
#include "workflow/icalendar.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QSqlQuery>

namespace sb::cli {

namespace {

constexpr auto kUsage =
    "usage: signalboard-cli workflow calendar-import --db URL --file HOLIDAYS.ics "
    "[--actor NAME]\n"
    "       signalboard-cli workflow urge --db URL [--at ISO-8601]\n"
    "       signalboard-cli workflow deadlines --db URL --ticket ID "
    "[--at ISO-8601]\n";

bool upToDate(Database &db, Io io) {
    SchemaStatus s;
    QString error;
    if (!Migrator(db).status(s, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return false;
    }
    if (!s.upToDate()) {
        io.err << "signalboard-cli: the database is at schema version " << s.current
               << ", this program needs " << s.supported << " (run: db migrate)\n";
        return false;
    }
    return true;
}

// "--at" or the system clock.
bool instant(const Options &opts, Io io, qint64 &out) {
    if (!opts.has(QStringLiteral("at"))) {
        out = SystemClock().nowMs();
        return true;
    }
    const QDateTime t = QDateTime::fromString(opts.value(QStringLiteral("at")), Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        io.err << "signalboard-cli: --at must be an ISO 8601 time with an offset, e.g. "
                  "2025-09-22T10:00:00+08:00\n";
        return false;
    }
    out = t.toMSecsSinceEpoch();
    return true;
}

// 1d 2h 5m, 4m 10s, 25s; working time in hours only (a working day is not 24 h).
QString durationText(qint64 ms, bool hoursOnly) {
    qint64 s = qAbs(ms) / 1000;
    const qint64 d = hoursOnly ? 0 : s / 86400;
    const qint64 h = hoursOnly ? s / 3600 : s / 3600 % 24;
    const qint64 m = s / 60 % 60;
    s %= 60;
    QStringList parts;
    if (d)
        parts.append(QStringLiteral("%1d").arg(d));
    if (h)
        parts.append(QStringLiteral("%1h").arg(h));
    if (m)
        parts.append(QStringLiteral("%1m").arg(m));
    if (s || parts.isEmpty())
        parts.append(QStringLiteral("%1s").arg(s));
    return parts.mid(0, 3).join(QLatin1Char(' '));
}

int calendarImport(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("file")}, {QStringLiteral("actor")});
    if (!opts.ok(io))
        return 2;
    QFile f(opts.value(QStringLiteral("file")));
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << "signalboard-cli: cannot read " << f.fileName() << ": " << f.errorString()
               << '\n';
        return 1;
    }
    ICalendarImport::Result parsed;
    QString error;
    if (!ICalendarImport::parse(f.readAll(), parsed, error)) {
        io.err << "signalboard-cli: " << f.fileName() << ": " << error << " (nothing imported)\n";
        return 1;
    }
    auto db = opts.openDatabase(io, QStringLiteral("calendar"));
    if (!db || !upToDate(*db, io))
        return 1;
    const QString actor = opts.has(QStringLiteral("actor")) ? opts.value(QStringLiteral("actor"))
                                                            : QStringLiteral("signalboard-cli");
    if (!CalendarStore(*db).saveDays(parsed.days, actor, SystemClock().nowMs(), error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    const auto workdays =
        std::count_if(parsed.days.cbegin(), parsed.days.cend(),
                      [](const CalendarDay &d) { return d.kind == CalendarDayKind::Workday; });
    io.out << "imported " << parsed.days.size() << " days from " << parsed.events
           << " events: " << parsed.days.size() - workdays << " holidays, " << workdays
           << " make-up working days\n";
    return 0;
}

struct Env {
    Workflow workflow;
    BusinessCalendar calendar;
    QList<DeadlineRule> rules;
};

std::unique_ptr<Database> openWithEnv(const Options &opts, Io io, Env &env) {
    auto db = opts.openDatabase(io, QStringLiteral("workflow"));
    if (!db || !upToDate(*db, io))
        return nullptr;
    QString error;
    if (!env.workflow.load(*db, error) || !CalendarStore(*db).load(env.calendar, error) ||
        !DeadlineRuleStore::load(*db, env.rules, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return nullptr;
    }
    return db;
}

int urge(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db")}, {QStringLiteral("at")});
    qint64 now = 0;
    if (!opts.ok(io) || !instant(opts, io, now))
        return 2;
    Env env;
    auto db = openWithEnv(opts, io, env);
    if (!db)
        return 1;
    DeadlineUrger urger(*db, env.workflow, env.calendar, env.rules);
    UrgeRun run;
    QString error;
    if (!urger.run(now, run, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    io.out << "checked " << run.ticketsChecked << " open tickets: " << run.warnings
           << " warnings and " << run.overdue << " overdue urges recorded\n";
    return 0;
}

int deadlines(const QStringList &args, Io io) {
    Options opts(args, {QStringLiteral("db"), QStringLiteral("ticket")}, {QStringLiteral("at")});
    qint64 now = 0;
    if (!opts.ok(io) || !instant(opts, io, now))
        return 2;
    bool ok = false;
    const qint64 id = opts.value(QStringLiteral("ticket")).toLongLong(&ok);
    if (!ok) {
        io.err << "signalboard-cli: --ticket must be a ticket number\n";
        return 2;
    }
    Env env;
    auto db = openWithEnv(opts, io, env);
    if (!db)
        return 1;
    QSqlQuery q;
    QString error;
    if (!db->exec(
            q,
            QStringLiteral("SELECT kind, channel, category, customer_tier, received_at, state "
                           "FROM tickets WHERE id = ?"),
            {id}, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    if (!q.next()) {
        io.err << "signalboard-cli: no ticket " << id << '\n';
        return 1;
    }
    DeadlineSubject s;
    s.kind = q.value(0).toString();
    s.channel = q.value(1).toString();
    s.category = q.value(2).toString();
    s.tier = q.value(3).toString();
    s.receivedAt = q.value(4).toLongLong();
    io.out << "ticket " << id << " (" << s.kind << ", " << s.channel << ", " << s.tier << ") is "
           << q.value(5).toString() << '\n';
    if (!db->exec(
            q,
            QStringLiteral("SELECT at, action, to_state FROM ticket_events WHERE ticket_id = ? "
                           "ORDER BY at, id"),
            {id}, error)) {
        io.err << "signalboard-cli: " << error << '\n';
        return 1;
    }
    QList<TicketEventTimes> events;
    while (q.next())
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    applyEvents(s, events, env.workflow.pausingStateKeys(s.kind), now);
    const QTimeZone zone = env.calendar.timeZone();
    for (const MilestoneDeadline &d : computeDeadlines(env.rules, s, env.calendar)) {
        const DeadlineStatus st = deadlineStatus(d, now, env.calendar, s.pauses);
        io.out << "  " << d.milestone << "  due "
               << QDateTime::fromMSecsSinceEpoch(d.dueAt, zone).toString(Qt::ISODate) << "  "
               << deadlineStateKey(st.state);
        if (st.state == DeadlineState::Ok || st.state == DeadlineState::Warning ||
            st.state == DeadlineState::Overdue)
            io.out << "  " << (st.remainingMs < 0 ? "over by " : "left ")
                   << durationText(st.remainingMs, d.clock == DeadlineClock::Working)
                   << (d.clock == DeadlineClock::Working ? " (working time)" : "");
        io.out << '\n';
    }
    return 0;
}

} // namespace

// workflow calendar-import | urge | deadlines: the headless side of the ticket workflow.
int workflow(const QStringList &args, Io io) {
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1StringView("calendar-import"))
        return calendarImport(rest, io);
    if (sub == QLatin1StringView("urge"))
        return urge(rest, io);
    if (sub == QLatin1StringView("deadlines"))
        return deadlines(rest, io);
    io.err << kUsage;
    return 2;
}

} // namespace sb::cli

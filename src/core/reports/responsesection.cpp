#include "reports/responsesection.h"

#include "reports/reportreads.h"
#include "workflow/calendarstore.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

// The tickets whose first close is in [?, ?): a closing event of the window that is its
// ticket's first (earliest, then lowest id). The per-event subquery reads the ticket's events
// through an index; an anti-join made PostgreSQL hash every closing event (2.7× slower).
const QString kFirstCloseSql = QStringLiteral(
    "SELECT t.id, t.problem_type, t.received_at, e.at FROM ticket_events e JOIN tickets t ON "
    "t.id = e.ticket_id WHERE e.to_state = 'closed' AND e.at >= ? AND e.at < ? AND e.id = "
    "(SELECT p.id FROM ticket_events p WHERE p.ticket_id = e.ticket_id AND p.to_state = "
    "'closed' ORDER BY p.at, p.id LIMIT 1)");

constexpr int kCachedDaysAround = 62;

struct Durations {
    qint64 received = 0;
    QList<qint64> wall;
    QList<qint64> working;
};

} // namespace

bool ResponseSection::load(Database &db, const ReportWindow &w, const ReportSettings &s,
                           ResponseFigures &out, QString &error) {
    ReportReads reads(db);
    return load(reads, w, s, out, error);
}

bool ResponseSection::load(ReportReads &reads, const ReportWindow &w, const ReportSettings &,
                           ResponseFigures &out, QString &error) {
    out = {};
    Database &db = reads.db();
    BusinessCalendar calendar;
    if (!CalendarStore(db).load(calendar, error))
        return false;
    // Most tickets of the window are answered and closed within weeks of it.
    calendar.cacheDays(calendar.localDate(w.startMs).addDays(-kCachedDaysAround),
                       calendar.localDate(w.endMs).addDays(kCachedDaysAround));
    // The first response: the ticket's first "respond" or "reply" event, at any time.
    const WindowTimelines *window = nullptr;
    if (!reads.window(w.startMs, w.endMs, window, error))
        return false;
    const TicketTimelines &timelines = window->timelines;
    QList<Durations> byChannelCode(timelines.keys().size());
    Durations all;
    for (const TimelineTicket &t : timelines.tickets()) {
        Durations &d = byChannelCode[t.channel];
        ++d.received;
        ++all.received;
        std::optional<qint64> answered;
        for (const TimelineEvent &e : timelines.events(t)) {
            if (e.action == WindowTimelines::kRespond || e.action == WindowTimelines::kReply) {
                answered = e.at; // the events are in time order
                break;
            }
        }
        if (!answered)
            continue;
        const qint64 received = t.receivedAt;
        const qint64 first = std::max(received, *answered);
        const qint64 wall = first - received;
        const qint64 working = calendar.workingTimeBetween(received, first);
        d.wall.append(wall);
        d.working.append(working);
        all.wall.append(wall);
        all.working.append(working);
    }
    QHash<QString, Durations> byChannel;
    for (qsizetype code = 0; code < byChannelCode.size(); ++code)
        if (byChannelCode.at(code).received > 0)
            byChannel.insert(timelines.keys().key(int(code)), byChannelCode.at(code));
    const auto responseRow = [](const QString &channel, const Durations &d) {
        FirstResponseRow r;
        r.channel = channel;
        r.received = d.received;
        r.responded = d.wall.size();
        r.wall = DurationStats::of(d.wall);
        r.working = DurationStats::of(d.working);
        return r;
    };
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        out.firstResponse.append(responseRow(it.key(), it.value()));
    std::sort(out.firstResponse.begin(), out.firstResponse.end(),
              [](const FirstResponseRow &a, const FirstResponseRow &b) {
                  return a.received != b.received ? a.received > b.received : a.channel < b.channel;
              });
    out.allChannels = responseRow(QString(), all);

    QSqlQuery q(db.db());
    if (!db.execForwardOnly(q, kFirstCloseSql, {w.startMs, w.endMs}, error))
        return false;
    QHash<QString, Durations> byType;
    Durations allClosed;
    while (q.next()) {
        const qint64 received = q.value(2).toLongLong();
        const qint64 closed = std::max(received, q.value(3).toLongLong());
        const qint64 working = calendar.workingTimeBetween(received, closed);
        Durations &d = byType[q.value(1).toString()];
        d.wall.append(closed - received);
        d.working.append(working);
        allClosed.wall.append(closed - received);
        allClosed.working.append(working);
    }
    const auto handlingRow = [](const QString &type, const Durations &d) {
        HandlingRow r;
        r.problemType = type;
        r.wall = DurationStats::of(d.wall);
        r.working = DurationStats::of(d.working);
        return r;
    };
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        out.handling.append(handlingRow(it.key(), it.value()));
    std::sort(out.handling.begin(), out.handling.end(),
              [](const HandlingRow &a, const HandlingRow &b) {
                  return a.wall.count != b.wall.count ? a.wall.count > b.wall.count
                                                      : a.problemType < b.problemType;
              });
    out.allTypes = handlingRow(QString(), allClosed);
    return true;
}

QJsonObject ResponseSection::toJson(const ResponseFigures &f) {
    const auto response = [](const FirstResponseRow &r) {
        return QJsonObject{{QStringLiteral("received"), r.received},
                           {QStringLiteral("responded"), r.responded},
                           {QStringLiteral("wall"), r.wall.toJson()},
                           {QStringLiteral("working"), r.working.toJson()}};
    };
    const auto handling = [](const HandlingRow &r) {
        return QJsonObject{{QStringLiteral("closed"), r.wall.count},
                           {QStringLiteral("wall"), r.wall.toJson()},
                           {QStringLiteral("working"), r.working.toJson()}};
    };
    QJsonObject channels;
    for (const FirstResponseRow &r : f.firstResponse)
        channels.insert(r.channel, response(r));
    QJsonObject types;
    for (const HandlingRow &r : f.handling)
        types.insert(r.problemType, handling(r));
    return {{QStringLiteral("unit"), QStringLiteral("seconds")},
            {QStringLiteral("first_response"),
             QJsonObject{{QStringLiteral("all"), response(f.allChannels)},
                         {QStringLiteral("by_channel"), channels}}},
            {QStringLiteral("handling"), QJsonObject{{QStringLiteral("all"), handling(f.allTypes)},
                                                     {QStringLiteral("by_problem_type"), types}}}};
}

bool ResponseSection::ticketIds(Database &db, const ReportDrill &d, int limit, QList<qint64> &out,
                                bool &truncated, QString &error) {
    const bool byChannel = d.dimension == QLatin1StringView("channel");
    const bool byType = d.dimension == QLatin1StringView("problem_type");
    const QVariantList window{d.startMs, d.endMs};
    if (d.section == QLatin1StringView(kKey) && (d.dimension.isEmpty() || byChannel)) {
        if (d.measure == QLatin1StringView("received")) {
            QString sql =
                QStringLiteral("SELECT id FROM tickets WHERE received_at >= ? AND received_at < ?");
            QVariantList values = window;
            if (byChannel) {
                sql += QStringLiteral(" AND channel = ?");
                values.append(d.value);
            }
            return ReportFigures::ids(db, sql + QStringLiteral(" ORDER BY id"), values, limit, out,
                                      truncated, error);
        }
        if (d.measure == QLatin1StringView("responded")) {
            QString sql = QStringLiteral(
                "SELECT t.id FROM tickets t WHERE t.received_at >= ? AND t.received_at < ? AND "
                "EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.action IN "
                "('respond', 'reply'))");
            QVariantList values = window;
            if (byChannel) {
                sql += QStringLiteral(" AND t.channel = ?");
                values.append(d.value);
            }
            return ReportFigures::ids(db, sql + QStringLiteral(" ORDER BY t.id"), values, limit,
                                      out, truncated, error);
        }
    }
    if (d.section == QLatin1StringView(kKey) && d.measure == QLatin1StringView("closed") &&
        (d.dimension.isEmpty() || byType)) {
        QString sql = QStringLiteral("SELECT x.id FROM (") + kFirstCloseSql + QStringLiteral(") x");
        QVariantList values = window;
        if (byType) {
            sql += QStringLiteral(" WHERE x.problem_type = ?");
            values.append(d.value);
        }
        return ReportFigures::ids(db, sql + QStringLiteral(" ORDER BY x.id"), values, limit, out,
                                  truncated, error);
    }
    error = tr("The response section has no figure \"%1\" by \"%2\".")
                .arg(d.measure.left(40), d.dimension.left(40));
    return false;
}

} // namespace sb

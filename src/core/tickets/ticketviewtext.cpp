#include "tickets/ticketviewtext.h"

#include "domain/types.h"
#include "io/instant.h"

#include <QSet>
#include <QUrlQuery>

namespace sb {

namespace {

// A value handler: stores the value or returns false (the caller names key and value).
using Setter = bool (*)(const QString &value, TicketView &view);

bool setText(QString &target, const QString &value) {
    target = value;
    return true;
}

bool setId(qint64 &target, const QString &value) {
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0)
        return false;
    target = id;
    return true;
}

bool setInstant(qint64 &target, const QString &value) {
    Instant at;
    if (!parseIsoInstant(QStringView(value), at) || at.ms <= 0)
        return false;
    target = at.ms;
    return true;
}

struct KeyRule {
    const char *key;
    Setter set;
    const char *expected; // what a good value looks like, for the error
};

constexpr KeyRule kRules[] = {
    {"queue",
     [](const QString &v, TicketView &t) {
         const auto q = ticketQueueFromKey(v);
         if (q)
             t.queue = *q;
         return q.has_value();
     },
     QT_TRANSLATE_NOOP("sb::TicketViewText",
                       "mine, team, due_soon, overdue, green, appeals, unassigned or all")},
    {"customer", [](const QString &v, TicketView &t) { return setText(t.filter.customer, v); }, ""},
    {"channel",
     [](const QString &v, TicketView &t) {
         return channelFromKey(v) && setText(t.filter.channel, v);
     },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "a channel key (phone, email, chat …)")},
    {"state", [](const QString &v, TicketView &t) { return setText(t.filter.state, v); }, ""},
    {"problem_type",
     [](const QString &v, TicketView &t) {
         return problemType(v) && setText(t.filter.problemType, v);
     },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "a problem type key")},
    {"region", [](const QString &v, TicketView &t) { return setText(t.filter.region, v); }, ""},
    {"category", [](const QString &v, TicketView &t) { return setText(t.filter.category, v); }, ""},
    {"from", [](const QString &v, TicketView &t) { return setInstant(t.filter.receivedFrom, v); },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "an ISO 8601 time with Z or an offset")},
    {"to", [](const QString &v, TicketView &t) { return setInstant(t.filter.receivedTo, v); },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "an ISO 8601 time with Z or an offset")},
    {"receiver_id", [](const QString &v, TicketView &t) { return setId(t.filter.receiverId, v); },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "a staff id")},
    {"handler_id", [](const QString &v, TicketView &t) { return setId(t.filter.handlerId, v); },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "a staff id")},
    {"serial",
     [](const QString &v, TicketView &t) {
         return ticketIdFromSerial(v) > 0 && setText(t.filter.serial, v);
     },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "CS-yyyyMMdd-ID or a ticket id")},
    {"tier",
     [](const QString &v, TicketView &t) { return tierFromKey(v) && setText(t.filter.tier, v); },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "a customer tier key (normal, vip …)")},
    {"incident_grade",
     [](const QString &v, TicketView &t) {
         bool ok = false;
         const int g = v.toInt(&ok);
         if (!ok || g < 0 || g > 3)
             return false;
         t.filter.incidentGrade = g;
         return true;
     },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "0, 1, 2 or 3")},
    {"source", [](const QString &v, TicketView &t) { return setText(t.filter.source, v); }, ""},
    {"text", [](const QString &v, TicketView &t) { return setText(t.filter.text, v); }, ""},
    {"sort",
     [](const QString &v, TicketView &t) {
         const auto s = ticketSortFromKey(v);
         if (s)
             t.filter.sort = *s;
         return s.has_value();
     },
     QT_TRANSLATE_NOOP(
         "sb::TicketViewText",
         "id, received, updated, priority, state, channel, tier, problem_type, subject or "
         "handler")},
    {"descending",
     [](const QString &v, TicketView &t) {
         if (v == QLatin1StringView("true") || v == QLatin1StringView("1"))
             t.filter.descending = true;
         else if (v == QLatin1StringView("false") || v == QLatin1StringView("0"))
             t.filter.descending = false;
         else
             return false;
         return true;
     },
     QT_TRANSLATE_NOOP("sb::TicketViewText", "true or false")},
};

} // namespace

QStringList TicketViewText::keys() {
    QStringList out;
    for (const KeyRule &r : kRules)
        out.append(QLatin1StringView(r.key));
    return out;
}

std::optional<TicketView> TicketViewText::parse(const QString &text, QString &error) {
    TicketView view;
    QSet<QString> seen;
    const QUrlQuery query(text.trimmed());
    for (const auto &[key, raw] : query.queryItems(QUrl::FullyDecoded)) {
        const KeyRule *rule = nullptr;
        for (const KeyRule &r : kRules)
            if (key == QLatin1StringView(r.key))
                rule = &r;
        if (!rule) {
            error = tr("query: unknown key \"%1\" (known: %2)")
                        .arg(key, keys().join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (seen.contains(key)) {
            error = tr("query: key \"%1\" is given twice").arg(key);
            return std::nullopt;
        }
        seen.insert(key);
        const QString value = raw.trimmed();
        if (value.isEmpty())
            continue;
        if (!rule->set(value, view)) {
            error =
                tr("query: %1: \"%2\" is not %3")
                    .arg(key, value, *rule->expected ? tr(rule->expected) : tr("a valid value"));
            return std::nullopt;
        }
    }
    if (view.filter.receivedFrom > 0 && view.filter.receivedTo > 0 &&
        view.filter.receivedTo <= view.filter.receivedFrom) {
        error = tr("query: to: \"%1\" is not after from")
                    .arg(formatInstant(view.filter.receivedTo, kOffsetZulu));
        return std::nullopt;
    }
    return view;
}

QString TicketViewText::format(const TicketView &view) {
    QStringList parts;
    const TicketFilter &f = view.filter;
    auto put = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1StringView(key) + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    const TicketFilter defaults;
    if (view.queue != TicketQueue::All)
        put("queue", ticketQueueKey(view.queue));
    put("customer", f.customer);
    put("channel", f.channel);
    put("state", f.state);
    put("problem_type", f.problemType);
    put("region", f.region);
    put("category", f.category);
    if (f.receivedFrom > 0)
        put("from", formatInstant(f.receivedFrom, kOffsetZulu));
    if (f.receivedTo > 0)
        put("to", formatInstant(f.receivedTo, kOffsetZulu));
    if (f.receiverId > 0)
        put("receiver_id", QString::number(f.receiverId));
    if (f.handlerId > 0)
        put("handler_id", QString::number(f.handlerId));
    put("serial", f.serial);
    put("tier", f.tier);
    if (f.incidentGrade >= 0)
        put("incident_grade", QString::number(f.incidentGrade));
    put("source", f.source);
    put("text", f.text);
    if (f.sort != defaults.sort)
        put("sort", ticketSortKey(f.sort));
    if (f.descending != defaults.descending)
        put("descending", f.descending ? QStringLiteral("true") : QStringLiteral("false"));
    return parts.join(QLatin1Char('&'));
}

} // namespace sb

#pragma once

#include "tickets/ticketquery.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sb {

// What a queue view is: the queue and the filter (with its sort).
struct TicketView {
    TicketQueue queue = TicketQueue::All;
    TicketFilter filter;
    friend bool operator==(const TicketView &, const TicketView &) = default;
};

// The text form of a queue view (signalboard-cli export --query), URL-query style, every part
// optional and each key at most once:
//   queue=overdue&channel=phone&state=registered&from=2026-03-01T00:00:00Z
//   &to=2026-03-02T00:00:00Z&text=refund&sort=received&descending=false
// Keys: queue, customer, channel, state, problem_type, region, category, from, to,
// receiver_id, handler_id, serial, tier, incident_grade, source, text, sort, descending.
// from is inclusive and to exclusive (received time, ISO 8601 with Z or an offset); an empty
// value does not filter. Keys and values are the stored keys (docs/spec/DOMAIN.md), not labels.
class TicketViewText {
    Q_DECLARE_TR_FUNCTIONS(sb::TicketViewText)
public:
    // An unknown key or a bad value is an error naming the key and the value.
    static std::optional<TicketView> parse(const QString &text, QString &error);
    // The text that parses back to `view` (defaults left out).
    static QString format(const TicketView &view);
    static QStringList keys();
};

} // namespace sb

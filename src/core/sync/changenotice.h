#pragma once

#include "sync/change.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace sb {

// What a `signalboard_change` notification carries (PostgreSQL). Since schema 47 the change
// itself, its fields separated by single spaces:
//     seq entity entity_id op at          e.g. "4711 ticket 1093 update 1796550000000"
// Before, and for a statement that inserted several tickets: the (last) seq alone.
struct ChangeNotice {
    qint64 seq = 0; // 0: the payload names no seq
    // The whole change, when the payload has all five fields in a form this build knows. An
    // entity key of a newer schema leaves it empty: change_log is read instead, which keeps it.
    std::optional<Change> change;
};

ChangeNotice parseChangeNotice(QStringView payload);

// The payload the server sends for `c` (the inverse of parseChangeNotice, for tests).
QString changeNoticePayload(const Change &c);

} // namespace sb

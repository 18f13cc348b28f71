#pragma once

#include "qa/qasamplestore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace sb {

// A ticket of a day's sample as the QA place lists it.
struct QaDayTicketRow {
    QaSampledTicket ticket;
    QString assigneeName;     // the inspector's name; empty when nobody could take it
    QString replacedBySerial; // for a replaced ticket: the serial of the one that took its place
};

// One day of the spot check as an inspector sees it: whether it is drawn and, when it is,
// the stored sample with the inspectors' names.
struct QaDayOverview {
    QDate day;
    std::optional<QaSampleDay> sample; // nullopt: not drawn yet
    QList<QaDayTicketRow> tickets;     // every ticket, replaced ones too, by stratum and rank
};

// What the QA place and the automatic daily draw read: a day's sample with names, the
// business calendar's time zone and when the day before is due to be drawn (qa.draw_at).
class QaDayQueries {
    Q_DECLARE_TR_FUNCTIONS(QaDayQueries)
public:
    static bool overview(Database &db, const Clock &clock, const QDate &day, QaDayOverview &out,
                         QString &error);
    // The business calendar's time zone (setting workflow.calendar).
    static bool businessZone(Database &db, QTimeZone &out, QString &error);
    // Setting qa.draw_at ("HH:mm", 00:30 by default); a stored value that is not a time of
    // day names the key.
    static bool drawAt(const Database &db, QTime &out, QString &error);
    // "00:30", "7:05", "23:59"; nullopt for anything else.
    static std::optional<QTime> parseDrawAt(const QString &text);
    // The day before `now`'s local day in `zone`.
    static QDate yesterday(const QDateTime &now, const QTimeZone &zone);
    // The day the automatic draw is due for at `now`: yesterday, once the local time of day in
    // `zone` is at or after `drawAt`; before that an invalid date (nothing is due).
    static QDate dueDay(const QDateTime &now, const QTimeZone &zone, const QTime &drawAt);

    static constexpr auto kDrawAtSetting = "qa.draw_at";
    static constexpr auto kDefaultDrawAt = "00:30";
};

} // namespace sb

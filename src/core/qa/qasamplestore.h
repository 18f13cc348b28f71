#pragma once

#include "qa/qasample.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

class QSqlQuery;

namespace sb {

// A ticket of a stored sample (qa_sample_tickets, migration 024).
struct QaSampledTicket {
    qint64 rowId = 0;
    qint64 ticketId = 0;
    QString serial; // as the ticket views show it (TicketStore::serialNumber)
    QString stratum;
    QString rankHash;
    qint64 position = 0;   // rank within the stratum, 1 = first
    qint64 assigneeId = 0; // 0: nobody could take it
    QString assigneeLogin;
    // The blind second inspector of the continuous double review (qa.double_rate); 0: none.
    qint64 secondAssigneeId = 0;
    QString secondAssigneeLogin;
    qint64 addedAt = 0;
    QString addedBy;
    qint64 replacementRowId = 0; // the row that took its place; 0 while it is in the sample
    QString replaceReason;
    qint64 replacedAt = 0;
    QString replacedBy;
    bool inSample() const { return replacementRowId == 0; }
};

// A drawn day as stored: what was drawn with, the strata and every ticket (replaced ones
// too, by stratum key and position).
struct QaSampleDay {
    qint64 id = 0;
    QDate day;
    quint64 seed = 0;
    QString rate;
    QString doubleRate; // the qa.double_rate drawn with; empty for days drawn before it was kept
    QaStratifyBy stratifyBy = QaStratifyBy::None;
    QString timeZone;
    qint64 frameSize = 0;
    qint64 sampleSize = 0;
    qint64 drawnAt = 0;
    QString drawnBy;
    QList<QaStratum> strata;
    QList<QaSampledTicket> tickets;
    QList<QaSampledTicket> inSample() const;
};

struct QaDrawRequest {
    QDate day;
    std::optional<QString> rate;            // default: setting qa.sample_rate
    std::optional<QaStratifyBy> stratifyBy; // default: setting qa.stratify_by
    std::optional<quint64> seed;            // default: a random 63-bit number
    std::optional<QString> doubleRate;      // default: setting qa.double_rate
    // Who draws. On SQLite `actor` (a login) is recorded, and when `actorId` > 0 that person
    // must hold qa.sample; on PostgreSQL the server takes the login and checks it.
    QString actor;
    qint64 actorId = 0;
};

struct QaDrawResult {
    QaSampleDay sample;
    bool drawnNow = false;        // false: the day was stored before; nothing was stored now
    bool seedIgnored = false;     // a seed was given that differs from the stored one
    bool settingsIgnored = false; // a rate or stratum column was given that differs
};

struct QaInspector {
    qint64 staffId = 0;
    QString login;
};

// The daily spot check, stored: the frame of a day, drawing it once, replacing a sampled
// ticket. A day is stored once: on SQLite in one transaction that first checks the day is not
// there; on PostgreSQL the server draws it in one call (sb_qa_draw_sample, migration 031: frame,
// strata, ranks, inspectors, stored, permission checked) and the sample is read back once.
// Drawing a stored day again returns the stored sample and stores nothing.
//
// Each sampled ticket goes to an inspector (QaSampling::assign); the share qa.double_rate of
// the sample, the lowest rank hashes, also gets a blind second inspector
// (QaSampling::assignSecond). Both databases give the same assignment from the same data.
class QaSampleStore {
    Q_DECLARE_TR_FUNCTIONS(QaSampleStore)
public:
    QaSampleStore(Database &db, const Clock &clock);

    bool draw(const QaDrawRequest &request, QaDrawResult &out, QString &error);
    // The stored sample of `day`; nullopt when it has not been drawn (or, on PostgreSQL, the
    // login may not read samples).
    bool load(const QDate &day, std::optional<QaSampleDay> &out, QString &error) const;
    // Replaces sampled ticket `ticketId` of `day` by the next-ranked ticket of its stratum that
    // was not drawn yet, for `reason`; the swap is audited. `actor`/`actorId` as for draw
    // (qa.sample or qa.review). `out` is the replacement.
    bool replace(const QDate &day, qint64 ticketId, const QString &reason, const QString &actor,
                 qint64 actorId, QaSampledTicket &out, QString &error);

    // The frame of `day` in `zone`: the tickets moved to "closed" by a timeline line whose
    // time falls on that local day, once each, by id, with the text of column `by`.
    bool frame(const QDate &day, QaStratifyBy by, const QTimeZone &zone, QList<QaFrameTicket> &out,
               QString &error) const;
    // The inspectors reviews go to: active staff granted qa.review (by their role or an
    // unexpired temporary grant, of it or of "qa"; the super role alone does not count), by id.
    bool inspectors(QList<QaInspector> &out, QString &error) const;
    // Who handled each of `tickets`: its handler and every actor of its timeline.
    bool handledBy(const QList<qint64> &tickets, QHash<qint64, QSet<qint64>> &out,
                   QString &error) const;

    static constexpr auto kRateSetting = "qa.sample_rate";
    static constexpr auto kStratifySetting = "qa.stratify_by";
    static constexpr auto kDefaultRate = "0.05";
    static constexpr auto kDefaultStratify = "channel";
    static constexpr auto kDoubleRateSetting = "qa.double_rate";
    static constexpr auto kDefaultDoubleRate = "0.10";

private:
    struct Plan;
    bool timeZone(QTimeZone &zone, QString &error) const;
    // What to draw with (settings, seed); with `withTickets` also the frame, the sample and
    // its inspectors (the server computes those itself).
    bool plan(const QaDrawRequest &request, bool withTickets, Plan &out, QString &error) const;
    bool storeLocally(const QaDrawRequest &request, bool &stored, QString &error);
    bool storeOnServer(const Plan &plan, bool &stored, QString &error);
    bool mayAct(qint64 actorId, const QStringList &anyOf, QString &error) const;
    static QString refusal(const QStringList &anyOf);
    bool replaceLocally(const QDate &day, qint64 ticketId, const QString &reason,
                        const QString &actor, qint64 &newRow, QString &error);
    bool planReplacement(const QaSampleDay &sample, const QaSampledTicket &old, QaPick &pick,
                         qint64 &assignee, qint64 &second, QString &error) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

#pragma once

#include "qa/agreement.h"
#include "qa/reviewstore.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// Calibration (校准): agreement between inspectors measured, not assumed. A QA lead (holder of
// qa.calibrate) picks tickets for a session, which pins the scorecard version in force, and
// adds participants (active holders of qa.review). Each participant scores every ticket blind,
// item by item, once; then the scores are shown side by side with Krippendorff's α and the
// percent agreement per item and overall, and each inspector's bias.

enum class QaCalibrationState { Open, Revealed, Closed };
// "open", "revealed", "closed" (qa_calibration_sessions.state).
QString qaCalibrationStateKey(QaCalibrationState state);
std::optional<QaCalibrationState> qaCalibrationStateFromKey(const QString &key);

struct QaCalibrationParticipant {
    qint64 staffId = 0;
    QString login;
    qint64 submittedAt = 0; // 0: not every ticket scored yet
};

struct QaCalibrationSession {
    qint64 id = 0;
    QString title;
    qint64 scorecardVersionId = 0;
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    QaCalibrationState state = QaCalibrationState::Open;
    qint64 version = 0;
    QList<qint64> ticketIds;                      // in the order picked
    QList<QaCalibrationParticipant> participants; // by staff id
};

// One participant's scores of one ticket, as far as the viewer may read them.
struct QaCalibrationSheet {
    qint64 staffId = 0;
    bool visible = false;        // submitted, and readable by the viewer
    QList<ItemRating> ratings;   // in scorecard order when visible
    std::optional<double> score; // the review score the pinned version gives (0..100)
};

// A ticket's scores side by side: one sheet per participant, in participant order.
struct QaCalibrationTicket {
    qint64 ticketId = 0;
    QString serial;
    QList<QaCalibrationSheet> sheets;
};

// Agreement on one scorecard item over the session's tickets.
struct QaItemAgreement {
    QString key;
    AlphaMetric metric = AlphaMetric::Ordinal; // nominal for pass/fail, ordinal when graded
    AlphaResult alpha;
    PercentAgreement percent;
    QList<ObserverBias> bias; // per participant, in scale points against the ticket's mean
};

struct QaCalibrationResults {
    QaCalibrationSession session;
    QaScorecardVersion version;
    QList<QaCalibrationTicket> tickets; // in session order
    QList<QaItemAgreement> items;       // in scorecard order
    // Overall: α (interval) of the participants' review scores per ticket, the percent
    // agreement over every (ticket, item) pair, and each participant's bias in score points
    // against the ticket's mean score.
    AlphaResult overallAlpha;
    PercentAgreement overallPercent;
    QList<ObserverBias> bias; // per participant
};

// Blindness, the same on SQLite (this store's reads) and on PostgreSQL (row-level security,
// resources/sql/postgresql/027_qa_calibration.sql): one's own scores are always readable.
// Another participant's scores of a ticket are readable by a participant once they have
// submitted their own scores of that ticket; by anyone else holding qa.calibrate (the lead)
// once every participant has submitted theirs; and by both once the session is closed.
//
// On SQLite the checks are made here, each step in one transaction; on PostgreSQL every write
// goes through the server's functions, which make them as the login, stamp it and the
// server's time and write the audit rows (qa.calibration.create, .participants, .score,
// .close).
class QaCalibrationStore {
    Q_DECLARE_TR_FUNCTIONS(QaCalibrationStore)
public:
    QaCalibrationStore(Database &db, const Clock &clock);

    // A lead opens a session on `ticketIds` (at least one, each existing), pinning the
    // scorecard version in force.
    bool create(const QaActor &actor, const QString &title, const QList<qint64> &ticketIds,
                qint64 &id, QString &error);
    // A lead adds participants to an open session: active holders of qa.review.
    bool addParticipants(const QaActor &actor, qint64 sessionId, const QList<qint64> &staffIds,
                         QString &error);
    // A participant submits their scores of one ticket of an open session: every item of the
    // pinned version once, a value within its scale or N/A where allowed (comments and root
    // causes are not kept). Once per ticket.
    bool submit(const QaActor &actor, qint64 sessionId, qint64 ticketId,
                const QList<ItemRating> &ratings, QString &error);
    // A lead closes an open session.
    bool close(const QaActor &actor, qint64 sessionId, QString &error);

    // A session the connection may read; nullopt when there is none.
    bool load(qint64 sessionId, std::optional<QaCalibrationSession> &out, QString &error) const;
    // The sessions the connection may read, newest first.
    bool sessions(QList<QaCalibrationSession> &out, QString &error) const;
    // The scores `viewer` may read, side by side, with the agreement computed from them.
    bool results(const QaActor &viewer, qint64 sessionId, QaCalibrationResults &out,
                 QString &error) const;

    // Fills out.items, overallAlpha, overallPercent and bias from the visible sheets.
    static void measure(QaCalibrationResults &out);

    static constexpr qsizetype kMaxTitle = 200;
    static constexpr qsizetype kMaxIds = 500;

private:
    bool holds(const QaActor &actor, const QString &permission, bool &out, QString &error) const;
    bool mayAct(const QaActor &actor, const QString &permission, QString &error) const;
    bool openSession(qint64 sessionId, QaCalibrationSession &out, QString &error) const;
    bool checkRatings(const QaScorecardVersion &version, const QList<ItemRating> &ratings,
                      QString &error) const;
    bool createLocally(const QaActor &actor, const QString &title, const QList<qint64> &ticketIds,
                       qint64 &id, QString &error);
    bool addLocally(const QaActor &actor, qint64 sessionId, const QList<qint64> &staffIds,
                    QString &error);
    bool submitLocally(const QaActor &actor, qint64 sessionId, qint64 ticketId,
                       const QaScorecardVersion &version, const QList<ItemRating> &ratings,
                       QString &error);
    bool closeLocally(const QaActor &actor, qint64 sessionId, QString &error);
    bool callServer(const QString &sql, const QVariantList &values, QVariant *result,
                    QString &error) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace sb

#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// A ticket of a calibration session as its participant works through it: the serial and
// whether they have scored it. Nothing of anybody else's scores.
struct QaCalibrationTicketStatus {
    qint64 ticketId = 0;
    QString serial;
    bool scoredByMe = false;
};

// What the calibration screens read besides QaCalibrationStore: the tickets a lead types in by
// serial, and a participant's own progress through a session.
class QaCalibrationQueries {
    Q_DECLARE_TR_FUNCTIONS(QaCalibrationQueries)
public:
    // The tickets of `serials` ("CS-20260319-0000042", or the bare number 42), in the order
    // given, each once; false (and none) with a message naming the first serial that is malformed
    // or names no ticket (a serial's date must be the ticket's).
    static bool ticketsBySerial(Database &db, const QStringList &serials, QList<qint64> &ids,
                                QString &error);
    // The tickets of session `sessionId` in session order, with whether `staffId` has scored
    // each (their own scores only).
    static bool myTickets(Database &db, qint64 sessionId, qint64 staffId,
                          QList<QaCalibrationTicketStatus> &out, QString &error);
    // Splits typed serials at commas, semicolons and white space.
    static QStringList splitSerials(const QString &text);
};

} // namespace sb

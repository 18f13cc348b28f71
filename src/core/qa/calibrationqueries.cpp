// QaCalibrationQueries: tickets by serial and a participant's own progress through a session.
#include "qa/calibrationqueries.h"

#include "tickets/ticketstore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace sb {

QStringList QaCalibrationQueries::splitSerials(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;，；]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool QaCalibrationQueries::ticketsBySerial(Database &db, const QStringList &serials,
                                           QList<qint64> &ids, QString &error) {
    ids.clear();
    static const QRegularExpression re(QStringLiteral("^\\s*(?:CS-(\\d{8})-)?(\\d{1,18})\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    QSet<qint64> seen;
    QSqlQuery q(db.db());
    for (const QString &serial : serials) {
        const QRegularExpressionMatch m = re.match(serial);
        const qint64 id = m.hasMatch() ? m.captured(2).toLongLong() : 0;
        if (id <= 0) {
            error = tr("“%1” is not a ticket serial (CS-yyyyMMdd-number or the number).")
                        .arg(serial.trimmed());
            ids.clear();
            return false;
        }
        if (!db.exec(q, QStringLiteral("SELECT received_at FROM tickets WHERE id = ?"), {id},
                     error)) {
            ids.clear();
            return false;
        }
        const bool found = q.next();
        const QString date = m.captured(1);
        if (!found || (!date.isEmpty() &&
                       TicketStore::serialNumber(id, q.value(0).toLongLong()).mid(3, 8) != date)) {
            error = tr("There is no ticket %1.").arg(serial.trimmed());
            ids.clear();
            return false;
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return true;
}

bool QaCalibrationQueries::myTickets(Database &db, qint64 sessionId, qint64 staffId,
                                     QList<QaCalibrationTicketStatus> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    if (!db.exec(q,
                 QStringLiteral("SELECT c.ticket_id, t.received_at, EXISTS (SELECT 1 FROM "
                                "qa_calibration_scores x WHERE x.session_id = c.session_id AND "
                                "x.ticket_id = c.ticket_id AND x.staff_id = ?) FROM "
                                "qa_calibration_tickets c LEFT JOIN tickets t ON t.id = "
                                "c.ticket_id WHERE c.session_id = ? ORDER BY c.position, "
                                "c.ticket_id"),
                 {staffId, sessionId}, error))
        return false;
    while (q.next()) {
        QaCalibrationTicketStatus s;
        s.ticketId = q.value(0).toLongLong();
        s.serial = q.value(1).isNull()
                       ? QString::number(s.ticketId)
                       : TicketStore::serialNumber(s.ticketId, q.value(1).toLongLong());
        s.scoredByMe = q.value(2).toBool();
        out.append(s);
    }
    return true;
}

} // namespace sb

#pragma once

#include "domain/types.h"
#include "incidents/incidentqueries.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QTableView;

namespace sb::app {

// Warning colours and texts shared by the board, the detail and the grading wizard.
class IncidentLabels {
    Q_DECLARE_TR_FUNCTIONS(IncidentLabels)
public:
    static QColor gradeColour(Grade g);     // yellow, orange, red, black (四级预警)
    static QColor gradeTextColour(Grade g); // readable on gradeColour
    static QString grade(Grade g);          // translated grade name
    static QString confirmation(const QString &key);
    static QString event(const QString &key); // timeline event names
    // One line describing a timeline entry's details (note, grades, counts, recipients).
    static QString eventDetail(const TimelineEntry &e);
    static QString age(qint64 ms); // "3 h 12 min"
    static QString growth(double ratio);
    static QString measure(const QString &key); // post-incident grade measures
    // Makes a small table exactly as high as its header and rows.
    static void fitHeight(QTableView *table);
};

} // namespace sb::app

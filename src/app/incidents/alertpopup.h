#pragma once

#include "domain/types.h"

#include <QFrame>
#include <QLabel>

namespace sb::app {

// What one alert shows: an incident that opened or whose grade rose.
struct IncidentAlertInfo {
    qint64 incidentId = 0;
    QString problemType;  // key
    QString problemClass; // key
    Grade grade = Grade::General;
    int fromGrade = -1; // -1: opened
    qint64 atMs = 0;
    int normal30 = 0, vip30 = 0, normal60 = 0, vip60 = 0;
};

// The alert toast: a small frame inside the main window (a child widget, never a window of
// its own), coloured by grade (yellow, orange, red, black), with the problem type, class,
// grade, counts and time, and two buttons: "Open grading wizard" and "Dismiss" (collapses it
// into the alert drawer at once). AlertCenter shows one at a time and hides it after the
// setting alerts.toast_seconds. objectName "incidentAlert"; properties incidentId and grade.
class AlertPopup : public QFrame {
    Q_OBJECT
public:
    AlertPopup(const IncidentAlertInfo &info, QWidget *parent);
    void setInfo(const IncidentAlertInfo &info);
    const IncidentAlertInfo &info() const { return m_info; }

Q_SIGNALS:
    void openWizard(qint64 incidentId);
    void dismissed(qint64 incidentId);

private:
    IncidentAlertInfo m_info;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace sb::app

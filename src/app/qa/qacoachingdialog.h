#pragma once

#include "qa/coaching.h"

#include <QDialog>

#include <memory>

namespace Ui {
class QaCoachingDialog;
}

namespace sb::app {

// Records a coaching meeting (辅导): the day it was held, notes and agreed actions. OK checks
// every field (QaCoachingStore::meetingIssues) and names what is missing; nothing typed is lost.
class QaCoachingDialog : public QDialog {
    Q_OBJECT
public:
    QaCoachingDialog(const QString &summary, const QDate &today, QWidget *parent = nullptr);
    ~QaCoachingDialog() override;

    QaCoachingMeeting meeting() const;
    void setMeeting(const QaCoachingMeeting &meeting);
    QString errorText() const;

    void accept() override;

private:
    std::unique_ptr<Ui::QaCoachingDialog> m_ui;
};

} // namespace sb::app

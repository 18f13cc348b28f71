#pragma once

#include "tickets/ticketenv.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sb::app {

// Registers a new complaint or suggestion (the start of "registration to closing"): kind,
// green channel (needs tickets.green_channel), channel, customer tier, problem type (the
// suggestion types for a suggestion), customer, service number, region, category, subject,
// description.
class RegisterDialog : public QDialog {
    Q_OBJECT
public:
    RegisterDialog(const TicketEnv &env, QWidget *parent = nullptr);
    qint64 ticketId() const { return m_ticketId; }

Q_SIGNALS:
    void registered(qint64 ticketId);

private:
    void submit();
    void fillTypes();
    const TicketEnv &m_env;
    QComboBox *m_kind, *m_channel, *m_tier, *m_type;
    QCheckBox *m_green;
    QLineEdit *m_customer, *m_service, *m_region, *m_category, *m_subject;
    QPlainTextEdit *m_description;
    QLabel *m_error;
    qint64 m_ticketId = 0;
};

} // namespace sb::app

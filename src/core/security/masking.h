#pragma once

#include "security/audittrail.h"
#include "security/authenticator.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

namespace sb {

// Personal-data masking. Only digits (ASCII or full-width) are masked or kept; spaces, dashes
// and other characters stay where they are, so "138-1234-5678" becomes "138-****-5678".
// Too-short values are masked completely rather than half-revealed.
QString maskPhone(const QString &phone);       // keep first 3 and last 4 digits (>= 8 digits)
QString maskIdNumber(const QString &idNumber); // keep first 6 and last 4 (18-digit ID; X counts)
QString maskBankCard(const QString &card);     // keep the last 4 digits (>= 8 digits)
// A service number is a phone or an account number: 11 digits starting with 1 is masked as a
// phone, anything else keeps only its last 4 digits.
QString maskServiceNumber(const QString &number);

enum class PersonalField { Phone, IdNumber, BankCard, ServiceNumber };
QString maskField(PersonalField field, const QString &value);
QString personalFieldKey(PersonalField field);

// Shows personal data as the viewer may see it: unmasked with personal_data.view, masked
// otherwise. unmask() reveals one value on request (personal_data.view or
// personal_data.unmask) and writes an audit_log row naming who saw what.
class PersonalDataMasker {
    Q_DECLARE_TR_FUNCTIONS(PersonalDataMasker)
public:
    PersonalDataMasker(const Database &db, const Clock &clock, const Session &viewer);

    bool viewerSeesAll() const;
    QString show(PersonalField field, const QString &value) const;
    // Returns the raw value in `out` when allowed and audited; false with `error` otherwise.
    bool unmask(PersonalField field, const QString &value, const QString &entity, qint64 entityId,
                QString &out, QString &error) const;

private:
    const Session &m_viewer;
    AuditTrail m_audit;
};

} // namespace sb

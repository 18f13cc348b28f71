#include "security/masking.h"
#include "security/permissions.h"

#include <QJsonObject>

#include <algorithm>

namespace sb {

namespace {
constexpr QChar kMask = QLatin1Char('*');

bool isMaskable(QChar c, bool allowX) {
    return c.isDigit() || (allowX && (c == QLatin1Char('X') || c == QLatin1Char('x')));
}

// Masks the maskable characters of `s`, keeping the first `head` and last `tail` of them;
// when there are fewer than `minCount`, masks them all.
QString maskKeeping(const QString &s, qsizetype head, qsizetype tail, qsizetype minCount,
                    bool allowX = false) {
    const qsizetype count =
        std::count_if(s.begin(), s.end(), [&](QChar c) { return isMaskable(c, allowX); });
    const bool keepAny = count >= minCount && count > head + tail;
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    for (const QChar c : s) {
        if (!isMaskable(c, allowX)) {
            out.append(c.category() == QChar::Other_Control ? kMask : c);
            continue;
        }
        const bool keep = keepAny && (i < head || i >= count - tail);
        out.append(keep ? c : kMask);
        ++i;
    }
    return out;
}
} // namespace

QString maskPhone(const QString &phone) {
    return maskKeeping(phone, 3, 4, 8);
}

QString maskIdNumber(const QString &idNumber) {
    return maskKeeping(idNumber, 6, 4, 15, true);
}

QString maskBankCard(const QString &card) {
    return maskKeeping(card, 0, 4, 8);
}

QString maskServiceNumber(const QString &number) {
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        return maskPhone(number);
    return maskKeeping(number, 0, 4, 8);
}

QString maskField(PersonalField field, const QString &value) {
    switch (field) {
    case PersonalField::Phone:
        return maskPhone(value);
    case PersonalField::IdNumber:
        return maskIdNumber(value);
    case PersonalField::BankCard:
        return maskBankCard(value);
    case PersonalField::ServiceNumber:
        return maskServiceNumber(value);
    }
    return QString(value.size(), kMask);
}

QString personalFieldKey(PersonalField field) {
    switch (field) {
    case PersonalField::Phone:
        return QStringLiteral("phone");
    case PersonalField::IdNumber:
        return QStringLiteral("id_number");
    case PersonalField::BankCard:
        return QStringLiteral("bank_card");
    case PersonalField::ServiceNumber:
        return QStringLiteral("service_number");
    }
    return QStringLiteral("unknown");
}

PersonalDataMasker::PersonalDataMasker(const Database &db, const Clock &clock,
                                       const Session &viewer)
    : m_viewer(viewer)
    , m_audit(db, clock) {
}

bool PersonalDataMasker::viewerSeesAll() const {
    return m_viewer.permissions.has(perm::PersonalDataView);
}

QString PersonalDataMasker::show(PersonalField field, const QString &value) const {
    return viewerSeesAll() ? value : maskField(field, value);
}

bool PersonalDataMasker::unmask(PersonalField field, const QString &value, const QString &entity,
                                qint64 entityId, QString &out, QString &error) const {
    if (!viewerSeesAll() && !m_viewer.permissions.has(perm::PersonalDataUnmask)) {
        error = tr("You may not see unmasked personal data (permission personal_data.unmask).");
        return false;
    }
    // The record, whose action is the permission exercised, names the field and the masked
    // form, never the value itself.
    if (!m_audit.append(m_viewer.login, perm::PersonalDataUnmask, entity, entityId,
                        {{QStringLiteral("field"), personalFieldKey(field)},
                         {QStringLiteral("masked"), maskField(field, value)},
                         {QStringLiteral("staff_id"), m_viewer.staffId}},
                        error))
        return false;
    out = value;
    return true;
}

} // namespace sb

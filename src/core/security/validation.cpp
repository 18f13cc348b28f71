#include "security/validation.h"

#include <QRegularExpression>

namespace sb {

namespace {
bool isHostile(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}
// The value as it may be echoed in a message: shortened, invisible characters as '?'.
QString printable(const QString &value, int maxChars) {
    QString out;
    for (const char32_t c : value.toUcs4()) {
        if (out.size() >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        if (isHostile(c))
            out += QLatin1Char('?');
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}
} // namespace

QString SecurityValidation::nameProblem(const QString &field, const QString &value, int maxChars) {
    if (value.trimmed().isEmpty())
        return tr("%1 must not be empty.").arg(field);
    const QList<uint> cps = value.toUcs4();
    if (cps.size() > maxChars)
        return tr("%1 has %2 characters; at most %3 are allowed.")
            .arg(field)
            .arg(cps.size())
            .arg(maxChars);
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (isHostile(char32_t(cps.at(i))))
            return tr("%1 contains an invisible or control character (U+%2) at position %3.")
                .arg(field)
                .arg(cps.at(i), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

QString SecurityValidation::employeeNoProblem(const QString &value) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,32}")));
    if (!re.match(value).hasMatch())
        return tr("The employee number \"%1\" is not allowed: use 1 to 32 letters, digits, _ or -.")
            .arg(printable(value, 40));
    return {};
}

QString SecurityValidation::loginProblem(const QString &value) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z_][a-z0-9_]{0,62}")));
    if (!re.match(value).hasMatch())
        return tr("The login \"%1\" is not allowed: use 1 to 63 lower-case letters, digits or _, "
                  "starting with a letter or _.")
            .arg(printable(value, 70));
    if (value.startsWith(QLatin1StringView("pg_")) || value.startsWith(QLatin1StringView("sb_")) ||
        value == QLatin1StringView("public") || value == QLatin1StringView("postgres"))
        return tr("The login \"%1\" is reserved.").arg(printable(value, 70));
    return {};
}

QString SecurityValidation::roleKeyProblem(const QString &value) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]{0,31}")));
    if (!re.match(value).hasMatch())
        return tr("The role key \"%1\" is not allowed: use 1 to 32 lower-case letters, digits or "
                  "_, "
                  "starting with a letter.")
            .arg(printable(value, 40));
    return {};
}

QString SecurityValidation::phoneProblem(const QString &value) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral(R"([0-9 +()\-]{0,32})")));
    if (!re.match(value).hasMatch())
        return tr("The phone number \"%1\" is not allowed: use at most 32 digits, spaces, "
                  "+, -, ( or ).")
            .arg(printable(value, 40));
    return {};
}

QString SecurityValidation::statusProblem(const QString &value) {
    static const QStringList ok{QStringLiteral("active"), QStringLiteral("disabled"),
                                QStringLiteral("expired"), QStringLiteral("left")};
    if (!ok.contains(value))
        return tr("The status \"%1\" is not one of %2.")
            .arg(printable(value, 40), ok.join(QStringLiteral(", ")));
    return {};
}

QString SecurityValidation::dbGroupProblem(const QString &value) {
    static const QStringList ok{QStringLiteral("sb_agent"),      QStringLiteral("sb_team_lead"),
                                QStringLiteral("sb_supervisor"), QStringLiteral("sb_manager"),
                                QStringLiteral("sb_qa"),         QStringLiteral("sb_admin")};
    if (!value.isEmpty() && !ok.contains(value))
        return tr("The database group \"%1\" is not one of %2.")
            .arg(printable(value, 40), ok.join(QStringLiteral(", ")));
    return {};
}

} // namespace sb

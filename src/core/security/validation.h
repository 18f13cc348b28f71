#pragma once

#include <QCoreApplication>
#include <QString>

namespace sb {

// Checks for names and keys typed by administrators. Each returns an empty string when the
// value is acceptable, otherwise a translated sentence naming the field and the problem.
class SecurityValidation {
    Q_DECLARE_TR_FUNCTIONS(SecurityValidation)
public:
    // Free text such as a person's, team's or role's name: not empty, at most `maxChars`
    // characters, no control, format (bidi, zero-width) or line/paragraph separator characters.
    static QString nameProblem(const QString &field, const QString &value, int maxChars = 64);
    // 1–32 of A–Z a–z 0–9 _ -
    static QString employeeNoProblem(const QString &value);
    // A login doubles as a PostgreSQL role name: ^[a-z_][a-z0-9_]{0,62}$, not pg_/sb_ prefixed.
    static QString loginProblem(const QString &value);
    // Role keys: ^[a-z][a-z0-9_]{0,31}$
    static QString roleKeyProblem(const QString &value);
    // Digits, spaces, + - ( ), at most 32 characters; may be empty.
    static QString phoneProblem(const QString &value);
    // One of active, disabled, expired, left.
    static QString statusProblem(const QString &value);
    // Empty or one of sb_agent, sb_team_lead, sb_supervisor, sb_manager, sb_qa, sb_admin.
    static QString dbGroupProblem(const QString &value);
};

} // namespace sb

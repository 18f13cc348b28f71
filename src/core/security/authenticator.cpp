#include "security/authenticator.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

QString passwordProblem(const QString &password) {
    if (password.size() < LocalAuthenticator::minimumPasswordLength())
        return LocalAuthenticator::tr("The password must have at least %1 characters.")
            .arg(LocalAuthenticator::minimumPasswordLength());
    if (password.size() > 1024)
        return LocalAuthenticator::tr("The password must have at most 1024 characters.");
    return {};
}

LocalAuthenticator::LocalAuthenticator(Database &db, const Clock &clock, SecuritySettings settings)
    : m_db(db)
    , m_clock(clock)
    , m_settings(settings)
    , m_hasher(settings.hash)
    , m_permissions(db)
    , m_audit(db, clock) {
}

LoginResult LocalAuthenticator::fail(LoginOutcome outcome, const QString &message,
                                     qint64 lockedUntil) const {
    LoginResult r;
    r.outcome = outcome;
    r.message = message;
    r.lockedUntil = lockedUntil;
    return r;
}

LoginResult LocalAuthenticator::login(const QString &whoRaw, const QString &password) {
    // What was typed goes into the audit log: short, and without control characters.
    QString who = whoRaw.trimmed().left(128);
    for (QChar &c : who) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    const qint64 now = m_clock.nowMs();
    const QString badCredentials = tr("Wrong employee number or password.");
    QString error;
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, status, password_hash, failed_logins, locked_until "
                                  "FROM staff WHERE employee_no = ? OR login = ? "
                                  "ORDER BY CASE WHEN employee_no = ? THEN 0 ELSE 1 END LIMIT 1"),
                   {who, who, who}, error))
        return fail(LoginOutcome::Error, tr("Login failed: %1").arg(error));
    if (!q.next()) {
        // Spend the same time as a real check so timing does not tell who exists.
        if (m_dummyHash.isEmpty())
            m_hasher.hash(QStringLiteral("signalboard-dummy"), m_dummyHash, error);
        m_hasher.verify(m_dummyHash, password);
        m_audit.append(who, QStringLiteral("login.failed"), QStringLiteral("staff"), 0,
                       {{QStringLiteral("reason"), QStringLiteral("unknown")}}, error);
        return fail(LoginOutcome::BadCredentials, badCredentials);
    }
    const qint64 id = q.value(0).toLongLong();
    const QString status = q.value(1).toString();
    const QString hash = q.value(2).toString();
    const qint64 lockedUntil = q.value(4).toLongLong();
    q.finish();

    if (lockedUntil > now) {
        m_audit.append(who, QStringLiteral("login.refused_locked"), QStringLiteral("staff"), id,
                       {{QStringLiteral("locked_until"), lockedUntil}}, error);
        const QString until = QDateTime::fromMSecsSinceEpoch(lockedUntil, Qt::UTC)
                                  .toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return fail(LoginOutcome::Locked,
                    tr("This account is locked after too many failed logins. Try again after "
                       "%1 or ask an administrator to unlock it.")
                        .arg(until),
                    lockedUntil);
    }
    if (hash.isEmpty() || !m_hasher.verify(hash, password)) {
        qint64 failures = 0;
        bool lock = false;
        qint64 until = 0;
        const bool ok = m_db.transaction(
            [&](QString &err) {
                // Counted in the database, so failures from several workstations add up;
                // a lock that has run out starts the count again.
                QSqlQuery u;
                if (!m_db.exec(u,
                               QStringLiteral("UPDATE staff SET failed_logins = CASE WHEN "
                                              "locked_until <> 0 AND locked_until <= ? THEN 1 "
                                              "ELSE failed_logins + 1 END, locked_until = CASE "
                                              "WHEN locked_until <= ? THEN 0 ELSE locked_until "
                                              "END WHERE id = ? RETURNING failed_logins"),
                               {now, now, id}, err) ||
                    !u.next())
                    return false;
                failures = u.value(0).toLongLong();
                u.finish();
                lock = failures >= m_settings.maxFailedLogins;
                until = lock ? now + qint64(m_settings.lockoutMinutes) * 60 * 1000 : 0;
                if (lock && !m_db.exec(QStringLiteral("UPDATE staff SET locked_until = ? WHERE "
                                                      "id = ?"),
                                       {until, id}, err))
                    return false;
                if (!m_audit.append(
                        who, QStringLiteral("login.failed"), QStringLiteral("staff"), id,
                        {{QStringLiteral("reason"), hash.isEmpty() ? QStringLiteral("no_password")
                                                                   : QStringLiteral("password")},
                         {QStringLiteral("failures"), failures}},
                        err))
                    return false;
                if (lock && !m_audit.append(who, QStringLiteral("login.locked"),
                                            QStringLiteral("staff"), id,
                                            {{QStringLiteral("failures"), failures},
                                             {QStringLiteral("locked_until"), until}},
                                            err))
                    return false;
                return true;
            },
            error);
        if (!ok)
            return fail(LoginOutcome::Error, tr("Login failed: %1").arg(error));
        if (lock)
            return fail(LoginOutcome::Locked,
                        tr("Wrong password %1 times in a row: the account is locked for %2 "
                           "minutes.")
                            .arg(failures)
                            .arg(m_settings.lockoutMinutes),
                        until);
        return fail(LoginOutcome::BadCredentials, badCredentials);
    }

    if (status != QLatin1StringView("active")) {
        m_audit.append(who, QStringLiteral("login.refused_inactive"), QStringLiteral("staff"), id,
                       {{QStringLiteral("status"), status}}, error);
        QString why;
        if (status == QLatin1StringView("disabled"))
            why = tr("This account is disabled. Ask an administrator.");
        else if (status == QLatin1StringView("expired"))
            why = tr("This account has expired. Ask an administrator.");
        else
            why = tr("This account is not active (status: %1). Ask an administrator.")
                      .arg(status.left(40));
        return fail(LoginOutcome::Inactive, why);
    }

    Session s;
    const bool ok = m_db.transaction(
        [&](QString &err) {
            if (!m_db.exec(QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = 0 "
                                          "WHERE id = ?"),
                           {id}, err))
                return false;
            if (m_hasher.needsRehash(hash)) {
                QString fresh;
                if (m_hasher.hash(password, fresh, err) &&
                    !m_db.exec(QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"),
                               {fresh, id}, err))
                    return false;
            }
            if (!sessionFor(id, s, err))
                return false;
            s.loggedInAt = now;
            return m_audit.append(s.login, QStringLiteral("login.ok"), QStringLiteral("staff"), id,
                                  {{QStringLiteral("role"), s.roleKey}}, err);
        },
        error);
    if (!ok)
        return fail(LoginOutcome::Error, tr("Login failed: %1").arg(error));
    LoginResult r;
    r.outcome = LoginOutcome::Ok;
    r.session = std::move(s);
    return r;
}

bool LocalAuthenticator::sessionFor(qint64 staffId, Session &out, QString &error) const {
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.employee_no, s.login, s.name, COALESCE(r.key, '') "
                                  "FROM staff s LEFT JOIN roles r ON r.id = s.role_id "
                                  "WHERE s.id = ?"),
                   {staffId}, error))
        return false;
    if (!q.next()) {
        error = tr("There is no staff member with id %1.").arg(staffId);
        return false;
    }
    out = {};
    out.staffId = staffId;
    out.employeeNo = q.value(0).toString();
    out.login = q.value(1).toString();
    out.name = q.value(2).toString();
    out.roleKey = q.value(3).toString();
    out.loggedInAt = m_clock.nowMs();
    return m_permissions.effective(staffId, m_clock.nowMs(), out.permissions, error);
}

bool LocalAuthenticator::setPassword(qint64 staffId, const QString &password, QString &error) {
    if (const QString p = passwordProblem(password); !p.isEmpty()) {
        error = p;
        return false;
    }
    QString hash;
    if (!m_hasher.hash(password, hash, error))
        return false;
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE staff SET password_hash = ?, failed_logins = 0, "
                                  "locked_until = 0 WHERE id = ?"),
                   {hash, staffId}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        error = tr("There is no staff member with id %1.").arg(staffId);
        return false;
    }
    return true;
}

} // namespace sb

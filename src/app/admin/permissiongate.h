#pragma once

#include "security/adminqueries.h"
#include "security/authenticator.h"
#include "storage/database.h"
#include "sync/changefeed.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QWidget;

namespace sb::app {

class MainWindow;

// What the signed-in person may do right now. One gate per main window (find it with
// PermissionGate::of(widget) or window.findChild<PermissionGate *>()). It follows the change
// feed: when staff, roles, role grants, temporary permissions or the permission tree change it
// recomputes the effective permissions (PermissionService on SQLite, the server's
// sb_has_permission on PostgreSQL) and emits changed(); when the person lost rights it also
// says why (rightsLost). A slow timer catches temporary permissions that simply expire.
//
// guard() ties a button or action to a permission: without it the control is disabled (or
// hidden) and its tooltip says "Needs the permission: key (description)"; it follows changes.
// Guard widgets once they have their parent (a hidden one is shown again only inside it).
class PermissionGate : public QObject {
    Q_OBJECT
public:
    enum class Mode { Disable, Hide };

    PermissionGate(Database &db, const Clock &clock, Session user, QObject *parent = nullptr);

    bool has(const QString &key) const { return m_user.permissions.has(key); }
    // True when the person holds `prefix` or any key below it ("admin" → admin.staff …).
    bool hasAnyUnder(const QString &prefix) const;
    const PermissionSet &permissions() const { return m_user.permissions; }
    // The signed-in person with their current permissions (kept alive as long as the gate).
    const Session &session() const { return m_user; }
    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }

    // The description of a permission from the permissions table ("" when unknown).
    QString description(const QString &key) const;
    // "Needs the permission: key (description)".
    QString missingText(const QString &key) const;

    void guard(QAction *action, const QString &key, Mode mode = Mode::Disable);
    void guard(QWidget *widget, const QString &key, Mode mode = Mode::Disable);

    // Why the last loss of rights happened (empty if none yet).
    QString lastReason() const { return m_lastReason; }
    QString lastError() const { return m_lastError; }

    // The gate of the window `w` belongs to, or null.
    static PermissionGate *of(const QWidget *w);
    // The gate of `window`, created (and connected to its change feed) on first use.
    static PermissionGate *ensure(MainWindow &window);

    // True when a change in `changes` may alter this person's permissions.
    bool concerns(const QList<sb::Change> &changes) const;

public Q_SLOTS:
    void applyChanges(const QList<sb::Change> &changes);
    // Recomputes now; false with lastError() when the database could not be read (the
    // previous permissions then stay as they were).
    bool recheck();

Q_SIGNALS:
    void changed();
    // `lost`: the keys no longer held; `reason`: a translated sentence saying why.
    void rightsLost(const QStringList &lost, const QString &reason);

private:
    using Standing = StaffStanding;
    bool readStanding(Standing &out, QString &error) const;
    bool roleExists(qint64 roleId) const;
    QString reasonFor(const Standing &before, const Standing &after) const;
    void loadDescriptions();

    Database &m_db;
    const Clock &m_clock;
    Session m_user;
    Standing m_standing;
    QHash<QString, QString> m_descriptions;
    QTimer m_expiryTimer;
    QString m_lastReason;
    QString m_lastError;
};

} // namespace sb::app

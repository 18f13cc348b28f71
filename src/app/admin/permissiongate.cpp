#include "admin/permissiongate.h"

#include "security/serversession.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QWidget>

namespace sb::app {

namespace {
constexpr int kExpiryCheckMs = 60 * 1000; // temporary permissions end without a change row
}

PermissionGate::PermissionGate(Database &db, const Clock &clock, Session user, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {
    setObjectName(QStringLiteral("permissionGate"));
    QString e;
    if (!readStanding(m_standing, e))
        m_lastError = e;
    loadDescriptions();
    m_expiryTimer.setInterval(kExpiryCheckMs);
    connect(&m_expiryTimer, &QTimer::timeout, this, &PermissionGate::recheck);
    m_expiryTimer.start();
}

bool PermissionGate::hasAnyUnder(const QString &prefix) const {
    if (m_user.permissions.isSuper() || m_user.permissions.has(prefix))
        return true;
    const QString dotted = prefix + QLatin1Char('.');
    for (const QString &k : m_user.permissions.keys()) {
        if (k.startsWith(dotted))
            return true;
    }
    return false;
}

void PermissionGate::loadDescriptions() {
    QList<PermissionEntry> catalogue;
    QString e;
    if (!AdminQueries::permissions(m_db, catalogue, e))
        return;
    for (const PermissionEntry &p : std::as_const(catalogue))
        m_descriptions.insert(p.key, p.description);
}

QString PermissionGate::description(const QString &key) const {
    return m_descriptions.value(key);
}

QString PermissionGate::missingText(const QString &key) const {
    const QString d = description(key);
    return d.isEmpty() ? tr("Needs the permission: %1").arg(key)
                       : tr("Needs the permission: %1 (%2)").arg(key, d);
}

void PermissionGate::guard(QWidget *widget, const QString &key, Mode mode) {
    if (!widget)
        return;
    const QString base = widget->toolTip();
    auto apply = [this, widget, key, mode, base] {
        const bool ok = has(key);
        if (mode == Mode::Hide) {
            // Shows again only what the gate hid (a widget not yet in a layout must not pop up
            // as a window of its own).
            if (!ok) {
                widget->setProperty("hiddenByGate", true);
                widget->hide();
            } else if (widget->property("hiddenByGate").toBool() && widget->parentWidget()) {
                widget->setProperty("hiddenByGate", false);
                widget->show();
            }
        } else
            widget->setEnabled(ok);
        widget->setToolTip(ok ? base : missingText(key));
        widget->setProperty("missingPermission", ok ? QString() : key);
    };
    apply();
    connect(this, &PermissionGate::changed, widget, apply);
}

void PermissionGate::guard(QAction *action, const QString &key, Mode mode) {
    if (!action)
        return;
    const QString base = action->toolTip();
    auto apply = [this, action, key, mode, base] {
        const bool ok = has(key);
        if (mode == Mode::Hide)
            action->setVisible(ok);
        else
            action->setEnabled(ok);
        action->setToolTip(ok ? base : missingText(key));
        action->setStatusTip(ok ? QString() : missingText(key));
        action->setProperty("missingPermission", ok ? QString() : key);
    };
    apply();
    connect(this, &PermissionGate::changed, action, apply);
}

PermissionGate *PermissionGate::of(const QWidget *w) {
    if (!w)
        return nullptr;
    if (auto *g = w->window()->findChild<PermissionGate *>(QString(), Qt::FindDirectChildrenOnly))
        return g;
    // A place built outside a main window keeps its own gate.
    for (const QObject *o = w; o; o = o->parent()) {
        if (auto *g = o->findChild<PermissionGate *>(QString(), Qt::FindDirectChildrenOnly))
            return g;
    }
    return nullptr;
}

PermissionGate *PermissionGate::ensure(MainWindow &window) {
    if (auto *g = window.findChild<PermissionGate *>(QString(), Qt::FindDirectChildrenOnly))
        return g;
    const Workspace &ws = window.workspace();
    auto *g = new PermissionGate(*ws.db, *ws.clock, ws.user, &window);
    connect(&window, &MainWindow::changesArrived, g, &PermissionGate::applyChanges);
    return g;
}

bool PermissionGate::concerns(const QList<sb::Change> &changes) const {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Role || c.entity == ChangeEntity::RolePermission)
            return true;
        if ((c.entity == ChangeEntity::Staff || c.entity == ChangeEntity::TempPermission) &&
            c.entityId == m_user.staffId)
            return true;
    }
    return false;
}

void PermissionGate::applyChanges(const QList<sb::Change> &changes) {
    if (concerns(changes))
        recheck();
}

bool PermissionGate::readStanding(Standing &out, QString &error) const {
    return AdminQueries::standing(m_db, m_user.staffId, out, error);
}

bool PermissionGate::roleExists(qint64 roleId) const {
    bool exists = false;
    QString e;
    return roleId > 0 && AdminQueries::roleExists(m_db, roleId, exists, e) && exists;
}

QString PermissionGate::reasonFor(const Standing &before, const Standing &after) const {
    auto roleLabel = [](const Standing &s) {
        return s.roleName.isEmpty() ? s.roleKey : tr("%1 (%2)").arg(s.roleName, s.roleKey);
    };
    if (after.status != QLatin1StringView("active"))
        return tr("Your account is now “%1”: an account that is not active holds no permissions.")
            .arg(after.status.isEmpty() ? tr("removed") : after.status);
    if (before.roleId != after.roleId) {
        if (after.roleId == 0)
            return roleExists(before.roleId)
                       ? tr("You were taken out of the role “%1”.").arg(roleLabel(before))
                       : tr("Your role “%1” was deleted.").arg(roleLabel(before));
        return tr("Your role changed from “%1” to “%2”.").arg(roleLabel(before), roleLabel(after));
    }
    if (after.roleId > 0)
        return tr("Permissions were withdrawn from your role “%1”, or a temporary permission "
                  "ended.")
            .arg(roleLabel(after));
    return tr("A temporary permission ended or was revoked.");
}

bool PermissionGate::recheck() {
    PermissionSet now;
    QString e;
    bool ok = m_db.dialect() == Dialect::PostgreSQL
                  ? serverPermissions(m_db, now, e)
                  : PermissionService(m_db).effective(m_user.staffId, m_clock.nowMs(), now, e);
    Standing standing;
    if (ok)
        ok = readStanding(standing, e);
    if (!ok) {
        m_lastError = tr("Your permissions could not be read again: %1").arg(e);
        return false;
    }
    m_lastError.clear();
    const PermissionSet before = m_user.permissions;
    const Standing was = m_standing;
    m_user.permissions = now;
    m_user.roleKey = standing.roleKey;
    m_standing = standing;

    QStringList lost;
    if (before.isSuper() && !now.isSuper()) {
        for (auto it = m_descriptions.cbegin(); it != m_descriptions.cend(); ++it) {
            if (!now.has(it.key()))
                lost.append(it.key());
        }
    } else if (!before.isSuper()) {
        for (const QString &k : before.keys()) {
            if (!now.has(k))
                lost.append(k);
        }
    }
    lost.sort();
    if (before.isSuper() != now.isSuper() || before.keys() != now.keys())
        Q_EMIT changed();
    if (!lost.isEmpty()) {
        m_lastReason = reasonFor(was, standing);
        Q_EMIT rightsLost(lost, m_lastReason);
    }
    return true;
}

} // namespace sb::app

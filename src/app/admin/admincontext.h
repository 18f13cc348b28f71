#pragma once

#include "admin/permissiongate.h"
#include "security/adminservice.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTableView>
#include <QWidget>
#include <functional>

namespace sb::app {

// Reading the audit log (seeded by migration 005; not among the well-known keys in core).

// What every administration tab shares: the connection, the clock, the live permission gate
// (whose session is the acting person for AdminService) and a way to confirm deletions.
struct AdminContext {
    Database &db;
    const Clock &clock;
    PermissionGate &gate;
    bool canWrite = true;
    QString readOnlyReason;
    // Asks "really?" (a message box; tests replace it).
    std::function<bool(QWidget *parent, const QString &question)> confirm;

    bool isPg() const { return db.dialect() == Dialect::PostgreSQL; }
    // A service acting as the signed-in person; every call checks their current rights.
    AdminService service() const {
        SecuritySettings s;
        QString ignored; // a bad stored value keeps the default; the Settings tab shows it
        SecuritySettings::load(db, s, ignored);
        return AdminService(db, clock, gate.session(), s);
    }
};

// A LIKE pattern (escape character '!') that matches `s` literally anywhere, any case: for
// "contains" filters where % and _ typed by the user mean themselves.
QString containsPattern(const QString &s);

// A table of rows to pick from: whole rows selected (`mode`), not editable in place, no row
// numbers, the last column taking the room left.
void setUpRowsView(QTableView *view,
                   QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

// One line under a tab for what just happened: green for done, red for refused.
class AdminStatusLine : public QLabel {
    Q_OBJECT
public:
    explicit AdminStatusLine(QWidget *parent = nullptr);
    void ok(const QString &text);
    void error(const QString &text);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

// Base of the tabs of the Administration place.
class AdminTab : public QWidget {
    Q_OBJECT
public:
    AdminTab(AdminContext &ctx, QWidget *parent);
    virtual void applyChanges(const QList<sb::Change> &changes) = 0;
    AdminStatusLine *statusLine() const { return m_status; }

protected:
    // Enabled only with `key` (and `extra`), otherwise disabled with the missing permission.
    void permit(QWidget *w, const QString &key, bool extra = true, const QString &why = {});
    static bool touches(const QList<sb::Change> &changes, std::initializer_list<ChangeEntity> e);

    AdminContext &m_ctx;
    AdminStatusLine *m_status;
};

} // namespace sb::app

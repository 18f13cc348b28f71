#pragma once
// Shared set-up for the administration GUI tests: a migrated SQLite database with a first
// administrator (the shared security fixture in tests/support) and a main window signed in as
// someone.

#include "admin/adminfeature.h"
#include "admin/adminplace.h"
#include "admin/permissiongate.h"
#include "security_fixture.h"
#include "shell/features.h"
#include "shell/mainwindow.h"

#include <QTest>
#include <memory>

namespace sb::test {

struct AdminWindow {
    app::Workspace ws;
    std::unique_ptr<app::MainWindow> window;
    app::AdminPlace *place = nullptr;
    app::PermissionGate *gate = nullptr;

    bool open(SecurityFixture &f, const Session &who) {
        ws.db = f.db.get();
        ws.clock = &f.clock;
        ws.user = who;
        window = std::make_unique<app::MainWindow>(ws);
        app::installAdminFeature(*window);
        app::gatePlaces(*window);
        gate = window->findChild<app::PermissionGate *>();
        window->show();
        window->showPlace(QStringLiteral("admin"));
        place = qobject_cast<app::AdminPlace *>(window->place(QStringLiteral("admin")));
        if (!place || !gate)
            return false;
        place->context().confirm = [](QWidget *, const QString &) {
            return true;
        };
        return true;
    }
};

inline Session sessionOf(SecurityFixture &f, qint64 staffId) {
    LocalAuthenticator auth(*f.db, f.clock, f.settings);
    Session s;
    QString e;
    if (!auth.sessionFor(staffId, s, e))
        qWarning("sessionFor %lld: %s", staffId, qPrintable(e));
    return s;
}

} // namespace sb::test

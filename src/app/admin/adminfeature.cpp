#include "admin/adminfeature.h"

#include "admin/permissiongate.h"
#include "shell/mainwindow.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <algorithm>
#include <memory>

namespace sb::app {

void installAdminFeature(MainWindow &window) {
    PermissionGate *gate = PermissionGate::ensure(window);

    // The Administration place is offered only to those who hold some admin.* permission.
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("placeList"));
    const int row = int(window.placeKeys().indexOf(QStringLiteral("admin")));
    auto updateNav = [gate, nav, row] {
        QListWidgetItem *item = nav && row >= 0 ? nav->item(row) : nullptr;
        if (!item)
            return;
        const bool ok = gate->hasAnyUnder(QStringLiteral("admin"));
        item->setFlags(ok ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(ok ? QString()
                            : PermissionGate::tr("Needs one of the permissions under: admin (%1)")
                                  .arg(gate->description(QStringLiteral("admin"))));
    };
    updateNav();
    QObject::connect(gate, &PermissionGate::changed, nav ? static_cast<QObject *>(nav) : gate,
                     updateNav);

    // Losing rights while signed in: say which and why, without blocking the work.
    auto notice = std::make_shared<QPointer<QMessageBox>>();
    QObject::connect(
        gate, &PermissionGate::rightsLost, &window,
        [&window, notice](const QStringList &lost, const QString &reason) {
            if (*notice)
                (*notice)->close();
            // A lost parent stands for its lost children.
            QStringList top;
            for (const QString &k : lost) {
                const bool underLost =
                    std::any_of(lost.cbegin(), lost.cend(), [&k](const QString &p) {
                        return k.startsWith(p + QLatin1Char('.'));
                    });
                if (!underLost)
                    top.append(k);
            }
            QStringList shown = top.mid(0, 12);
            if (top.size() > 12)
                shown.append(PermissionGate::tr("and %n more", nullptr, int(top.size() - 12)));
            auto *box = new QMessageBox(
                QMessageBox::Information, PermissionGate::tr("Your permissions changed"),
                PermissionGate::tr("%1\n\nYou no longer have: %2.\nWhat needs these permissions "
                                   "is now disabled.")
                    .arg(reason, shown.join(QStringLiteral(", "))),
                QMessageBox::Ok, &window);
            box->setObjectName(QStringLiteral("permissionsLostNotice"));
            box->setTextFormat(Qt::PlainText);
            box->setWindowModality(Qt::NonModal);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->show();
            *notice = box;
            window.statusBar()->showMessage(reason);
        });
}

} // namespace sb::app

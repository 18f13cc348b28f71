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

FeatureSpec adminFeature() {
    return {QStringLiteral("admin"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Administration"),
            QStringLiteral("preferences-system"),
            perm::Admin,
            &createAdminPlace,
            &installAdminFeature};
}

void installAdminFeature(MainWindow &window) {
    PermissionGate *gate = PermissionGate::ensure(window);

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

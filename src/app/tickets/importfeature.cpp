#include "kb/kbdialog.h"
#include "security/permissions.h"
#include "shell/mainwindow.h"
#include "tickets/importwizard.h"

#include <QMenu>
#include <QMenuBar>

namespace sb::app {

namespace {
// The shell's first menu is File; ours go above its last entry (Quit).
QMenu *fileMenu(MainWindow &window) {
    const QList<QAction *> menus = window.menuBar()->actions();
    if (!menus.isEmpty() && menus.first()->menu())
        return menus.first()->menu();
    return window.menuBar()->addMenu(MainWindow::tr("&File"));
}
} // namespace

void installTicketsImportFeature(MainWindow &window) {
    QMenu *file = fileMenu(window);
    QAction *before = file->actions().isEmpty() ? nullptr : file->actions().last();
    const Workspace &ws = window.workspace();

    auto *import = new QAction(ImportWizard::tr("&Import complaints…"), &window);
    import->setObjectName(QStringLiteral("importComplaintsAction"));
    const bool mayImport = ws.canWrite && ws.user.permissions.has(perm::TicketsRegister);
    import->setEnabled(mayImport);
    import->setToolTip(!ws.canWrite ? ws.readOnlyReason
                       : mayImport  ? ImportWizard::tr("Import complaints from a CSV file")
                                    : ImportWizard::tr("Needs the permission tickets.register"));
    QObject::connect(import, &QAction::triggered, &window,
                     [&window] { openImportWizard(&window, window.workspace()); });

    auto *kb = new QAction(ImportWizard::tr("&Knowledge base…"), &window);
    kb->setObjectName(QStringLiteral("knowledgeBaseAction"));
    const bool mayRead = ws.user.permissions.has(perm::Kb) || ws.user.permissions.has(perm::KbEdit);
    kb->setEnabled(mayRead);
    kb->setToolTip(mayRead ? ImportWizard::tr("Search articles, cases and known issues")
                           : ImportWizard::tr("Needs the permission kb"));
    QObject::connect(kb, &QAction::triggered, &window,
                     [&window] { openKnowledgeBase(&window, window.workspace()); });

    file->insertAction(before, import);
    file->insertAction(before, kb);
    file->insertSeparator(before);
}

} // namespace sb::app

#include "archive/archivefeature.h"

#include "archive/archivewindow.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace sb::app {

namespace {
// The shell's first menu is File; ours goes above its last entry (Quit).
QMenu *fileMenu(MainWindow &window) {
    const QList<QAction *> menus = window.menuBar()->actions();
    if (!menus.isEmpty() && menus.first()->menu())
        return menus.first()->menu();
    return window.menuBar()->addMenu(MainWindow::tr("&File"));
}

void installArchive(MainWindow &window) {
    QMenu *file = fileMenu(window);
    QAction *before = file->actions().isEmpty() ? nullptr : file->actions().last();
    auto *open = new QAction(ArchiveWindow::tr("Open &archive…"), &window);
    open->setObjectName(QStringLiteral("openArchiveAction"));
    open->setToolTip(ArchiveWindow::tr("Read an archive file (.sbarchive) in a window of its "
                                       "own, read-only"));
    QObject::connect(open, &QAction::triggered, &window, [&window] {
        const QString path = QFileDialog::getOpenFileName(
            &window, ArchiveWindow::tr("Open archive"), QDir::homePath(),
            ArchiveWindow::tr("Signalboard archives (*.sbarchive);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (ArchiveWindow *w = openArchiveFile(window, path, error))
            w->show();
        else
            QMessageBox::warning(&window, ArchiveWindow::tr("Open archive"), error);
    });
    file->insertAction(before, open);
    file->insertSeparator(before);
}
} // namespace

ArchiveWindow *openArchiveFile(MainWindow &window, const QString &file, QString &error) {
    const Workspace &ws = window.workspace();
    return ArchiveWindow::open(file, *ws.clock, ws.user, error, &window);
}

FeatureSpec archiveFeature() {
    FeatureSpec spec;
    spec.key = QStringLiteral("archive");
    spec.install = &installArchive;
    return spec;
}

} // namespace sb::app

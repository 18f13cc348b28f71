#include "shell/aboutdialog.h"

#include "storage/migrations.h"

#include "ui_aboutdialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace sb::app {

AboutDialog::AboutDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    m_ui->titleLabel->setText(QStringLiteral("Signalboard"));
    m_ui->versionValue->setText(QStringLiteral(SIGNALBOARD_VERSION));

    // The schema: where the database is, and the newest this build can use.
    if (ws.db) {
        SchemaStatus status;
        QString error;
        if (Migrator(*ws.db).status(status, error))
            m_ui->schemaValue->setText(
                tr("%1 (this version supports %2)").arg(status.current).arg(status.supported));
        else
            m_ui->schemaValue->setText(tr("Cannot read the schema version: %1").arg(error));
        m_ui->databaseValue->setText(ws.db->url().toDisplayString());
    } else {
        m_ui->schemaValue->setText(tr("Not connected"));
        m_ui->databaseValue->setText(tr("Not connected"));
    }
    m_ui->qtValue->setText(
        tr("%1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));

    QStringList licences;
    licences << tr("Signalboard: MIT licence (the LICENSE file)");
    licences << tr("Qt: GNU Lesser General Public License v3 (LGPLv3)")
             << tr("libsodium: ISC licence") << tr("libxlsxwriter: BSD 2-clause licence");
    m_ui->licencesValue->setText(licences.join(QLatin1Char('\n')));

    connect(m_ui->aboutQtButton, &QPushButton::clicked, this,
            [this] { QMessageBox::aboutQt(this); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::schemaText() const {
    return m_ui->schemaValue->text();
}

} // namespace sb::app

#include "connect/connectiondialog.h"

#include "ui_connectiondialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>

namespace sb::app {

ConnectionDialog::ConnectionDialog(Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_attempt(std::move(attempt)) {
    m_ui->setupUi(this);
    for (const char *mode : {"prefer", "disable", "require", "verify-ca", "verify-full"})
        m_ui->sslCombo->addItem(QString::fromLatin1(mode));
    m_ui->sslCombo->setCurrentText(QStringLiteral("prefer"));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, m_ui->kindStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(
            this, tr("Database file"), m_ui->fileEdit->text(), tr("Signalboard databases (*.db)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            m_ui->fileEdit->setText(f);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    m_ui->fileEdit->setText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/signalboard.db"));
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setUrl(const DatabaseUrl &url) {
    if (url.dialect == Dialect::SQLite) {
        m_ui->kindCombo->setCurrentIndex(0);
        m_ui->fileEdit->setText(url.path);
        return;
    }
    m_ui->kindCombo->setCurrentIndex(1);
    QStringList hosts;
    for (const HostPort &h : url.hosts)
        hosts.append(h.host);
    m_ui->hostEdit->setText(hosts.join(QLatin1Char(',')));
    if (!url.hosts.isEmpty() && url.hosts.first().port > 0)
        m_ui->portSpin->setValue(url.hosts.first().port);
    m_ui->databaseEdit->setText(url.database);
    m_ui->userEdit->setText(url.user);
    m_ui->passwordEdit->setText(url.password);
    if (url.params.contains(QStringLiteral("sslmode")))
        m_ui->sslCombo->setCurrentText(url.params.value(QStringLiteral("sslmode")));
    m_ui->readStandbyCheck->setChecked(
        url.params.value(QLatin1StringView(DatabaseUrl::kReadSessionAttrs)) ==
        QLatin1StringView("prefer-standby"));
}

void ConnectionDialog::setLogin(const QString &login) {
    m_ui->loginEdit->setText(login);
    m_ui->userEdit->setText(m_ui->userEdit->text().isEmpty() ? login : m_ui->userEdit->text());
}

void ConnectionDialog::showError(const QString &text) {
    m_ui->errorLabel->setText(text);
}

DatabaseUrl ConnectionDialog::url() const {
    if (m_ui->kindCombo->currentIndex() == 0)
        return DatabaseUrl::sqlite(m_ui->fileEdit->text().trimmed());
    DatabaseUrl u;
    u.dialect = Dialect::PostgreSQL;
    const QStringList hosts = m_ui->hostEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &h : hosts)
        u.hosts.append({h.trimmed(), m_ui->portSpin->value()});
    u.database = m_ui->databaseEdit->text().trimmed();
    u.user = m_ui->userEdit->text().trimmed();
    u.password = m_ui->passwordEdit->text();
    u.params.insert(QStringLiteral("sslmode"), m_ui->sslCombo->currentText());
    // Several hosts are a primary and its standbys: take the one that accepts writes, so a
    // standby (or an old primary back as one) is skipped and a failover is followed.
    if (u.hosts.size() > 1)
        u.params.insert(QStringLiteral("target_session_attrs"), QStringLiteral("read-write"));
    // Reports and volume history may then read from one of the standbys
    // (DatabaseUrl::forReading).
    if (u.hosts.size() > 1 && m_ui->readStandbyCheck->isChecked())
        u.params.insert(QLatin1StringView(DatabaseUrl::kReadSessionAttrs),
                        QStringLiteral("prefer-standby"));
    return u;
}

QString ConnectionDialog::login() const {
    return m_ui->kindCombo->currentIndex() == 0 ? m_ui->loginEdit->text().trimmed()
                                                : m_ui->userEdit->text().trimmed();
}

void ConnectionDialog::accept() {
    const DatabaseUrl u = url();
    if (u.dialect == Dialect::SQLite && u.path.isEmpty()) {
        showError(tr("Choose a database file."));
        return;
    }
    if (u.dialect == Dialect::PostgreSQL && (u.hosts.isEmpty() || u.database.isEmpty())) {
        showError(tr("Enter the server's host and the database name."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString why =
        m_attempt
            ? m_attempt(u, login(),
                        u.dialect == Dialect::SQLite ? m_ui->localPasswordEdit->text() : u.password)
            : QString();
    QApplication::restoreOverrideCursor();
    if (!why.isEmpty()) {
        showError(why);
        return;
    }
    QSettings().setValue(QStringLiteral("connection/lastUrl"), u.toDisplayString());
    QSettings().setValue(QStringLiteral("connection/lastLogin"), login());
    QDialog::accept();
}

} // namespace sb::app

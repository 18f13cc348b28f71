#include "admin/staffdialog.h"
#include "security/permissions.h"

#include "domain/labels.h"
#include "security/adminqueries.h"
#include "security/directory.h"
#include "security/masking.h"
#include "shell/queryplace.h"
#include "ui_staffdialog.h"

#include <QPushButton>

namespace sb::app {

namespace {
constexpr int kPickerLimit = 1000; // roles and teams offered
}

StaffDialog::StaffDialog(AdminContext &ctx, qint64 staffId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StaffDialog>())
    , m_ctx(ctx)
    , m_id(staffId) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(staffId > 0 ? tr("Edit staff member") : tr("New staff member"));
    for (const char *g : {"", "female", "male", "other"})
        m_ui->gender->addItem(QString::fromLatin1(g));
    for (const char *s : {"active", "disabled", "expired", "left"})
        m_ui->status->addItem(Labels::staffStatus(QString::fromLatin1(s)), QString::fromLatin1(s));

    QString e;
    m_ui->role->addItem(tr("(no role)"), qint64(0));
    QList<NamedEntry> roles;
    if (Directory::roles(ctx.db, kPickerLimit, roles, e)) {
        for (const NamedEntry &r : std::as_const(roles))
            m_ui->role->addItem(tr("%1 — %2").arg(r.key, r.name), r.id);
    } else {
        m_loadError = e;
    }
    m_ui->team->addItem(tr("(no team)"), qint64(0));
    QList<NamedEntry> teams;
    if (Directory::teams(ctx.db, kPickerLimit, teams, e)) {
        for (const NamedEntry &t : std::as_const(teams))
            m_ui->team->addItem(t.name, t.id);
    } else {
        m_loadError = e;
    }

    const bool pg = ctx.isPg();
    m_ui->loginNote->setText(
        pg ? tr("Shared database: saving a new person creates their own PostgreSQL login "
                "(SCRAM password) in their role's group; a status other than active disables "
                "that login at once.")
           : tr("Embedded database: the password is stored only as an Argon2id hash. At least "
                "%1 characters.")
                 .arg(LocalAuthenticator::minimumPasswordLength()));
    if (staffId > 0) {
        m_ui->password->setPlaceholderText(tr("leave empty to keep the password"));
        std::optional<StaffRecord> record;
        if (AdminQueries::staffRecord(ctx.db, staffId, record, e) && record) {
            const StaffInput &r = record->input;
            m_ui->employeeNo->setText(r.employeeNo);
            m_ui->name->setText(r.name);
            m_ui->login->setText(r.login);
            m_ui->login->setReadOnly(pg); // a database role cannot be renamed
            m_ui->gender->setCurrentText(r.gender);
            m_phone = r.phone;
            m_phoneShown = ctx.gate.has(perm::PersonalDataView) ? m_phone : maskPhone(m_phone);
            m_ui->phone->setText(m_phoneShown);
            m_ui->role->setCurrentIndex(std::max(0, m_ui->role->findData(r.roleId)));
            m_ui->level->setValue(r.level);
            const int st = m_ui->status->findData(r.status);
            if (st < 0)
                m_ui->status->addItem(Labels::staffStatus(r.status), r.status);
            m_ui->status->setCurrentIndex(st >= 0 ? st : m_ui->status->count() - 1);
            m_ui->statusChanged->setText(formatTime(record->statusChangedAt));
            m_ui->team->setCurrentIndex(std::max(0, m_ui->team->findData(r.teamId)));
            m_ui->skillGroups->setText(r.skillGroups);
        } else {
            m_loadError = e.isEmpty() ? tr("There is no staff member with id %1.").arg(staffId) : e;
        }
    } else {
        m_ui->statusChanged->setText(tr("(set when saved)"));
    }
    if (!m_loadError.isEmpty())
        showError(m_loadError);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &StaffDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StaffDialog::~StaffDialog() = default;

StaffInput StaffDialog::input() const {
    StaffInput in;
    in.employeeNo = m_ui->employeeNo->text().trimmed();
    in.name = m_ui->name->text();
    in.login = m_ui->login->text().trimmed();
    in.gender = m_ui->gender->currentText().trimmed();
    // An unchanged masked number keeps the stored one.
    in.phone =
        (m_id > 0 && m_ui->phone->text() == m_phoneShown) ? m_phone : m_ui->phone->text().trimmed();
    in.roleId = m_ui->role->currentData().toLongLong();
    in.level = m_ui->level->value();
    in.status = m_ui->status->currentData().toString();
    in.teamId = m_ui->team->currentData().toLongLong();
    in.skillGroups = m_ui->skillGroups->text().trimmed();
    return in;
}

QString StaffDialog::password() const {
    return m_ui->password->text();
}

void StaffDialog::showError(const QString &text) {
    m_ui->errorLabel->setText(text);
}

QString StaffDialog::errorText() const {
    return m_ui->errorLabel->text();
}

bool StaffDialog::loaded(QString &error) const {
    error = m_loadError;
    return m_loadError.isEmpty();
}

void StaffDialog::save() {
    if (m_ui->password->text() != m_ui->password2->text()) {
        showError(tr("The two passwords differ; type the same password twice."));
        return;
    }
    if (m_id == 0 && m_ui->password->text().isEmpty()) {
        showError(tr("A new person needs a password (at least %1 characters).")
                      .arg(LocalAuthenticator::minimumPasswordLength()));
        return;
    }
    showError({});
    Q_EMIT submitted();
}

} // namespace sb::app

#include "tickets/actiondialog.h"

#include "domain/labels.h"
#include "security/directory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::app {

namespace {
constexpr int kPickerLimit = 2000; // people or teams a picker offers
} // namespace

ActionDialog::ActionDialog(Database &db, const WorkflowAction &action,
                           const QList<ActionField> &fields, const QString &ticketLabel,
                           QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_fields(fields)
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("%1 — %2").arg(Workflow::localName(action.name, action.nameZh), ticketLabel));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const ActionField &f : fields) {
        QWidget *editor = makeEditor(db, f);
        editor->setObjectName(QStringLiteral("field_") + f.name);
        m_editors.insert(f.name, editor);
        const QString label =
            f.required ? tr("%1 *").arg(Labels::field(f.name)) : Labels::field(f.name);
        form->addRow(label, editor);
    }
    m_note->setObjectName(QStringLiteral("actionNote"));
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("actionButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(Workflow::localName(action.name, action.nameZh));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget *ActionDialog::makeEditor(Database &db, const ActionField &field) {
    switch (field.type) {
    case FieldType::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(int(field.minValue.value_or(0)), int(field.maxValue.value_or(1000000)));
        return spin;
    }
    case FieldType::Choice: {
        auto *combo = new QComboBox(this);
        if (!field.required)
            combo->addItem(QString(), QString());
        for (const QString &c : field.choices)
            combo->addItem(Labels::choice(field.name, c), c);
        return combo;
    }
    case FieldType::Staff:
    case FieldType::Team: {
        auto *combo = new QComboBox(this);
        combo->addItem(field.required ? QString() : tr("(none)"), QVariant());
        QString error;
        if (field.type == FieldType::Staff) {
            QList<StaffEntry> staff;
            if (Directory::staff(db, Directory::StaffScope::NotLeft, kPickerLimit, staff, error))
                for (const StaffEntry &s : staff)
                    combo->addItem(s.name, s.id);
        } else {
            QList<NamedEntry> teams;
            if (Directory::teams(db, kPickerLimit, teams, error))
                for (const NamedEntry &t : teams)
                    combo->addItem(t.name, t.id);
        }
        return combo;
    }
    case FieldType::Text:
        break;
    }
    return new QLineEdit(this);
}

ActionRequest ActionDialog::request() const {
    ActionRequest r;
    r.action = m_action.key;
    r.note = m_note->text().trimmed();
    for (const ActionField &f : m_fields) {
        QWidget *w = m_editors.value(f.name);
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (!line->text().trimmed().isEmpty())
                r.fields.insert(f.name, line->text().trimmed());
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            r.fields.insert(f.name, spin->value());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const QVariant v = combo->currentData();
            if (v.isValid() && !v.toString().isEmpty())
                r.fields.insert(f.name, f.type == FieldType::Choice
                                            ? QJsonValue(v.toString())
                                            : QJsonValue(double(v.toLongLong())));
        }
    }
    return r;
}

void ActionDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sb::app

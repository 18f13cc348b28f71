#include "shell/shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>

namespace sb::app {

namespace {
// A menu text without its mnemonic marker: "&View" → "View", "Fish && chips" stays readable.
QString plain(QString text) {
    text.replace(QLatin1StringView("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

struct Row {
    QString menu;
    QString command;
    QString keys;
};

void collect(const QMenu *menu, const QString &path, QList<Row> &rows) {
    const QList<QAction *> actions = menu->actions();
    for (const QAction *a : actions) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collect(a->menu(), path + QStringLiteral(" → ") + plain(a->text()), rows);
            continue;
        }
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &k : keys)
            texts << k.toString(QKeySequence::NativeText);
        rows.append({path, plain(a->text()), texts.join(QStringLiteral(", "))});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("shortcutsDialog"));
    QList<Row> rows;
    if (menus) {
        const QList<QAction *> top = menus->actions();
        for (const QAction *a : top) {
            if (a->menu())
                collect(a->menu(), plain(a->text()), rows);
        }
    }
    QTableWidget *table = m_ui->shortcutsTable;
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).menu));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).command));
        table->setItem(r, 2, new QTableWidgetItem(rows.at(r).keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QStringList ShortcutsDialog::shortcuts() const {
    QStringList out;
    for (int r = 0; r < m_ui->shortcutsTable->rowCount(); ++r)
        out << m_ui->shortcutsTable->item(r, 2)->text();
    return out;
}

} // namespace sb::app

#include "tickets/importwizard_mapping.h"

#include "domain/types.h"
#include "tickets/importwizard.h"

#include "ui_importwizard_mapping.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>

namespace sb::app {

namespace {
enum FieldColumn { FieldName, ReadFrom, Constant, Format, TimeZone, FieldColumns };
enum ValueColumn { Theirs, Ours, ValueColumns };
using Kind = MappingDraft::Rule::Kind;

bool isKeyField(int f) {
    return f == ColumnMapping::ChannelField || f == ColumnMapping::CustomerTier ||
           f == ColumnMapping::ProblemTypeField;
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::ImportMappingForm>()) {
    setTitle(tr("Map columns and values"));
    setSubTitle(tr("Tell Signalboard which column holds each field. Channel, customer tier and "
                   "problem type also need their values mapped to ours; \"*\" is the fallback."));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(form);

    m_ui->fieldsTable->setColumnCount(FieldColumns);
    m_ui->fieldsTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Read from"), tr("Constant"), tr("Time format"), tr("Time zone")});
    m_ui->fieldsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->fieldsTable->verticalHeader()->hide();
    m_ui->valuesTable->setColumnCount(ValueColumns);
    m_ui->valuesTable->setHorizontalHeaderLabels({tr("Value in the file"), tr("Our value")});
    m_ui->valuesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->valuesTable->verticalHeader()->hide();

    m_ui->shippedCombo->addItem(tr("Shipped mappings…"));
    for (const QString &name :
         QDir(QStringLiteral(":/mappings")).entryList({QStringLiteral("*.json")}, QDir::Files))
        m_ui->shippedCombo->addItem(name, QString(QStringLiteral(":/mappings/") + name));
    connect(m_ui->shippedCombo, &QComboBox::activated, this, [this](int index) {
        const QString path = m_ui->shippedCombo->itemData(index).toString();
        QString error;
        if (!path.isEmpty() && !m_wizard->loadMappingFile(path, error))
            m_ui->mappingError->setText(error);
        m_ui->shippedCombo->setCurrentIndex(0);
    });
    connect(m_ui->loadButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load mapping"), QString(),
                                                          tr("Mapping files (*.json)"));
        QString error;
        if (!path.isEmpty() && !m_wizard->loadMappingFile(path, error))
            m_ui->mappingError->setText(error);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save mapping"), QString(),
                                                          tr("Mapping files (*.json)"));
        QString error;
        if (!path.isEmpty() && !m_wizard->saveMappingFile(path, error))
            m_ui->mappingError->setText(error);
    });
    connect(m_ui->sourceEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_wizard->draft().source = text.trimmed(); });
    connect(m_ui->fieldsTable, &QTableWidget::currentCellChanged, this,
            [this] { rebuildValues(); });
    connect(m_wizard, &ImportWizard::mappingReplaced, this, [this] {
        if (m_wizard->currentId() == ImportWizard::MappingPageId)
            initializePage();
    });
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage() {
    m_ui->sourceEdit->setText(m_wizard->draft().source);
    m_ui->mappingError->clear();
    rebuildFields();
    rebuildValues();
}

QStringList ImportMappingPage::ourValues(ColumnMapping::Field f) const {
    QStringList keys;
    if (f == ColumnMapping::ChannelField) {
        for (const Channel c : allChannels())
            keys << channelKey(c);
    } else if (f == ColumnMapping::CustomerTier) {
        for (const Tier t : allTiers())
            keys << tierKey(t);
    } else if (f == ColumnMapping::ProblemTypeField) {
        for (const ProblemTypeInfo &p : problemTypes())
            keys << p.key;
    }
    return keys;
}

void ImportMappingPage::rebuildFields() {
    m_building = true;
    const QStringList header = m_wizard->sample() ? m_wizard->sample()->header : QStringList();
    QTableWidget *t = m_ui->fieldsTable;
    t->setRowCount(ColumnMapping::FieldCount);
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const MappingDraft::Rule &r = m_wizard->draft().rules[static_cast<std::size_t>(f)];
        auto *name = new QTableWidgetItem(
            ColumnMapping::fieldKey(static_cast<ColumnMapping::Field>(f)) +
            (f <= ColumnMapping::ProblemTypeField ? QStringLiteral(" *") : QString()));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        t->setItem(f, FieldName, name);

        auto *from = new QComboBox(t);
        from->setObjectName(
            QStringLiteral("readFrom_%1")
                .arg(ColumnMapping::fieldKey(static_cast<ColumnMapping::Field>(f))));
        from->addItem(tr("(not mapped)"));
        from->addItem(tr("(constant)"));
        from->addItems(header);
        if (r.kind == Kind::Constant)
            from->setCurrentIndex(1);
        else if (r.kind == Kind::Column) {
            if (!header.contains(r.column))
                from->addItem(r.column); // from a loaded mapping; the check names it
            from->setCurrentText(r.column);
        }
        t->setCellWidget(f, ReadFrom, from);
        connect(from, &QComboBox::currentIndexChanged, this, [this, f] { readRow(f); });

        const auto edit = [&](int column, const QString &text, bool enabled) {
            auto *e = new QLineEdit(text, t);
            e->setEnabled(enabled);
            t->setCellWidget(f, column, e);
            connect(e, &QLineEdit::textEdited, this, [this, f] { readRow(f); });
        };
        edit(Constant, r.constant, r.kind == Kind::Constant);
        const bool time = f == ColumnMapping::ReceivedAt;
        edit(Format, r.format, time);
        edit(TimeZone, r.timezone, time);
    }
    t->resizeColumnsToContents();
    m_building = false;
}

void ImportMappingPage::readRow(int f) {
    if (m_building)
        return;
    QTableWidget *t = m_ui->fieldsTable;
    MappingDraft::Rule &r = m_wizard->draft().rules[static_cast<std::size_t>(f)];
    const auto *from = qobject_cast<QComboBox *>(t->cellWidget(f, ReadFrom));
    const auto text = [&](int column) {
        return qobject_cast<QLineEdit *>(t->cellWidget(f, column))->text().trimmed();
    };
    const int index = from->currentIndex();
    r.kind = index == 0 ? Kind::None : index == 1 ? Kind::Constant : Kind::Column;
    r.column = r.kind == Kind::Column ? from->currentText() : QString();
    r.constant = text(Constant);
    t->cellWidget(f, Constant)->setEnabled(r.kind == Kind::Constant);
    r.format = text(Format);
    r.timezone = text(TimeZone);
    if (f == selectedField())
        rebuildValues();
}

int ImportMappingPage::selectedField() const {
    return m_ui->fieldsTable->currentRow();
}

void ImportMappingPage::rebuildValues() {
    QTableWidget *t = m_ui->valuesTable;
    t->setRowCount(0);
    const int f = selectedField();
    if (f < 0 || !isKeyField(f)) {
        m_ui->valuesLabel->setText(
            tr("Select channel, customer tier or problem type to map its values."));
        t->setEnabled(false);
        return;
    }
    MappingDraft::Rule &r = m_wizard->draft().rules[static_cast<std::size_t>(f)];
    t->setEnabled(r.kind == Kind::Column);
    m_ui->valuesLabel->setText(
        tr("Values of %1. With no value mapped, the file's values must already be ours. Once "
           "any is mapped, a value left empty rejects its row unless \"*\" (every other "
           "value) is mapped.")
            .arg(ColumnMapping::fieldKey(static_cast<ColumnMapping::Field>(f))));
    QStringList theirs;
    if (r.kind == Kind::Column && m_wizard->sample()) {
        const qsizetype column = m_wizard->sample()->header.indexOf(r.column);
        if (column >= 0)
            theirs = m_wizard->sample()->distinct.value(column);
    }
    for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
        if (!theirs.contains(it.key()) && it.key() != QLatin1StringView("*"))
            theirs << it.key();
    }
    theirs << QStringLiteral("*");
    const QStringList ours = ourValues(static_cast<ColumnMapping::Field>(f));
    t->setRowCount(static_cast<int>(theirs.size()));
    for (int row = 0; row < theirs.size(); ++row) {
        const QString key = theirs.at(row);
        auto *item = new QTableWidgetItem(key);
        item->setFlags(Qt::ItemIsEnabled);
        t->setItem(row, Theirs, item);
        auto *combo = new QComboBox(t);
        combo->setObjectName(QStringLiteral("ourValue_%1").arg(row));
        combo->addItem(QString());
        combo->addItems(ours);
        combo->setCurrentText(r.values.value(key));
        t->setCellWidget(row, Ours, combo);
        connect(combo, &QComboBox::currentTextChanged, this, [this, f, key](const QString &v) {
            MappingDraft::Rule &rule = m_wizard->draft().rules[static_cast<std::size_t>(f)];
            if (v.isEmpty())
                rule.values.remove(key);
            else
                rule.values.insert(key, v);
        });
    }
    t->resizeColumnToContents(Theirs);
}

bool ImportMappingPage::validatePage() {
    m_wizard->draft().source = m_ui->sourceEdit->text().trimmed();
    QString error;
    if (!m_wizard->draft().build(error)) {
        m_ui->mappingError->setText(error);
        return false;
    }
    m_ui->mappingError->clear();
    return true;
}

} // namespace sb::app

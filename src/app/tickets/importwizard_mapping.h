#pragma once

#include "io/columnmapping.h"

#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class ImportMappingForm;
}

namespace sb::app {

class ImportWizard;

// Page 2: one table row per field of ours (read from a column, a constant, or nothing; format
// and time zone for received_at), and for the selected key field a table mapping the values
// seen in the file to ours. Mapping files load and save in docs/spec/INTERCHANGE.md's JSON format.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    ~ImportMappingPage() override;
    void initializePage() override;
    bool validatePage() override;

private:
    void rebuildFields();
    void rebuildValues();
    void readRow(int row);
    int selectedField() const;
    QStringList ourValues(ColumnMapping::Field f) const;

    ImportWizard *m_wizard;
    std::unique_ptr<Ui::ImportMappingForm> m_ui;
    bool m_building = false;
};

} // namespace sb::app

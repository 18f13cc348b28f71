#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportFileForm;
class ImportPreviewForm;
class ImportRunForm;
} // namespace Ui

namespace sb::app {

class ImportWizard;

// Page 1: the CSV file; its header is read when the user goes on.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    ~ImportFilePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizard *m_wizard;
    std::unique_ptr<Ui::ImportFileForm> m_ui;
};

// Page 3: every row checked on the worker thread; mapped preview and rejected rows. The
// commit page: going on starts the import.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void showReport();

    ImportWizard *m_wizard;
    std::unique_ptr<Ui::ImportPreviewForm> m_ui;
    bool m_checked = false;
};

// Page 4: the import with a progress bar and a stop button.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard *m_wizard;
    std::unique_ptr<Ui::ImportRunForm> m_ui;
    bool m_done = false;
};

} // namespace sb::app

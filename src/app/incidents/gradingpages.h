#pragma once

#include "grading/engine.h"
#include "incidents/incidentqueries.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class IdentifyPage;
class EvidencePage;
class GradePage;
class OwnerPage;
class AnnouncePage;
class ConfirmPage;
} // namespace Ui

namespace sb::app {

class GradingWizard;

// a. Problem type and class; search the knowledge base; known / new / not yet confirmed.
class IdentifyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit IdentifyPage(GradingWizard &wizard);
    ~IdentifyPage() override;
    void initializePage() override;
    bool validatePage() override;

private:
    void typeChanged();
    void search();
    void showEntry();
    GradingWizard &m_wizard;
    std::unique_ptr<Ui::IdentifyPage> ui;
    QList<KnowledgeEntry> m_hits;
    bool m_initialized = false;
};

// b. Live per-tier counts in both windows, the 2-hour trend, affected share, sample tickets.
class EvidencePage : public QWizardPage {
    Q_OBJECT
public:
    explicit EvidencePage(GradingWizard &wizard);
    ~EvidencePage() override;
    void initializePage() override;
    bool validatePage() override;
    void reload();

private:
    GradingWizard &m_wizard;
    std::unique_ptr<Ui::EvidencePage> ui;
};

// c. The grading table with the cells the counts give; an override needs a written reason.
class GradePage : public QWizardPage {
    Q_OBJECT
public:
    explicit GradePage(GradingWizard &wizard);
    ~GradePage() override;
    void initializePage() override;
    bool validatePage() override;
    void showError(const QString &error);

private:
    void gradeChanged();
    GradingWizard &m_wizard;
    std::unique_ptr<Ui::GradePage> ui;
    Grade m_ruleGrade = Grade::General;
    bool m_touched = false;
};

// d. The owner by grade, from the staff on duty with that role.
class OwnerPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OwnerPage(GradingWizard &wizard);
    ~OwnerPage() override;
    void initializePage() override;
    bool validatePage() override;

private:
    void fill();
    GradingWizard &m_wizard;
    std::unique_ptr<Ui::OwnerPage> ui;
};

// e. Notice, answer script (口径), audience and chat groups.
class AnnouncePage : public QWizardPage {
    Q_OBJECT
public:
    explicit AnnouncePage(GradingWizard &wizard);
    ~AnnouncePage() override;
    void initializePage() override;
    bool validatePage() override;

private:
    void audienceKindChanged();
    void prefill();
    GradingWizard &m_wizard;
    std::unique_ptr<Ui::AnnouncePage> ui;
    QString m_prefilledFor; // type, grade and known issue the texts were written for
};

// f. Summary; Finish stores everything in one transaction (GradingWizard::accept).
class ConfirmPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConfirmPage(GradingWizard &wizard);
    ~ConfirmPage() override;
    void initializePage() override;
    bool isComplete() const override;
    void showError(const QString &error);

private:
    GradingWizard &m_wizard;
    std::unique_ptr<Ui::ConfirmPage> ui;
};

} // namespace sb::app

#pragma once

#include <QWizardPage>

class QLabel;

namespace Crm {

class ImportReportView;
class ImportWizard;

// What the import did, with its report (Export report…).
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard *wizard);
    void initializePage() override;
    ImportReportView *reportView() const { return m_view; }

private:
    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    ImportReportView *m_view = nullptr;
};

} // namespace Crm

#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Crm {

class ImportWizard;

// The file to import: typed or chosen with Browse…; read (CSV or .xlsx) when the
// user goes on, with a clear message when it cannot be.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Crm

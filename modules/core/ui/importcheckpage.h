#pragma once

#include "import/importreport.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;

namespace Crm {

class ImportReportView;
class ImportWizard;

// The dry run: what importing would do, row by row, for the duplicate policy and
// strict mode chosen (a change runs it again). Import commits — the same checks
// again and the writes, in one transaction.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    ImportReportView *reportView() const { return m_view; }

private:
    // The dry run or the commit of the wizard's table on a worker thread, with
    // progress and Cancel; throws Crm::Error.
    ImportReport runImporter(const QString &what, bool commit);
    void check();
    ImportWizard *m_wizard;
    QButtonGroup *m_policy = nullptr;
    QCheckBox *m_strict = nullptr;
    QLabel *m_summary = nullptr;
    ImportReportView *m_view = nullptr;
    bool m_checked = false;
};

} // namespace Crm

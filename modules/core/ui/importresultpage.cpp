#include "importresultpage.h"

#include "ui/importreportview.h"
#include "ui/importwizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Crm {

ImportResultPage::ImportResultPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Imported"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_view = new ImportReportView(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void ImportResultPage::initializePage()
{
    const ImportReport &r = m_wizard->state().result;
    m_summary->setText(r.summary());
    m_view->setReport(r);
}

} // namespace Crm

#include "importcheckpage.h"

#include "auth/user.h"
#include "db/error.h"
#include "ui/importreportview.h"
#include "ui/importwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Crm {

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("A dry run: nothing has been written yet. Rows with errors are listed by line and column; "
                   "Import writes the other rows, all in one go."));
    setCommitPage(true);

    auto *policyBox = new QGroupBox(tr("A row that duplicates a saved record"), this);
    m_policy = new QButtonGroup(this);
    auto *policyLayout = new QVBoxLayout(policyBox);
    const QList<std::pair<DuplicatePolicy, QString>> policies{
        {DuplicatePolicy::Skip, tr("&Skip the row")},
        {DuplicatePolicy::Update, tr("&Update the saved record with the row's values")},
        {DuplicatePolicy::Create, tr("&Create a new record anyway")}};
    for (const auto &[policy, text] : policies) {
        auto *radio = new QRadioButton(text, policyBox);
        radio->setObjectName(QStringLiteral("policy_%1").arg(int(policy)));
        m_policy->addButton(radio, int(policy));
        policyLayout->addWidget(radio);
    }
    m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);
    m_strict = new QCheckBox(tr("Import only when &every row is good"), this);
    m_strict->setObjectName(QStringLiteral("strict"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_view = new ImportReportView(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(policyBox);
    layout->addWidget(m_strict);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_policy, &QButtonGroup::idClicked, this, &ImportCheckPage::check);
    connect(m_strict, &QCheckBox::toggled, this, &ImportCheckPage::check);
}

void ImportCheckPage::initializePage()
{
    check();
}

ImportReport ImportCheckPage::runImporter(const QString &what, bool commit)
{
    const ImportWizardState &s = m_wizard->state();
    const ImportOptions options = s.options; // copied here, read there
    ImportReport report;
    m_wizard->runBusy(what, [&](const std::function<void(int)> &progress, const std::function<bool()> &cancelled) {
        ImportOptions o = options;
        o.progress = progress;
        o.cancelled = cancelled;
        const Importer importer(s.db, s.target, s.session.login());
        report = commit ? importer.commit(s.table, s.mapping, o) : importer.dryRun(s.table, s.mapping, o);
    });
    return report;
}

void ImportCheckPage::check()
{
    ImportWizardState &s = m_wizard->state();
    s.options.duplicates = DuplicatePolicy(m_policy->checkedId());
    s.options.strict = m_strict->isChecked();
    m_checked = false;
    ImportReport report;
    try {
        report = runImporter(tr("Checking every row…"), false);
    } catch (const Error &e) {
        m_summary->setText(e.message());
        m_view->setReport({});
        emit completeChanged();
        return;
    }
    s.checked = report;
    m_checked = true;
    QString text = report.summary();
    if (s.options.strict && report.failed > 0)
        text += QLatin1Char(' ') + tr("Every row must be good: correct the file, or clear the check box to import "
                                      "the good rows only.");
    else if (report.created + report.updated == 0)
        text += QLatin1Char(' ') + tr("There is nothing to import.");
    m_summary->setText(text);
    m_view->setReport(report);
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const ImportReport &r = m_wizard->state().checked;
    return m_checked && r.created + r.updated > 0 && !(m_strict->isChecked() && r.failed > 0);
}

bool ImportCheckPage::validatePage()
{
    ImportWizardState &s = m_wizard->state();
    ImportReport result;
    try {
        result = runImporter(tr("Importing…"), true);
    } catch (const Error &e) {
        m_summary->setText(tr("Nothing was imported: %1").arg(e.message()));
        return false;
    }
    s.result = result;
    if (!result.written()) {
        m_summary->setText(result.summary());
        m_view->setReport(result);
        return false;
    }
    return true;
}

} // namespace Crm

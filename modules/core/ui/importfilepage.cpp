#include "importfilepage.h"

#include "db/error.h"
#include "import/importfile.h"
#include "ui/importwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crm {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file (UTF-8 or GB18030; separated by commas, semicolons or tabs) or an Excel workbook "
                   "(.xlsx, first sheet). The first row holds the column titles."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import from"), m_path->text().isEmpty() ? QDir::homePath() : m_path->text(),
        tr("CSV or Excel files (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::validatePage()
{
    ImportWizardState &s = m_wizard->state();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    ImportTable table;
    try {
        m_wizard->runBusy(
            tr("Reading the file…"),
            [&](const std::function<void(int)> &, const std::function<bool()> &) { table = ImportFile::read(path); });
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        m_path->setFocus();
        return false;
    }
    s.path = path;
    s.table = std::move(table);
    s.mapping.clear();
    return true;
}

} // namespace Crm

#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace Crm {

class ImportWizard;

// Which field each column of the file goes to: one combo per column, filled from
// the mapping saved for the same column titles or guessed from the titles; a
// saved mapping can be picked by name. The mapping is saved under its name when
// the user goes on to the dry run.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    QComboBox *fieldBox(int column) const { return m_boxes.value(column); }

private:
    void show(const QStringList &mapping);
    QStringList mapping() const;
    ImportWizard *m_wizard;
    QLabel *m_format = nullptr;
    QComboBox *m_saved = nullptr;
    QLineEdit *m_name = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QList<QComboBox *> m_boxes;
    QLabel *m_error = nullptr;
};

} // namespace Crm

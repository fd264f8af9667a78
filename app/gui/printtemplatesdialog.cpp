#include "printtemplatesdialog.h"

#include "module/registry.h"
#include "ui/templateeditor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Crm {

PrintTemplatesDialog::PrintTemplatesDialog(const Database &db, const Registry &registry, bool canEditSettings,
                                           QWidget *parent)
    : QDialog(parent)
    , m_documents(registry.printDocuments())
{
    setObjectName(QStringLiteral("printTemplatesDialog"));
    setWindowTitle(tr("Print templates"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("printDocuments"));
    for (const PrintDocumentSpec &d : m_documents) {
        auto *item = new QListWidgetItem(d.title ? d.title() : d.id, m_list);
        item->setToolTip(d.id);
    }
    m_list->setMaximumWidth(220);
    auto *listCaption = new QLabel(tr("&Documents:"), this);
    listCaption->setBuddy(m_list);
    auto *listBox = new QVBoxLayout;
    listBox->addWidget(listCaption);
    listBox->addWidget(m_list, 1);

    m_editor = new TemplateEditor(db, this);
    m_editor->setSettingsEditable(canEditSettings);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrintTemplatesDialog::reject);
    auto *body = new QHBoxLayout;
    body->addLayout(listBox);
    body->addWidget(m_editor, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &PrintTemplatesDialog::showRow);
    if (!m_documents.isEmpty())
        m_list->setCurrentRow(0);
    resize(1280, 820);
}

bool PrintTemplatesDialog::selectDocument(const QString &id)
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == id) {
            m_list->setCurrentRow(row);
            return m_shown == row;
        }
    }
    return false;
}

void PrintTemplatesDialog::showRow(int row)
{
    if (row == m_shown || row < 0 || row >= m_documents.size())
        return;
    if (m_shown >= 0 && !m_editor->confirmDiscard()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_shown);
        return;
    }
    m_shown = row;
    m_editor->setDocument(m_documents.at(row));
}

void PrintTemplatesDialog::reject()
{
    if (m_editor->confirmDiscard())
        QDialog::reject();
}

} // namespace Crm

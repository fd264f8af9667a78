#pragma once

#include "print/printdocument.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace Crm {

class Database;
class Registry;
class TemplateEditor;

// Settings → Print templates: the registered print documents, and for the chosen
// one its template editor with live preview, paper and copy marks.
class PrintTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    // `canEditSettings`: the paper and copy marks (company-wide) may be changed.
    PrintTemplatesDialog(const Database &db, const Registry &registry, bool canEditSettings, QWidget *parent = nullptr);

    // Shows the document with this id; false when there is none.
    bool selectDocument(const QString &id);
    TemplateEditor *editor() const { return m_editor; }

public slots:
    void reject() override;

private:
    void showRow(int row);

    QList<PrintDocumentSpec> m_documents;
    QListWidget *m_list = nullptr;
    TemplateEditor *m_editor = nullptr;
    int m_shown = -1;
};

} // namespace Crm

#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Crm {

class Database;
struct PrintDocumentSpec;

// The print commands of a document: preview (and print from there), save as PDF.
// Errors (a template that does not render, a file that cannot be written) are
// shown in a message box and print nothing.
class PrintActions
{
    Q_DECLARE_TR_FUNCTIONS(Crm::PrintActions)
public:
    static void preview(QWidget *parent, const Database &db, const PrintDocumentSpec &document, const QString &number);
    static void saveAsPdf(QWidget *parent, const Database &db, const PrintDocumentSpec &document,
                          const QString &number);
};

} // namespace Crm

#include "printactions.h"

#include "db/error.h"
#include "model/settings.h"
#include "print/printdocument.h"
#include "print/printrenderer.h"
#include "print/printtemplate.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Crm {

namespace {
// The HTML and options of a document; throws Crm::Error.
QString render(const Database &db, const PrintDocumentSpec &d, const QString &number, PrintOptions &options)
{
    options.copyMarks = d.copyMarks ? d.copyMarks() : QStringList();
    options.title = Settings(db).companyName();
    return PrintTemplate::render(TemplateStore::load(d.module, d.document), d.provider(db, number));
}
} // namespace

void PrintActions::preview(QWidget *parent, const Database &db, const PrintDocumentSpec &document,
                           const QString &number)
{
    PrintOptions options;
    QString html;
    try {
        html = render(db, document, number, options);
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot print"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(number);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(number));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { PrintRenderer::paint(html, *p, options); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void PrintActions::saveAsPdf(QWidget *parent, const Database &db, const PrintDocumentSpec &document,
                             const QString &number)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Save %1 as PDF").arg(number),
                                     QDir(dir).filePath(number + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        PrintOptions options;
        const QString html = render(db, document, number, options);
        PrintRenderer::toPdf(html, path, options);
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot print"), e.message());
    }
}

} // namespace Crm

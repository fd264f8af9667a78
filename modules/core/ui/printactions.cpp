#include "printactions.h"

#include "db/error.h"
#include "print/printjob.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Crm {

void PrintActions::preview(QWidget *parent, const Database &db, const PrintDocumentSpec &document,
                           const QString &number)
{
    PrintJob job;
    try {
        job = PrintJob::prepare(db, document, number);
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot print"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(number);
    printer.setPageSize(job.options.pageSize);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(number));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) { job.paint(*p); });
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
        PrintJob::prepare(db, document, number).toPdf(path);
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot print"), e.message());
    }
}

} // namespace Crm
